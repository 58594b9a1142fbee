#pragma once

#include "domain/EventLog.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

struct ApiError;
class EventLogModel;
class EventLogTree;
class EventLogsDownload;
class FieldMessage;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

// The "Event logs" of a connection (docs/pim-api.md §8.7, words of §8.9), in a window of its
// own: the level filters, a date range and a text search, the logs newest first with each
// context unfolding as indented JSON, the next page fetched as the user scrolls near the end
// (search_after, through Events::nextLogs), and "Download logs" (EventLogsDownload).
//
// Thin: a search is Events::searchLogs, a page more Events::nextLogs. Offline, the last first
// page loaded is shown with "as of" and no more pages come. Where the PIM has no Events API,
// the view says so in a neutral sentence.
class EventLogsView : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogsView(QWidget *parent = nullptr);
    ~EventLogsView() override;

    // Not owned; null when no PIM is open.
    void setWorkspace(Workspace *workspace);
    // Shows the logs of this connection with the default search; `label` for the title.
    void open(const QString &code, const QString &label);
    // The PIM's UI disables the download while the subscription is off (§8.7) and says so.
    void setSubscriptionEnabled(bool enabled);
    void clear();

    QString code() const { return m_code; }
    EventLogModel *model() const { return m_model; }
    EventLogTree *tree() const { return m_tree; }
    EventLogsDownload *download() const { return m_download; }
    // What the filters ask now.
    EventLogSearch search() const;
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    qint64 total() const { return m_total; }
    // The texts shown now: the count, the sentence in place of an empty list, "as of".
    QString countText() const;
    QString emptyText() const;
    QString asOfText() const;

public slots:
    // Runs the search of the filters again from its first page.
    void refresh();
    // Fetches the page after the last one shown, unless it is the last or one is on its way.
    void fetchMore();

signals:
    // A search's first page is shown, or a further page was added.
    void pageShown();

private:
    QWidget *buildFilters();
    void showFirstPage(const ApiError &error, const EventLogPage &page, const QDateTime &asOf,
                       bool fromCache);
    void showError(const ApiError &error);
    void showCount();
    void updateEmpty();
    void resetDates();
    bool anyLevel() const;
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    QPointer<Workspace> m_workspace;
    QLabel *m_title;
    QLabel *m_disabledNote;
    QHash<QString, QCheckBox *> m_levels;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_resetDates;
    QLineEdit *m_text;
    QLabel *m_count;
    QLabel *m_asOf;
    FieldMessage *m_message;
    QLabel *m_empty;
    EventLogModel *m_model;
    EventLogTree *m_tree;
    EventLogsDownload *m_download;
    QTimer m_searchDelay; // typing in the search box waits for a pause

    QString m_code;
    QString m_searchAfter;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_complete = true;
    bool m_unavailable = false;
    quint64 m_generation = 0; // bumped by each search and clear(): late pages are dropped
};
