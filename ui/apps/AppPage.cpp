#include "apps/AppPage.h"

#include "apps/AppSettingsForm.h"
#include "connection/ConnectionLogo.h"
#include "items/AppListModel.h"
#include "monitoring/ErrorMonitoringPanel.h"
#include "services/MessageBox.h"
#include "style/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "workspace/Monitoring.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QMenu>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int Margin = 20;
constexpr int MaxContentWidth = 920;
constexpr int LogoExtent = 48;
const QString AppsLink = QStringLiteral("#apps");
} // namespace

AppPage::AppPage(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_messageBox(messageBox)
    , m_header(new PageHeader(this))
    , m_logo(new ConnectionLogo(LogoExtent, this))
    , m_more(new QToolButton(this))
    , m_delete(
          new QAction(Icons::icon(Icons::Name::Delete, Theme::Tone::Negative), tr("Delete…"), this))
    , m_statusSlot(new QVBoxLayout)
    , m_message(new MessageBar(this))
    , m_notice(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new AppSettingsForm(clipboard))
    , m_errors(new ErrorMonitoringPanel)
{
    setObjectName(QStringLiteral("appPage"));
    m_header->setObjectName(QStringLiteral("appHeader"));
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_notice->setObjectName(QStringLiteral("appNotice"));
    m_notice->setClosable(false);
    m_header->setLeadingWidget(m_logo);

    m_delete->setObjectName(QStringLiteral("deleteApp"));
    auto *menu = new QMenu(m_more);
    menu->addAction(m_delete);
    m_more->setObjectName(QStringLiteral("more"));
    m_more->setIcon(Icons::icon(Icons::Name::More));
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setAutoRaise(true);
    m_more->setAccessibleName(tr("More actions"));
    m_more->setToolTip(tr("More actions"));
    m_header->addTrailingWidget(m_more);

    // "Settings": the form in a scroll area of readable width.
    auto *settingsContent = new QWidget;
    auto *column = new QVBoxLayout(settingsContent);
    column->setContentsMargins(0, 12, 0, 12);
    m_form->setParent(settingsContent);
    m_form->setMaximumWidth(MaxContentWidth);
    column->addWidget(m_form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(settingsContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    auto *errorsContent = new QWidget;
    auto *errorsLayout = new QVBoxLayout(errorsContent);
    errorsLayout->setContentsMargins(0, 12, 0, 0);
    m_errors->setParent(errorsContent);
    errorsLayout->addWidget(m_errors);
    m_tabs->setObjectName(QStringLiteral("appTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("Settings"));
    m_tabs->addTab(errorsContent, tr("Error monitoring"));

    m_statusSlot->setContentsMargins(Margin, 0, Margin, 0);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(Margin, 12, Margin, Margin);
    body->setSpacing(10);
    body->addWidget(m_message);
    body->addWidget(m_notice);
    body->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(m_statusSlot);
    layout->addLayout(body, 1);

    connect(m_header, &PageHeader::backRequested, this, &AppPage::backRequested);
    connect(m_header, &PageHeader::linkActivated, this, &AppPage::backRequested);
    connect(m_delete, &QAction::triggered, this, &AppPage::askDelete);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AppPage::onTabChanged);
    connect(m_form, &AppSettingsForm::settingsEdited, this, &AppPage::saveSettings);
    connect(m_errors, &ErrorMonitoringPanel::busyChanged, this, &AppPage::setBusy);
    connect(m_errors, &ErrorMonitoringPanel::trackingEnabled, this, [this]() {
        // Turned on from the monitoring tab: the settings tab says so too.
        if (m_settings) {
            m_settings->auditable = true;
            m_form->setSettings(m_settings);
        }
    });
    connect(m_message, &MessageBar::actionTriggered, this, [this]() {
        if (!m_loaded && !m_code.isEmpty())
            open(m_code); // "Retry"
    });
    clear();
}

AppPage::~AppPage() = default;

void AppPage::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    clear();
    m_workspace = workspace;
    m_errors->setWorkspace(workspace);
    if (!workspace)
        return;
    connect(workspace, &Workspace::canWriteChanged, this, [this]() {
        // Back online with what the cache had: read the PIM's settings.
        if (m_loaded && m_fromCache && m_workspace->canWrite())
            loadSettings();
        applyWriteState();
    });
}

void AppPage::open(const QString &connectionCode)
{
    clear();
    m_code = connectionCode;
    if (!m_workspace)
        return;
    const quint64 generation = m_generation;
    for (const CachedApp &known : m_workspace->monitoring()->knownApps()) {
        if (known.app.connectionCode == connectionCode) {
            showApp(known);
            loadSettings();
            return;
        }
    }
    // Not read yet in this session: the list first (from the PIM, or the cache).
    setBusy(true);
    m_workspace->monitoring()->loadApps(
        this, [this, generation](const ApiError &error,
                                 const Monitoring::Answer<QList<CachedApp>> &answer) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            for (const CachedApp &app : answer.value) {
                if (app.app.connectionCode == m_code) {
                    showApp(app);
                    loadSettings();
                    return;
                }
            }
            if (error.isError())
                m_message->showError(error, tr("Retry"));
            else
                m_message->showMessage(MessageBar::Type::Warning,
                                       tr("This App is not connected to the PIM any more."));
        });
}

void AppPage::showApp(const CachedApp &cached)
{
    m_app = cached.app;
    const QString name = this->name();
    m_header->setTitle(name);
    m_header->setSubtitle(AppListModel::authorText(m_app));
    m_header->setBreadcrumb({{tr("Connected Apps"), AppsLink}, {name, QString()}});
    m_logo->setConnection(name, m_app.connectionCode);
    m_form->setApp(m_app);
    m_form->setSettings(cached.settings);
    // docs/pim-api.md §11.2: what the App's card says when it needs the user.
    if (m_app.hasOutdatedScopes)
        m_notice->showMessage(MessageBar::Type::Warning,
                              tr("New access authorization required.") + QLatin1Char(' ') +
                                  tr("Open the App from the PIM's App Store to grant it."));
    else if (m_app.isPending)
        m_notice->showMessage(
            MessageBar::Type::Info,
            tr("App not connected. Opening the App should fix the connection issues."));
    if (m_app.logo && !m_app.logo->isEmpty()) {
        const quint64 generation = m_generation;
        const qreal ratio = devicePixelRatioF();
        m_workspace->monitoring()->loadAppLogo(
            m_app, QSize(LogoExtent, LogoExtent) * ratio, this,
            [this, generation](const ApiError &error, const QImage &logo) {
                if (isCurrent(generation) && !error.isError())
                    m_logo->setImage(logo);
            });
    }
}

void AppPage::loadSettings()
{
    if (!m_workspace || m_code.isEmpty())
        return;
    const quint64 generation = m_generation;
    setBusy(true);
    m_workspace->monitoring()->loadAppSettings(
        m_code, this,
        [this, generation](const ApiError &error,
                           const Monitoring::Answer<AppMonitoringSettings> &answer) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            if (error.isError()) {
                m_message->showError(error, m_loaded ? QString() : tr("Retry"));
                applyWriteState();
                return;
            }
            m_settings = answer.value;
            m_fromCache = answer.fromCache;
            m_loaded = true;
            m_form->setSettings(m_settings);
            if (m_errorsShown)
                m_errors->setAppSettings(answer.value);
            applyWriteState();
            emit loaded(m_code);
        });
}

void AppPage::saveSettings(const AppMonitoringSettings &settings)
{
    if (!m_workspace || !m_loaded || m_saving)
        return;
    const quint64 generation = m_generation;
    m_saving = true;
    setBusy(true);
    applyWriteState();
    m_workspace->monitoring()->saveAppSettings(
        m_code, settings, this, [this, generation, settings](const ApiError &error) {
            if (!isCurrent(generation))
                return;
            m_saving = false;
            setBusy(false);
            if (error.isError()) {
                m_form->setSettings(m_settings); // back to what the PIM has
                m_message->showError(error);
            } else {
                m_settings = settings;
                // docs/pim-api.md §11.2.
                m_message->showMessage(MessageBar::Type::Positive,
                                       tr("App settings successfully updated."));
                if (m_errorsShown)
                    m_errors->setAppSettings(settings);
                emit settingsSaved(m_code);
            }
            applyWriteState();
        });
}

void AppPage::askDelete()
{
    if (!m_workspace || m_code.isEmpty() || !m_workspace->canWrite())
        return;
    const QString code = m_code;
    const QString name = this->name();
    m_messageBox->ask(
        this, MessageBox::deleteApp(name), this, [this, code, name](MessageBox::Answer answer) {
            if (answer != MessageBox::Answer::Confirm || code != m_code || !m_workspace)
                return;
            const quint64 generation = m_generation;
            setBusy(true);
            m_workspace->monitoring()->deleteApp(
                code, this, [this, generation, code, name](const ApiError &error) {
                    if (!isCurrent(generation))
                        return;
                    setBusy(false);
                    if (error.isError()) {
                        m_message->showError(error);
                        return;
                    }
                    clear();
                    emit deleted(code, name);
                });
        });
}

void AppPage::showErrorMonitoring()
{
    m_tabs->setCurrentIndex(1);
}

void AppPage::onTabChanged()
{
    if (m_tabs->currentIndex() != 1 || m_errorsShown || m_code.isEmpty())
        return;
    m_errorsShown = true;
    m_errors->showApp(m_code, m_settings);
}

void AppPage::clear()
{
    ++m_generation;
    m_code.clear();
    m_app = ConnectedApp();
    m_settings.reset();
    m_loaded = false;
    m_fromCache = false;
    m_saving = false;
    m_errorsShown = false;
    m_busyCount = 0;
    m_header->setBusy(false);
    m_header->setTitle(QString());
    m_header->setSubtitle(QString());
    m_header->setBreadcrumb({{tr("Connected Apps"), AppsLink}});
    m_logo->setConnection(QString(), QString());
    m_logo->setImage(QImage());
    m_message->hide();
    m_notice->hide();
    m_form->setApp(ConnectedApp());
    m_form->setSettings(std::nullopt);
    m_errors->clear();
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(0);
    }
    applyWriteState();
}

void AppPage::setStatusArea(QWidget *area)
{
    if (!area)
        return;
    m_statusSlot->addWidget(area);
    m_statusSlot->setContentsMargins(Margin, 10, Margin, 0);
}

QString AppPage::name() const
{
    return m_app.name.isEmpty() ? m_app.connectionCode : m_app.name;
}

void AppPage::applyWriteState()
{
    const bool online = m_workspace && m_workspace->canWrite();
    QString reason = m_workspace ? m_workspace->writeDisabledReason() : QString();
    if (reason.isEmpty() && m_fromCache)
        reason = tr("Showing what was saved on this computer: changes need the PIM.");
    else if (reason.isEmpty() && m_saving)
        reason = tr("Saving the settings…");
    m_form->setWriteEnabled(online && m_loaded && !m_fromCache && !m_saving, reason);
    const bool canDelete = online && !m_code.isEmpty() && !m_app.connectionCode.isEmpty();
    m_delete->setEnabled(canDelete);
    m_delete->setToolTip(canDelete ? QString() : reason);
    m_delete->setStatusTip(m_delete->toolTip());
}

void AppPage::setBusy(bool busy)
{
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    m_header->setBusy(m_busyCount > 0);
}
