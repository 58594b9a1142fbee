#include "window/WindowActions.h"

#include "style/Icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace {

QAction *addAction(QMainWindow *window, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, window);
    action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

} // namespace

WindowActions::WindowActions(QMainWindow *window, QMenu *pimMenu, bool keepSecrets)
    : QObject(window)
    , m_create(addAction(window, tr("&New Connection…"), QKeySequence::New))
    , m_refresh(addAction(window, tr("&Refresh"), QKeySequence::Refresh))
    , m_signIn(addAction(window, tr("&Sign In…"), QKeySequence()))
    , m_keepSecrets(new QAction(tr("&Keep Connection Secrets for Offline Use"), window))
    , m_quit(addAction(window, tr("&Quit"), QKeySequence::Quit))
    , m_find(addAction(window, tr("&Find…"), QKeySequence::Find))
    , m_save(addAction(window, tr("&Save"), QKeySequence::Save))
    , m_remove(addAction(window, tr("&Delete…"), QKeySequence::Delete))
    , m_back(addAction(window, tr("&Back to the Connections"), QKeySequence(Qt::Key_Escape)))
{
    m_create->setIcon(Icons::icon(Icons::Name::Add));
    m_refresh->setIcon(Icons::icon(Icons::Name::Refresh));
    m_back->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});

    // Each connection's secret is kept in the keychain for offline use, a setting that is on
    // by default. The CLI reads the same setting (WorkspaceSettings).
    m_keepSecrets->setObjectName(QStringLiteral("keepSecretsAction"));
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_keepSecrets->setCheckable(true);
    m_keepSecrets->setChecked(keepSecrets);
    m_keepSecrets->setStatusTip(
        tr("Keeps each connection's secret in the system keychain, so that its page shows it "
           "while the PIM cannot be reached. Turned off, the kept secrets are removed."));
    m_keepSecrets->setToolTip(m_keepSecrets->statusTip());

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({m_create, m_refresh});
    file->addSeparator();
    file->addAction(m_signIn);
    file->addAction(m_keepSecrets);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(m_find);
    QMenu *connection = bar->addMenu(tr("&Connection"));
    connection->addActions({m_save, m_remove, m_back});
    bar->addMenu(pimMenu);
}
