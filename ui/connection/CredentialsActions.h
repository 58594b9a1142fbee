#pragma once

#include "workspace/Workspace.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CredentialsPanel;
class MessageBar;
class QWidget;

// What the buttons of a connection page's credentials panel do (docs/pim-api.md §7,
// "Credentials"), each one Workspace operation whose answer shows in the panel or in the
// page's message bar:
// - Regenerate (confirmed in the panel): the new secret replaces the old one on screen; the
//   new password is shown once.
// - "Save in keychain": the password shown (Workspace::savePassword).
// - "Test credentials": with the password on screen, else the one saved in the keychain, else
//   one asked for (PasswordPromptDialog, over `dialogParent`; never stored).
// Answers that arrive after setConnection() or clear() are dropped.
class CredentialsActions : public QObject
{
    Q_OBJECT

public:
    CredentialsActions(CredentialsPanel *panel, MessageBar *messages, QWidget *dialogParent);

    // Not owned; null when no PIM is open.
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    // The connection shown, with its credentials as read and the password saved for it.
    void setConnection(const QString &code, const Credentials &credentials,
                       const std::optional<QString> &savedPassword);
    void clear();

signals:
    // A request starts (true) or has answered (false), for the page's busy indicator.
    void busyChanged(bool busy);
    void secretRegenerated(const QString &secret);
    void passwordRegenerated(const QString &password);

private:
    template<typename T>
    void regenerate(void (Workspace::*operation)(const QString &, QObject *,
                                                 Workspace::Callback<T>),
                    std::function<void(const T &)> show);
    void savePassword();
    void test();
    void runTest(const QString &password);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    CredentialsPanel *m_panel;
    MessageBar *m_messages;
    QWidget *m_dialogParent;
    QPointer<Workspace> m_workspace;
    QString m_code; // empty: no connection shown
    Credentials m_credentials;
    std::optional<QString> m_savedPassword;
    quint64 m_generation = 0; // bumped by setConnection() and clear(): late answers are dropped
};
