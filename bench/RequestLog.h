#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// When each HTTP request of a sync started and ended, to count its sequential round trips:
// a request's depth is 1 + the largest depth of the requests (sign-in excepted) that had ended
// before it started; the sync's round trips after sign-in are the largest depth.
//
// watch() learns them from any QNetworkAccessManager without touching the code that uses it:
// a reply is a child of its manager from its creation (the request starts then), and
// finished() gives its end.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    struct Span
    {
        QString path;
        qint64 startNs = 0;
        qint64 endNs = -1;
    };

    explicit RequestLog(QObject *parent = nullptr);

    void watch(QNetworkAccessManager *network);
    void started(QNetworkReply *reply);
    void ended(QNetworkReply *reply);
    // A redirect followed inside the same reply: one round trip ends, the next starts.
    void redirected(QNetworkReply *reply);
    // Each request's start, end and path, in ms from the log's creation (PIM_BENCH_TRACE=1).
    QString trace() const;

    int requestCount() const { return int(m_spans.size()); }
    int roundTripsAfterSignIn() const;
    // "50 /media/show, 50 /rest/connections, ...": the requests by route, most first.
    QString routes() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_clock;
    QHash<QNetworkReply *, qsizetype> m_open;
    QList<Span> m_spans;
};
