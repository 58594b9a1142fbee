#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

// The window's actions with their shortcuts, and its menu bar: File (New Connection, Refresh,
// Sign In, Keep Connection Secrets for Offline Use, Quit), Edit (Find), Connection (Save,
// Delete, Back to the Connections) and the PIM menu given (InstanceSwitcher). The actions are
// added to the window, so that their shortcuts work wherever the focus is; the window connects
// to their triggered() and enables them.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    // `keepSecrets`: the checked state of "Keep Connection Secrets for Offline Use".
    WindowActions(QMainWindow *window, QMenu *pimMenu, bool keepSecrets);

    QAction *create() const { return m_create; }
    QAction *refresh() const { return m_refresh; }
    QAction *signIn() const { return m_signIn; }
    QAction *keepSecrets() const { return m_keepSecrets; }
    QAction *quit() const { return m_quit; }
    QAction *find() const { return m_find; }
    QAction *save() const { return m_save; }
    QAction *remove() const { return m_remove; }
    QAction *back() const { return m_back; }

private:
    QAction *m_create;
    QAction *m_refresh;
    QAction *m_signIn;
    QAction *m_keepSecrets;
    QAction *m_quit;
    QAction *m_find;
    QAction *m_save;
    QAction *m_remove;
    QAction *m_back;
};
