#include "window/CreateFlow.h"

#include "dialogs/CreateConnectionDialog.h"
#include "workspace/Workspace.h"

#include <QWidget>

CreateFlow::CreateFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

CreateFlow::~CreateFlow()
{
    delete m_dialog.data();
}

void CreateFlow::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (m_dialog)
        m_dialog->reject(); // it belonged to another PIM
}

void CreateFlow::open()
{
    if (!m_workspace)
        return;
    if (!m_dialog) {
        m_dialog = new CreateConnectionDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &CreateConnectionDialog::createRequested, this, &CreateFlow::create);
    }
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void CreateFlow::create(const QString &code, const QString &label, FlowType flowType)
{
    if (!m_workspace || !m_dialog)
        return;
    m_dialog->clearServerErrors();
    m_dialog->setBusy(true);
    // The dialog is the context: closed meanwhile, the answer is dropped (the list still
    // refreshes, so the new connection shows up).
    m_workspace->createConnection(code, label, flowType, m_dialog,
                                  [this](const ApiError &error, const ConnectionDetails &details) {
                                      if (!m_dialog)
                                          return;
                                      m_dialog->setBusy(false);
                                      if (error.isError()) {
                                          m_dialog->setServerErrors(error);
                                          return;
                                      }
                                      m_dialog->accept();
                                      emit created(details);
                                  });
}
