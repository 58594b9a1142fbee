// Hygiene: after a whole session through the window (sign in with "Remember",
// create, copy, save a password in the keychain, regenerate the secret and the password, test
// the credentials, rename; then an --offline restart that shows and copies the secret from the
// keychain; then the CLI, offline and online), no secret and no password is in any file under
// the app's HOME (the cache and its -wal/-shm, the settings, anything else), in anything the
// app logged (every pim.* category at debug level, and Qt's own messages), nor on the CLI's
// standard error.
//
// The app's real places: HOME and the XDG folders point into a temporary folder before the
// QApplication exists, the names are the app's ("pim-connections"), so the cache, the settings
// and the keychain service are the ones pim-connections and pim-connections-cli use. The real
// keychain is needed (scripts/headless); the entries this test makes are removed at the end.
#include "window/StartOptions.h"
#include "store/CacheDatabase.h"
#include "services/Clipboard.h"
#include "store/ConnectionCache.h"
#include "items/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "connection/ConnectionPageHeader.h"
#include "widgets/CopyButton.h"
#include "dialogs/CreateConnectionDialog.h"
#include "window/CreateFlow.h"
#include "connection/CredentialsPanel.h"
#include "store/InstanceRegistry.h"
#include "window/MainWindow.h"
#include "services/MessageBox.h"
#include "net/PimNetworkAccessManager.h"
#include "store/QtKeychainBackend.h"
#include "RealKeychain.h"
#include "widgets/RevealButton.h"
#include "SandboxProcess.h"
#include "store/SecretKey.h"
#include "store/SecretStore.h"
#include "dialogs/SignInDialog.h"
#include "window/SignInFlow.h"
#include "domain/SymfonyJson.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int Wait = 20000;

Q_LOGGING_CATEGORY(lcSelfCheck, "pim.hygiene.selfcheck")

// Every message, whatever its category or level (the test's own QTest output does not go
// through here). Messages may come from other threads.
QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged.append(QString::fromUtf8(context.category ? context.category : "") + u": "_s +
                      message);
    }
    if (previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        previousHandler(type, context, message);
}

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

// The bodies of a network manager's replies, read without consuming them (peek at readyRead,
// before the job reads everything at finished): the access and refresh tokens "Test
// credentials" obtains, which the app never shows.
class ReplySniffer : public QObject
{
public:
    void watch(QNetworkAccessManager *network)
    {
        if (network && !m_watched.contains(network)) {
            m_watched.append(network);
            network->installEventFilter(this);
        }
    }
    QStringList tokens() const { return m_tokens; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            // The reply is still being constructed: look at it once it is whole, which is
            // before any answer (posted events are handled in order).
            QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
            QMetaObject::invokeMethod(
                this,
                [this, child]() {
                    if (auto *reply = qobject_cast<QNetworkReply *>(child.data()))
                        attach(reply);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void attach(QNetworkReply *reply)
    {
        connect(reply, &QNetworkReply::readyRead, this, [this, reply]() {
            const QJsonDocument doc = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()));
            if (!doc.isObject())
                return;
            for (const QString &key : {u"access_token"_s, u"refresh_token"_s}) {
                const QString value = doc.object().value(key).toString();
                if (!value.isEmpty() && !m_tokens.contains(value))
                    m_tokens.append(value);
            }
        });
    }

    QList<QPointer<QNetworkAccessManager>> m_watched;
    QStringList m_tokens;
};

struct Secret
{
    QString what; // "client secret, first" (a name, never the value, goes into messages)
    QString value;
};

struct Leak
{
    QString secret;
    QString form;
    QString where;
};

QString describe(const QList<Leak> &leaks)
{
    QStringList lines;
    for (const Leak &leak : leaks)
        lines.append(leak.secret + u" (" + leak.form + u") in " + leak.where);
    return lines.join(u"; "_s);
}

// The network manager the window's workspace talks through (the workspace hands out no client:
// the test finds it among the workspace's children).
PimNetworkAccessManager *workspaceNetwork(const MainWindow &window)
{
    return window.workspace() ? window.workspace()->findChild<PimNetworkAccessManager *>()
                              : nullptr;
}

} // namespace

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
    bool waitOnline(MainWindow &window);
    void addSecret(const QString &what, const QString &value);
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliRun runCli(const QStringList &arguments);
    static QList<QPair<QString, QByteArray>> formsOf(const QString &value);
    QList<Leak> scan(const QByteArray &bytes, const QString &where) const;
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
    ReplySniffer m_sniffer;
    QList<Secret> m_seen;
    QByteArray m_cliErr;
    QString m_code;
};

void TestHygiene::initTestCase()
{
    previousHandler = qInstallMessageHandler(keepMessage);
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

    m_cache = std::make_unique<ConnectionCache>(CacheDatabase::defaultPath());
    m_registry = std::make_unique<InstanceRegistry>(std::make_unique<QSettings>());
    m_registry->setStores(m_cache.get(), m_secrets.get());
    m_windowSettings = std::make_unique<QSettings>();
    m_clipboard = std::make_unique<Clipboard>();
}

std::unique_ptr<MainWindow> TestHygiene::makeWindow()
{
    MainWindow::Dependencies deps;
    deps.registry = m_registry.get();
    deps.cache = m_cache.get();
    deps.secrets = m_secrets.get();
    deps.settings = m_windowSettings.get();
    deps.clipboard = m_clipboard.get();
    deps.messageBox = &m_box;
    auto window = std::make_unique<MainWindow>(deps);
    window->show();
    return window;
}

bool TestHygiene::waitOnline(MainWindow &window)
{
    return QTest::qWaitFor(
        [&]() {
            return window.workspace() &&
                   window.workspace()->connectivity() == Workspace::Connectivity::Online &&
                   !window.workspace()->isBusy();
        },
        Wait);
}

void TestHygiene::addSecret(const QString &what, const QString &value)
{
    QVERIFY2(value.size() >= 8, qPrintable(what)); // long enough not to match by chance
    m_seen.append({what, value});
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
    const QUrl pim = m_sandbox.url();
    QClipboard *clipboard = QGuiApplication::clipboard();

    // Sign in with "Remember": the administrator's password is typed on screen.
    auto window = makeWindow();
    StartOptions options;
    options.server = pim;
    options.username = u"admin"_s;
    window->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(window->signInFlow()->isOpen(), Wait);
    SignInDialog *dialog = window->signInFlow()->dialog();
    QTest::keyClicks(dialog->passwordEdit(), m_adminPassword);
    QCOMPARE(dialog->passwordEdit()->text(), m_adminPassword);
    addSecret(u"administrator's password"_s, m_adminPassword);
    dialog->rememberBox()->setChecked(true);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitOnline(*window));
    QCOMPARE(RealKeychain::read(m_secrets.get(), SecretKey::adminPassword(pim, u"admin"_s)).value,
             m_adminPassword);
    // The back-office session cookie (memory only) is a secret too.
    PimNetworkAccessManager *network = workspaceNetwork(*window);
    QVERIFY(network);
    const QList<QNetworkCookie> cookies = network->cookieJar()->cookiesForUrl(pim);
    QVERIFY(!cookies.isEmpty());
    for (const QNetworkCookie &cookie : cookies)
        addSecret(u"session cookie "_s + QString::fromLatin1(cookie.name()),
                  QString::fromLatin1(cookie.value()));

    // Create: the password is shown once.
    window->createFlow()->open();
    QTest::keyClicks(window->createFlow()->dialog()->labelEdit(), u"ERP hygiene"_s);
    QTest::mouseClick(window->createFlow()->dialog()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->isShowingConnection() && window->connectionPage()->isLoaded(),
                             Wait);
    ConnectionPage *page = window->connectionPage();
    m_code = page->code();
    CredentialsPanel *panel = page->credentials();
    QVERIFY(panel->isPasswordShown());
    const QString firstPassword = panel->passwordEdit()->text();
    const QString firstSecret = panel->secretEdit()->text();
    addSecret(u"connection password, first"_s, firstPassword);
    addSecret(u"client secret, first"_s, firstSecret);
    QTest::mouseClick(panel->revealSecretButton(), Qt::LeftButton);
    QVERIFY(panel->isSecretRevealed());

    // Copy the client id, the secret and the password.
    QTest::mouseClick(panel->copyButton(u"clientId"_s), Qt::LeftButton);
    const QString clientId = clipboard->text();
    QVERIFY(!clientId.isEmpty());
    QTest::mouseClick(panel->copyButton(u"secret"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), firstSecret);
    QTest::mouseClick(panel->copyButton(u"password"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), firstPassword);

    // "Save in keychain" for the password.
    QTest::mouseClick(panel->savePasswordButton(), Qt::LeftButton);
    const SecretKey passwordKey = SecretKey::connectionPassword(pim, m_code);
    QTRY_COMPARE_WITH_TIMEOUT(RealKeychain::read(m_secrets.get(), passwordKey).value, firstPassword,
                              Wait);

    // Regenerate the secret, then the password (each confirmed in its popin).
    m_box.setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(panel->regenerateSecretButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !panel->secretEdit()->text().isEmpty() && panel->secretEdit()->text() != firstSecret, Wait);
    const QString secondSecret = panel->secretEdit()->text();
    addSecret(u"client secret, regenerated"_s, secondSecret);
    QTRY_VERIFY_WITH_TIMEOUT(
        !window->workspace()->isBusy() && panel->regeneratePasswordButton()->isEnabled(), Wait);
    m_box.setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(panel->regeneratePasswordButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->isPasswordShown() && panel->passwordEdit()->text() != firstPassword, Wait);
    const QString secondPassword = panel->passwordEdit()->text();
    addSecret(u"connection password, regenerated"_s, secondPassword);
    QTest::mouseClick(panel->copyButton(u"password"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), secondPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->isBusy(), Wait);

    // Test credentials (the password on screen): the PIM gives tokens, which the app never
    // shows; the sniffer sees them.
    m_sniffer.watch(network);
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->testResultText(),
                              u"These credentials work: the PIM gave an access token."_s, Wait);
    const QStringList tokens = m_sniffer.tokens();
    QVERIFY2(!tokens.isEmpty(), "the test's tokens were not seen on the network");
    for (const QString &token : tokens)
        addSecret(u"token from Test credentials"_s, token);
    // What the Authorization header of the token request carries.
    addSecret(u"Basic credentials (client id:secret)"_s,
              QString::fromLatin1((clientId + u':' + secondSecret).toUtf8().toBase64()));

    // Update the label.
    auto *label = page->findChild<QLineEdit *>(u"label"_s);
    QVERIFY(label);
    label->selectAll();
    QTest::keyClicks(label, u"ERP hygiene renamed"_s);
    QVERIFY(page->isModified());
    QTest::mouseClick(page->header()->saveButton(), Qt::LeftButton);
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
    QTRY_VERIFY_WITH_TIMEOUT(window->connectionPage()->isLoaded(), Wait);
    page = window->connectionPage();
    panel = page->credentials();
    QVERIFY(page->isFromCache());
    QCOMPARE(page->label(), u"ERP hygiene renamed"_s);
    QTest::mouseClick(panel->revealSecretButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->secretEdit()->text(), secondSecret, Wait);
    QVERIFY(panel->isSecretRevealed());
    QTest::mouseClick(panel->copyButton(u"secret"_s), Qt::LeftButton);
    QCOMPARE(clipboard->text(), secondSecret);
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
}

QList<QPair<QString, QByteArray>> TestHygiene::formsOf(const QString &value)
{
    QList<QPair<QString, QByteArray>> forms;
    auto add = [&forms](const QString &name, const QByteArray &bytes) {
        for (const auto &f : std::as_const(forms))
            if (f.second == bytes)
                return;
        forms.append({name, bytes});
    };
    add(u"raw"_s, value.toUtf8());
    add(u"UTF-16"_s, QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2));
    add(u"percent-encoded"_s, QUrl::toPercentEncoding(value));
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    add(u"JSON-escaped"_s, json.mid(2, json.size() - 4)); // without [" and "]
    const QByteArray symfony = SymfonyJson::escapeString(value);
    add(u"Symfony-JSON-escaped"_s, symfony.mid(1, symfony.size() - 2));
    return forms;
}

QList<Leak> TestHygiene::scan(const QByteArray &bytes, const QString &where) const
{
    QList<Leak> leaks;
    for (const Secret &secret : m_seen) {
        for (const auto &[form, needle] : formsOf(secret.value)) {
            if (bytes.contains(needle))
                leaks.append({secret.what, form, where});
        }
    }
    return leaks;
}

QList<Leak> TestHygiene::scanHome() const
{
    const QString keyrings = m_home + u"/.local/share/keyrings/"_s;
    QList<Leak> leaks;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(keyrings))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            leaks.append({u"(unreadable file)"_s, file.errorString(), path});
            continue;
        }
        leaks += scan(file.readAll(), path);
    }
    return leaks;
}

QList<Leak> TestHygiene::scanLogs() const
{
    QByteArray all;
    {
        QMutexLocker lock(&logMutex);
        all = logged.join(u'\n').toUtf8();
    }
    return scan(all, u"the app's log messages"_s) + scan(m_cliErr, u"the CLI's stderr"_s);
}

void TestHygiene::scannerFindsAPlantedSecret()
{
    QVERIFY(!m_seen.isEmpty());
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
    QMutexLocker lock(&logMutex);
    logged.removeLast();
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
    {
        QMutexLocker lock(&logMutex);
        QVERIFY(logged.size() > 20); // ...and the app did log
    }

    QList<Leak> leaks = scanHome() + scanLogs();
    QVERIFY2(leaks.isEmpty(), qPrintable(describe(leaks)));

    // Once the stores are closed (the -wal checkpointed into the file, the settings synced).
    const QString id = m_registry->currentId();
    m_registry.reset();
    m_windowSettings.reset();
    m_cache.reset();
    leaks = scanHome();
    QVERIFY2(leaks.isEmpty(), qPrintable(describe(leaks)));
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
    qInstallMessageHandler(previousHandler);
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
