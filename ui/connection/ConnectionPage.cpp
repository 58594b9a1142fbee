#include "connection/ConnectionPage.h"

#include "connection/ConnectionDeletion.h"
#include "items/ConnectionListModel.h"
#include "connection/ConnectionPageHeader.h"
#include "connection/ConnectionSettingsForm.h"
#include "connection/CredentialsActions.h"
#include "connection/CredentialsPanel.h"
#include "events/EventLogsView.h"
#include "events/EventSubscriptionPart.h"
#include "items/LogoCache.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusSlot.h"
#include "services/MessageBox.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int Margin = 20;
constexpr int MaxContentWidth = 920;
} // namespace

ConnectionPage::ConnectionPage(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_messageBox(messageBox)
    , m_header(new ConnectionPageHeader(this))
    , m_statusSlot(new StatusSlot(Margin))
    , m_message(new MessageBar(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new ConnectionSettingsForm)
    , m_credentials(new CredentialsPanel(clipboard, messageBox))
    , m_credentialActions(new CredentialsActions(m_credentials, m_message, this))
    , m_events(new EventSubscriptionPart(clipboard, messageBox))
{
    setObjectName(QStringLiteral("connectionPage"));
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_header->setObjectName(QStringLiteral("connectionHeader"));
    m_form->setObjectName(QStringLiteral("settingsForm"));
    m_credentials->setObjectName(QStringLiteral("credentials"));
    m_events->setObjectName(QStringLiteral("eventSubscription"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(Margin, 12, Margin, Margin);
    column->setSpacing(16);
    m_form->setParent(content);
    m_credentials->setParent(content);
    m_events->setParent(content);
    m_events->setMaximumWidth(MaxContentWidth);
    m_form->setMaximumWidth(MaxContentWidth);
    m_credentials->setMaximumWidth(MaxContentWidth);
    column->addWidget(m_message);
    column->addWidget(m_form);
    column->addWidget(m_credentials);
    column->addWidget(m_events);
    column->addStretch(1);
    m_message->setMaximumWidth(MaxContentWidth);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setBackgroundRole(QPalette::Window);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(m_statusSlot);
    layout->addWidget(m_scroll, 1);

    // Tab order: the header, the form, the credentials.
    setTabOrder(m_header->moreButton(), m_form);

    connect(m_header, &ConnectionPageHeader::backRequested, this, &ConnectionPage::backRequested);
    connect(m_header, &ConnectionPageHeader::saveRequested, this, &ConnectionPage::save);
    connect(m_header, &ConnectionPageHeader::deleteRequested, this, &ConnectionPage::askDelete);
    connect(m_form, &ConnectionSettingsForm::modifiedChanged, this, &ConnectionPage::updateSave);
    connect(m_form, &ConnectionSettingsForm::validityChanged, this, &ConnectionPage::updateSave);
    connect(m_form, &ConnectionSettingsForm::imageChosen, this, &ConnectionPage::uploadImage);
    connect(m_credentialActions, &CredentialsActions::busyChanged, this, &ConnectionPage::setBusy);
    connect(m_credentialActions, &CredentialsActions::secretRegenerated, this,
            [this](const QString &secret) { m_details.details.credentials.secret = secret; });
    connect(m_credentialActions, &CredentialsActions::passwordRegenerated, this,
            [this](const QString &password) { m_oneTimePassword = password; });
    connect(m_events, &EventSubscriptionPart::logsRequested, this, &ConnectionPage::openEventLogs);
    // Leaving after "Save" in the unsaved changes question: once the PIM took the subscription;
    // a refusal keeps the page, with the part saying why.
    connect(m_events, &EventSubscriptionPart::saveFinished, this, [this](const QString &, bool ok) {
        auto proceed = std::exchange(m_leaveAfterEventsSave, nullptr);
        if (ok && proceed) {
            clear();
            proceed();
        }
    });
    connect(m_message, &MessageBar::actionTriggered, this, [this]() {
        if (!m_loaded && !m_code.isEmpty())
            load(); // "Retry" after a failed load
    });
    clear();
}

ConnectionPage::~ConnectionPage() = default;

void ConnectionPage::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    clear();
    m_workspace = workspace;
    m_credentialActions->setWorkspace(workspace);
    m_events->setWorkspace(workspace);
    if (m_eventLogs)
        m_eventLogs->setWorkspace(workspace);
    if (!workspace)
        return;
    connect(workspace, &Workspace::canWriteChanged, this, [this]() {
        // Back online with what the cache had: read the real details again, unless the
        // user is editing them.
        if (m_loaded && m_details.fromCache && m_workspace->canWrite() && !isModified())
            load();
        applyWriteState();
    });
    connect(workspace, &Workspace::connectivityChanged, this, &ConnectionPage::applyWriteState);
    if (LogoCache *logos = workspace->logos())
        connect(logos, &LogoCache::logoReady, this, [this](const QString &path) {
            if (path == m_details.details.connection.image)
                refreshLogo();
        });
}

void ConnectionPage::open(const QString &code, const std::optional<QString> &oneTimePassword)
{
    clear();
    m_code = code;
    m_oneTimePassword = oneTimePassword;
    // What the list already knows, while the details load.
    if (m_workspace) {
        ConnectionListModel *model = m_workspace->model();
        const int row = model ? model->rowOf(code) : -1;
        if (row >= 0) {
            const Connection c = model->connectionAt(row);
            m_header->setConnection(c.label, c.code, c.flowType);
            m_details.details.connection = c;
            refreshLogo();
        } else {
            m_header->setConnection(code, code, FlowType::Source);
        }
    }
    load();
    m_events->open(code);
}

void ConnectionPage::openEventLogs()
{
    if (!m_workspace || m_code.isEmpty())
        return;
    if (!m_eventLogs) {
        m_eventLogs = new EventLogsView(this);
        m_eventLogs->setWindowFlag(Qt::Window); // a window of its own, beside the page
        m_eventLogs->setWorkspace(m_workspace);
    }
    m_eventLogs->open(m_code, label().isEmpty() ? m_code : label());
    m_eventLogs->setSubscriptionEnabled(m_events->form().subscription.enabled);
    m_eventLogs->show();
    m_eventLogs->raise();
    m_eventLogs->activateWindow();
}

void ConnectionPage::load()
{
    if (!m_workspace || m_code.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_message->hide();
    m_form->setBusy(true); // nothing to edit until the details are there
    setBusy(true);
    m_workspace->loadPermissions(this, [this, generation](const ApiError &error) {
        if (!isCurrent(generation) || !m_workspace)
            return;
        // Roles and groups come from the PIM, or else from the cache: an error here only
        // leaves the lists as they are; the form says when the current one is unknown.
        Q_UNUSED(error)
        m_form->setRoles(m_workspace->roles());
        m_form->setGroups(m_workspace->groups());
    });
    m_workspace->loadDetails(
        m_code, this, [this, generation](const ApiError &error, const Workspace::Details &details) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            if (error.isError()) {
                m_message->showError(error, tr("Retry"));
                applyWriteState();
                return;
            }
            showDetails(details);
        });
}

void ConnectionPage::showDetails(const Workspace::Details &details)
{
    m_details = details;
    m_loaded = true;
    m_form->setBusy(false);
    const Connection &c = details.details.connection;
    m_header->setConnection(c.label, c.code, c.flowType);
    m_form->setDetails(details.details);
    Credentials credentials = details.details.credentials;
    // The password is shown once, right after creation or regeneration (docs/pim-api.md §3).
    credentials.password = m_oneTimePassword;
    m_credentials->setCredentials(credentials);
    m_credentialActions->setConnection(m_code, details.details.credentials, details.savedPassword);
    refreshLogo();
    if (details.fromCache && !details.credentialsKnown)
        m_message->showMessage(MessageBar::Type::Info,
                               tr("This connection was never opened while the PIM could be "
                                  "reached: its credentials and permissions show once it can."));
    else if (details.fromCache && !details.secretAvailable)
        m_message->showMessage(MessageBar::Type::Info,
                               tr("The secret of this connection is not kept on this computer. "
                                  "It shows again when the PIM can be reached."));
    applyWriteState();
    if (m_oneTimePassword) {
        // The password is shown this once: bring it into view, once the layout has settled.
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation]() {
            if (isCurrent(generation))
                m_scroll->ensureWidgetVisible(m_credentials, 0, 0);
        });
    }
    emit loaded(m_code);
}

void ConnectionPage::clear()
{
    ++m_generation;
    m_code.clear();
    m_oneTimePassword.reset();
    m_details = Workspace::Details();
    m_loaded = false;
    m_saving = false;
    m_afterSave = nullptr;
    m_leaveAfterEventsSave = nullptr;
    m_busyCount = 0;
    m_header->setBusy(false);
    m_message->hide();
    m_credentialActions->clear();
    m_credentials->clearPassword();
    m_credentials->setCredentials({});
    m_credentials->setBusy(false);
    m_credentials->setTestBusy(false);
    m_events->clear();
    if (m_eventLogs) {
        m_eventLogs->clear();
        m_eventLogs->close();
    }
    m_form->setBusy(false);
    m_form->clearServerErrors();
    m_form->setDetails(ConnectionDetails());
    m_form->setLogo(QImage());
    m_header->setLogo(QImage());
    m_scroll->verticalScrollBar()->setValue(0);
    applyWriteState();
}

void ConnectionPage::setStatusArea(QWidget *area)
{
    m_statusSlot->place(area);
}

QString ConnectionPage::label() const
{
    return m_details.details.connection.label;
}

bool ConnectionPage::isModified() const
{
    return (m_loaded && m_form->isModified()) || m_events->isModified();
}

bool ConnectionPage::canSave() const
{
    return m_loaded && m_workspace && m_workspace->canWrite() && !m_details.fromCache &&
           !m_saving && m_form->isModified() && m_form->isValid() && !m_form->isImagePending() &&
           m_form->isWriteEnabled();
}

void ConnectionPage::applyWriteState()
{
    const bool online = m_workspace && m_workspace->canWrite();
    const bool canWrite = online && m_loaded && !m_details.fromCache;
    QString reason = m_workspace ? m_workspace->writeDisabledReason() : QString();
    if (reason.isEmpty() && m_details.fromCache)
        reason = tr("Showing what was saved on this computer: changes need the PIM.");
    m_form->setWriteEnabled(canWrite || !m_loaded, reason);
    m_credentials->setWriteEnabled(canWrite, reason);
    m_credentials->setTestEnabled(online && m_loaded, reason);
    m_header->setDeleteEnabled(canWrite, reason);
    updateSave();
}

void ConnectionPage::updateSave()
{
    QString reason;
    if (!m_workspace || !m_workspace->canWrite())
        reason = m_workspace ? m_workspace->writeDisabledReason() : QString();
    else if (!m_form->isModified())
        reason = tr("Nothing to save: no change was made.");
    else if (!m_form->isValid())
        reason = tr("Correct the fields marked in red first.");
    else if (m_form->isImagePending())
        reason = tr("Wait for the image to be sent to the PIM.");
    m_header->setSaveEnabled(canSave(), reason);
}

void ConnectionPage::setBusy(bool busy)
{
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    m_header->setBusy(m_busyCount > 0);
}

void ConnectionPage::refreshLogo()
{
    QImage logo;
    const QString image = m_details.details.connection.image;
    LogoCache *logos = m_workspace ? m_workspace->logos() : nullptr;
    if (logos && !image.isEmpty()) {
        logo = logos->logo(image); // the full logo, or its thumbnail until it comes
        if (!logos->hasFullLogo(image))
            logos->requestFull(image);
    }
    m_header->setLogo(logo);
    if (m_loaded)
        m_form->setLogo(logo);
}

void ConnectionPage::requestLeave(std::function<void()> proceed)
{
    if (!isModified()) {
        clear();
        proceed();
        return;
    }
    m_messageBox->ask(
        this, MessageBox::unsavedChanges(), this, [this, proceed](MessageBox::Answer answer) {
            switch (answer) {
            case MessageBox::Answer::Confirm: { // Save, then leave
                // The settings and the event subscription each have their own Save: both go.
                const bool settings = m_loaded && m_form->isModified();
                const bool events = m_events->isModified();
                if ((settings && !canSave()) || (events && !m_events->canSave())) {
                    m_message->showMessage(MessageBar::Type::Warning,
                                           tr("These changes cannot be saved now. Correct them "
                                              "or discard them before leaving."));
                    return;
                }
                auto saveEventsThenLeave = [this, proceed]() {
                    if (!m_events->isModified()) {
                        clear();
                        proceed();
                        return;
                    }
                    if (!m_events->canSave()) { // it went offline while the settings saved
                        m_message->showMessage(MessageBar::Type::Warning,
                                               tr("The event subscription cannot be saved now: "
                                                  "save or discard it before leaving."));
                        return;
                    }
                    m_leaveAfterEventsSave = proceed;
                    m_events->save();
                };
                if (!settings) {
                    saveEventsThenLeave();
                    return;
                }
                m_afterSave = saveEventsThenLeave;
                save();
                return;
            }
            case MessageBox::Answer::Alternative: // Discard
                m_form->revert();
                m_events->revert();
                clear();
                proceed();
                return;
            case MessageBox::Answer::Cancel:
                return;
            }
        });
}

void ConnectionPage::save()
{
    if (!canSave())
        return;
    const quint64 generation = m_generation;
    const ConnectionUpdate update = m_form->update();
    m_saving = true;
    m_form->clearServerErrors();
    m_form->setBusy(true);
    setBusy(true);
    updateSave();
    m_workspace->updateConnection(update, this, [this, generation, update](const ApiError &error) {
        if (!isCurrent(generation))
            return;
        m_saving = false;
        m_form->setBusy(false);
        setBusy(false);
        if (error.isError()) {
            m_afterSave = nullptr;
            if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty())
                m_form->setServerErrors(error);
            else
                m_message->showError(error);
            updateSave();
            return;
        }
        m_form->markSaved();
        update.applyTo(m_details.details);
        m_header->setConnection(update.label, m_code, update.flowType);
        refreshLogo();
        // docs/pim-api.md §7.
        m_message->showMessage(MessageBar::Type::Positive, tr("Connection successfully updated."));
        updateSave();
        emit saved(m_code);
        if (auto after = std::exchange(m_afterSave, nullptr))
            after();
    });
}

void ConnectionPage::askDelete()
{
    if (!m_loaded || !m_workspace || !m_workspace->canWrite() || m_details.fromCache)
        return;
    const QString code = m_code;
    const QString label = this->label();
    const auto onThisPage = [this, code]() {
        return code == m_code;
    };
    ConnectionDeletion::ask(
        m_messageBox, this, m_workspace, code, label,
        [this, onThisPage]() {
            if (onThisPage())
                setBusy(true);
            return onThisPage();
        },
        [this, onThisPage, code, label](const ApiError &error) {
            if (!onThisPage())
                return;
            setBusy(false);
            if (error.isError()) {
                m_message->showError(error);
                return;
            }
            clear();
            emit deleted(code, label);
        });
}

void ConnectionPage::uploadImage(const QString &localFile)
{
    if (!m_workspace)
        return;
    const quint64 generation = m_generation;
    setBusy(true);
    updateSave();
    m_workspace->uploadImage(localFile, this,
                             [this, generation](const ApiError &error, const QString &path) {
                                 if (!isCurrent(generation))
                                     return;
                                 setBusy(false);
                                 if (error.isError())
                                     m_form->setImageError(error.message());
                                 else
                                     m_form->setImagePath(path);
                                 updateSave();
                             });
}
