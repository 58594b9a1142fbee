#pragma once

#include "monitoring/Card.h"

class BusinessErrorsModel;
class QLabel;
class QStackedWidget;
class QTreeView;

// The card "Business errors per data source", "Over the last 7 days" (docs/pim-api.md §10): each
// counted source with its count; activating one (click, Enter) asks for its error monitoring
// (§9). When there is nothing to list, a sentence says why.
class BusinessErrorsPanel : public Card
{
    Q_OBJECT

public:
    explicit BusinessErrorsPanel(QWidget *parent = nullptr);

    BusinessErrorsModel *model() const { return m_model; }
    void showList();
    // A sentence (rich text, with links) instead of the list.
    void showReason(const QString &text);
    QString reason() const;

signals:
    void errorMonitoringRequested(const QString &code);

private:
    BusinessErrorsModel *m_model;
    QLabel *m_subtitle;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_reason;
};
