#include "MonitoringController.h"

#include "BackOfficeRoute.h"
#include "Clock.h"
#include "ConnectionJson.h"
#include "monitoring/AuditReport.h"
#include "store/Store.h"

namespace {

const QString DataSource = QStringLiteral("data_source");
const QString DataDestination = QStringLiteral("data_destination");

QTimeZone zoneOf(const UserStore::User &user)
{
    const QTimeZone zone(user.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// §10: the `days` whole days of the user's time zone ending with end_date, which defaults to
// today there; anything but YYYY-MM-DD throws (500).
std::optional<AuditReport::Period> userPeriod(const HttpRequest &request, const QDateTime &nowUtc,
                                              const QTimeZone &zone, int days,
                                              HttpResponse *refusal)
{
    const QString key = QStringLiteral("end_date");
    if (!request.hasQueryValue(key))
        return AuditReport::Period::endingOn(AuditReport::today(nowUtc, zone), days, zone);
    const QString text = request.queryValue(key);
    const auto date = AuditReport::parseDate(text);
    if (date)
        return AuditReport::Period::endingOn(*date, days, zone);
    *refusal = HttpResponse::message(
        500, QStringLiteral("Unexpected format for the `end_date` parameter \"%1\". Format must be "
                            "`Y-m-d`")
                 .arg(text));
    return std::nullopt;
}

} // namespace

MonitoringController::MonitoringController(Store &store, const Clock &clock, BackOfficeAuth &auth)
    : m_store(store)
    , m_clock(clock)
    , m_auth(auth)
{}

void MonitoringController::registerRoutes(Router &router)
{
    using BackOfficeRoute::Right;
    using BackOfficeRoute::wrap;
    router.add("GET", QStringLiteral("/rest/connections/audit/weekly"),
               wrap(m_auth, Right::None,
                    [this](const HttpRequest &r, const RouteParams &, const UserStore::User &u) {
                        return weekly(r, u);
                    }));
    router.add("GET", QStringLiteral("/rest/connections/audit/weekly-error"),
               wrap(m_auth, Right::None,
                    [this](const HttpRequest &r, const RouteParams &, const UserStore::User &u) {
                        return weeklyErrors(r, u);
                    }));
    router.add("GET", QStringLiteral("/rest/connections/audit/error-count-per-connection"),
               wrap(m_auth, Right::None,
                    [this](const HttpRequest &r, const RouteParams &, const UserStore::User &u) {
                        return errorCountPerConnection(r, u);
                    }));
    router.add("GET", QStringLiteral("/rest/connections/{code}/business-errors"),
               wrap(m_auth, Right::None,
                    [this](const HttpRequest &r, const RouteParams &p, const UserStore::User &) {
                        return businessErrors(r, p.value(QStringLiteral("code")));
                    }));
}

QStringList MonitoringController::trackedConnections(const QString &flowType) const
{
    QStringList codes;
    for (const ConnectionStore::Record &connection : m_store.connections().list()) {
        if (connection.auditable && connection.flowType == flowType)
            codes.append(connection.code);
    }
    return codes;
}

HttpResponse MonitoringController::weekly(const HttpRequest &request, const UserStore::User &user)
{
    const QString eventType = request.queryValue(QStringLiteral("event_type"));
    const QStringList kinds = {AuditCountStore::productCreated(), AuditCountStore::productUpdated(),
                               AuditCountStore::productRead()};
    if (!kinds.contains(eventType))
        return HttpResponse::message(500, QStringLiteral("$eventType must be \"product_created\", "
                                                         "\"product_updated\" or \"product_read\", "
                                                         "but \"%1\" given.")
                                              .arg(eventType));
    const QTimeZone zone = zoneOf(user);
    HttpResponse refusal;
    const auto period = userPeriod(request, m_clock.nowUtc(), zone, 8, &refusal);
    if (!period)
        return refusal;
    const QStringList codes = trackedConnections(
        eventType == AuditCountStore::productRead() ? DataDestination : DataSource);
    const auto hours = m_store.auditCounts().hours(codes, {eventType}, period->from, period->upTo);
    return HttpResponse::json(200, AuditReport::weekly(*period, codes, hours, zone));
}

HttpResponse MonitoringController::weeklyErrors(const HttpRequest &request,
                                                const UserStore::User &user)
{
    const QTimeZone zone = zoneOf(user);
    HttpResponse refusal;
    const auto period = userPeriod(request, m_clock.nowUtc(), zone, 8, &refusal);
    if (!period)
        return refusal;
    const QStringList codes = trackedConnections(DataSource);
    // Business and technical errors together.
    const auto hours = m_store.auditCounts().hours(
        codes, {AuditCountStore::businessError(), AuditCountStore::technicalError()}, period->from,
        period->upTo);
    return HttpResponse::json(200, AuditReport::weeklyErrors(*period, codes, hours, zone));
}

HttpResponse MonitoringController::errorCountPerConnection(const HttpRequest &request,
                                                           const UserStore::User &user)
{
    const QString errorType = request.queryValue(QStringLiteral("error_type"));
    if (errorType != AuditCountStore::businessError() &&
        errorType != AuditCountStore::technicalError())
        return HttpResponse::message(
            500, QStringLiteral("The error type \"%1\" is not valid: business or technical.")
                     .arg(errorType));
    const QTimeZone zone = zoneOf(user);
    HttpResponse refusal;
    const auto period = userPeriod(request, m_clock.nowUtc(), zone, 7, &refusal);
    if (!period)
        return refusal;
    const QStringList codes = trackedConnections(DataSource);
    const auto hours = m_store.auditCounts().hours(codes, {errorType}, period->from, period->upTo);
    return HttpResponse::json(200, AuditReport::countPerConnection(codes, hours));
}

HttpResponse MonitoringController::businessErrors(const HttpRequest &request,
                                                  const QString &connectionCode)
{
    // §9.1: seven UTC days ending with end_date; one that does not parse means today. The code is
    // not checked: an unknown connection simply has no errors.
    const auto parsed = AuditReport::parseDate(request.queryValue(QStringLiteral("end_date")));
    const QDate last = parsed.value_or(m_clock.nowUtc().date());
    const auto period = AuditReport::Period::endingOn(last, 7, QTimeZone::utc());
    const QList<BusinessErrorStore::Error> errors = m_store.businessErrors().latest(
        connectionCode, period.from, period.upTo, MaxBusinessErrors);
    // The stored contents are already JSON in the PIM's order and escaping: written as they are.
    QByteArray body = "[";
    for (const BusinessErrorStore::Error &error : errors) {
        if (body.size() > 1)
            body += ',';
        body += "{\"connection_code\":" + SymfonyJson::escapeString(error.connectionCode) +
                ",\"date_time\":" + SymfonyJson::escapeString(ConnectionJson::dateTime(error.at)) +
                ",\"content\":" + error.content + '}';
    }
    body += ']';
    return HttpResponse::bytes(200, "application/json", body);
}
