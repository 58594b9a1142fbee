#pragma once

#include "domain/Connection.h"
#include "services/MessageBox.h"

#include <QGroupBox>
#include <QTimer>

struct ApiError;
class Clipboard;
class CopyButton;
class FieldMessage;
class QLabel;
class QLineEdit;
class QPushButton;
class RevealButton;

// The credentials of a connection (docs/pim-api.md §7): Client ID, Secret, Username, Password,
// each with "Copy to clipboard" (through the injected Clipboard: the secret and the password
// are marked secret and cleared later), Regenerate for the secret and the password, and
// "Test credentials".
//
// - The secret stays masked until the user shows it with the eye; copy works either way.
// - The password is shown only when given (right after creation or regeneration), with the
//   advice to save it; otherwise it is hidden with the hint to regenerate it. clearPassword()
//   forgets it (leaving the page).
// - Regenerate asks for confirmation here, through the injected MessageBox (docs/pim-api.md §7's
// popins), and emits regenerateSecretRequested() / regeneratePasswordRequested() only
//   once confirmed: callers just run the job.
// - setWriteEnabled(false, reason) (offline, or a user without the permission) disables the
//   regenerate buttons with the reason as their tooltip.
// - The secret and the password never leave through a side door: Ctrl+C in their fields goes
//   through the Clipboard service (marked secret), and they cannot be selected, so X11's
//   selection clipboard never receives them unmarked.
// No value is ever logged.
class CredentialsPanel : public QGroupBox
{
    Q_OBJECT

public:
    CredentialsPanel(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent = nullptr);

    // Replaces every value; a password in credentials is shown, none hides it.
    void setCredentials(const Credentials &credentials);
    // After a secret regeneration (the new one comes from a new GET): the password shown, if
    // any, stays.
    void setSecret(const QString &secret);
    // After a password regeneration: shown once, with the advice to save it.
    void setPassword(const QString &password);
    // Forgets the password and masks the secret again.
    void clearPassword();
    bool isPasswordShown() const;
    bool isSecretRevealed() const;

    void setWriteEnabled(bool enabled, const QString &reasonTooltip = QString());
    bool isWriteEnabled() const { return m_writeEnabled; }
    // While a regeneration runs: both regenerate buttons disabled.
    void setBusy(bool busy);

    // "Test credentials": enabled unless the PIM cannot be reached (reason as tooltip).
    void setTestEnabled(bool enabled, const QString &reasonTooltip = QString());
    void setTestBusy(bool busy);
    // The outcome of a test: no error says the credentials work; else the error's message.
    void setTestResult(const ApiError &error);

    // "Save in keychain", next to a password shown once: emits savePasswordRequested(). After
    // the answer, setPasswordSaved() says where it went (the button then stays disabled until
    // another password is shown); an error is shown under the password.
    void setPasswordSaved(bool saved, const QString &message);

    // The password on screen: the page tests the credentials with it.
    QLineEdit *passwordEdit() const { return m_password; }
    // What the panel says now (the note under the password, "copied", the test's outcome).
    QString passwordNote() const;
    QString statusText() const;
    QString testResultText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void regenerateSecretRequested();   // confirmed by the user
    void regeneratePasswordRequested(); // confirmed by the user
    void testRequested();
    void savePasswordRequested();

private:
    // Asks `question` through the MessageBox; emits `confirmed` once the user confirms.
    void askThenEmit(const MessageBox::Question &question, void (CredentialsPanel::*confirmed)());
    void showPassword(const std::optional<QString> &password);
    void updateButtons();
    void showCopied(const QString &what, bool secret);
    void updateCountdown(int seconds);

    Clipboard *m_clipboard;
    MessageBox *m_messageBox;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLineEdit *m_username;
    QLineEdit *m_password;
    RevealButton *m_revealSecret;
    CopyButton *m_copyClientId;
    CopyButton *m_copySecret;
    CopyButton *m_copyUsername;
    CopyButton *m_copyPassword;
    QPushButton *m_regenerateSecret;
    QPushButton *m_regeneratePassword;
    FieldMessage *m_passwordNote;
    QPushButton *m_savePassword;
    FieldMessage *m_status;
    QPushButton *m_test;
    FieldMessage *m_testResult;

    bool m_writeEnabled = true;
    QString m_writeReason;
    bool m_busy = false;
    bool m_testEnabled = true;
    bool m_testBusy = false;
    bool m_passwordSaved = false;
    QString m_lastCopied; // "Secret" (a field name, never a value)
    QTimer m_statusTimer; // hides "copied" for plain values; secrets follow the countdown
};
