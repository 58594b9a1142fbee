#include "domain/EventLog.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)
};

bool wrong(const QString &key, const char *expected, const SymfonyJson &value, QString *error)
{
    return JsonRead::wrongType(key, expected, value.toJsonValue(), error);
}

// A string that may be missing or null.
bool optionalText(const SymfonyJson &object, const QString &key, std::optional<QString> *out,
                  QString *error)
{
    const SymfonyJson value = object.value(key);
    if (value.isNull()) {
        out->reset();
        return true;
    }
    if (value.kind() != SymfonyJson::Kind::String)
        return wrong(key, QT_TRANSLATE_NOOP("JsonRead", "a string"), value, error);
    *out = value.scalarText();
    return true;
}

bool wholeNumber(const SymfonyJson &value, const QString &key, qint64 *out, QString *error)
{
    if (value.kind() != SymfonyJson::Kind::Integer)
        return wrong(key, QT_TRANSLATE_NOOP("JsonRead", "a whole number"), value, error);
    *out = value.scalarText().toLongLong();
    return true;
}

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

// Indented JSON in the value's own key order, strings readable (not Symfony's \u escapes).
void indented(const SymfonyJson &value, int depth, QString *out)
{
    const QString pad(depth * 4, QLatin1Char(' '));
    const QString inner((depth + 1) * 4, QLatin1Char(' '));
    switch (value.kind()) {
    case SymfonyJson::Kind::Null:
        *out += QLatin1String("null");
        return;
    case SymfonyJson::Kind::Bool:
        *out += QLatin1String(value.toJsonValue().toBool() ? "true" : "false");
        return;
    case SymfonyJson::Kind::Integer:
    case SymfonyJson::Kind::Double:
        *out += value.scalarText();
        return;
    case SymfonyJson::Kind::String:
        *out += quoted(value.scalarText());
        return;
    case SymfonyJson::Kind::Array:
    case SymfonyJson::Kind::Object: {
        const bool isObject = value.kind() == SymfonyJson::Kind::Object;
        if (value.size() == 0) {
            *out += QLatin1String(isObject ? "{}" : "[]");
            return;
        }
        *out += QLatin1Char(isObject ? '{' : '[') + QLatin1Char('\n');
        for (qsizetype i = 0; i < value.size(); ++i) {
            *out += inner;
            if (isObject)
                *out += quoted(value.keyAt(i)) + QLatin1String(": ");
            indented(value.at(i), depth + 1, out);
            *out += QLatin1String(i + 1 < value.size() ? ",\n" : "\n");
        }
        *out += pad + QLatin1Char(isObject ? '}' : ']');
        return;
    }
    }
}

} // namespace

namespace EventLogLevels {

QStringList all()
{
    return {Info, Notice, Warning, Error};
}

bool isKnown(const QString &level)
{
    return all().contains(level);
}

QString displayName(const QString &level)
{
    if (level == Info)
        return Tr::tr("Info");
    if (level == Notice)
        return Tr::tr("Notice");
    if (level == Warning)
        return Tr::tr("Warning");
    if (level == Error)
        return Tr::tr("Error");
    return level;
}

} // namespace EventLogLevels

QString EventLogEntry::contextText() const
{
    if (context.isNull() || context.isEmptyContainer())
        return QString();
    QString out;
    indented(context, 0, &out);
    return out;
}

std::optional<EventLogEntry> EventLogEntry::fromJson(const SymfonyJson &item, QString *error)
{
    if (item.kind() != SymfonyJson::Kind::Object) {
        JsonRead::setError(error, Tr::tr("a log entry is not a JSON object"));
        return std::nullopt;
    }
    EventLogEntry entry;
    if (!item.contains(QStringLiteral("timestamp"))) {
        JsonRead::setError(error, Tr::tr("\"%1\" is missing").arg(QStringLiteral("timestamp")));
        return std::nullopt;
    }
    if (!wholeNumber(item.value(QStringLiteral("timestamp")), QStringLiteral("timestamp"),
                     &entry.timestamp, error))
        return std::nullopt;
    std::optional<QString> id, level, message;
    if (!optionalText(item, QStringLiteral("id"), &id, error) ||
        !optionalText(item, QStringLiteral("level"), &level, error) ||
        !optionalText(item, QStringLiteral("message"), &message, error) ||
        !optionalText(item, QStringLiteral("connection_code"), &entry.connectionCode, error))
        return std::nullopt;
    if (!level || level->isEmpty()) {
        JsonRead::setError(error, Tr::tr("\"%1\" is missing").arg(QStringLiteral("level")));
        return std::nullopt;
    }
    entry.id = id.value_or(QString());
    entry.level = *level;
    entry.message = message.value_or(QString());
    entry.context = item.value(QStringLiteral("context"));
    const SymfonyJson::Kind contextKind = entry.context.kind();
    if (contextKind != SymfonyJson::Kind::Object && contextKind != SymfonyJson::Kind::Array &&
        contextKind != SymfonyJson::Kind::Null) {
        wrong(QStringLiteral("context"), QT_TRANSLATE_NOOP("JsonRead", "an object"), entry.context,
              error);
        return std::nullopt;
    }
    std::optional<QString> flattened;
    if (!optionalText(item, QStringLiteral("context_flattened"), &flattened, error))
        return std::nullopt;
    entry.contextFlattened = flattened.value_or(QString());
    return entry;
}

SymfonyJson EventLogEntry::toSymfonyJson() const
{
    SymfonyJson item = SymfonyJson::object();
    if (!id.isEmpty())
        item.insert(QStringLiteral("id"), id);
    item.insert(QStringLiteral("timestamp"), timestamp);
    item.insert(QStringLiteral("level"), level);
    item.insert(QStringLiteral("message"), message);
    item.insert(QStringLiteral("connection_code"),
                connectionCode ? SymfonyJson(*connectionCode) : SymfonyJson());
    item.insert(QStringLiteral("context"), context);
    item.insert(QStringLiteral("context_flattened"), contextFlattened);
    return item;
}

std::optional<EventLogPage> EventLogPage::fromJson(const QByteArray &body, QString *error)
{
    const std::optional<SymfonyJson> root = SymfonyJson::parse(body, error);
    if (!root)
        return std::nullopt;
    if (root->kind() != SymfonyJson::Kind::Object) {
        JsonRead::setError(error, Tr::tr("the page of logs is not a JSON object"));
        return std::nullopt;
    }
    const SymfonyJson results = root->value(QStringLiteral("results"));
    if (results.kind() != SymfonyJson::Kind::Array) {
        if (!root->contains(QStringLiteral("results")))
            JsonRead::setError(error, Tr::tr("\"%1\" is missing").arg(QStringLiteral("results")));
        else
            wrong(QStringLiteral("results"), QT_TRANSLATE_NOOP("JsonRead", "an array"), results,
                  error);
        return std::nullopt;
    }
    EventLogPage page;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QString why;
        const auto entry = EventLogEntry::fromJson(results.at(i), &why);
        if (!entry) {
            JsonRead::setError(error, Tr::tr("log %1: %2").arg(i + 1).arg(why));
            return std::nullopt;
        }
        page.results.append(*entry);
    }
    const SymfonyJson after = root->value(QStringLiteral("search_after"));
    if (after.kind() == SymfonyJson::Kind::String || after.kind() == SymfonyJson::Kind::Integer)
        page.searchAfter = after.scalarText();
    else if (!after.isNull()) {
        wrong(QStringLiteral("search_after"), QT_TRANSLATE_NOOP("JsonRead", "a string"), after,
              error);
        return std::nullopt;
    }
    page.total = page.results.size();
    if (root->contains(QStringLiteral("total")) &&
        !wholeNumber(root->value(QStringLiteral("total")), QStringLiteral("total"), &page.total,
                     error))
        return std::nullopt;
    return page;
}

SymfonyJson EventLogPage::toSymfonyJson() const
{
    SymfonyJson list = SymfonyJson::array();
    for (const EventLogEntry &entry : results)
        list.append(entry.toSymfonyJson());
    return SymfonyJson::object(
        {{QStringLiteral("results"), list},
         {QStringLiteral("search_after"), SymfonyJson::stringOrNull(searchAfter)},
         {QStringLiteral("total"), total}});
}

bool EventLogSearch::isDefault() const
{
    return filtersJson() == QByteArrayLiteral("{}");
}

QByteArray EventLogSearch::filtersJson() const
{
    SymfonyJson filters = SymfonyJson::object();
    QStringList known;
    for (const QString &level : EventLogLevels::all()) {
        if (levels.contains(level))
            known.append(level);
    }
    // All four is no filter (§8.7); none known is no filter either (nothing would be sent).
    if (!known.isEmpty() && known.size() < EventLogLevels::all().size()) {
        SymfonyJson array = SymfonyJson::array();
        for (const QString &level : std::as_const(known))
            array.append(level);
        filters.insert(QStringLiteral("levels"), array);
    }
    if (from.isValid())
        filters.insert(QStringLiteral("timestamp_from"), from.toSecsSinceEpoch());
    if (to.isValid())
        filters.insert(QStringLiteral("timestamp_to"), to.toSecsSinceEpoch());
    if (!text.trimmed().isEmpty())
        filters.insert(QStringLiteral("text"), text.trimmed());
    return filters.toJson();
}

QString eventLogLine(const EventLogEntry &entry)
{
    QString line = entry.dateTime().toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")) +
                   QLatin1Char(' ') + entry.level.toUpper() + QLatin1Char(' ') + entry.message;
    if (!entry.context.isNull())
        line += QLatin1Char(' ') + QString::fromUtf8(entry.context.toJson());
    return line;
}
