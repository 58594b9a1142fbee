#include "WindowTest.h"

#include "FakeSecretBackend.h"
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "Translations.h"
#include "items/ConnectionListModel.h"
#include "overview/ConnectionGridView.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewPage.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using WindowDriver::Wait;

WindowTest::WindowTest() = default;
WindowTest::~WindowTest() = default;

void WindowTest::initTestCase()
{
    // The English plural forms, whatever the system's language: the tests read English words.
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void WindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(sandboxOptions()), qPrintable(m_sandbox->errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox->url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    m_cache = std::make_unique<ConnectionCache>(m_dir->filePath(u"cache.sqlite"_s));
    auto backend = std::make_unique<FakeSecretBackend>();
    m_keychain = backend.get();
    m_secrets = std::make_unique<SecretStore>(std::move(backend));
    m_registry = std::make_unique<InstanceRegistry>(
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat));
    m_registry->setStores(m_cache.get(), m_secrets.get());
    m_clipboard = std::make_unique<Clipboard>();
    m_box = std::make_unique<MessageBox>();
}

void WindowTest::cleanup()
{
    m_window.reset();
    QVERIFY(!m_box->hasPendingAnswers()); // every pre-answer was used
    m_box.reset();
    m_clipboard.reset();
    m_registry.reset();
    m_secrets.reset();
    m_cache.reset();
    m_admin.reset();
    m_sandbox.reset();
    m_dir.reset();
}

SandboxProcess::Options WindowTest::sandboxOptions() const
{
    return {};
}

MainWindow::Dependencies WindowTest::dependencies(Workspace::Options options) const
{
    options.retryInterval = std::chrono::milliseconds(200);
    options.maxRetryInterval = std::chrono::milliseconds(400);
    return {.registry = m_registry.get(),
            .cache = m_cache.get(),
            .secrets = m_secrets.get(),
            .clipboard = m_clipboard.get(),
            .messageBox = m_box.get(),
            .workspaceOptions = options};
}

std::unique_ptr<MainWindow> WindowTest::makeWindow(Workspace::Options options)
{
    return WindowDriver::show(dependencies(options));
}

void WindowTest::startSignedIn(MainWindow &window, const QUrl &url, bool offline)
{
    StartOptions options;
    options.server = url;
    options.username = u"admin"_s;
    options.password = u"admin"_s; // as PIM_PASSWORD gives it
    options.offline = offline;
    window.start(options);
}

bool WindowTest::openSignedIn()
{
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    return WindowDriver::waitOnline(*m_window);
}

void WindowTest::activate(QWidget &window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

WindowTest::Created WindowTest::createOverHttp(const QString &code, const QString &flowType)
{
    const HttpReply reply = m_admin->postJson(
        u"/rest/connections"_s,
        QJsonDocument(
            QJsonObject{{u"code"_s, code}, {u"label"_s, code}, {u"flow_type"_s, flowType}})
            .toJson(QJsonDocument::Compact));
    const QJsonObject c = reply.json().toObject();
    if (reply.status != 201 && reply.status != 200)
        qWarning() << "creating" << code << "answered" << reply.status;
    return {c[u"client_id"_s].toString(), c[u"secret"_s].toString(), c[u"username"_s].toString(),
            c[u"password"_s].toString()};
}

void WindowTest::refreshAndWait(MainWindow &window, int rows)
{
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor(
        [&]() {
            return WindowDriver::waitOnline(window) &&
                   window.workspace()->model()->rowCount() == rows;
        },
        Wait));
}

QModelIndex WindowTest::tileIndex(MainWindow &window, const QString &code,
                                  ConnectionGridView **viewOut)
{
    for (FlowType type : {FlowType::Source, FlowType::Destination, FlowType::Other}) {
        ConnectionGridView *view = window.overview()->section(type)->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(ConnectionListModel::CodeRole).toString() == code) {
                *viewOut = view;
                return index;
            }
        }
    }
    return {};
}

bool WindowTest::openLoaded(const QString &code)
{
    m_window->openConnection(code);
    return WindowDriver::waitPageLoaded(*m_window);
}
