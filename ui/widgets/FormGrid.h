#pragma once

#include <QGridLayout>

#include <initializer_list>

class QLabel;
class QVBoxLayout;

// The two-column layout of the app's forms: labels on the left (with their buddy and mnemonic,
// lined up with the first line of their field), fields on the right taking the rest of the
// width. A QGridLayout rather than a QFormLayout, because QFormLayout (Qt 6.4) gets the height
// of rows holding wrapped text wrong (label-less rows, wrapped rows), which clips the hints and
// descriptions under the fields, worst with long translations.
class FormGrid : public QGridLayout
{
    Q_OBJECT

public:
    explicit FormGrid(QWidget *parent = nullptr);

    // A labelled row. alignTo: the widget the label lines up with (default: the buddy); a
    // label taller than one line (a long translation) wraps.
    QLabel *addRow(const QString &text, QWidget *buddy, QWidget *field, QWidget *alignTo = nullptr);
    QLabel *addRow(const QString &text, QWidget *buddy, QLayout *field, QWidget *alignTo = nullptr);
    // A row without a label, under the fields.
    void addRow(QWidget *field);
    void addRow(QLayout *field);

    // A field with what goes under it (its message, a hint), tightly stacked, for addRow().
    static QVBoxLayout *stacked(std::initializer_list<QWidget *> widgets);

    // The width of the label column, to line up several forms of one page.
    int labelColumnWidth() const;
    void setLabelColumnWidth(int width);

private:
    // The label of the next row, in the left column.
    QLabel *addLabel(const QString &text, QWidget *buddy, QWidget *alignTo);
    int m_row = 0;
};
