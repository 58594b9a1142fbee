#include "window/MainWindow.h"

#include "services/Clipboard.h"
#include "connection/ConnectionPage.h"
#include "connection/ConnectionPageHeader.h"
#include "window/ConnectivityBar.h"
#include "window/CreateFlow.h"
#include "style/Icons.h"
#include "store/InstanceRegistry.h"
#include "window/InstanceSwitcher.h"
#include "window/MonitoringPages.h"
#include "widgets/MessageBar.h"
#include "services/MessageBox.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "window/SignInFlow.h"
#include "style/UiLog.h"
#include "workspace/WorkspaceSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
} // namespace

MainWindow::MainWindow(const Dependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_deps(dependencies)
    , m_stack(new QStackedWidget(this))
    , m_status(new QWidget(this))
    , m_connectivity(new ConnectivityBar(m_status))
    , m_messages(new MessageBar(m_status))
{
    if (!m_deps.clipboard) {
        m_ownClipboard = std::make_unique<Clipboard>();
        m_deps.clipboard = m_ownClipboard.get();
    }
    if (!m_deps.messageBox) {
        m_ownMessageBox = std::make_unique<MessageBox>();
        m_deps.messageBox = m_ownMessageBox.get();
    }
    m_messageBox = m_deps.messageBox;
    setObjectName(QStringLiteral("mainWindow"));
    // The product's name; the PIM in use is named by the switcher in the overview's header.
    setWindowTitle(tr("PIM Connections"));

    m_overview = new OverviewPage(m_stack);
    m_page = new ConnectionPage(m_deps.clipboard, m_messageBox, m_stack);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_page);
    m_monitoringPages =
        new MonitoringPages(m_stack, m_overview, m_deps.clipboard, m_messageBox, this);
    setCentralWidget(m_stack);

    // The bars both pages share, under the header of the page shown.
    m_messages->setObjectName(QStringLiteral("windowMessage"));
    auto *statusLayout = new QVBoxLayout(m_status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->setSpacing(6);
    statusLayout->addWidget(m_connectivity);
    statusLayout->addWidget(m_messages);

    m_signIn = new SignInFlow(this);
    m_create = new CreateFlow(this);
    m_switcher = new InstanceSwitcher(m_deps.registry, m_messageBox, this);
    m_overview->header()->setTrailingWidget(m_switcher->createButton(m_overview->header()));
    createActions();

    connect(m_overview, &OverviewPage::openRequested, this,
            [this](const QString &code) { openConnection(code); });
    connect(m_overview, &OverviewPage::createRequested, m_create, &CreateFlow::open);
    connect(m_overview, &OverviewPage::refreshRequested, m_refreshAction, &QAction::trigger);
    connect(m_overview, &OverviewPage::deleteRequested, this, &MainWindow::deleteFromOverview);
    connect(m_overview, &OverviewPage::signInRequested, m_signInAction, &QAction::trigger);
    connect(m_page, &ConnectionPage::backRequested, this, &MainWindow::showOverview);
    connect(m_page, &ConnectionPage::deleted, this, [this](const QString &, const QString &label) {
        m_stack->setCurrentWidget(m_overview);
        m_messages->showMessage(MessageBar::Type::Positive,
                                tr("The connection “%1” was deleted.").arg(label));
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);
    // The monitoring pages (docs/pim-api.md §9.3, §11.2): to and from them.
    m_monitoringPages->setLeave([this](const std::function<void()> &go) {
        m_messages->hide();
        if (isShowingConnection())
            m_page->requestLeave(go);
        else
            go();
    });
    connect(m_overview, &OverviewPage::appOpenRequested, this, &MainWindow::openApp);
    connect(m_page->header(), &ConnectionPageHeader::errorMonitoringRequested, this,
            [this]() { openErrorMonitoring(m_page->code()); });
    connect(m_monitoringPages, &MonitoringPages::connectionRequested, this,
            [this](const QString &code) { openConnection(code); });
    connect(m_monitoringPages, &MonitoringPages::appDeleted, this, [this]() {
        m_messages->showMessage(MessageBar::Type::Positive, tr("App successfully deleted."));
    });
    connect(m_create, &CreateFlow::created, this, &MainWindow::onCreated);
    connect(m_signIn, &SignInFlow::submitted, this, &MainWindow::onSignInSubmitted);
    connect(m_switcher, &InstanceSwitcher::switchRequested, this, &MainWindow::switchTo);
    connect(m_switcher, &InstanceSwitcher::addRequested, m_signIn,
            [this]() { m_signIn->askNew(); });
    connect(m_switcher, &InstanceSwitcher::problem, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Type::Warning, message);
    });
    connect(m_deps.registry, &InstanceRegistry::currentChanged, this, [this](const QString &id) {
        // Removing the PIM in use, or signing in to another one: open what is current now.
        if (m_workspace && m_workspace->instance().id == id)
            return;
        const auto current = m_deps.registry->current();
        openInstance(current.value_or(PimInstance()));
    });
    connect(m_messages, &MessageBar::actionTriggered, m_refreshAction, &QAction::trigger);

    onPageChanged();
    resize(1100, 760);
    if (m_deps.settings)
        restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
    bindWorkspace();
}

MainWindow::~MainWindow()
{
    // The pages let go of the workspace before it goes.
    m_overview->setModel(nullptr);
    m_page->setWorkspace(nullptr);
    m_monitoringPages->setWorkspace(nullptr);
}

void MainWindow::createActions()
{
    auto action = [this](const QString &text, QKeySequence shortcut, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_createAction = action(tr("&New Connection…"), QKeySequence::New, [this]() {
        if (m_createAction->isEnabled())
            m_create->open();
    });
    m_createAction->setIcon(Icons::icon(Icons::Name::Add));
    m_refreshAction = action(tr("&Refresh"), QKeySequence::Refresh, [this]() {
        if (m_workspace) {
            m_messages->hide();
            m_workspace->refresh();
        }
    });
    m_refreshAction->setIcon(Icons::icon(Icons::Name::Refresh));
    m_signInAction = action(tr("&Sign In…"), QKeySequence(), [this]() {
        if (m_workspace)
            m_signIn->ask(m_workspace->instance());
        else
            m_signIn->askNew();
    });
    QAction *quit = action(tr("&Quit"), QKeySequence::Quit, [this]() { close(); });
    m_findAction = action(tr("&Find…"), QKeySequence::Find, [this]() {
        if (m_stack->currentWidget() == m_overview)
            m_overview->focusSearch();
    });
    m_saveAction = action(tr("&Save"), QKeySequence::Save, [this]() {
        if (isShowingConnection())
            m_page->save();
    });
    m_deleteAction = action(tr("&Delete…"), QKeySequence::Delete, &MainWindow::deleteCurrent);
    m_backAction =
        action(tr("&Back to the Connections"), QKeySequence(Qt::Key_Escape), &MainWindow::goBack);
    m_backAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});

    // Each connection's secret is kept in the keychain for offline use, a setting that
    // is on by default. The CLI reads the same setting (WorkspaceSettings).
    m_keepSecretsAction = new QAction(tr("&Keep Connection Secrets for Offline Use"), this);
    m_keepSecretsAction->setObjectName(QStringLiteral("keepSecretsAction"));
    m_keepSecretsAction->setCheckable(true);
    m_keepSecretsAction->setChecked(m_deps.workspaceOptions.keepSecretsInKeychain);
    m_keepSecretsAction->setStatusTip(
        tr("Keeps each connection's secret in the system keychain, so that its page shows it "
           "while the PIM cannot be reached. Turned off, the kept secrets are removed."));
    m_keepSecretsAction->setToolTip(m_keepSecretsAction->statusTip());
    connect(m_keepSecretsAction, &QAction::toggled, this, &MainWindow::setKeepSecrets);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_createAction, m_refreshAction});
    file->addSeparator();
    file->addAction(m_signInAction);
    file->addAction(m_keepSecretsAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addActions({m_saveAction, m_deleteAction, m_backAction});
    menuBar()->addMenu(m_switcher->menu());
}

void MainWindow::setKeepSecrets(bool keep)
{
    m_deps.workspaceOptions.keepSecretsInKeychain = keep;
    if (m_deps.settings)
        WorkspaceSettings::setKeepSecretsInKeychain(*m_deps.settings, keep);
    if (!m_workspace)
        return;
    m_workspace->setKeepSecretsInKeychain(keep, this, [this, keep](const SecretResult &result) {
        if (!result.ok())
            m_messages->showMessage(MessageBar::Type::Error, result.message());
        else if (!keep)
            m_messages->showMessage(
                MessageBar::Type::Info,
                tr("The connection secrets kept in the keychain were removed. While the PIM "
                   "cannot be reached, connection pages will not show their secret."));
    });
}

void MainWindow::start(const StartOptions &options)
{
    m_forceOffline = options.offline;
    if (options.password)
        m_pendingPassword = PendingPassword{*options.password, false};
    if (!options.server.isEmpty() && !options.username.isEmpty()) {
        const QString id = findOrAddInstance(options.server, options.username);
        // The first PIM added becomes current at once, and is opened then (currentChanged).
        if (!id.isEmpty() && m_workspace && m_workspace->instance().id == id)
            return;
        if (!id.isEmpty() && id != m_deps.registry->currentId()) {
            m_deps.registry->setCurrent(id); // opens it (currentChanged)
            return;
        }
    } else if (!options.server.isEmpty()) {
        if (const auto instance = m_deps.registry->find(options.server)) {
            m_deps.registry->setCurrent(instance->id);
            openInstance(*instance);
            return;
        }
        openInstance(PimInstance());
        m_signIn->askNew(options.server);
        return;
    }
    const auto current = m_deps.registry->current();
    openInstance(current.value_or(PimInstance()));
    if (!current)
        m_signIn->askNew();
}

QString MainWindow::findOrAddInstance(const QUrl &url, const QString &username)
{
    QString error;
    const auto instance = m_deps.registry->findOrAdd(url, username, &error);
    if (!instance)
        m_messages->showMessage(MessageBar::Type::Error, error);
    return instance ? instance->id : QString();
}

void MainWindow::openInstance(const PimInstance &instance)
{
    // The page of the previous PIM is closed without a question: switchTo() asked already.
    m_page->clear();
    m_monitoringPages->clear();
    m_stack->setCurrentWidget(m_overview);
    m_messages->hide();
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    if (instance.isValid()) {
        Workspace::Options options = m_deps.workspaceOptions;
        options.forceOffline = options.forceOffline || m_forceOffline;
        m_workspace = std::make_unique<Workspace>(
            instance, Workspace::Dependencies{m_deps.cache, m_deps.secrets, nullptr, {}}, options);
    }
    bindWorkspace();
    previous.reset();
    if (!m_workspace)
        return;
    qCInfo(lcUi) << "opening the PIM" << instance.name;
    if (auto pending = std::exchange(m_pendingPassword, std::nullopt))
        m_workspace->setPassword(pending->password, pending->remember);
    m_workspace->start();
}

void MainWindow::bindWorkspace()
{
    Workspace *ws = m_workspace.get();
    m_overview->setModel(ws ? ws->model() : nullptr);
    m_page->setWorkspace(ws);
    m_monitoringPages->setWorkspace(ws);
    m_connectivity->setWorkspace(ws);
    m_signIn->setWorkspace(ws);
    m_create->setWorkspace(ws);
    refreshWriteState();
    if (!ws)
        return;
    connect(ws, &Workspace::canWriteChanged, this, &MainWindow::refreshWriteState);
    connect(ws, &Workspace::limitReachedChanged, this, &MainWindow::refreshWriteState);
    connect(ws, &Workspace::connectivityChanged, this, &MainWindow::refreshWriteState);
    connect(ws, &Workspace::snapshotLoaded, this, &MainWindow::refreshWriteState);
    connect(ws, &Workspace::busyChanged, m_overview, &OverviewPage::setBusy);
    connect(ws, &Workspace::errorOccurred, this, [this](const ApiError &error) {
        if (!m_signIn->isOpen())
            m_messages->showError(error, tr("Retry"));
    });
    connect(ws, &Workspace::notice, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Type::Info, message);
    });
    connect(ws, &Workspace::signedIn, this, [this]() {
        if (m_messages->type() == MessageBar::Type::Error)
            m_messages->hide();
    });
}

void MainWindow::refreshWriteState()
{
    Workspace *ws = m_workspace.get();
    const bool canWrite = ws && ws->canWrite();
    const QString reason = ws ? ws->writeDisabledReason() : tr("Sign in to a PIM first.");
    m_overview->setWriteEnabled(canWrite, reason);
    m_overview->setLimitReached(ws && ws->limitReached());
    m_overview->setBusy(ws && ws->isBusy());
    // Before the first list (no copy on this computer yet): "Loading…", not the empty state.
    const auto state = ws ? ws->connectivity() : Workspace::Connectivity::Offline;
    m_overview->setLoading(ws && !ws->syncedAt().isValid() &&
                           (state == Workspace::Connectivity::Starting ||
                            state == Workspace::Connectivity::Connecting));
    m_createAction->setEnabled(canWrite && !ws->limitReached());
    m_refreshAction->setEnabled(ws && !ws->isForcedOffline());
    m_overview->header()->setRefreshEnabled(
        m_refreshAction->isEnabled(),
        ws ? tr("The app was started with --offline: nothing is asked of the PIM.")
           : tr("Sign in to a PIM first."));
}

void MainWindow::switchTo(const QString &id)
{
    auto proceed = [this, id]() {
        m_deps.registry->setCurrent(id);
    };
    if (isShowingConnection())
        m_page->requestLeave(proceed);
    else
        proceed();
}

void MainWindow::onSignInSubmitted(const QUrl &url, const QString &username,
                                   const QString &password, bool remember)
{
    m_signIn->setBusy(true);
    if (m_workspace && m_workspace->instance().baseUrl == url &&
        m_workspace->instance().username == username) {
        m_workspace->setPassword(password, remember);
        return;
    }
    // Another PIM (or another user): it becomes the current one, signed in with this password.
    const QString id = findOrAddInstance(url, username);
    if (id.isEmpty()) {
        m_signIn->setBusy(false);
        return;
    }
    m_pendingPassword = PendingPassword{password, remember};
    if (id == m_deps.registry->currentId())
        openInstance(*m_deps.registry->current());
    else
        switchTo(id);
}

bool MainWindow::isShowingConnection() const
{
    return m_stack->currentWidget() == m_page;
}

void MainWindow::openConnection(const QString &code, const std::optional<QString> &oneTimePassword)
{
    if (!m_workspace || code.isEmpty())
        return;
    auto proceed = [this, code, oneTimePassword]() {
        m_messages->hide();
        m_page->open(code, oneTimePassword);
        m_stack->setCurrentWidget(m_page);
    };
    if (isShowingConnection() && m_page->code() != code)
        m_page->requestLeave(proceed);
    else
        proceed();
}

void MainWindow::openErrorMonitoring(const QString &code)
{
    const bool fromConnection = isShowingConnection() && m_page->code() == code;
    if (m_workspace)
        m_monitoringPages->openErrorMonitoring(code, fromConnection);
}

void MainWindow::openApp(const QString &connectionCode)
{
    if (m_workspace)
        m_monitoringPages->openApp(connectionCode);
}

void MainWindow::showOverview()
{
    if (!isShowingConnection())
        return;
    const QString code = m_page->code();
    m_page->requestLeave([this, code]() {
        m_stack->setCurrentWidget(m_overview);
        m_overview->focusTile(code);
    });
}

void MainWindow::goBack()
{
    if (isShowingConnection()) {
        showOverview();
    } else if (m_monitoringPages->isShowing()) {
        m_monitoringPages->goBack();
    } else if (QLineEdit *search = m_overview->header()->searchField(); search->hasFocus()) {
        search->clear();
    }
}

void MainWindow::onCreated(const ConnectionDetails &details)
{
    // The new connection's page, with its password shown this once (docs/pim-api.md §3).
    openConnection(details.connection.code, details.credentials.password);
    m_page->messageBar()->showMessage(MessageBar::Type::Positive,
                                      tr("Connection successfully created."));
}

void MainWindow::deleteCurrent()
{
    if (isShowingConnection())
        m_page->askDelete();
    else if (m_monitoringPages->isShowing())
        m_monitoringPages->deleteCurrent();
    else
        deleteFromOverview(m_overview->currentCode());
}

void MainWindow::deleteFromOverview(const QString &code)
{
    if (!m_workspace || code.isEmpty())
        return;
    if (!m_workspace->canWrite()) {
        m_messages->showMessage(MessageBar::Type::Warning, m_workspace->writeDisabledReason());
        return;
    }
    const int row = m_workspace->model()->rowOf(code);
    const QString label = row >= 0 ? m_workspace->model()->connectionAt(row).label : code;
    m_messageBox->ask(
        this, MessageBox::deleteConnection(label), this,
        [this, code, label](MessageBox::Answer answer) {
            if (answer != MessageBox::Answer::Confirm || !m_workspace)
                return;
            m_workspace->deleteConnection(code, this, [this, label](const ApiError &error) {
                if (error.isError())
                    m_messages->showError(error);
                else
                    m_messages->showMessage(MessageBar::Type::Positive,
                                            tr("The connection “%1” was deleted.").arg(label));
            });
        });
}

void MainWindow::onPageChanged()
{
    const bool page = isShowingConnection();
    if (page)
        m_page->setStatusArea(m_status);
    else if (m_monitoringPages->isShowing())
        m_monitoringPages->setStatusArea(m_status);
    else
        m_overview->setStatusArea(m_status);
    m_status->show();
    m_saveAction->setEnabled(page);
    m_backAction->setEnabled(true);
    m_findAction->setEnabled(m_stack->currentWidget() == m_overview);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closing && m_page->isModified()) {
        event->ignore();
        m_page->requestLeave([this]() {
            m_closing = true;
            close();
        });
        return;
    }
    if (m_deps.settings)
        m_deps.settings->setValue(GeometryKey, saveGeometry());
    m_page->clear(); // the one-time password goes with the page
    QMainWindow::closeEvent(event);
}
