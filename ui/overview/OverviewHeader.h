#pragma once

#include <QWidget>

class BusyStrip;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class WrappingLabel;
class QHBoxLayout;

// The top of the overview: the breadcrumb "System › Connections", the title, the count sentence,
// the search field, the refresh action and the Create button, over a BusyStrip that moves while
// the list is refreshed.
//
// Create is enabled only when writing is possible and the limit is not reached; when disabled
// its tooltip says why (the PIM's limit message, docs/pim-api.md §3, or the write reason: offline).
class OverviewHeader : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewHeader(QWidget *parent = nullptr);

    // The number of connections and connected Apps the PIM has (not the ones matching the
    // search): both count toward the PIM's limit (docs/pim-api.md §11.1).
    void setCount(int connections, int apps = 0);
    void setLimitReached(bool reached);
    void setWriteEnabled(bool enabled, const QString &reason = QString());
    void setBusy(bool busy);
    // Refresh is disabled when there is nothing to refresh from (--offline, no PIM).
    void setRefreshEnabled(bool enabled, const QString &reason = QString());
    // A widget at the right of the breadcrumb (the PIM switcher).
    void setTrailingWidget(QWidget *widget);
    // A button for another page's action (Data flows), left of the search field: its icon and
    // iconText(), its tooltip, enabled with it.
    void addTitleAction(QAction *action);

    QString countText() const;
    QLineEdit *searchField() const { return m_search; }
    QPushButton *createButton() const { return m_create; }

signals:
    void searchTextChanged(const QString &text);
    void refreshRequested();
    void createRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCreate();
    void applyPalette();

    QLabel *m_breadcrumb;
    QLabel *m_title;
    WrappingLabel *m_count;
    QLineEdit *m_search;
    QToolButton *m_refresh;
    QPushButton *m_create;
    BusyStrip *m_busy;
    QHBoxLayout *m_topRow;
    QHBoxLayout *m_titleRow;
    QWidget *m_trailing = nullptr;
    int m_connections = 0;
    int m_apps = 0;
    bool m_limitReached = false;
    bool m_writeEnabled = true;
    QString m_writeReason;
};
