#include "window/SignInFlow.h"

#include "dialogs/SignInDialog.h"
#include "workspace/Workspace.h"

#include <QWidget>

SignInFlow::SignInFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

SignInFlow::~SignInFlow()
{
    delete m_dialog.data();
}

void SignInFlow::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (!workspace)
        return;
    connect(workspace, &Workspace::signedIn, this, &SignInFlow::onSignedIn);
    connect(workspace, &Workspace::passwordRequired, this, [this](const ApiError &reason) {
        if (m_workspace)
            ask(m_workspace->instance(), reason);
    });
    // While the dialog waits, a PIM that cannot be reached (or answers nonsense) is a reason
    // to show in it; otherwise the window's own bars say so.
    connect(workspace, &Workspace::connectivityChanged, this,
            [this](Workspace::Connectivity connectivity) {
                if (connectivity == Workspace::Connectivity::Offline && m_workspace)
                    onRefused(m_workspace->offlineReason());
            });
    connect(workspace, &Workspace::errorOccurred, this, &SignInFlow::onRefused);
}

SignInDialog *SignInFlow::ensureDialog()
{
    if (m_dialog)
        return m_dialog;
    m_dialog = new SignInDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &SignInDialog::signInRequested, this, &SignInFlow::submitted);
    connect(m_dialog, &QDialog::rejected, this, &SignInFlow::cancelled);
    return m_dialog;
}

void SignInFlow::ask(const PimInstance &instance, const ApiError &reason)
{
    SignInDialog *dialog = ensureDialog();
    if (!dialog->isVisible()) {
        dialog->setUrl(instance.baseUrl);
        dialog->setUsername(instance.username);
    }
    dialog->setBusy(false);
    if (reason.isError())
        dialog->setError(reason);
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

void SignInFlow::askNew(const QUrl &url, const QString &username)
{
    SignInDialog *dialog = ensureDialog();
    dialog->setUrl(url);
    dialog->setUsername(username);
    dialog->setPassword(QString());
    dialog->clearError();
    dialog->setBusy(false);
    dialog->open();
    dialog->raise();
}

void SignInFlow::setBusy(bool busy)
{
    if (m_dialog)
        m_dialog->setBusy(busy);
}

void SignInFlow::onSignedIn()
{
    if (m_dialog && m_dialog->isBusy()) {
        m_dialog->setPassword(QString());
        m_dialog->accept();
    }
}

void SignInFlow::onRefused(const ApiError &reason)
{
    if (!m_dialog || !m_dialog->isBusy() || !reason.isError())
        return;
    m_dialog->setBusy(false);
    m_dialog->setError(reason);
}
