#pragma once

#include <QTableView>

class BusinessErrorFilterModel;

// The error monitoring's table (docs/pim-api.md §9.3) over a BusinessErrorFilterModel: "Day and
// time" sized to its text, "Business error message" taking the width, "Details" beside it; rows
// as tall as their wrapped text; one row chosen at a time, read-only. Only "Day and time" sorts:
// a click on its header turns the order (newest first at the start), the other headers do
// nothing.
class BusinessErrorTableView : public QTableView
{
    Q_OBJECT

public:
    explicit BusinessErrorTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    Qt::SortOrder dateOrder() const { return m_order; }
    void setDateOrder(Qt::SortOrder order);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void fitRows();

    Qt::SortOrder m_order = Qt::DescendingOrder;
};
