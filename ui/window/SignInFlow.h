#pragma once

#include "domain/ApiError.h"
#include "store/PimInstance.h"

#include <QObject>
#include <QPointer>

#include "dialogs/SignInDialog.h"
class Workspace;
class QWidget;

// Signing in, as the window does it: opens the SignInDialog (pre-filled with the PIM's address
// and username) when the workspace asks for a password, or when the user adds a PIM; reports
// what was typed with submitted() (the window gives the password to the right workspace); then
// follows the current workspace to close the dialog once signed in, or to show the server's
// reason (wrong password, unreachable, not a PIM, certificate problem) and let the user try again.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    explicit SignInFlow(QWidget *window);
    ~SignInFlow() override;

    // The workspace whose sign-in the dialog follows. Not owned; may be null.
    void setWorkspace(Workspace *workspace);

    // Opens (or raises) the dialog for this PIM; `reason` shown when it is an error.
    void ask(const PimInstance &instance, const ApiError &reason = ApiError());
    // Opens it empty, for another PIM (optionally with an address, from --server).
    void askNew(const QUrl &url = QUrl(), const QString &username = QString());
    // Submitted: waiting for the workspace's answer.
    void setBusy(bool busy);

    bool isOpen() const { return !m_dialog.isNull(); }

signals:
    void submitted(const QUrl &url, const QString &username, const QString &password,
                   bool remember);
    // The user closed the dialog without signing in.
    void cancelled();

private:
    SignInDialog *ensureDialog();
    void onSignedIn();
    void onRefused(const ApiError &reason);

    QWidget *m_window;
    QPointer<Workspace> m_workspace;
    QPointer<SignInDialog> m_dialog;
};
