// The fault suite, the window's workspace: a Workspace (as the window has it, with a real
// offline copy on a temporary file) against a FaultServer in front of a pim-sandbox. Each fault
// on GET /rest/connections/{code} asserts the error the connection page gets (never the offline
// copy passed off as the PIM's answer, unless the PIM could not be reached), the workspace's
// state, and that the list of connections (the offline copy) is intact. Prints a table.
#include "FaultFixture.h"
#include "FakeSecretBackend.h"

#include "items/ConnectionListModel.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using Fault = FaultServer::Fault;
Q_DECLARE_METATYPE(FaultServer::Fault)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

QStringList codes(const Workspace *workspace)
{
    QStringList out;
    for (const Connection &c : workspace->model()->connections())
        out.append(c.code);
    out.sort();
    return out;
}

QString connectivityName(Workspace::Connectivity connectivity)
{
    switch (connectivity) {
    case Workspace::Connectivity::Starting:
        return QStringLiteral("starting");
    case Workspace::Connectivity::Connecting:
        return QStringLiteral("connecting");
    case Workspace::Connectivity::Online:
        return QStringLiteral("online");
    case Workspace::Connectivity::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

} // namespace

class TestFaultsWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void detailsUnderEachFault_data();
    void detailsUnderEachFault();

private:
    bool waitOnline();

    SandboxProcess m_sandbox;
    std::unique_ptr<FaultServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionCache> m_cache;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_codes; // the list before any fault
    FaultFixture::ResultTable m_table{QStringLiteral("workspace")};
};

bool TestFaultsWorkspace::waitOnline()
{
    return QTest::qWaitFor(
        [this] {
            return m_workspace->connectivity() == Workspace::Connectivity::Online &&
                   !m_workspace->isBusy();
        },
        30000);
}

void TestFaultsWorkspace::initTestCase()
{
    QString why;
    QVERIFY2(FaultFixture::startSandbox(&m_sandbox, &why), qPrintable(why));
    m_server = std::make_unique<FaultServer>(m_sandbox.url());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_dir.isValid());
    m_cache = std::make_unique<ConnectionCache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_secrets = std::make_unique<SecretStore>(std::make_unique<FakeSecretBackend>());
    const PimInstance instance{QStringLiteral("faults"), QStringLiteral("Faults"),
                               m_server->url(), QStringLiteral("admin")};
    Workspace::Dependencies dependencies;
    dependencies.cache = m_cache.get();
    dependencies.secrets = m_secrets.get();
    Workspace::Options options;
    options.keepSecretsInKeychain = false;
    options.retryInterval = std::chrono::milliseconds(200); // back online soon after a fault
    options.maxRetryInterval = std::chrono::milliseconds(400);
    m_workspace = std::make_unique<Workspace>(instance, dependencies, options);
    m_workspace->setPassword(FaultFixture::Password, false);
    m_workspace->start();
    QVERIFY(waitOnline());
    m_codes = codes(m_workspace.get());
    QVERIFY(m_codes.contains(FaultFixture::Code));
}

void TestFaultsWorkspace::cleanupTestCase()
{
    m_table.print();
    m_workspace.reset();
}

void TestFaultsWorkspace::detailsUnderEachFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("fromCache");
    using K = ApiError::Kind;
    QTest::newRow("500 HTML") << Fault::Html500 << K::Server << false;
    QTest::newRow("401 once") << Fault::UnauthorizedOnce << K::None << false;
    QTest::newRow("403") << Fault::Forbidden << K::Forbidden << false;
    QTest::newRow("404") << Fault::NotFound << K::NotFound << false;
    QTest::newRow("422") << Fault::Unprocessable << K::Validation << false;
    QTest::newRow("malformed JSON") << Fault::MalformedJson << K::Malformed << false;
    QTest::newRow("truncated body") << Fault::TruncatedBody << K::Malformed << false;
    QTest::newRow("HTML for JSON") << Fault::HtmlForJson << K::Malformed << false;
    QTest::newRow("wrong shape") << Fault::WrongShape << K::Malformed << false;
    QTest::newRow("chunked giant") << Fault::ChunkedGiant << K::Malformed << false;
    QTest::newRow("header giant") << Fault::HeaderGiant << K::Malformed << false;
    QTest::newRow("redirect elsewhere") << Fault::RedirectElsewhere << K::Server << false;
    // The PIM went away: the page shows the offline copy, and says it is one.
    QTest::newRow("connection reset") << Fault::Reset << K::None << true;
    QTest::newRow("401 always") << Fault::UnauthorizedAlways << K::SignedOut << false;
}

void TestFaultsWorkspace::detailsUnderEachFault()
{
    QFETCH(Fault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, fromCache);
    QVERIFY(waitOnline());
    m_server->setFault(fault, FaultFixture::detailsRoute());
    std::optional<std::pair<ApiError, Workspace::Details>> answer;
    QObject context;
    m_workspace->loadDetails(FaultFixture::Code, &context,
                             [&answer](const ApiError &error, const Workspace::Details &details) {
                                 answer.emplace(error, details);
                             });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000));
    m_server->setFault(Fault::None, FaultFixture::detailsRoute());
    const ApiError error = answer->first;
    m_table.add(FaultServer::name(fault),
                (error.isError() ? ApiError::kindName(error.kind) : QStringLiteral("details")) +
                    (answer->second.fromCache ? QStringLiteral(" (offline copy)") : QString()) +
                    QStringLiteral(", ") + connectivityName(m_workspace->connectivity()),
                error.message());
    QCOMPARE(m_server->elsewhereConnections(), 0);
    QVERIFY2(error.kind == kind, qPrintable(error.message()));
    QCOMPARE(answer->second.fromCache, fromCache);
    if (!error.isError())
        QCOMPARE(answer->second.details.connection.label, FaultFixture::Label);
    QVERIFY(QTest::qWaitFor([this] { return !m_workspace->isBusy(); }, 30000));
    QCOMPARE(codes(m_workspace.get()), m_codes); // the offline copy's list is intact
}

QTEST_MAIN(TestFaultsWorkspace)
#include "tst_faults_workspace.moc"
