#include "RequestLog.h"

#include <QChildEvent>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QMap>

#include <algorithm>
#include <functional>

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void RequestLog::watch(QNetworkAccessManager *network)
{
    network->installEventFilter(this);
    connect(network, &QNetworkAccessManager::finished, this, &RequestLog::ended);
}

bool RequestLog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded) {
        // Still being built: only its address is used until finished().
        if (auto *reply = static_cast<QNetworkReply *>(static_cast<QChildEvent *>(event)->child());
            reply && watched->inherits("QNetworkAccessManager"))
            started(reply);
    }
    return QObject::eventFilter(watched, event);
}

void RequestLog::started(QNetworkReply *reply)
{
    m_open.insert(reply, m_spans.size());
    m_spans.append(Span{QString(), m_clock.nsecsElapsed(), -1});
}

void RequestLog::ended(QNetworkReply *reply)
{
    const auto it = m_open.constFind(reply);
    if (it == m_open.cend())
        return;
    const qsizetype index = *it;
    Span &span = m_spans[index];
    span.endNs = m_clock.nsecsElapsed();
    span.path = reply->url().path();
    m_open.erase(it);
    // A redirect the client follows itself (the app's jobs do) comes back as a new request for
    // the location: it continues this one.
    const auto from = m_redirectTargets.constFind(reply->request().url());
    if (from != m_redirectTargets.cend() && span.redirectedFrom < 0 &&
        m_spans[*from].endNs <= span.startNs) {
        span.redirectedFrom = *from;
        m_redirectTargets.erase(from);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (status >= 300 && status < 400 && location.isValid())
        m_redirectTargets.insert(reply->url().resolved(location), index);
}

void RequestLog::redirected(QNetworkReply *reply)
{
    const qsizetype previous = m_open.value(reply, -1);
    ended(reply);
    started(reply);
    m_spans.last().redirectedFrom = previous;
}

QString RequestLog::trace() const
{
    QString text;
    for (const Span &span : m_spans) {
        text += QStringLiteral("    %1 .. %2  %3\n")
                    .arg(span.startNs / 1e6, 8, 'f', 1)
                    .arg(span.endNs / 1e6, 8, 'f', 1)
                    .arg(span.path);
    }
    return text;
}

int RequestLog::roundTripsAfterSignIn() const
{
    // Indices into m_spans, by start: a span's depth is known before any that starts later.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].endNs >= 0 && !m_spans[i].path.startsWith(QStringLiteral("/user/login")))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_spans[a].startNs < m_spans[b].startNs;
    });
    QList<int> depth(m_spans.size(), 0); // by index into m_spans
    int deepest = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Span &span = m_spans[order[i]];
        int d = 1;
        if (span.redirectedFrom >= 0) {
            d = depth[span.redirectedFrom] + 1;
        } else {
            for (qsizetype j = 0; j < i; ++j) {
                if (m_spans[order[j]].endNs <= span.startNs)
                    d = std::max(d, depth[order[j]] + 1);
            }
        }
        depth[order[i]] = d;
        deepest = std::max(deepest, d);
    }
    return deepest;
}

QString RequestLog::routes() const
{
    QMap<QString, int> counts;
    for (const Span &span : m_spans) {
        if (span.endNs < 0)
            continue;
        // The route without its variable part: the first two segments.
        const QStringList segments = span.path.split(u'/', Qt::SkipEmptyParts);
        counts[u'/' + segments.mid(0, 2).join(u'/')] += 1;
    }
    QList<std::pair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QStringList parts;
    for (const auto &[count, route] : sorted)
        parts.append(QStringLiteral("%1 %2").arg(count).arg(route));
    return parts.join(QStringLiteral(", "));
}
