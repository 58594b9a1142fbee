#include "widgets/FormGrid.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

FormGrid::FormGrid(QWidget *parent)
    : QGridLayout(parent)
{
    setColumnStretch(1, 1);
}

QLabel *FormGrid::addLabel(const QString &text, QWidget *buddy, QWidget *alignTo)
{
    auto *label = new QLabel(text, parentWidget());
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QWidget *reference = alignTo ? alignTo : buddy;
    if (reference)
        label->setMinimumHeight(reference->sizeHint().height());
    addWidget(label, m_row, 0, Qt::AlignTop);
    return label;
}

QLabel *FormGrid::addRow(const QString &text, QWidget *buddy, QWidget *field, QWidget *alignTo)
{
    QLabel *label = addLabel(text, buddy, alignTo);
    addRow(field);
    return label;
}

QLabel *FormGrid::addRow(const QString &text, QWidget *buddy, QLayout *field, QWidget *alignTo)
{
    QLabel *label = addLabel(text, buddy, alignTo);
    addRow(field);
    return label;
}

void FormGrid::addRow(QWidget *field)
{
    addWidget(field, m_row++, 1);
}

void FormGrid::addRow(QLayout *field)
{
    addLayout(field, m_row++, 1);
}

int FormGrid::labelColumnWidth() const
{
    int width = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (QLayoutItem *item = itemAtPosition(row, 0))
            width = qMax(width, item->sizeHint().width());
    }
    return width;
}

void FormGrid::setLabelColumnWidth(int width)
{
    setColumnMinimumWidth(0, width);
}

QVBoxLayout *FormGrid::stacked(std::initializer_list<QWidget *> widgets)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(3);
    for (QWidget *widget : widgets)
        column->addWidget(widget);
    return column;
}
