#pragma once

#include <QSortFilterProxyModel>

// The error monitoring's view of a BusinessErrorTableModel (docs/pim-api.md §9.3): the errors
// whose content holds the search text, ignoring case (BusinessError::matches: any value of the
// content, keys excluded), sorted by "Day and time", newest first until told otherwise. Equal
// times keep the PIM's order.
class BusinessErrorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BusinessErrorFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // "No results", "1 result", "3 results" (§9.3).
    static QString resultsText(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};
