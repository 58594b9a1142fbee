// The window against a real pim-sandbox (
// window side): the real Workspace, a real cache on a temporary file, the fake keychain of
// tests/store, a pre-answered MessageBox, and the keyboard where the user would use it.
#include "window/StartOptions.h"
#include "services/Clipboard.h"
#include "store/ConnectionCache.h"
#include "overview/ConnectionGridView.h"
#include "items/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "connection/ConnectionPageHeader.h"
#include "domain/ConnectionRules.h"
#include "overview/ConnectionSection.h"
#include "connection/ConnectionSettingsForm.h"
#include "window/ConnectivityBar.h"
#include "widgets/CopyButton.h"
#include "dialogs/CreateConnectionDialog.h"
#include "window/CreateFlow.h"
#include "connection/CredentialsPanel.h"
#include "overview/EmptyState.h"
#include "FakeSecretBackend.h"
#include "widgets/FlowTypeChooser.h"
#include "HttpClient.h"
#include "store/InstanceRegistry.h"
#include "window/InstanceSwitcher.h"
#include "window/MainWindow.h"
#include "widgets/MessageBar.h"
#include "services/MessageBox.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "dialogs/PasswordPromptDialog.h"
#include "SandboxProcess.h"
#include "store/SecretStore.h"
#include "dialogs/SignInDialog.h"
#include "window/SignInFlow.h"
#include "Translations.h"
#include "domain/ValidationError.h"
#include "workspace/WorkspaceSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Wait = 20000;

struct Created
{
    QString clientId;
    QString secret;
    QString username;
    QString password;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsInAtOnceWithThePassword();
    void emptyStateOpensTheCreateDialog();
    void codeFollowsTheLabelUntilEdited();
    void invalidInputShownOnItsField();
    void limitDisablesCreate();
    void sectionsAndCountsAfterCreateAndDelete();
    void copyPutsTheValueOnTheClipboard();
    void regenerateSecretCancelThenConfirm();
    void regeneratePasswordShowsTheNewOneOnce();
    void passwordShownOnceThenHiddenAfterLeaving();
    void deleteFromThePage();
    void deleteFromTheOverviewWithTheKeyboard();
    void leavingWithUnsavedChangesAsks();
    void offlineStartShowsTheCacheThenComesBackOnline();
    void forcedOfflineDisablesWrites();
    void severalPims();
    void signInDialogRemembersThePassword();
    void wrongCredentialsMarked();
    void searchWithCtrlF();
    void testCredentialsAndSaveInKeychain();
    void imageAndPermissionsSaved();
    void testCredentialsAsksForThePassword();
    void cachedOverviewBeforeAnyReply();
    void keepSecretsSettingTurnedOff();

private:
    std::unique_ptr<MainWindow> makeWindow(Workspace::Options options = {});
    void startSignedIn(MainWindow &window, const QUrl &url, bool offline = false);
    bool waitOnline(MainWindow &window);
    // The window active again after a dialog closed (a window manager does it on a desktop).
    static void activate(QWidget &window);
    Created createOverHttp(const QString &code, const QString &flowType = u"data_source"_s);
    void refreshAndWait(MainWindow &window, int rows);
    QModelIndex tileIndex(MainWindow &window, const QString &code, ConnectionGridView **view);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    std::unique_ptr<ConnectionCache> m_cache;
    FakeSecretBackend *m_keychain = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<InstanceRegistry> m_registry;
    std::unique_ptr<Clipboard> m_clipboard;
    std::unique_ptr<MessageBox> m_box;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // The English plural forms, whatever the system's language: the test reads English words.
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
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

void TestMainWindow::cleanup()
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

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(Workspace::Options options)
{
    MainWindow::Dependencies deps;
    deps.registry = m_registry.get();
    deps.cache = m_cache.get();
    deps.secrets = m_secrets.get();
    deps.clipboard = m_clipboard.get();
    deps.messageBox = m_box.get();
    options.retryInterval = std::chrono::milliseconds(200);
    options.maxRetryInterval = std::chrono::milliseconds(400);
    deps.workspaceOptions = options;
    auto window = std::make_unique<MainWindow>(deps);
    window->show();
    return window;
}

void TestMainWindow::activate(QWidget &window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void TestMainWindow::startSignedIn(MainWindow &window, const QUrl &url, bool offline)
{
    StartOptions options;
    options.server = url;
    options.username = u"admin"_s;
    options.password = u"admin"_s; // as PIM_PASSWORD gives it
    options.offline = offline;
    window.start(options);
}

bool TestMainWindow::waitOnline(MainWindow &window)
{
    return QTest::qWaitFor(
        [&]() {
            return window.workspace() &&
                   window.workspace()->connectivity() == Workspace::Connectivity::Online &&
                   !window.workspace()->isBusy();
        },
        Wait);
}

Created TestMainWindow::createOverHttp(const QString &code, const QString &flowType)
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

void TestMainWindow::refreshAndWait(MainWindow &window, int rows)
{
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor(
        [&]() { return waitOnline(window) && window.workspace()->model()->rowCount() == rows; },
        Wait));
}

QModelIndex TestMainWindow::tileIndex(MainWindow &window, const QString &code,
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

void TestMainWindow::signsInAtOnceWithThePassword()
{
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QVERIFY(!m_window->signInFlow()->isOpen());
    QCOMPARE(m_window->windowTitle(), u"PIM Connections"_s);
    QVERIFY(m_registry->current().has_value());
    QCOMPARE(m_registry->current()->baseUrl, m_sandbox->url());
    QVERIFY(m_window->overview()->header()->createButton()->isEnabled());
    // Never remembered unless asked: nothing of the administrator in the keychain.
    for (auto it = m_keychain->entries.cbegin(); it != m_keychain->entries.cend(); ++it)
        QVERIFY(it.value() != u"admin"_s);
}

void TestMainWindow::emptyStateOpensTheCreateDialog()
{
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    OverviewPage *overview = m_window->overview();
    QTRY_VERIFY(overview->isEmptyStateShown());
    QCOMPARE(overview->emptyState()->title(), u"No connection declared yet."_s);
    QVERIFY(!overview->emptyState()->text().isEmpty());
    QVERIFY(overview->emptyState()->actionButton()->isEnabled());
    QTest::mouseClick(overview->emptyState()->actionButton(), Qt::LeftButton);
    QVERIFY(m_window->createFlow()->isOpen());
    m_window->createFlow()->dialog()->reject();
}

void TestMainWindow::codeFollowsTheLabelUntilEdited()
{
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QTest::keySequence(m_window.get(), QKeySequence::New); // Ctrl+N
    QVERIFY(m_window->createFlow()->isOpen());
    CreateConnectionDialog *dialog = m_window->createFlow()->dialog();
    QTest::keyClicks(dialog->labelEdit(), u"Web shop EU"_s);
    QCOMPARE(dialog->codeEdit()->text(), ConnectionRules::codeFromLabel(u"Web shop EU"_s));
    dialog->codeEdit()->selectAll();
    QTest::keyClicks(dialog->codeEdit(), u"shop_eu"_s);
    QTest::keyClicks(dialog->labelEdit(), u" 2"_s);
    QCOMPARE(dialog->codeEdit()->text(), u"shop_eu"_s); // stays once edited
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->isShowingConnection() && m_window->connectionPage()->isLoaded(), Wait);
    QCOMPARE(m_window->connectionPage()->code(), u"shop_eu"_s);
    QCOMPARE(m_window->connectionPage()->label(), u"Web shop EU 2"_s);
    const HttpReply reply = m_admin->get(u"/rest/connections/shop_eu"_s);
    QCOMPARE(reply.status, 200);
}

void TestMainWindow::invalidInputShownOnItsField()
{
    createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->createFlow()->open();
    CreateConnectionDialog *dialog = m_window->createFlow()->dialog();
    // The rules checked as the user types: a code with a character the PIM refuses.
    QTest::keyClicks(dialog->labelEdit(), u"ERP"_s);
    dialog->codeEdit()->selectAll();
    QTest::keyClicks(dialog->codeEdit(), u"bad code!"_s);
    QVERIFY(!dialog->shownError(u"code"_s).isEmpty());
    QVERIFY(dialog->shownError(u"label"_s).isEmpty());
    QVERIFY(!dialog->isValid());
    // The server's reason on its field: the code is taken.
    dialog->codeEdit()->selectAll();
    QTest::keyClicks(dialog->codeEdit(), u"erp"_s);
    QVERIFY(dialog->shownError(u"code"_s).isEmpty());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->shownError(u"code"_s).isEmpty() && !dialog->isBusy(), Wait);
    QVERIFY(m_window->createFlow()->isOpen());
    QVERIFY(!m_window->isShowingConnection());
    dialog->reject();
}

void TestMainWindow::limitDisablesCreate()
{
    for (int i = 0; i < 50; ++i)
        createOverHttp(u"c%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->limitReached(), Wait);
    QPushButton *create = m_window->overview()->header()->createButton();
    QVERIFY(!create->isEnabled());
    QCOMPARE(create->toolTip(), ValidationKeys::message(ValidationKeys::limitReached()));
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(!m_window->createFlow()->isOpen());

    // One deleted elsewhere: F5 brings Create back.
    QCOMPARE(m_admin->send("DELETE", u"/rest/connections/c00"_s).status, 204);
    refreshAndWait(*m_window, 49);
    QTRY_VERIFY(create->isEnabled());
}

void TestMainWindow::sectionsAndCountsAfterCreateAndDelete()
{
    createOverHttp(u"erp"_s, u"data_source"_s);
    createOverHttp(u"dam"_s, u"data_source"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    OverviewPage *overview = m_window->overview();
    QTRY_COMPARE(overview->section(FlowType::Source)->count(), 2);
    QVERIFY(overview->section(FlowType::Source)->isVisible());
    QVERIFY(!overview->section(FlowType::Destination)->isVisible());
    QVERIFY(!overview->section(FlowType::Other)->isVisible());
    QCOMPARE(overview->section(FlowType::Source)->title(), u"Data sources"_s);
    QCOMPARE(overview->section(FlowType::Source)->countText(), u"2 connections"_s);

    // Created from the window: a destination, its section appears with its count.
    m_window->createFlow()->open();
    CreateConnectionDialog *dialog = m_window->createFlow()->dialog();
    QTest::keyClicks(dialog->labelEdit(), u"Shop"_s);
    dialog->flowTypeChooser()->setFlowType(FlowType::Destination);
    QCOMPARE(dialog->flowType(), FlowType::Destination);
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->isShowingConnection() && m_window->connectionPage()->isLoaded(), Wait);
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    QTRY_COMPARE(overview->section(FlowType::Destination)->count(), 1);
    QVERIFY(overview->section(FlowType::Destination)->isVisible());
    QCOMPARE(overview->section(FlowType::Destination)->countText(), u"1 connection"_s);

    // Deleted from the overview: the section's count goes down.
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    ConnectionGridView *view = nullptr;
    const QModelIndex erp = tileIndex(*m_window, u"erp"_s, &view);
    QVERIFY(erp.isValid());
    view->setFocus();
    view->setCurrentIndex(erp);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(overview->section(FlowType::Source)->count(), 1, Wait);
    QCOMPARE(overview->section(FlowType::Source)->countText(), u"1 connection"_s);
}

void TestMainWindow::copyPutsTheValueOnTheClipboard()
{
    const Created erp = createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    CredentialsPanel *panel = m_window->connectionPage()->credentials();
    QTest::mouseClick(panel->copyButton(u"clientId"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), erp.clientId);
    // The secret is masked, and copies all the same.
    QVERIFY(!panel->isSecretRevealed());
    QTest::mouseClick(panel->copyButton(u"secret"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), erp.secret);
    QVERIFY(!panel->statusText().isEmpty()); // the short "copied" feedback
}

void TestMainWindow::regenerateSecretCancelThenConfirm()
{
    const Created erp = createOverHttp(u"erp"_s);
    HttpClient api(m_sandbox->url());
    QVERIFY(!api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    CredentialsPanel *panel = m_window->connectionPage()->credentials();
    QCOMPARE(panel->secretEdit()->text(), erp.secret);

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    QTest::mouseClick(panel->regenerateSecretButton(), Qt::LeftButton);
    QCOMPARE(m_box->lastQuestion()->title, u"Confirm regeneration"_s);
    QTest::qWait(200);
    QCOMPARE(panel->secretEdit()->text(), erp.secret);
    QVERIFY(!api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());

    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(panel->regenerateSecretButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->secretEdit()->text() != erp.secret && !panel->secretEdit()->text().isEmpty(), Wait);
    const QString newSecret = panel->secretEdit()->text();
    QVERIFY(api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());
    QVERIFY(!api.accessToken(erp.clientId, newSecret, erp.username, erp.password).isEmpty());
}

void TestMainWindow::passwordShownOnceThenHiddenAfterLeaving()
{
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->createFlow()->open();
    CreateConnectionDialog *dialog = m_window->createFlow()->dialog();
    QTest::keyClicks(dialog->labelEdit(), u"ERP"_s);
    QTest::keyClick(dialog->labelEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->isShowingConnection() && m_window->connectionPage()->isLoaded(), Wait);
    const QString code = m_window->connectionPage()->code();
    QCOMPARE(code, ConnectionRules::codeFromLabel(u"ERP"_s));
    CredentialsPanel *panel = m_window->connectionPage()->credentials();
    QVERIFY(panel->isPasswordShown());
    const QString password = panel->passwordEdit()->text();
    QVERIFY(!password.isEmpty());
    QVERIFY(panel->passwordNote().contains(u"won't show it to you twice"_s));
    QVERIFY(panel->savePasswordButton()->isVisible());
    // The password works with the API.
    const Credentials c = [&]() {
        const QJsonObject o = m_admin->get(u"/rest/connections/"_s + code).json().toObject();
        return Credentials{o[u"client_id"_s].toString(),
                           o[u"secret"_s].toString(),
                           o[u"username"_s].toString(),
                           {}};
    }();
    HttpClient api(m_sandbox->url());
    QVERIFY(!api.accessToken(c.clientId, c.secret, c.username, password).isEmpty());

    // Esc goes back; Enter on the tile opens it again: the password is gone.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    ConnectionGridView *view = nullptr;
    QModelIndex tile;
    QTRY_VERIFY((tile = tileIndex(*m_window, code, &view)).isValid());
    QTRY_VERIFY(view->hasFocus()); // the tile it came from has the focus again
    QCOMPARE(view->currentIndex(), tile);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->isShowingConnection() && m_window->connectionPage()->isLoaded(), Wait);
    QVERIFY(!panel->isPasswordShown());
    QVERIFY(panel->passwordEdit()->text() != password);
    QVERIFY(panel->passwordNote().contains(u"generate a new one"_s));
}

void TestMainWindow::deleteFromThePage()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"dam"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    m_window->connectionPage()->header()->deleteAction()->trigger();
    QCOMPARE(m_box->lastQuestion()->title, u"Confirm deletion"_s);
    QTest::qWait(200);
    QVERIFY(m_window->isShowingConnection());
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 200);

    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    m_window->connectionPage()->header()->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingConnection(), Wait);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 404);
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
    QCOMPARE(m_window->overview()->section(FlowType::Source)->count(), 1);
}

void TestMainWindow::deleteFromTheOverviewWithTheKeyboard()
{
    createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
    ConnectionGridView *view = nullptr;
    const QModelIndex tile = tileIndex(*m_window, u"erp"_s, &view);
    QVERIFY(tile.isValid());
    view->setFocus();
    view->setCurrentIndex(tile);
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(m_box->lastQuestion()->text.contains(u"delete the connection"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overview()->isEmptyStateShown(), Wait);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).status, 404);
}

void TestMainWindow::leavingWithUnsavedChangesAsks()
{
    createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    ConnectionPage *page = m_window->connectionPage();
    QLineEdit *label = page->findChild<QLineEdit *>(u"label"_s);
    QVERIFY(label);
    QTest::keyClicks(label, u" renamed"_s);
    QVERIFY(page->isModified());
    QVERIFY(page->header()->saveButton()->isEnabled());

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_box->lastQuestion()->text, MessageBox::unsavedChanges().text);
    QVERIFY(m_window->isShowingConnection());

    m_box->setNextAnswer(MessageBox::Answer::Confirm); // Save
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingConnection(), Wait);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).json()[u"label"_s].toString(),
             u"erp renamed"_s);
}

void TestMainWindow::offlineStartShowsTheCacheThenComesBackOnline()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 2);
    m_window.reset();

    // The PIM is down: the next start paints the cached tiles and says since when.
    m_sandbox->stop();
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(m_window->workspace());
    QSignalSpy loaded(m_window->workspace(), &Workspace::snapshotLoaded);
    QVERIFY(loaded.count() == 1 || loaded.wait(Wait));
    QCOMPARE(m_window->workspace()->model()->rowCount(), 2);
    QCOMPARE(m_window->overview()->section(FlowType::Source)->count(), 1);
    QCOMPARE(m_window->overview()->section(FlowType::Destination)->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Offline, Wait);
    QTRY_VERIFY(
        m_window->connectivityBar()->text().startsWith(u"Offline — showing connections as of "_s));
    QPushButton *create = m_window->overview()->header()->createButton();
    QVERIFY(!create->isEnabled());
    QVERIFY(!create->toolTip().isEmpty());
    QCOMPARE(create->toolTip(), m_window->workspace()->writeDisabledReason());

    // Reading still works: the page opens from the cache, writes disabled with the reason.
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    ConnectionPage *page = m_window->connectionPage();
    QVERIFY(page->isFromCache());
    QVERIFY(!page->header()->deleteAction()->isEnabled());
    QVERIFY(!page->credentials()->regenerateSecretButton()->isEnabled());
    QVERIFY(!page->credentials()->regenerateSecretButton()->toolTip().isEmpty());
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());

    // The PIM is back: the window goes back online by itself.
    QVERIFY2(m_sandbox->restart(true), qPrintable(m_sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Online, Wait);
    QTRY_VERIFY(create->isEnabled());
    QVERIFY(m_window->connectivityBar()->text().isEmpty());
}

void TestMainWindow::forcedOfflineDisablesWrites()
{
    createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);
    m_window.reset();

    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url(), true); // --offline
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->model()->rowCount(), 1, Wait);
    QVERIFY(m_window->workspace()->isForcedOffline());
    QTRY_VERIFY(m_window->connectivityBar()->text().startsWith(u"Offline — "_s));
    QVERIFY(!m_window->overview()->header()->createButton()->isEnabled());
    QVERIFY(!m_window->overview()->header()->refreshButton()->isEnabled());
    QVERIFY(m_window->overview()->header()->refreshButton()->toolTip().contains(u"--offline"_s));
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(!m_window->createFlow()->isOpen());
    QTest::qWait(300);
    QCOMPARE(m_window->workspace()->connectivity(), Workspace::Connectivity::Offline);
}

void TestMainWindow::severalPims()
{
    createOverHttp(u"erp"_s);
    SandboxProcess other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    const QString first = m_registry->currentId();
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);

    // "Add a PIM…": the sign-in dialog, empty; once signed in, the new PIM is current.
    m_window->instanceSwitcher()->addAction()->trigger();
    QVERIFY(m_window->signInFlow()->isOpen());
    SignInDialog *dialog = m_window->signInFlow()->dialog();
    QVERIFY(dialog->urlEdit()->text().isEmpty());
    QTest::keyClicks(dialog->urlEdit(), other.url().toString());
    QTest::keyClicks(dialog->usernameEdit(), u"admin"_s);
    QTest::keyClicks(dialog->passwordEdit(), u"admin"_s);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_registry->currentId() != first, Wait);
    QVERIFY(waitOnline(*m_window));
    QTRY_VERIFY(!m_window->signInFlow()->isOpen());
    const QString second = m_registry->currentId();
    QCOMPARE(m_registry->instances().size(), 2);
    QCOMPARE(m_window->workspace()->instance().baseUrl, other.url());
    QTRY_VERIFY(m_window->overview()->isEmptyStateShown());

    // Switching back shows the first PIM's connections.
    m_window->instanceSwitcher()->actionFor(first)->trigger();
    QTRY_COMPARE(m_window->workspace()->instance().id, first);
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 1);

    // "Rename…": a dialog with the current name; the menu shows the new one.
    m_window->instanceSwitcher()->renameCurrent();
    QInputDialog *rename = m_window->findChild<QInputDialog *>();
    QVERIFY(rename);
    rename->setTextValue(u"Production"_s);
    rename->accept();
    QCOMPARE(m_registry->instance(first)->name, u"Production"_s);
    QCOMPARE(m_window->instanceSwitcher()->actionFor(first)->text(), u"Production"_s);

    // "Remove…" (confirmed): its cache goes; the other one is current and opens.
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QSignalSpy cleaned(m_registry.get(), &InstanceRegistry::instanceCleanedUp);
    m_window->instanceSwitcher()->removeCurrent();
    QVERIFY(cleaned.count() == 1 || cleaned.wait(Wait));
    QVERIFY(cleaned.at(0).at(1).toBool());
    QCOMPARE(m_registry->instances().size(), 1);
    QTRY_COMPARE(m_window->workspace()->instance().id, second);
    m_window.reset();

    // The next start opens the one used last.
    m_window = makeWindow();
    m_window->start(StartOptions());
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->instance().id, second);
}

void TestMainWindow::signInDialogRemembersThePassword()
{
    // No PIM_PASSWORD: the sign-in dialog asks, pre-filled with the address and username.
    m_window = makeWindow();
    StartOptions options;
    options.server = m_sandbox->url();
    options.username = u"admin"_s;
    m_window->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->signInFlow()->isOpen(), Wait);
    SignInDialog *dialog = m_window->signInFlow()->dialog();
    QCOMPARE(dialog->url(), m_sandbox->url());
    QCOMPARE(dialog->username(), u"admin"_s);
    // A wrong password: the server's reason, the dialog stays.
    QTest::keyClicks(dialog->passwordEdit(), u"wrong"_s);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->shownMessage(QString()).isEmpty(), Wait);
    QVERIFY(m_window->signInFlow()->isOpen());
    dialog->passwordEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), u"admin"_s);
    dialog->rememberBox()->setChecked(true);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(waitOnline(*m_window));
    QTRY_VERIFY(!m_window->signInFlow()->isOpen());
    QTRY_VERIFY(!m_window->workspace()->isBusy());
    QVERIFY(m_keychain->entries.values().contains(u"admin"_s)); // in the keychain only
    m_window.reset();

    // The next start opens the PIM used last and signs in with the remembered password.
    m_window = makeWindow();
    m_window->start(StartOptions());
    QVERIFY(waitOnline(*m_window));
    QVERIFY(!m_window->signInFlow()->isOpen());
    QCOMPARE(m_window->workspace()->instance().baseUrl, m_sandbox->url());
}

void TestMainWindow::wrongCredentialsMarked()
{
    const Created erp = createOverHttp(u"erp"_s);
    const Created shop = createOverHttp(u"shop"_s, u"data_destination"_s);
    HttpClient api(m_sandbox->url());
    // The shop's client id used with the ERP's user.
    QVERIFY(!api.accessToken(shop.clientId, shop.secret, erp.username, erp.password).isEmpty());
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    ConnectionGridView *view = nullptr;
    QModelIndex tile;
    QTRY_VERIFY((tile = tileIndex(*m_window, u"shop"_s, &view)).isValid());
    QTRY_VERIFY(tile.data(ConnectionListModel::HasWrongCredentialsRole).toBool());
    QVERIFY(
        tile.data(ConnectionListModel::WrongCredentialsTextRole).toString().contains(erp.username));
    QVERIFY(!tileIndex(*m_window, u"erp"_s, &view)
                 .data(ConnectionListModel::HasWrongCredentialsRole)
                 .toBool());
    QTRY_VERIFY(m_window->overview()->wrongCredentialsNote()->isVisible());
}

void TestMainWindow::searchWithCtrlF()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    OverviewPage *overview = m_window->overview();
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 2);
    activate(*m_window);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QLineEdit *search = overview->header()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"sho"_s);
    QTRY_VERIFY(!overview->section(FlowType::Source)->isVisible());
    QCOMPARE(overview->section(FlowType::Destination)->count(), 1);
    QTest::keyClicks(search, u"zzz"_s);
    QTRY_VERIFY(overview->isNoMatchShown());
    // Esc in the search field clears it.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(search->text().isEmpty());
    QTRY_COMPARE(overview->section(FlowType::Source)->count(), 1);
    QVERIFY(overview->section(FlowType::Source)->isVisible());
}

void TestMainWindow::testCredentialsAndSaveInKeychain()
{
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->createFlow()->open();
    CreateConnectionDialog *dialog = m_window->createFlow()->dialog();
    QTest::keyClicks(dialog->labelEdit(), u"ERP"_s);
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->isShowingConnection() && m_window->connectionPage()->isLoaded(), Wait);
    CredentialsPanel *panel = m_window->connectionPage()->credentials();
    const QString password = panel->passwordEdit()->text();
    QVERIFY(!password.isEmpty());
    QVERIFY(!m_keychain->entries.values().contains(password)); // not without asking

    // "Test credentials" with the password on screen: the PIM gives a token.
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->testResultText().isEmpty() && panel->testButton()->isEnabled(),
                             Wait);
    QCOMPARE(panel->testResultText(), u"These credentials work: the PIM gave an access token."_s);

    // "Save in keychain", offered where the password is shown once.
    QTest::mouseClick(panel->savePasswordButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->entries.values().contains(password), Wait);
}

void TestMainWindow::imageAndPermissionsSaved()
{
    createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    ConnectionPage *page = m_window->connectionPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), Wait);
    ConnectionSettingsForm *form = page->form();
    // The default role is kept: its warning shows.
    QTRY_VERIFY(form->roleCombo()->count() > 1);
    QVERIFY(!form->shownMessage(u"userRole"_s).isEmpty());

    // An image of an accepted type: previewed, sent, then saved with another role.
    QImage logo(64, 64, QImage::Format_ARGB32);
    logo.fill(Qt::darkCyan);
    const QString file = m_dir->filePath(u"logo.png"_s);
    QVERIFY(logo.save(file));
    form->chooseImageFile(file);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isDecodingImage() && !form->isImagePending() &&
                                 page->header()->saveButton()->isEnabled(),
                             Wait);
    QVERIFY(form->removeImageButton()->isEnabled());
    form->roleCombo()->setCurrentIndex(form->roleCombo()->count() - 1);
    QVERIFY(page->isModified());
    QVERIFY(form->unsavedNoticeShown()); // "There are unsaved changes."
    QTest::mouseClick(page->header()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isModified() && !page->header()->saveButton()->isEnabled(),
                             Wait);
    QJsonObject saved = m_admin->get(u"/rest/connections/erp"_s).json().toObject();
    QVERIFY(!saved[u"image"_s].toString().isEmpty());
    QVERIFY(saved[u"user_role_id"_s].toString() != u"1"_s);

    // Removed and saved: no image on the PIM.
    form->removeImage();
    QTRY_VERIFY(page->header()->saveButton()->isEnabled());
    QTest::mouseClick(page->header()->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isModified(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(m_admin->get(u"/rest/connections/erp"_s).json()[u"image"_s].isNull(),
                             Wait);
}

void TestMainWindow::cachedOverviewBeforeAnyReply()
{
    createOverHttp(u"erp"_s);
    createOverHttp(u"shop"_s, u"data_destination"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QTRY_COMPARE(m_window->workspace()->model()->rowCount(), 2);
    m_window.reset();

    // Next start: when the cached snapshot is in, the tiles are there and the PIM has not
    // answered yet.
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    Workspace *workspace = m_window->workspace();
    QVERIFY(workspace);
    std::optional<Workspace::Connectivity> stateThen;
    int tilesThen = -1;
    connect(workspace, &Workspace::snapshotLoaded, this, [&]() {
        stateThen = workspace->connectivity();
        tilesThen = m_window->overview()->section(FlowType::Source)->count() +
                    m_window->overview()->section(FlowType::Destination)->count();
    });
    QTRY_VERIFY_WITH_TIMEOUT(stateThen.has_value(), Wait);
    QCOMPARE(tilesThen, 2);
    QVERIFY(*stateThen != Workspace::Connectivity::Online);
    QVERIFY(waitOnline(*m_window));
}

void TestMainWindow::testCredentialsAsksForThePassword()
{
    const Created erp = createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    CredentialsPanel *panel = m_window->connectionPage()->credentials();
    QVERIFY(!panel->isPasswordShown());

    // A wrong password: the PIM's exact reason.
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    PasswordPromptDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = m_window->findChild<PasswordPromptDialog *>()) != nullptr);
    QTest::keyClicks(prompt->passwordEdit(), u"not-the-password"_s);
    QTest::mouseClick(prompt->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->testResultText().isEmpty() && panel->testButton()->isEnabled(),
                             Wait);
    const QString refused = panel->testResultText();
    QVERIFY(refused != u"These credentials work: the PIM gave an access token."_s);
    QTRY_VERIFY(!m_window->findChild<PasswordPromptDialog *>());

    // The right one: success.
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    QTRY_VERIFY((prompt = m_window->findChild<PasswordPromptDialog *>()) != nullptr);
    QTest::keyClicks(prompt->passwordEdit(), erp.password);
    QTest::mouseClick(prompt->testButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->testResultText(),
                              u"These credentials work: the PIM gave an access token."_s, Wait);
    QVERIFY(!m_keychain->entries.values().contains(erp.password)); // asked, never stored
}

void TestMainWindow::regeneratePasswordShowsTheNewOneOnce()
{
    const Created erp = createOverHttp(u"erp"_s);
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    CredentialsPanel *panel = m_window->connectionPage()->credentials();
    QVERIFY(!panel->isPasswordShown());

    // With the keyboard: the button has the focus, Space presses it; the popin is confirmed.
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    panel->regeneratePasswordButton()->setFocus();
    QTest::keyClick(panel->regeneratePasswordButton(), Qt::Key_Space);
    QCOMPARE(m_box->lastQuestion()->text, MessageBox::regeneratePassword().text);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isPasswordShown(), Wait);
    const QString password = panel->passwordEdit()->text();
    QVERIFY(password != erp.password);
    QVERIFY(panel->passwordNote().contains(u"won't show it to you twice"_s));
    HttpClient api(m_sandbox->url());
    QVERIFY(api.accessToken(erp.clientId, erp.secret, erp.username, erp.password).isEmpty());
    QVERIFY(!api.accessToken(erp.clientId, erp.secret, erp.username, password).isEmpty());

    // Gone once the page is left.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isShowingConnection());
    m_window->openConnection(u"erp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionPage()->isLoaded(), Wait);
    QVERIFY(!panel->isPasswordShown());
}

void TestMainWindow::keepSecretsSettingTurnedOff()
{
    const Created erp = createOverHttp(u"erp"_s);
    QSettings settings(m_dir->filePath(u"window.ini"_s), QSettings::IniFormat);
    MainWindow::Dependencies deps;
    deps.registry = m_registry.get();
    deps.cache = m_cache.get();
    deps.secrets = m_secrets.get();
    deps.clipboard = m_clipboard.get();
    deps.messageBox = m_box.get();
    deps.settings = &settings;
    deps.workspaceOptions.keepSecretsInKeychain =
        WorkspaceSettings::keepSecretsInKeychain(settings);
    m_window = std::make_unique<MainWindow>(deps);
    m_window->show();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));

    auto *keep = m_window->findChild<QAction *>(u"keepSecretsAction"_s);
    QVERIFY(keep);
    QVERIFY(keep->isCheckable());
    QVERIFY(keep->isChecked()); // on by default

    // Opening the connection keeps its secret for offline use.
    m_window->openConnection(u"erp"_s, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->entries.values().contains(erp.secret), Wait);

    keep->trigger(); // off
    QVERIFY(!keep->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_keychain->entries.values().contains(erp.secret), Wait);
    QVERIFY(!WorkspaceSettings::keepSecretsInKeychain(settings));
    QVERIFY(!m_window->workspace()->keepsSecretsInKeychain());

    // The next start reads the setting: still off, nothing kept when the page opens again.
    m_window.reset();
    deps.workspaceOptions.keepSecretsInKeychain =
        WorkspaceSettings::keepSecretsInKeychain(settings);
    m_window = std::make_unique<MainWindow>(deps);
    m_window->show();
    startSignedIn(*m_window, m_sandbox->url());
    QVERIFY(waitOnline(*m_window));
    QVERIFY(!m_window->findChild<QAction *>(u"keepSecretsAction"_s)->isChecked());
    m_window->openConnection(u"erp"_s, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->isBusy(), Wait);
    QTest::qWait(100);
    QVERIFY(!m_keychain->entries.values().contains(erp.secret));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
