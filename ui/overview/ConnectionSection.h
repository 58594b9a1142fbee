#pragma once

#include "domain/FlowType.h"

#include <QWidget>

class ConnectionFilterProxyModel;
class ConnectionGridView;
class ConnectionListModel;
class QLabel;

// One section of the overview (docs/pim-api.md §7): its title ("Data sources"), its count
// ("3 connections") and the grid of its tiles, over its own ConnectionFilterProxyModel limited to
// one flow type. Hidden while it has no connection to show (none of its type, or none matching
// the search).
class ConnectionSection : public QWidget
{
    Q_OBJECT

public:
    ConnectionSection(FlowType flowType, QWidget *parent = nullptr);

    void setSourceModel(ConnectionListModel *model);
    void setFilterText(const QString &text);

    FlowType flowType() const { return m_flowType; }
    int count() const;
    QString title() const;
    QString countText() const;
    ConnectionGridView *view() const { return m_view; }

signals:
    void countChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    FlowType m_flowType;
    ConnectionFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    ConnectionGridView *m_view;
    int m_lastCount = -1;
};
