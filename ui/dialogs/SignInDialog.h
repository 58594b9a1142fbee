#pragma once

#include <QDialog>
#include <QUrl>

struct ApiError;
class FieldMessage;
class MessageBar;
class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RevealButton;

// Signing in to a PIM: its address, a username and a password, "Remember password" (the
// caller keeps it in the system keychain; this dialog only reports the choice).
//
// - The address is checked as typed (PimAddress, as --server is): https assumed when no
//   scheme is given, plain http:// refused except on this computer, with an offer to switch
//   to https. Errors show once a field has been left, or when Sign in is pressed (the http
//   refusal at once).
// - Sign in (or Enter) emits signInRequested() with the normalised address; the dialog stays
//   open. The caller shows progress with setBusy(), a failure with setError() (wrong password,
//   unreachable, not a PIM, certificate problem), and closes it with accept() on success.
// - The pre-fill setters fill in what is known; the focus goes to the first empty field.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    void setRememberPassword(bool remember);

    QUrl url() const; // normalised; empty while the address is not valid
    QString username() const;
    QString password() const;
    bool rememberPassword() const;
    bool isValid() const;

    // A failed sign-in, in words that say what to do. PimSession reports a refused username or
    // password as ApiError::Kind::SignInRefused.
    void setError(const ApiError &error);
    void clearError();
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // What is shown now under a field ("url", "username", "password") or above the form ("").
    QString shownMessage(const QString &field) const;

public slots:
    void submit();

signals:
    void signInRequested(const QUrl &url, const QString &username, const QString &password,
                         bool remember);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void focusFirstEmpty();

    QLineEdit *m_url;
    QLineEdit *m_username;
    QLineEdit *m_password;
    RevealButton *m_reveal;
    QCheckBox *m_remember;
    FieldMessage *m_urlMessage;
    FieldMessage *m_usernameMessage;
    FieldMessage *m_passwordMessage;
    QPushButton *m_useHttps;
    MessageBar *m_error;
    QProgressBar *m_progress;
    QPushButton *m_signIn;

    bool m_busy = false;
    bool m_urlTouched = false;
    bool m_usernameTouched = false;
    bool m_passwordTouched = false;
};
