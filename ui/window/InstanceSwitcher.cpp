#include "window/InstanceSwitcher.h"

#include "style/Icons.h"
#include "store/InstanceRegistry.h"
#include "services/MessageBox.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QToolButton>
#include <QWidget>

InstanceSwitcher::InstanceSwitcher(InstanceRegistry *registry, MessageBox *messageBox,
                                   QWidget *window)
    : QObject(window)
    , m_registry(registry)
    , m_messageBox(messageBox)
    , m_window(window)
    , m_menu(new QMenu(tr("&PIM"), window))
    , m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("pimMenu"));
    m_group->setExclusive(true);
    m_separator = m_menu->addSeparator();
    m_add = m_menu->addAction(Icons::icon(Icons::Name::Add), tr("&Add a PIM…"));
    m_rename = m_menu->addAction(tr("&Rename…"));
    m_remove = m_menu->addAction(Icons::icon(Icons::Name::Delete), tr("Re&move…"));
    m_add->setObjectName(QStringLiteral("addPim"));
    m_rename->setObjectName(QStringLiteral("renamePim"));
    m_remove->setObjectName(QStringLiteral("removePim"));
    connect(m_add, &QAction::triggered, this, &InstanceSwitcher::addRequested);
    connect(m_rename, &QAction::triggered, this, &InstanceSwitcher::renameCurrent);
    connect(m_remove, &QAction::triggered, this, &InstanceSwitcher::removeCurrent);

    connect(m_registry, &InstanceRegistry::instanceAdded, this, &InstanceSwitcher::rebuild);
    connect(m_registry, &InstanceRegistry::instanceRenamed, this, &InstanceSwitcher::rebuild);
    connect(m_registry, &InstanceRegistry::instanceRemoved, this, &InstanceSwitcher::rebuild);
    connect(m_registry, &InstanceRegistry::currentChanged, this, &InstanceSwitcher::rebuild);
    connect(m_registry, &InstanceRegistry::instanceCleanedUp, this,
            [this](const QString &, bool ok, const QString &message) {
                if (!ok)
                    emit problem(message);
            });
    rebuild();
}

QToolButton *InstanceSwitcher::createButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("pimSwitcher"));
    button->setIcon(Icons::icon(Icons::Name::Server));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAutoRaise(true);
    button->setMenu(m_menu);
    m_buttons.append(button);
    rebuild();
    return button;
}

void InstanceSwitcher::rebuild()
{
    for (QAction *action : m_group->actions()) {
        m_menu->removeAction(action);
        delete action;
    }
    const QString current = m_registry->currentId();
    int index = 0;
    for (const PimInstance &instance : m_registry->instances()) {
        auto *action = new QAction(instance.name, m_group);
        action->setCheckable(true);
        action->setChecked(instance.id == current);
        action->setData(instance.id);
        action->setToolTip(instance.username + QLatin1Char('@') +
                           instance.baseUrl.toDisplayString());
        action->setStatusTip(action->toolTip());
        // Ctrl+1…Ctrl+9 switch between the first nine.
        if (++index <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
        const QString id = instance.id;
        connect(action, &QAction::triggered, this, [this, id]() {
            if (id != m_registry->currentId())
                emit switchRequested(id);
        });
        m_menu->insertAction(m_separator, action);
    }
    const bool any = !current.isEmpty();
    m_rename->setEnabled(any);
    m_remove->setEnabled(any);

    const auto instance = m_registry->current();
    for (const QPointer<QToolButton> &button : std::as_const(m_buttons)) {
        if (!button)
            continue;
        button->setText(instance ? instance->name : tr("No PIM"));
        button->setToolTip(instance ? tr("%1 — %2 at %3. Choose another PIM, or add one.")
                                          .arg(instance->name, instance->username,
                                               instance->baseUrl.toDisplayString())
                                    : tr("Add a PIM to work with."));
        button->setAccessibleName(tr("PIM: %1").arg(button->text()));
    }
}

void InstanceSwitcher::renameCurrent()
{
    const auto instance = m_registry->current();
    if (!instance)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename the PIM"));
    dialog->setLabelText(tr("New name for “%1”:").arg(instance->name));
    dialog->setTextValue(instance->name);
    dialog->setOkButtonText(tr("Rename"));
    dialog->setWindowModality(Qt::WindowModal);
    const QString id = instance->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        QString error;
        if (!m_registry->rename(id, name.trimmed(), &error))
            emit problem(error);
    });
    dialog->open();
}

void InstanceSwitcher::removeCurrent()
{
    const auto instance = m_registry->current();
    if (!instance)
        return;
    MessageBox::Question question;
    question.title = tr("Remove this PIM");
    question.text = tr("Are you sure you want to remove “%1” from this app?").arg(instance->name);
    question.informativeText =
        tr("The copy of its connections saved on this computer and the passwords kept for it in "
           "the keychain are removed. Nothing changes in the PIM itself: you can add it again.");
    question.confirmText = tr("Remove");
    question.confirmIcon = Icons::Name::Delete;
    question.destructive = true;
    const QString id = instance->id;
    m_messageBox->ask(m_window, question, this, [this, id](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Confirm)
            m_registry->remove(id);
    });
}
