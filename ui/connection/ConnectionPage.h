#pragma once

#include "workspace/Workspace.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class Clipboard;
class ConnectionPageHeader;
class ConnectionSettingsForm;
class CredentialsActions;
class CredentialsPanel;
class EventLogsView;
class EventSubscriptionPart;
class MessageBar;
class MessageBox;
class QScrollArea;
class StatusSlot;

// A connection's page (docs/pim-api.md §7, "Edit" and "Credentials"): the header (breadcrumb,
// logo, Save, "…" with Delete), the settings form and the credentials panel, filled from the
// workspace (Workspace::loadDetails and loadPermissions) and saved through it. Thin: every
// action is one Workspace operation, whose answer is shown here.
//
// - The one-time password (right after creation or a regeneration) is shown once, with "Save
//   in keychain"; leaving the page forgets it (clear()).
// - Leaving with unsaved changes (the settings' or the event subscription's) asks first
//   (MessageBox::unsavedChanges): requestLeave(). Save sends both, then leaves.
// - Offline (or read from the cache), every write control is disabled and says why
//   (Workspace::writeDisabledReason); what the cache has is shown.
// - The credentials panel's buttons: CredentialsActions.
// - Under them, the event subscription (EventSubscriptionPart, docs/pim-api.md §8); its "Event
//   logs" opens an EventLogsView window, closed when the page is left.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionPage(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    // Not owned; null when no PIM is open. Closes the page's connection.
    void setWorkspace(Workspace *workspace);
    // Shows this connection; `oneTimePassword` right after its creation.
    void open(const QString &code, const std::optional<QString> &oneTimePassword = {});
    // The page may be left: asks about unsaved changes first, then clear()s the page and calls
    // proceed(). Nothing happens when the user cancels (or a save asked for fails).
    void requestLeave(std::function<void()> proceed);
    // Forgets the connection shown, its password and its changes.
    void clear();
    void setStatusArea(QWidget *area);

    QString code() const { return m_code; }
    QString label() const;
    bool isLoaded() const { return m_loaded; }
    bool isModified() const;
    bool canSave() const;
    bool isFromCache() const { return m_details.fromCache; }

    MessageBar *messageBar() const { return m_message; }
    ConnectionPageHeader *header() const { return m_header; }
    EventSubscriptionPart *eventSubscription() const { return m_events; }
    // The event logs window of this page (created the first time "Event logs" is pressed).
    EventLogsView *eventLogs() const { return m_eventLogs; }

public slots:
    void save();
    // "Delete…": asks "Confirm deletion", then deletes.
    void askDelete();

signals:
    void backRequested();
    // The details are on screen (after open()).
    void loaded(const QString &code);
    void saved(const QString &code);
    void deleted(const QString &code, const QString &label);

private:
    void load();
    void showDetails(const Workspace::Details &details);
    void applyWriteState();
    void updateSave();
    void refreshLogo();
    void uploadImage(const QString &localFile);
    void setBusy(bool busy);
    void openEventLogs();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    Clipboard *m_clipboard;
    MessageBox *m_messageBox;
    QPointer<Workspace> m_workspace;
    ConnectionPageHeader *m_header;
    StatusSlot *m_statusSlot;
    MessageBar *m_message;
    QScrollArea *m_scroll;
    ConnectionSettingsForm *m_form;
    CredentialsPanel *m_credentials;
    CredentialsActions *m_credentialActions;
    EventSubscriptionPart *m_events;
    EventLogsView *m_eventLogs = nullptr;

    QString m_code;
    std::optional<QString> m_oneTimePassword;
    Workspace::Details m_details;
    quint64 m_generation = 0; // bumped by open() and clear(): late answers are dropped
    bool m_loaded = false;
    bool m_saving = false;
    int m_busyCount = 0;
    std::function<void()> m_afterSave;
    std::function<void()> m_leaveAfterEventsSave; // requestLeave's proceed, after the part's save
};
