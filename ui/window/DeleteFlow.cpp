#include "window/DeleteFlow.h"

#include "connection/ConnectionDeletion.h"
#include "items/ConnectionListModel.h"
#include "widgets/MessageBar.h"

#include <QWidget>

DeleteFlow::DeleteFlow(QWidget *window, MessageBox *messageBox, MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_messageBox(messageBox)
    , m_messages(messages)
{}

void DeleteFlow::ask(const QString &code)
{
    if (!m_workspace || code.isEmpty())
        return;
    if (!m_workspace->canWrite()) {
        m_messages->showMessage(MessageBar::Type::Warning, m_workspace->writeDisabledReason());
        return;
    }
    const int row = m_workspace->model()->rowOf(code);
    const QString label = row >= 0 ? m_workspace->model()->connectionAt(row).label : code;
    ConnectionDeletion::ask(m_messageBox, m_window, m_workspace, code, label, {},
                            [this, label](const ApiError &error) {
                                if (error.isError())
                                    m_messages->showError(error);
                                else
                                    showDeleted(label);
                            });
}

void DeleteFlow::showDeleted(const QString &label)
{
    m_messages->showMessage(MessageBar::Type::Positive,
                            tr("The connection “%1” was deleted.").arg(label));
}
