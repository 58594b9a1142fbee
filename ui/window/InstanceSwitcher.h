#pragma once

#include <QObject>
#include <QPointer>

class InstanceRegistry;
class MessageBox;
class QAction;
class QActionGroup;
class QMenu;
class QToolButton;
class QWidget;

// The PIMs the app knows: a "PIM" menu listing them (the current one checked) with
// "Add a PIM…", "Rename…" and "Remove…", and a button for the overview's header that shows the
// current PIM's name and opens the same menu.
//
// Choosing another PIM emits switchRequested() (the window first asks about unsaved changes,
// then makes it current in the registry). Rename asks for the new name (a non-blocking input
// dialog); Remove asks for confirmation (MessageBox) and removes it from the registry, which
// also clears its cache and keychain entries. Add emits addRequested() (the sign-in dialog).
class InstanceSwitcher : public QObject
{
    Q_OBJECT

public:
    InstanceSwitcher(InstanceRegistry *registry, MessageBox *messageBox, QWidget *window);

    QMenu *menu() const { return m_menu; }
    // A button showing the current PIM, with the menu; owned by `parent`.
    QToolButton *createButton(QWidget *parent);

public slots:
    void renameCurrent();
    void removeCurrent();

signals:
    void switchRequested(const QString &id);
    void addRequested();
    // A rename refused or a clean-up that failed (translated).
    void problem(const QString &message);

private:
    void rebuild();

    InstanceRegistry *m_registry;
    MessageBox *m_messageBox;
    QWidget *m_window;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_separator;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_remove;
    QList<QPointer<QToolButton>> m_buttons;
};
