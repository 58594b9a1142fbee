#include "EventLogController.h"

#include "BackOfficeRoute.h"
#include "Clock.h"
#include "http/ErrorResponses.h"
#include "http/JsonBody.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

const QString CodeKey = QStringLiteral("connection_code");

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

} // namespace

EventLogController::EventLogController(Store &store, const Clock &clock, BackOfficeAuth &auth)
    : m_logs(store.db())
    , m_clock(clock)
    , m_auth(auth)
{}

void EventLogController::registerRoutes(Router &router)
{
    using BackOfficeRoute::Right;
    using BackOfficeRoute::wrap;
    router.add("GET", QStringLiteral("/rest/events-api-debug/search-event-subscription-logs"),
               wrap(m_auth, Right::ManageConnections,
                    [this](const HttpRequest &r, const RouteParams &, const auto &) {
                        return search(r);
                    }));
    router.add("GET", QStringLiteral("/rest/events-api-debug/download-event-subscription-logs"),
               wrap(m_auth, Right::ManageConnections,
                    [this](const HttpRequest &r, const RouteParams &, const auto &) {
                        return download(r);
                    }));
}

QString EventLogController::token(const EventLog &log)
{
    const QByteArray plain = QByteArray::number(log.timestamp) + ':' + log.id.toUtf8();
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<EventLogStore::Position> EventLogController::position(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    bool ok = false;
    const qint64 timestamp = decoded.decoded.left(colon).toLongLong(&ok);
    if (!decoded || colon <= 0 || !ok)
        return std::nullopt;
    return EventLogStore::Position{timestamp, QString::fromUtf8(decoded.decoded.mid(colon + 1))};
}

std::optional<EventLogStore::Filters> EventLogController::filters(const QString &json)
{
    const auto parsed = JsonBody::parse(json.toUtf8());
    // PHP decodes "[]" (no filter) and "{}" alike.
    if (!parsed || (!parsed->isObject() && !(parsed->isArray() && parsed->toArray().isEmpty())))
        return std::nullopt;
    const QJsonObject object = parsed->toObject();
    EventLogStore::Filters out;
    const QJsonValue levels = object.value(QStringLiteral("levels"));
    if (!levels.isUndefined() && !levels.isNull()) {
        if (!levels.isArray())
            return std::nullopt;
        for (const QJsonValue &level : levels.toArray()) {
            if (!EventLog::levels().contains(level.toString()))
                return std::nullopt;
            out.levels.append(level.toString());
        }
    }
    for (const auto &[key, bound] : {std::pair{QStringLiteral("timestamp_from"), &out.from},
                                     std::pair{QStringLiteral("timestamp_to"), &out.to}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        *bound = wholeNumber(value);
        if (!*bound)
            return std::nullopt;
    }
    const QJsonValue text = object.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isNull() && !text.isString())
        return std::nullopt;
    out.text = text.toString();
    return out;
}

HttpResponse EventLogController::search(const HttpRequest &request) const
{
    // §8.7: always send `filters`; the sandbox is the PIM version that fails without it.
    const auto parsed = filters(request.queryValue(QStringLiteral("filters")));
    std::optional<EventLogStore::Position> after;
    if (request.hasQueryValue(QStringLiteral("search_after"))) {
        after = position(request.queryValue(QStringLiteral("search_after")));
        if (!after)
            return ErrorResponses::internalError(request.path);
    }
    if (!request.hasQueryValue(CodeKey) || !request.hasQueryValue(QStringLiteral("filters")) ||
        !parsed)
        return ErrorResponses::internalError(request.path);
    const EventLogStore::Page page =
        m_logs.search(request.queryValue(CodeKey), *parsed, after, m_clock.nowSeconds());
    SymfonyJson results = SymfonyJson::array();
    for (const EventLog &log : page.results)
        results.append(log.toJson());
    return HttpResponse::json(
        200,
        SymfonyJson::object(
            {{QStringLiteral("results"), results},
             {QStringLiteral("search_after"),
              page.results.isEmpty() ? SymfonyJson() : SymfonyJson(token(page.results.last()))},
             {QStringLiteral("total"), page.total}}));
}

HttpResponse EventLogController::download(const HttpRequest &request) const
{
    if (!request.hasQueryValue(CodeKey))
        return ErrorResponses::internalError(request.path);
    const QList<EventLog> logs = m_logs.kept(request.queryValue(CodeKey), m_clock.nowSeconds());
    QByteArray body;
    for (auto it = logs.crbegin(); it != logs.crend(); ++it) // oldest first
        body += it->downloadLine();
    HttpResponse response = HttpResponse::bytes(200, "text/plain", body);
    response.addHeader("Content-Disposition",
                       "attachment; filename=events_api_logs_" +
                           m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd_HHmmss")).toLatin1() +
                           ".txt");
    return response;
}
