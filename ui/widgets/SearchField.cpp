#include "widgets/SearchField.h"

#include "style/Icons.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

void SearchField::setUp(QLineEdit *edit, const QString &placeholder, const QString &accessibleName)
{
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->addAction(Icons::icon(Icons::Name::Search), QLineEdit::LeadingPosition)
        ->setText(tr("Search"));
    enableClearButton(edit, tr("Clear the search"));
    // Wide enough for the placeholder, the search icon and the clear button (both reserve room).
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(placeholder) +
                          6 * edit->fontMetrics().height());
}

void SearchField::enableClearButton(QLineEdit *edit, const QString &buttonName)
{
    edit->setClearButtonEnabled(true);
    // Qt's clear button: a tool button inside the line edit showing this action of Qt's.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(buttonName);
    // The buttons show their action's icon; their name is what a screen reader says.
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (button->defaultAction())
            button->setAccessibleName(button->defaultAction()->text());
    }
}
