#include "domain/AuditCounts.h"

#include "domain/JsonRead.h"
#include "domain/PimTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditCounts)
};

constexpr int WeekDays = 7;

// A PHP map: an object, or [] when it is empty (PHP writes an empty array for an empty map).
bool readMap(const SymfonyJson &value, const QString &what, SymfonyJson *out, QString *error)
{
    if (value.kind() == SymfonyJson::Kind::Object ||
        (value.kind() == SymfonyJson::Kind::Array && value.size() == 0)) {
        *out = value.kind() == SymfonyJson::Kind::Object ? value : SymfonyJson::object();
        return true;
    }
    return JsonRead::wrongType(what, QT_TRANSLATE_NOOP("JsonRead", "an object"),
                               value.toJsonValue(), error);
}

// {"2020-01-01":3, ...}: days in the PIM's order (oldest first).
bool readDays(const SymfonyJson &value, const QString &what, QList<AuditDay> *out, QString *error)
{
    SymfonyJson map;
    if (!readMap(value, what, &map, error))
        return false;
    out->clear();
    for (qsizetype i = 0; i < map.size(); ++i) {
        AuditDay day;
        day.date = PimTime::parseDay(map.keyAt(i));
        if (!day.date.isValid()) {
            JsonRead::setError(
                error,
                Tr::tr("\"%1\" in \"%2\" is not a day (YYYY-MM-DD)").arg(map.keyAt(i), what));
            return false;
        }
        if (!JsonRead::count(map.at(i).toJsonValue(), map.keyAt(i), &day.count, error))
            return false;
        out->append(day);
    }
    return true;
}

// An optional total; the sum of the week when missing or null.
bool readTotal(const SymfonyJson &object, const QString &key, AuditSeries *series, QString *error)
{
    const SymfonyJson value = object.value(key);
    if (value.isNull()) {
        series->total = 0;
        for (const AuditDay &day : std::as_const(series->week))
            series->total += day.count;
        return true;
    }
    return JsonRead::count(value.toJsonValue(), key, &series->total, error);
}

bool readSeries(WeeklyAudit::Shape shape, const SymfonyJson &value, AuditSeries *series,
                QString *error)
{
    if (value.kind() != SymfonyJson::Kind::Object)
        return JsonRead::wrongType(series->code, QT_TRANSLATE_NOOP("JsonRead", "an object"),
                                   value.toJsonValue(), error);
    if (shape == WeeklyAudit::Shape::Events) {
        const SymfonyJson daily = value.value(QStringLiteral("daily"));
        if (daily.isNull()) {
            JsonRead::setError(error, Tr::tr("\"daily\" is missing"));
            return false;
        }
        QList<AuditDay> days;
        if (!readDays(daily, QStringLiteral("daily"), &days, error))
            return false;
        // 8 dates: the first is the day before the week (§10, rule 3).
        const qsizetype before = qMax<qsizetype>(0, days.size() - WeekDays);
        series->previous = days.mid(0, before);
        series->week = days.mid(before);
        return readTotal(value, QStringLiteral("weekly_total"), series, error);
    }
    const SymfonyJson current = value.value(QStringLiteral("current_week"));
    if (current.isNull()) {
        JsonRead::setError(error, Tr::tr("\"current_week\" is missing"));
        return false;
    }
    const SymfonyJson previous = value.value(QStringLiteral("previous_week"));
    if (!readDays(current, QStringLiteral("current_week"), &series->week, error) ||
        (!previous.isNull() &&
         !readDays(previous, QStringLiteral("previous_week"), &series->previous, error)))
        return false;
    return readTotal(value, QStringLiteral("current_week_total"), series, error);
}

SymfonyJson writeDays(const QList<AuditDay> &days)
{
    if (days.isEmpty())
        return SymfonyJson::array(); // PHP's empty map
    SymfonyJson map = SymfonyJson::object();
    for (const AuditDay &day : days)
        map.insert(PimTime::formatDay(day.date), day.count);
    return map;
}

} // namespace

namespace AuditTypes {

QString toApi(AuditEventType type)
{
    switch (type) {
    case AuditEventType::ProductCreated:
        return QStringLiteral("product_created");
    case AuditEventType::ProductUpdated:
        return QStringLiteral("product_updated");
    case AuditEventType::ProductRead:
        return QStringLiteral("product_read");
    }
    return {};
}

QString toApi(AuditErrorType type)
{
    return type == AuditErrorType::Business ? QStringLiteral("business")
                                            : QStringLiteral("technical");
}

std::optional<AuditEventType> eventFromApi(const QString &name)
{
    for (AuditEventType type : allEvents()) {
        if (toApi(type) == name)
            return type;
    }
    return std::nullopt;
}

std::optional<AuditErrorType> errorFromApi(const QString &name)
{
    for (AuditErrorType type : {AuditErrorType::Business, AuditErrorType::Technical}) {
        if (toApi(type) == name)
            return type;
    }
    return std::nullopt;
}

QList<AuditEventType> allEvents()
{
    return {AuditEventType::ProductCreated, AuditEventType::ProductUpdated,
            AuditEventType::ProductRead};
}

} // namespace AuditTypes

const AuditSeries *WeeklyAudit::find(const QString &code) const
{
    for (const AuditSeries &s : series) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QStringList WeeklyAudit::connectionCodes() const
{
    QStringList codes;
    for (const AuditSeries &s : series) {
        if (!s.isAll())
            codes.append(s.code);
    }
    return codes;
}

std::optional<WeeklyAudit> WeeklyAudit::fromJson(Shape shape, const QByteArray &body,
                                                 QString *error)
{
    const auto root = SymfonyJson::parse(body, error);
    return root ? fromParsed(shape, *root, error) : std::nullopt;
}

std::optional<WeeklyAudit> WeeklyAudit::fromParsed(Shape shape, const SymfonyJson &root,
                                                   QString *error)
{
    SymfonyJson map;
    if (!readMap(root, Tr::tr("the answer"), &map, error))
        return std::nullopt;
    WeeklyAudit audit;
    audit.shape = shape;
    for (qsizetype i = 0; i < map.size(); ++i) {
        AuditSeries series;
        series.code = map.keyAt(i);
        QString why;
        if (!readSeries(shape, map.at(i), &series, &why)) {
            JsonRead::setError(error, Tr::tr("\"%1\": %2").arg(series.code, why));
            return std::nullopt;
        }
        audit.series.append(series);
    }
    if (!audit.all()) {
        JsonRead::setError(error, Tr::tr("\"%1\" is missing").arg(AuditSeries::allCode()));
        return std::nullopt;
    }
    return audit;
}

SymfonyJson WeeklyAudit::toSymfonyJson() const
{
    SymfonyJson root = SymfonyJson::object();
    for (const AuditSeries &s : series) {
        if (shape == Shape::Events) {
            root.insert(s.code, SymfonyJson::object({{QStringLiteral("daily"), writeDays(s.days())},
                                                     {QStringLiteral("weekly_total"), s.total}}));
        } else {
            root.insert(s.code, SymfonyJson::object(
                                    {{QStringLiteral("previous_week"), writeDays(s.previous)},
                                     {QStringLiteral("current_week"), writeDays(s.week)},
                                     {QStringLiteral("current_week_total"), s.total}}));
        }
    }
    return root;
}

qint64 ErrorCounts::countOf(const QString &code) const
{
    for (const auto &[connection, count] : counts) {
        if (connection == code)
            return count;
    }
    return 0;
}

qint64 ErrorCounts::total() const
{
    qint64 sum = 0;
    for (const auto &entry : counts)
        sum += entry.second;
    return sum;
}

std::optional<ErrorCounts> ErrorCounts::fromJson(const QByteArray &body, QString *error)
{
    const auto root = SymfonyJson::parse(body, error);
    return root ? fromParsed(*root, error) : std::nullopt;
}

std::optional<ErrorCounts> ErrorCounts::fromParsed(const SymfonyJson &root, QString *error)
{
    SymfonyJson map;
    if (!readMap(root, Tr::tr("the answer"), &map, error))
        return std::nullopt;
    ErrorCounts result;
    for (qsizetype i = 0; i < map.size(); ++i) {
        qint64 count = 0;
        if (!JsonRead::count(map.at(i).toJsonValue(), map.keyAt(i), &count, error))
            return std::nullopt;
        result.counts.append({map.keyAt(i), count});
    }
    return result;
}

SymfonyJson ErrorCounts::toSymfonyJson() const
{
    if (counts.isEmpty())
        return SymfonyJson::array(); // PHP's empty map
    SymfonyJson root = SymfonyJson::object();
    for (const auto &[code, count] : counts)
        root.insert(code, count);
    return root;
}

const WeeklyAudit &DataFlows::events(AuditEventType type) const
{
    return const_cast<DataFlows *>(this)->events(type);
}

WeeklyAudit &DataFlows::events(AuditEventType type)
{
    switch (type) {
    case AuditEventType::ProductCreated:
        return productCreated;
    case AuditEventType::ProductUpdated:
        return productUpdated;
    case AuditEventType::ProductRead:
        break;
    }
    return productRead;
}
