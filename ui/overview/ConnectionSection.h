#pragma once

#include "domain/FlowType.h"

#include <QWidget>

#include <optional>

class ConnectionFilterProxyModel;
class ConnectionGridView;
class QAbstractItemModel;
class QLabel;

// One section of the overview (docs/pim-api.md §7): its title ("Data sources"), its count
// ("3 connections") and the grid of its tiles, over its own ConnectionFilterProxyModel limited to
// one flow type. Hidden while it has no connection to show (none of its type, or none matching
// the search).
//
// appsSection() makes the "Connected Apps" section (§11.2) the same way: every row of a model
// with the tiles' roles (AppListModel), in its order, counted as Apps ("2 Apps").
class ConnectionSection : public QWidget
{
    Q_OBJECT

public:
    ConnectionSection(FlowType flowType, QWidget *parent = nullptr);
    static ConnectionSection *appsSection(QWidget *parent = nullptr);

    // A ConnectionListModel, or for the Apps' section an AppListModel. Not owned.
    void setSourceModel(QAbstractItemModel *model);
    void setFilterText(const QString &text);

    // The flow type of its connections; nullopt for the Apps' section.
    std::optional<FlowType> flowType() const { return m_flowType; }
    bool isAppsSection() const { return !m_flowType; }
    int count() const;
    // The rows of the model, the search ignored.
    int totalCount() const;
    QString title() const;
    QString countText() const;
    ConnectionGridView *view() const { return m_view; }

signals:
    void countChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    ConnectionSection(std::optional<FlowType> flowType, const QString &title, const QString &name,
                      QWidget *parent);
    void refresh();

    std::optional<FlowType> m_flowType;
    ConnectionFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    ConnectionGridView *m_view;
    int m_lastCount = -1;
};
