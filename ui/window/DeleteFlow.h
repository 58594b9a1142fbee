#pragma once

#include <QObject>
#include <QPointer>

class MessageBar;
class MessageBox;
class QWidget;
class Workspace;

// "Delete…" from the overview, as the window runs it (docs/pim-api.md §7): for the tile's
// connection, says why when the PIM cannot be changed now, else asks and deletes
// (ConnectionDeletion), then says so in the window's message bar. A connection's page deletes
// its own connection (ConnectionPage::askDelete); the window then calls showDeleted().
class DeleteFlow : public QObject
{
    Q_OBJECT

public:
    DeleteFlow(QWidget *window, MessageBox *messageBox, MessageBar *messages);

    // Not owned; may be null (then nothing is deleted).
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void ask(const QString &code);
    // "The connection “label” was deleted."
    void showDeleted(const QString &label);

private:
    QWidget *m_window;
    MessageBox *m_messageBox;
    MessageBar *m_messages;
    QPointer<Workspace> m_workspace;
};
