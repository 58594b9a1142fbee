#include "window/MainWindow.h"

#include "connection/ConnectionPage.h"
#include "connection/ConnectionPageHeader.h"
#include "items/LogoCache.h"
#include "items/LogoDecoder.h"
#include "overview/ConnectionTileDelegate.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "store/InstanceRegistry.h"
#include "style/Icons.h"
#include "style/UiLog.h"
#include "widgets/MessageBar.h"
#include "window/ConnectivityBar.h"
#include "window/CreateFlow.h"
#include "window/DataFlowsRoute.h"
#include "window/DeleteFlow.h"
#include "window/InstanceSwitcher.h"
#include "window/MonitoringPages.h"
#include "window/PageStack.h"
#include "window/SignInFlow.h"
#include "window/WindowActions.h"
#include "workspace/WorkspaceSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QShowEvent>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

MainWindow::MainWindow(const Dependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_deps(dependencies)
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

    m_overview = new OverviewPage;
    m_stack = new PageStack(
        m_overview, [this]() { return makeConnectionPage(); }, m_status, this);
    m_monitoringPages =
        new MonitoringPages(m_stack, m_overview, m_deps.clipboard, m_messageBox, this);
    m_stack->setMonitoringPages(m_monitoringPages);
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
    m_delete = new DeleteFlow(this, m_messageBox, m_messages);
    m_switcher = new InstanceSwitcher(m_deps.registry, m_messageBox, this);
    m_overview->header()->setTrailingWidget(m_switcher->createButton(m_overview->header()));
    m_actions =
        new WindowActions(this, m_switcher->menu(), m_deps.workspaceOptions.keepSecretsInKeychain);
    connectActions();

    connect(m_overview, &OverviewPage::openRequested, this,
            [this](const QString &code) { openConnection(code); });
    connect(m_overview, &OverviewPage::createRequested, m_create, &CreateFlow::open);
    connect(m_overview, &OverviewPage::refreshRequested, m_actions->refresh(), &QAction::trigger);
    connect(m_overview, &OverviewPage::deleteRequested, m_delete, &DeleteFlow::ask);
    connect(m_overview, &OverviewPage::signInRequested, m_actions->signIn(), &QAction::trigger);
    connect(m_stack, &PageStack::pageChanged, this, &MainWindow::onPageChanged);
    connect(m_stack, &PageStack::aboutToOpenConnection, m_messages, &MessageBar::hide);
    connectMonitoring();
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
    connect(m_messages, &MessageBar::actionTriggered, m_actions->refresh(), &QAction::trigger);

    onPageChanged(m_stack->isShowingConnection());
    resize(1100, 760);
    restoreWindowMemory();
    bindWorkspace();
}

MainWindow::~MainWindow()
{
    // The pages let go of the workspace before it goes.
    m_overview->setModel(nullptr);
    if (ConnectionPage *page = m_stack->builtConnectionPage())
        page->setWorkspace(nullptr);
    m_monitoringPages->setWorkspace(nullptr);
    m_dataFlows->setWorkspace(nullptr);
}

ConnectionPage *MainWindow::makeConnectionPage()
{
    // Built on first use: 17 to 28 ms of the window's constructor otherwise (bench/README.md).
    auto *page = new ConnectionPage(m_deps.clipboard, m_messageBox);
    page->setWorkspace(m_workspace.get());
    connect(page, &ConnectionPage::deleted, this, [this](const QString &, const QString &label) {
        m_stack->setCurrentWidget(m_overview);
        m_delete->showDeleted(label);
    });
    connect(page->header(), &ConnectionPageHeader::errorMonitoringRequested, this,
            [this, page]() { openErrorMonitoring(page->code()); });
    return page;
}

void MainWindow::connectActions()
{
    connect(m_actions->create(), &QAction::triggered, this, [this]() {
        if (m_actions->create()->isEnabled())
            m_create->open();
    });
    connect(m_actions->refresh(), &QAction::triggered, this, [this]() {
        if (m_workspace) {
            m_messages->hide();
            m_workspace->refresh();
        }
    });
    connect(m_actions->signIn(), &QAction::triggered, this, [this]() {
        if (m_workspace)
            m_signIn->ask(m_workspace->instance());
        else
            m_signIn->askNew();
    });
    connect(m_actions->keepSecrets(), &QAction::toggled, this, &MainWindow::setKeepSecrets);
    connect(m_actions->quit(), &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->find(), &QAction::triggered, this, [this]() {
        if (m_stack->currentWidget() == m_overview)
            m_overview->focusSearch();
    });
    connect(m_actions->save(), &QAction::triggered, this, [this]() {
        if (isShowingConnection())
            m_stack->connectionPage()->save();
    });
    connect(m_actions->remove(), &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(m_actions->back(), &QAction::triggered, m_stack, &PageStack::goBack);
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

void MainWindow::showOnceFilled(std::chrono::milliseconds most)
{
    Workspace *ws = m_workspace.get();
    if (!ws || ws->instance().id.isEmpty()) {
        show();
        return;
    }
    const auto showNow = [this] {
        if (!isVisible())
            show();
    };
    connect(ws, &Workspace::snapshotLoaded, this, showNow, Qt::SingleShotConnection);
    QTimer::singleShot(most, this, showNow);
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
    if (ConnectionPage *page = m_stack->builtConnectionPage())
        page->clear();
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
    restoreLastPage(instance.id);
}

void MainWindow::bindWorkspace()
{
    Workspace *ws = m_workspace.get();
    updateTileBound();
    m_overview->setModel(ws ? ws->model() : nullptr);
    if (ConnectionPage *page = m_stack->builtConnectionPage())
        page->setWorkspace(ws);
    m_monitoringPages->setWorkspace(ws);
    m_dataFlows->setWorkspace(ws);
    m_connectivity->setWorkspace(ws);
    m_signIn->setWorkspace(ws);
    m_create->setWorkspace(ws);
    m_delete->setWorkspace(ws);
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
    m_actions->create()->setEnabled(canWrite && !ws->limitReached());
    m_actions->refresh()->setEnabled(ws && !ws->isForcedOffline());
    m_overview->header()->setRefreshEnabled(
        m_actions->refresh()->isEnabled(),
        ws ? tr("The app was started with --offline: nothing is asked of the PIM.")
           : tr("Sign in to a PIM first."));
}

void MainWindow::switchTo(const QString &id)
{
    m_stack->leaveThen([this, id]() { m_deps.registry->setCurrent(id); });
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
    return m_stack->isShowingConnection();
}

void MainWindow::openConnection(const QString &code, const std::optional<QString> &oneTimePassword)
{
    if (m_workspace && !code.isEmpty())
        m_stack->openConnection(code, oneTimePassword);
}

void MainWindow::showOverview()
{
    m_stack->showOverview();
}

void MainWindow::onCreated(const ConnectionDetails &details)
{
    // The new connection's page, with its password shown this once (docs/pim-api.md §3).
    openConnection(details.connection.code, details.credentials.password);
    m_stack->connectionPage()->messageBar()->showMessage(MessageBar::Type::Positive,
                                                         tr("Connection successfully created."));
}

void MainWindow::deleteCurrent()
{
    if (isShowingConnection())
        m_stack->connectionPage()->askDelete();
    else if (m_monitoringPages->isShowing())
        m_monitoringPages->deleteCurrent();
    else
        m_delete->ask(m_overview->currentCode());
}

void MainWindow::onPageChanged(bool connectionShown)
{
    const bool overview = m_stack->currentWidget() == m_overview;
    m_actions->save()->setEnabled(connectionShown);
    m_actions->back()->setEnabled(true);
    m_actions->find()->setEnabled(overview);
    m_actions->remove()->setEnabled(connectionShown || overview ||
                                    m_monitoringPages->isShowingApp());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConnectionPage *page = m_stack->builtConnectionPage();
    if (!m_closing && page && page->isModified()) {
        event->ignore();
        page->requestLeave([this]() {
            m_closing = true;
            close();
        });
        return;
    }
    saveWindowMemory();
    if (page)
        page->clear(); // the one-time password goes with the page
    QMainWindow::closeEvent(event);
}

QSize MainWindow::tileBound(qreal devicePixelRatio)
{
    return LogoDecoder::thumbnailBoundFor(ConnectionTileDelegate::largestLogoSize() *
                                          devicePixelRatio);
}

void MainWindow::updateTileBound()
{
    // The tiles' logos are kept at the size they are drawn on this window's screen.
    if (m_workspace && m_workspace->logos())
        m_workspace->logos()->setTileBound(tileBound(devicePixelRatioF()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (QWindow *window = windowHandle(); window && !m_watchingScreen) {
        m_watchingScreen = true;
        connect(window, &QWindow::screenChanged, this, &MainWindow::updateTileBound);
        // The first show: the keyboard starts in the overview's search (typing filters the
        // tiles), whatever bar is shown above it (else the first control in the Tab order
        // takes it: the text of a message, when the window opens offline).
        if (!focusWidget() && !isShowingConnection())
            m_overview->header()->searchField()->setFocus(Qt::ActiveWindowFocusReason);
    }
    updateTileBound();
}
