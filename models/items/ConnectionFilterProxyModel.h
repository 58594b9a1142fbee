#pragma once

#include "domain/FlowType.h"

#include <QSortFilterProxyModel>

#include <array>
#include <optional>

// The overview's view of a ConnectionListModel (docs/pim-api.md §7): grouped by flow type in
// the order "Data sources", "Data destinations", "Others", then in the server's order
// (creation order); filtered by a text found in the label or the code, ignoring case and
// accents ("cafe" finds "Café"). Optionally limited to one flow type, so that a screen can
// show one view per section. countOf() gives the rows shown per flow type (the sections'
// "N connection(s)"); countsChanged() says when they change.
class ConnectionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConnectionFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setFlowTypeFilter(std::optional<FlowType> type);
    std::optional<FlowType> flowTypeFilter() const { return m_flowType; }

    int countOf(FlowType type) const;
    // The first proxy row of a flow type's section, or -1 when it has none.
    int firstRowOf(FlowType type) const;

    // "3 connections" (docs/pim-api.md §7's "N connection(s)").
    static QString countText(int count);
    // Lowercase, without accents, for comparing: "Café Süd" → "cafe sud".
    static QString folded(const QString &text);

signals:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void checkCounts();

    QString m_text;
    QString m_foldedText;
    std::optional<FlowType> m_flowType;
    std::array<int, 3> m_counts{0, 0, 0};
    bool m_refiltering = false;
};
