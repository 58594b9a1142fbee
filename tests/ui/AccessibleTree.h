#pragma once

// What a screen reader finds on a screen: the QAccessible interfaces under a widget, walked
// recursively, and the interactive ones that have no name (buttons, edits, combos, check boxes,
// item views, tabs…). Item views are checked themselves, their cells are not walked (their text
// comes from the model: a test checks a tile's Qt::AccessibleTextRole).
#include <QAccessible>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace AccessibleTree {

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

inline QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    return QStringLiteral("%1 \"%2\" (role %3)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QString(),
             object ? object->objectName() : QString())
        .arg(int(iface->role()));
}

inline void walk(QAccessibleInterface *iface, QStringList *nameless, int *checked, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && !state.disabled) {
        ++*checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless->append(describe(iface));
    }
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), nameless, checked, depth + 1);
}

// The interactive controls without an accessible name under root (empty: all named);
// *checked: how many interactive controls were found.
inline QStringList namelessControls(QWidget *root, int *checked)
{
    QStringList nameless;
    *checked = 0;
    walk(QAccessible::queryAccessibleInterface(root), &nameless, checked);
    return nameless;
}

} // namespace AccessibleTree
