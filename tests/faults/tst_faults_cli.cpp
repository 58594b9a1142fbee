// The fault suite, CLI: pim-connections-cli against a FaultServer in front of a pim-sandbox.
// Each fault on GET /rest/connections/{code} (and some on the list) asserts the exit code, the
// message on standard error, that nothing stale is printed as an answer, and that the offline
// copy is intact afterwards (--offline list prints what it printed before). Also: text from
// the PIM is escaped in the readable output and exact in --json. Prints a table of results.
#include "CliProcess.h"
#include "FaultFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using Fault = FaultServer::Fault;
Q_DECLARE_METATYPE(FaultServer::Fault)

namespace {

// A label with what a hostile PIM may send: ESC sequences (retitle, clear), a line feed (a
// forged row), BEL, a C1 control, DEL and a bidi override.
const QString EvilLabel = QStringLiteral("Evil\x1b]0;pwned\x07\x1b[2J\nforged_row x\u0085\x7f\u202Eend");
const QString EvilCode = QStringLiteral("evil_label");

} // namespace

class TestFaultsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showUnderEachFault_data();
    void showUnderEachFault();
    void listUnderMalformedAnswers_data();
    void listUnderMalformedAnswers();
    void unreachableShowSaysItIsTheOfflineCopy();
    void refusedAndSelfSignedTls();
    void pimTextIsEscapedForTheTerminal();

private:
    CliProcess::Result cli(const QStringList &arguments) const { return m_cli.run(arguments); }
    void expectCacheIntact();

    SandboxProcess m_sandbox;
    std::unique_ptr<FaultServer> m_server;
    CliProcess m_cli;
    QByteArray m_offlineList; // --offline list, before any fault
    FaultFixture::ResultTable m_table{QStringLiteral("CLI")};
};

void TestFaultsCli::initTestCase()
{
    QString why;
    QVERIFY2(FaultFixture::startSandbox(&m_sandbox, &why), qPrintable(why));
    HttpClient admin(m_sandbox.url());
    QVERIFY(admin.signIn(QStringLiteral("admin"), FaultFixture::Password));
    const QJsonObject evil{{QStringLiteral("code"), EvilCode},
                           {QStringLiteral("label"), EvilLabel},
                           {QStringLiteral("flow_type"), QStringLiteral("other")}};
    const HttpReply created = admin.postJson(QStringLiteral("/rest/connections"),
                                             QJsonDocument(evil).toJson(QJsonDocument::Compact));
    QVERIFY2(created.status == 201, created.body.constData());

    m_server = std::make_unique<FaultServer>(m_sandbox.url());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_cli.setPassword(FaultFixture::Password);
    const auto added = cli({QStringLiteral("--server"), m_server->url().toString(),
                            QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("list")});
    CLI_EXPECT(added, 0);
    CLI_EXPECT(cli({QStringLiteral("show"), FaultFixture::Code}), 0); // the details cached
    const auto offline = cli({QStringLiteral("--offline"), QStringLiteral("list")});
    CLI_EXPECT(offline, 0);
    m_offlineList = offline.out;
    QVERIFY(m_offlineList.contains(FaultFixture::Code.toUtf8()));
}

void TestFaultsCli::cleanupTestCase()
{
    m_table.print();
}

void TestFaultsCli::expectCacheIntact()
{
    const auto offline = cli({QStringLiteral("--offline"), QStringLiteral("list")});
    CLI_EXPECT(offline, 0);
    QCOMPARE(offline.out, m_offlineList);
}

void TestFaultsCli::showUnderEachFault_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("500 HTML") << Fault::Html500 << 1 << u"HTTP 500"_qs;
    QTest::newRow("401 once") << Fault::UnauthorizedOnce << 0 << QString();
    QTest::newRow("401 always") << Fault::UnauthorizedAlways << 3 << u"signed out"_qs;
    QTest::newRow("403") << Fault::Forbidden << 1 << u"not allowed"_qs;
    QTest::newRow("404") << Fault::NotFound << 1 << u"There is no connection fault_target"_qs;
    QTest::newRow("422") << Fault::Unprocessable << 1 << u"label is required"_qs;
    QTest::newRow("malformed JSON") << Fault::MalformedJson << 3 << u"not understood"_qs;
    QTest::newRow("truncated body") << Fault::TruncatedBody << 3 << u"cut short"_qs;
    QTest::newRow("HTML for JSON") << Fault::HtmlForJson << 3 << u"HTML page"_qs;
    QTest::newRow("wrong shape") << Fault::WrongShape << 3 << u"not understood"_qs;
    QTest::newRow("chunked giant") << Fault::ChunkedGiant << 3 << u"larger than 16 MB"_qs;
    QTest::newRow("header giant") << Fault::HeaderGiant << 3 << u"header could not be read"_qs;
    QTest::newRow("redirect elsewhere") << Fault::RedirectElsewhere << 1 << u"redirected to"_qs;
}

void TestFaultsCli::showUnderEachFault()
{
    QFETCH(Fault, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    m_server->setFault(fault, FaultFixture::detailsRoute());
    const auto shown = cli({QStringLiteral("show"), FaultFixture::Code});
    const QString err = QString::fromUtf8(shown.err).trimmed();
    m_table.add(QStringLiteral("show, ") + FaultServer::name(fault),
                QStringLiteral("exit %1").arg(shown.exitCode), err);
    QCOMPARE(m_server->elsewhereConnections(), 0);
    m_server->setFault(Fault::None, FaultFixture::detailsRoute());
    CLI_EXPECT(shown, exitCode);
    QVERIFY2(err.contains(says, Qt::CaseInsensitive), qPrintable(err));
    if (exitCode != 0) {
        QVERIFY2(shown.out.isEmpty(), shown.out.constData()); // no stale copy as an answer
        QVERIFY2(!err.contains(u"Offline"_qs), qPrintable(err));
    }
    expectCacheIntact();
}

void TestFaultsCli::listUnderMalformedAnswers_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("says");
    QTest::newRow("malformed JSON") << Fault::MalformedJson << u"not understood"_qs;
    QTest::newRow("truncated body") << Fault::TruncatedBody << u"cut short"_qs;
    QTest::newRow("wrong shape") << Fault::WrongShape << u"not understood"_qs;
    QTest::newRow("500 HTML") << Fault::Html500 << u"HTTP 500"_qs;
}

void TestFaultsCli::listUnderMalformedAnswers()
{
    QFETCH(Fault, fault);
    QFETCH(QString, says);
    m_server->setFault(fault, FaultFixture::listRoute());
    const auto listed = cli({QStringLiteral("list")});
    m_server->setFault(Fault::None, FaultFixture::listRoute());
    const QString err = QString::fromUtf8(listed.err).trimmed();
    m_table.add(QStringLiteral("list, ") + FaultServer::name(fault),
                QStringLiteral("exit %1").arg(listed.exitCode), err);
    QVERIFY2(listed.exitCode == 1 || listed.exitCode == 3, qPrintable(err));
    QVERIFY2(err.contains(says, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY2(listed.out.isEmpty(), listed.out.constData());
    expectCacheIntact();
}

void TestFaultsCli::unreachableShowSaysItIsTheOfflineCopy()
{
    // The list works, then the PIM goes away: the offline copy, said so on standard error.
    m_server->setFault(Fault::Reset, FaultFixture::detailsRoute());
    const auto shown = cli({QStringLiteral("show"), FaultFixture::Code});
    m_server->setFault(Fault::None, FaultFixture::detailsRoute());
    const QString err = QString::fromUtf8(shown.err).trimmed();
    m_table.add(u"show, connection reset"_qs, QStringLiteral("exit %1").arg(shown.exitCode), err);
    CLI_EXPECT(shown, 0);
    QVERIFY2(err.contains(u"Offline"_qs), qPrintable(err));
    QVERIFY(shown.out.contains(FaultFixture::Label.toUtf8()));
    expectCacheIntact();
}

void TestFaultsCli::refusedAndSelfSignedTls()
{
    CliProcess other;
    other.setPassword(FaultFixture::Password);
    const auto refused = other.run({QStringLiteral("--server"),
                                    FaultServer::refusedUrl().toString(), QStringLiteral("--user"),
                                    QStringLiteral("admin"), QStringLiteral("list")});
    m_table.add(u"list, refused"_qs, QStringLiteral("exit %1").arg(refused.exitCode),
                QString::fromUtf8(refused.err).trimmed());
    CLI_EXPECT(refused, 3);
    QVERIFY2(refused.err.contains("Cannot reach"), refused.err.constData());

    FaultServer tls(m_sandbox.url());
    QVERIFY2(tls.start(true), qPrintable(tls.errorString()));
    const auto untrusted =
        other.run({QStringLiteral("--server"), tls.url().toString(), QStringLiteral("--user"),
                   QStringLiteral("admin"), QStringLiteral("list")});
    m_table.add(u"list, self-signed TLS"_qs, QStringLiteral("exit %1").arg(untrusted.exitCode),
                QString::fromUtf8(untrusted.err).trimmed());
    CLI_EXPECT(untrusted, 3);
    QVERIFY2(untrusted.err.contains("not trusted"), untrusted.err.constData());
    expectCacheIntact();
}

void TestFaultsCli::pimTextIsEscapedForTheTerminal()
{
    const QList<QStringList> readable{{QStringLiteral("list")},
                                      {QStringLiteral("show"), EvilCode},
                                      {QStringLiteral("--offline"), QStringLiteral("list")},
                                      {QStringLiteral("--offline"), QStringLiteral("show"), EvilCode}};
    for (const QStringList &arguments : readable) {
        const auto result = cli(arguments);
        CLI_EXPECT(result, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"Evil\\x1B]0;pwned\\x07\\x1B[2J\\x0Aforged_row"_qs),
                 result.out.constData());
        QVERIFY2(out.contains(u"\\x85\\x7F\\u202Eend"_qs), result.out.constData());
        for (const QChar c : out) {
            const char16_t u = c.unicode();
            QVERIFY2(u == u'\n' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) &&
                                    u != 0x202e),
                     qPrintable(arguments.join(u' ')));
        }
    }
    // --json stays exact: the label comes back as the PIM sent it.
    const auto json = cli({QStringLiteral("list"), QStringLiteral("--json")});
    CLI_EXPECT(json, 0);
    bool found = false;
    for (const QJsonValue &item : json.json().toArray()) {
        if (item[u"code"].toString() == EvilCode) {
            found = true;
            QCOMPARE(item[u"label"].toString(), EvilLabel);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faults_cli.moc"
