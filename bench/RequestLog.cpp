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
    Span &span = m_spans[*it];
    span.endNs = m_clock.nsecsElapsed();
    span.path = reply->url().path();
    m_open.erase(it);
}

void RequestLog::redirected(QNetworkReply *reply)
{
    ended(reply);
    started(reply);
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
    QList<Span> spans;
    for (const Span &span : m_spans) {
        if (span.endNs >= 0 && !span.path.startsWith(QStringLiteral("/user/login")))
            spans.append(span);
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.startNs < b.startNs; });
    QList<int> depth(spans.size(), 1);
    int deepest = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (spans[j].endNs <= spans[i].startNs)
                depth[i] = std::max(depth[i], depth[j] + 1);
        }
        deepest = std::max(deepest, depth[i]);
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
