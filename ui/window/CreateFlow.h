#pragma once

#include "domain/Connection.h"

#include <QObject>
#include <QPointer>

#include "dialogs/CreateConnectionDialog.h"
class Workspace;
class QWidget;

// "Create a new connection" as the window runs it: opens the CreateConnectionDialog (Ctrl+N,
// the Create button, the empty state's button), sends Save to Workspace::createConnection,
// puts the server's 422 reasons on their fields, and on success closes the dialog and emits
// created() with the new connection and its one-time password.
class CreateFlow : public QObject
{
    Q_OBJECT

public:
    explicit CreateFlow(QWidget *window);
    ~CreateFlow() override;

    // Not owned; may be null (then open() does nothing).
    void setWorkspace(Workspace *workspace);
    void open();

signals:
    void created(const ConnectionDetails &details);

private:
    void create(const QString &code, const QString &label, FlowType flowType);

    QWidget *m_window;
    QPointer<Workspace> m_workspace;
    QPointer<CreateConnectionDialog> m_dialog;
};
