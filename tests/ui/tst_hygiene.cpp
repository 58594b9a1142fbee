// Hygiene: after a whole session through the window (sign in with "Remember",
// create, copy, save a password in the keychain, regenerate the secret and the password, test
// the credentials, rename; then an --offline restart that shows and copies the secret from the
// keychain; then the CLI, offline and online, including the event subscription's secret made
// and regenerated), no secret and no password is in any file under
// the app's HOME (the cache and its -wal/-shm, the settings, anything else), in anything the
// app logged (every pim.* category at debug level, and Qt's own messages), nor on the CLI's
// standard error.
//
// The app's real places: HOME and the XDG folders point into a temporary folder before the
// QApplication exists, the names are the app's ("pim-connections"), so the cache, the settings
// and the keychain service are the ones pim-connections and pim-connections-cli use. The real
// keychain is needed (scripts/headless); the entries this test makes are removed at the end.
#include "Children.h"
#include "FaultServer.h"
#include "RealKeychain.h"
#include "SandboxProcess.h"
#include "SecretScan.h"
#include "WindowDriver.h"
#include "connection/ConnectionPage.h"
#include "connection/CredentialsPanel.h"
#include "items/ConnectionListModel.h"
#include "net/PimNetworkAccessManager.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "store/CacheDatabase.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretKey.h"
#include "store/SecretStore.h"
#include "widgets/CopyButton.h"
#include "widgets/RevealButton.h"
#include "workspace/PimClient.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace WindowDriver;

namespace {

Q_LOGGING_CATEGORY(lcSelfCheck, "pim.hygiene.selfcheck")

// 24 characters, with '/' and '+' so that the percent-encoded and Symfony-escaped forms differ
// from the raw one.
QString distinctivePassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out = u"Hy/"_s;
    for (int i = 0; i < 20; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return out + u"+q"_s;
}

} // namespace

// The network manager the window's workspace talks through (the workspace hands out no client:
// the test finds it among the workspace's children; the client makes it at its first request).
static PimNetworkAccessManager *workspaceNetwork(const MainWindow &window)
{
    PimClient *client = window.workspace() ? window.workspace()->findChild<PimClient *>() : nullptr;
    if (!client)
        qFatal("the workspace has no client");
    return client->network();
}

class TestHygiene : public QObject
{
    Q_OBJECT

public:
    explicit TestHygiene(QString home)
        : m_home(std::move(home))
    {}

private slots:
    void initTestCase();
    void wholeSession();
    void scannerFindsAPlantedSecret();
    void noSecretOnDiskOrInLogs();
    void cleanupTestCase();

private:
    std::unique_ptr<MainWindow> makeWindow();
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliRun runCli(const QStringList &arguments);
    // Every file under HOME but the keyring's.
    QList<Leak> scanHome() const;
    QList<Leak> scanLogs() const;

    QString m_home;
    QString m_adminPassword;
    SandboxProcess m_sandbox;
    std::unique_ptr<ConnectionCache> m_cache;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<InstanceRegistry> m_registry;
    std::unique_ptr<QSettings> m_windowSettings;
    std::unique_ptr<Clipboard> m_clipboard;
    MessageBox m_box;
    // In front of the sandbox, passing everything on: it keeps the answers, so the test sees
    // the tokens that "Test credentials" obtains, which the app never shows.
    std::unique_ptr<FaultServer> m_proxy;
    SecretScan m_seen;
    QByteArray m_cliErr;
    QString m_code;
};

void TestHygiene::initTestCase()
{
    LogCapture::start();
    QLoggingCategory::setFilterRules(u"pim.*=true"_s); // every level of every pim.* category
    QVERIFY(lcSelfCheck().isDebugEnabled());

    // The app's real places, under the test's HOME.
    QCOMPARE(QCoreApplication::applicationName(), u"pim-connections"_s);
    QVERIFY(CacheDatabase::defaultPath().startsWith(m_home + u'/'));
    QVERIFY(QSettings().fileName().startsWith(m_home + u'/'));

    m_secrets = std::make_unique<SecretStore>(std::make_unique<QtKeychainBackend>());
    m_secrets->setTimeout(10s);
    PIM_REQUIRE_REAL_KEYCHAIN(m_secrets.get());

    m_adminPassword = distinctivePassword();
    SandboxProcess::Options options;
    options.admin = u"admin:"_s + m_adminPassword;
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_proxy = std::make_unique<FaultServer>(m_sandbox.url());
    QVERIFY2(m_proxy->start(), qPrintable(m_proxy->errorString()));

    m_cache = std::make_unique<ConnectionCache>(CacheDatabase::defaultPath());
    m_registry = std::make_unique<InstanceRegistry>(std::make_unique<QSettings>());
    m_registry->setStores(m_cache.get(), m_secrets.get());
    m_windowSettings = std::make_unique<QSettings>();
    m_clipboard = std::make_unique<Clipboard>();
}

std::unique_ptr<MainWindow> TestHygiene::makeWindow()
{
    return WindowDriver::show({.registry = m_registry.get(),
                               .cache = m_cache.get(),
                               .secrets = m_secrets.get(),
                               .settings = m_windowSettings.get(),
                               .clipboard = m_clipboard.get(),
                               .messageBox = &m_box,
                               .workspaceOptions = {}});
}

TestHygiene::CliRun TestHygiene::runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // HOME, XDG_*, D-Bus
    env.remove(u"PIM_PASSWORD"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"pim.*=true"_s); // all it would log, on stderr
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PIM_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestHygiene::wholeSession()
{
    const QUrl pim = m_proxy->url(); // the sandbox, through the proxy
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto seen = [this](const QString &what, const QString &value) {
        QVERIFY2(m_seen.add(what, value), qPrintable(what)); // long enough not to match by chance
    };

    // Sign in with "Remember": the administrator's password is typed on screen.
    auto window = makeWindow();
    StartOptions options;
    options.server = pim;
    options.username = u"admin"_s;
    window->start(options);
    QVERIFY(signInThroughDialog(*window, m_adminPassword, true));
    seen(u"administrator's password"_s, m_adminPassword);
    QVERIFY(waitOnline(*window));
    QCOMPARE(RealKeychain::read(m_secrets.get(), SecretKey::adminPassword(pim, u"admin"_s)).value,
             m_adminPassword);
    // The back-office session cookie (memory only) is a secret too.
    const QList<QNetworkCookie> cookies =
        workspaceNetwork(*window)->cookieJar()->cookiesForUrl(pim);
    QVERIFY(!cookies.isEmpty());
    for (const QNetworkCookie &cookie : cookies)
        seen(u"session cookie "_s + QString::fromLatin1(cookie.name()),
             QString::fromLatin1(cookie.value()));

    // Create: the password is shown once.
    QVERIFY(createFromWindow(*window, u"ERP hygiene"_s));
    ConnectionPage *page = WindowDriver::page(*window);
    m_code = page->code();
    CredentialsPanel *panel = credentials(*window);
    auto *secretEdit = child<QLineEdit>(panel, u"secret"_s);
    auto *passwordEdit = child<QLineEdit>(panel, u"password"_s);
    QVERIFY(panel->isPasswordShown());
    const QString firstPassword = passwordEdit->text();
    const QString firstSecret = secretEdit->text();
    seen(u"connection password, first"_s, firstPassword);
    seen(u"client secret, first"_s, firstSecret);
    QTest::mouseClick(child<RevealButton>(panel, u"revealSecret"_s), Qt::LeftButton);
    QVERIFY(panel->isSecretRevealed());

    // Copy the client id, the secret and the password.
    auto copy = [&](const QString &name) {
        QTest::mouseClick(child<CopyButton>(panel, name), Qt::LeftButton);
        return clipboard->text();
    };
    const QString clientId = copy(u"copyClientId"_s);
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(copy(u"copySecret"_s), firstSecret);
    QCOMPARE(copy(u"copyPassword"_s), firstPassword);

    // "Save in keychain" for the password.
    QTest::mouseClick(child<QPushButton>(panel, u"savePassword"_s), Qt::LeftButton);
    const SecretKey passwordKey = SecretKey::connectionPassword(pim, m_code);
    QTRY_COMPARE_WITH_TIMEOUT(RealKeychain::read(m_secrets.get(), passwordKey).value, firstPassword,
                              Wait);

    // Regenerate the secret, then the password (each confirmed in its popin).
    m_box.setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(child<QPushButton>(panel, u"regenerateSecret"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!secretEdit->text().isEmpty() && secretEdit->text() != firstSecret,
                             Wait);
    const QString secondSecret = secretEdit->text();
    seen(u"client secret, regenerated"_s, secondSecret);
    auto *regeneratePassword = child<QPushButton>(panel, u"regeneratePassword"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isBusy() && regeneratePassword->isEnabled(),
                             Wait);
    m_box.setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(regeneratePassword, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isPasswordShown() && passwordEdit->text() != firstPassword,
                             Wait);
    const QString secondPassword = passwordEdit->text();
    seen(u"connection password, regenerated"_s, secondPassword);
    QCOMPARE(copy(u"copyPassword"_s), secondPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isBusy(), Wait);

    // Test credentials (the password on screen): the PIM gives tokens, which the app never
    // shows; the sniffer sees them.
    const qsizetype answersBefore = m_proxy->passedOnAnswers().size();
    QTest::mouseClick(child<QPushButton>(panel, u"testCredentials"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->testResultText(),
                              u"These credentials work: the PIM gave an access token."_s, Wait);
    QStringList tokens;
    static const QRegularExpression tokenField(
        uR"re("(?:access_token|refresh_token)"\s*:\s*"([^"]+)")re"_s);
    const QString answers = QString::fromUtf8(m_proxy->passedOnAnswers().mid(answersBefore));
    for (auto match = tokenField.globalMatch(answers); match.hasNext();)
        tokens.append(match.next().captured(1));
    QVERIFY2(!tokens.isEmpty(), "the test's tokens were not seen on the network");
    for (const QString &token : tokens)
        seen(u"token from Test credentials"_s, token);
    // What the Authorization header of the token request carries.
    seen(u"Basic credentials (client id:secret)"_s,
         QString::fromLatin1((clientId + u':' + secondSecret).toUtf8().toBase64()));

    // Update the label.
    auto *label = child<QLineEdit>(page, u"label"_s);
    label->selectAll();
    QTest::keyClicks(label, u"ERP hygiene renamed"_s);
    QVERIFY(page->isModified());
    QTest::mouseClick(child<QPushButton>(page, u"save"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isModified() && !window->workspace()->isBusy(), Wait);

    // Close the window as a user would.
    QVERIFY(window->close());
    window.reset();

    // Start again --offline, with the same stores: the page opens from the cache, the secret
    // comes from the keychain, shown and copied.
    window = makeWindow();
    StartOptions offline;
    offline.offline = true;
    window->start(offline);
    QVERIFY(window->workspace());
    QVERIFY(window->workspace()->isForcedOffline());
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace()->model()->rowCount(), 1, Wait);
    window->openConnection(m_code);
    QVERIFY(waitPageLoaded(*window));
    page = WindowDriver::page(*window);
    panel = credentials(*window);
    QVERIFY(page->isFromCache());
    QCOMPARE(page->label(), u"ERP hygiene renamed"_s);
    QTest::mouseClick(child<RevealButton>(panel, u"revealSecret"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(panel, u"secret"_s)->text(), secondSecret, Wait);
    QVERIFY(panel->isSecretRevealed());
    QCOMPARE(copy(u"copySecret"_s), secondSecret);
    QVERIFY(window->close());
    window.reset();

    // The CLI with the same HOME and D-Bus session: offline show prints the secret from the
    // keychain (on stdout, where it belongs), online list signs in with the remembered password.
    const CliRun show = runCli({u"--offline"_s, u"show"_s, m_code});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QVERIFY(show.out.contains(secondSecret.toUtf8()));
    const CliRun list = runCli({u"list"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(list.out.contains(m_code.toUtf8()));
    m_cliErr = show.err + "\n" + list.err;

    // The connection's event subscription (docs/pim-api.md §8) through the CLI: its secret,
    // made at the first save and then regenerated, goes to stdout and the keychain only.
    const CliRun set = runCli({u"webhook-set"_s, m_code, u"--url"_s, u"http://127.0.0.1:9/h"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    auto webhookSecret = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json)
            .object()
            .value(u"event_subscription"_s)
            .toObject()
            .value(u"secret"_s)
            .toString();
    };
    const CliRun hook = runCli({u"--json"_s, u"webhook"_s, m_code});
    QVERIFY2(hook.exitCode == 0, hook.err.constData());
    seen(u"event subscription secret, first"_s, webhookSecret(hook.out));
    const CliRun regenerated =
        runCli({u"--json"_s, u"--yes"_s, u"webhook-regenerate-secret"_s, m_code});
    QVERIFY2(regenerated.exitCode == 0, regenerated.err.constData());
    const QString hookSecret = webhookSecret(regenerated.out);
    QVERIFY(hookSecret != webhookSecret(hook.out));
    seen(u"event subscription secret, regenerated"_s, hookSecret);
    QCOMPARE(RealKeychain::read(m_secrets.get(), SecretKey::webhookSecret(pim, m_code)).value,
             hookSecret);
    const CliRun offlineHook = runCli({u"--offline"_s, u"webhook"_s, m_code});
    QVERIFY2(offlineHook.exitCode == 0, offlineHook.err.constData());
    QVERIFY(offlineHook.out.contains(hookSecret.toUtf8())); // from the keychain
    m_cliErr += "\n" + set.err + "\n" + hook.err + "\n" + regenerated.err + "\n" + offlineHook.err;
}

QList<Leak> TestHygiene::scanHome() const
{
    return m_seen.scanFiles(m_home, m_home + u"/.local/share/keyrings/"_s);
}

QList<Leak> TestHygiene::scanLogs() const
{
    return m_seen.scan(LogCapture::text(), u"the app's log messages"_s) +
           m_seen.scan(m_cliErr, u"the CLI's stderr"_s);
}

void TestHygiene::scannerFindsAPlantedSecret()
{
    QVERIFY(m_seen.size() > 0);
    const QList<Leak> before = scanHome(); // the verdict on these is noSecretOnDiskOrInLogs's

    // The administrator's password has '/' and '+': its percent-encoded form differs.
    const QByteArray encoded = QUrl::toPercentEncoding(m_adminPassword);
    QVERIFY(encoded != m_adminPassword.toUtf8());
    const QString scratch = m_home + u"/.config/pim-connections/scratch.txt"_s;
    for (const QByteArray &planted :
         QList<QByteArray>{m_adminPassword.toUtf8(), "x=" + encoded + "&y"}) {
        {
            QFile file(scratch);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before " + planted + " after");
        }
        const QList<Leak> found = scanHome();
        QFile::remove(scratch);
        QCOMPARE(found.size(), before.size() + 1);
        QCOMPARE(found.last().where, scratch);
    }
    // And in the logs.
    const qsizetype logLeaks = scanLogs().size();
    qCDebug(lcSelfCheck) << "planted" << m_adminPassword;
    QCOMPARE(scanLogs().size(), logLeaks + 1);
    LogCapture::dropLast();
}

void TestHygiene::noSecretOnDiskOrInLogs()
{
    // Each was really on screen, on the clipboard or on the network (checked in
    // wholeSession): a session that never got them would make this test vacuous.
    QVERIFY(m_seen.size() >= 8);
    QStringList files;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(files.contains(CacheDatabase::defaultPath())); // the files are there...
    QVERIFY(files.contains(QSettings().fileName()));
    QVERIFY(LogCapture::count() > 20); // ...and the app did log

    QList<Leak> leaks = scanHome() + scanLogs();
    QVERIFY2(leaks.isEmpty(), qPrintable(SecretScan::describe(leaks)));

    // Once the stores are closed (the -wal checkpointed into the file, the settings synced).
    const QString id = m_registry->currentId();
    m_registry.reset();
    m_windowSettings.reset();
    m_cache.reset();
    leaks = scanHome();
    QVERIFY2(leaks.isEmpty(), qPrintable(SecretScan::describe(leaks)));
    m_cache = std::make_unique<ConnectionCache>(CacheDatabase::defaultPath());
    m_registry = std::make_unique<InstanceRegistry>(std::make_unique<QSettings>());
    m_registry->setStores(m_cache.get(), m_secrets.get());
    QCOMPARE(m_registry->currentId(), id);
}

void TestHygiene::cleanupTestCase()
{
    // The keychain entries of the session go with the PIM (keys name the sandbox's address).
    if (m_registry && !m_registry->currentId().isEmpty()) {
        QSignalSpy cleaned(m_registry.get(), &InstanceRegistry::instanceCleanedUp);
        m_registry->remove(m_registry->currentId());
        QVERIFY(cleaned.count() == 1 || cleaned.wait(Wait));
    }
    m_registry.reset();
    m_cache.reset();
    m_clipboard.reset();
    m_secrets.reset();
    LogCapture::stop();
}

int main(int argc, char *argv[])
{
    // HOME and the XDG folders before anything reads them (QSettings keeps the paths it saw).
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    const QByteArray path = home.path().toUtf8();
    qputenv("HOME", path);
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    QApplication::setApplicationName(u"pim-connections"_s); // the app's names: same files
    QApplication::setOrganizationName(u"pim-connections"_s);
    TestHygiene test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hygiene.moc"
