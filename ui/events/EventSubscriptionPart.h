#pragma once

#include "domain/EventSubscription.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>

struct ApiError;
class Clipboard;
class CopyButton;
class FieldMessage;
class MessageBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

// The "Event subscription" part of a connection's page (docs/pim-api.md §8, words of §8.9):
// the activation switch, the URL with "Test", the secret (masked; copied through the Clipboard
// service, which marks it secret and clears it; regenerated after the confirmation popin), the
// "Use product UUID" option, its own Save, and "Event logs".
//
// Thin: every action is one operation of the Events facade (Workspace::events()), whose answer
// is shown here. Validation errors of a save show at their field ("url", "enabled" for the
// limit of §8.6); the rest under Save. When the PIM has no Events API, the part says so in a
// neutral sentence in place of its fields. Read from the cache (offline), it shows "as of" and
// every write control is disabled with the workspace's reason.
class EventSubscriptionPart : public QGroupBox
{
    Q_OBJECT

public:
    EventSubscriptionPart(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent = nullptr);
    ~EventSubscriptionPart() override;

    // Not owned; null when no PIM is open.
    void setWorkspace(Workspace *workspace);
    // Loads this connection's subscription.
    void open(const QString &code);
    // Forgets the connection shown (leaving the page).
    void clear();

    QString code() const { return m_code; }
    bool isLoaded() const { return m_loaded; }
    bool isUnavailable() const { return m_unavailable; }
    bool isModified() const;
    // Save would send the edits now (online, idle, modified).
    bool canSave() const;
    // The edits dropped: the subscription as last loaded or saved.
    void revert();
    // The subscription as the PIM has it (the last one loaded or saved).
    const EventSubscriptionForm &form() const { return m_form; }
    // What the edits would save.
    EventSubscriptionUpdate update() const;
    // The texts shown now (tests and screen readers): the line under Save, under the URL, under
    // the switch, the "as of", the "not available" sentence.
    QString statusText() const;
    QString urlMessage() const;
    QString enabledMessage() const;
    QString asOfText() const;
    QString unavailableText() const;

public slots:
    void save();
    void test();
    // Asks for confirmation first (MessageBox::regenerateEventSecret).
    void askRegenerate();

signals:
    // "Event logs" was pressed for this connection.
    void logsRequested(const QString &code);
    // The subscription is on screen (after open() or a save).
    void loaded(const QString &code);
    void saved(const QString &code);
    // A save's answer: ok when the PIM took it (emitted before the read-back that ends with
    // saved()), not ok when it refused or could not be reached (the part shows why).
    void saveFinished(const QString &code, bool ok);

private:
    void load();
    void showForm(const EventSubscriptionForm &form, const QDateTime &asOf, bool fromCache);
    void showUnavailable();
    // What the user edits (the switch, the URL, the UUID option) as in `s`, and their messages
    // cleared: for a loaded form and for revert().
    void showEdits(const EventSubscription &s);
    void showSaveError(const ApiError &error);
    void showStatus(const ApiError &error, const QString &success);
    void regenerate();
    void updateControls();
    void setBusy(bool busy);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    Clipboard *m_clipboard;
    MessageBox *m_messageBox;
    QPointer<Workspace> m_workspace;
    QLabel *m_unavailableLabel;
    QLabel *m_asOf;
    QWidget *m_body;
    QCheckBox *m_enabled;
    FieldMessage *m_enabledMessage;
    QLineEdit *m_url;
    QPushButton *m_test;
    FieldMessage *m_urlMessage;
    QLineEdit *m_secret;
    CopyButton *m_copySecret;
    QPushButton *m_regenerate;
    QCheckBox *m_usesUuid;
    QPushButton *m_save;
    QPushButton *m_logs;
    FieldMessage *m_status;

    QString m_code;
    EventSubscriptionForm m_form;
    bool m_loaded = false;
    bool m_fromCache = false;
    bool m_unavailable = false;
    bool m_announceSave = false; // the next load follows a save: say it worked
    int m_busy = 0;
    quint64 m_generation = 0; // bumped by open() and clear(): late answers are dropped
};
