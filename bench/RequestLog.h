#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// When each HTTP request of a sync started and ended, to count its sequential round trips:
// a request's depth is 1 + the largest depth of the requests (sign-in excepted) that had ended
// before it started; the sync's round trips after sign-in are the largest depth. A redirect
// followed (by Qt inside the same reply, or by the client as a new request for the location)
// is the exception: its next hop waits for its own previous hop only, so its depth is that
// hop's + 1. (The next hop starts when the previous hop's answer is read, which can come late
// behind the six connections per host; counting every request that had ended by then made that
// queue look like one more round trip, in both clients, from run to run.)
//
// watch() learns them from any QNetworkAccessManager without touching the code that uses it:
// a reply is a child of its manager from its creation (the request starts then), and
// finished() gives its end. Every child the manager gets after watch() is taken for a reply:
// watch a manager whose other children (its cookie jar) are made already.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    struct Span
    {
        QString path;
        qint64 startNs = 0;
        qint64 endNs = -1;
        qsizetype redirectedFrom = -1; // the redirect's previous hop, or -1
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
    QHash<QUrl, qsizetype> m_redirectTargets; // a redirect's location → the hop that answered it
};
