#include "domain/BusinessError.h"

#include "domain/JsonRead.h"
#include "domain/PimTime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BusinessError)
};

bool isObject(const SymfonyJson &value)
{
    return value.kind() == SymfonyJson::Kind::Object;
}

// PHP writes an empty map as []: both are "no member".
bool isMapOrEmpty(const SymfonyJson &value)
{
    return isObject(value) || value.isNull() ||
           (value.kind() == SymfonyJson::Kind::Array && value.size() == 0);
}

bool notAnObject(const QString &key, const SymfonyJson &value, QString *error)
{
    return JsonRead::wrongType(key, QT_TRANSLATE_NOOP("JsonRead", "an object"), value.toJsonValue(),
                               error);
}

bool readLink(const QString &placeholder, const SymfonyJson &value, DocumentationLink *link,
              QString *error)
{
    if (!isObject(value))
        return notAnObject(placeholder, value, error);
    const QJsonObject object = value.toJsonValue().toObject();
    link->placeholder = placeholder;
    QString kind;
    QString href;
    if (!JsonRead::optionalString(object, QStringLiteral("type"), &kind, error) ||
        !JsonRead::optionalString(object, QStringLiteral("title"), &link->title, error) ||
        !JsonRead::optionalString(object, QStringLiteral("href"), &href, error) ||
        !JsonRead::optionalString(object, QStringLiteral("route"), &link->route, error))
        return false;
    link->kind = kind == QLatin1String("href")    ? DocumentationLink::Kind::Href
                 : kind == QLatin1String("route") ? DocumentationLink::Kind::Route
                                                  : DocumentationLink::Kind::Other;
    link->href = QUrl(href, QUrl::StrictMode);
    const SymfonyJson parameters = value.value(QStringLiteral("routeParameters"));
    if (!isMapOrEmpty(parameters))
        return notAnObject(QStringLiteral("routeParameters"), parameters, error);
    for (qsizetype i = 0; i < parameters.size() && isObject(parameters); ++i)
        link->routeParameters.append({parameters.keyAt(i), parameters.at(i).scalarText()});
    return true;
}

bool readDocumentation(const SymfonyJson &value, QList<ErrorDocumentation> *out, QString *error)
{
    if (value.isNull())
        return true;
    if (value.kind() != SymfonyJson::Kind::Array)
        return JsonRead::wrongType(QStringLiteral("documentation"),
                                   QT_TRANSLATE_NOOP("JsonRead", "an array"), value.toJsonValue(),
                                   error);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const SymfonyJson item = value.at(i);
        if (!isObject(item))
            return notAnObject(QStringLiteral("documentation"), item, error);
        const QJsonObject object = item.toJsonValue().toObject();
        ErrorDocumentation documentation;
        if (!JsonRead::optionalString(object, QStringLiteral("message"), &documentation.message,
                                      error) ||
            !JsonRead::optionalString(object, QStringLiteral("style"), &documentation.style, error))
            return false;
        const SymfonyJson parameters = item.value(QStringLiteral("parameters"));
        if (!isMapOrEmpty(parameters))
            return notAnObject(QStringLiteral("parameters"), parameters, error);
        for (qsizetype p = 0; p < parameters.size() && isObject(parameters); ++p) {
            DocumentationLink link;
            if (!readLink(parameters.keyAt(p), parameters.at(p), &link, error))
                return false;
            documentation.links.append(link);
        }
        out->append(documentation);
    }
    return true;
}

bool readProduct(const SymfonyJson &value, std::optional<ErrorProduct> *out, QString *error)
{
    if (value.isNull())
        return true;
    if (!isObject(value))
        return notAnObject(QStringLiteral("product"), value, error);
    const QJsonObject object = value.toJsonValue().toObject();
    ErrorProduct product;
    bool hasId = false;
    if (!JsonRead::optionalId(object, QStringLiteral("id"), &product.id, &hasId, error) ||
        !JsonRead::optionalString(object, QStringLiteral("uuid"), &product.uuid, error) ||
        !JsonRead::optionalString(object, QStringLiteral("identifier"), &product.identifier,
                                  error) ||
        !JsonRead::optionalString(object, QStringLiteral("label"), &product.label, error) ||
        !JsonRead::optionalString(object, QStringLiteral("family"), &product.family, error))
        return false;
    *out = product;
    return true;
}

// Every string and number of a value, depth first: what the search looks into.
bool anyValueContains(const SymfonyJson &value, const QString &text)
{
    switch (value.kind()) {
    case SymfonyJson::Kind::Array:
    case SymfonyJson::Kind::Object:
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (anyValueContains(value.at(i), text))
                return true;
        }
        return false;
    case SymfonyJson::Kind::String:
    case SymfonyJson::Kind::Integer:
    case SymfonyJson::Kind::Double:
        return value.scalarText().contains(text, Qt::CaseInsensitive);
    case SymfonyJson::Kind::Null:
    case SymfonyJson::Kind::Bool:
        break;
    }
    return false;
}

// Walks a documentation message: literal text and {placeholder}s, each given to its callback.
template<typename Literal, typename Link>
void walkMessage(const ErrorDocumentation &documentation, Literal &&literal, Link &&link)
{
    const QString &message = documentation.message;
    qsizetype from = 0;
    while (from < message.size()) {
        const qsizetype open = message.indexOf(QLatin1Char('{'), from);
        const qsizetype close = open < 0 ? -1 : message.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            literal(message.mid(from));
            return;
        }
        literal(message.mid(from, open - from));
        const QString name = message.mid(open + 1, close - open - 1);
        const DocumentationLink *found = nullptr;
        for (const DocumentationLink &candidate : documentation.links) {
            if (candidate.placeholder == name) {
                found = &candidate;
                break;
            }
        }
        if (found)
            link(*found);
        else
            literal(message.mid(open, close - open + 1)); // no link for it: left as written
        from = close + 1;
    }
}

QString linkTitle(const DocumentationLink &link)
{
    return link.title.isEmpty() ? link.placeholder : link.title;
}

} // namespace

QString ErrorDocumentation::text() const
{
    QString out;
    walkMessage(
        *this, [&out](const QString &part) { out += part; },
        [&out](const DocumentationLink &link) { out += linkTitle(link); });
    return out;
}

QString ErrorDocumentation::html() const
{
    QString out;
    walkMessage(
        *this, [&out](const QString &part) { out += part.toHtmlEscaped(); },
        [&out](const DocumentationLink &link) {
            const QString title = linkTitle(link).toHtmlEscaped();
            const QString scheme = link.href.scheme();
            // Only web pages are links; a route is a PIM screen this app cannot open (§9.1).
            if (link.kind == DocumentationLink::Kind::Href && link.href.isValid() &&
                (scheme == QLatin1String("https") || scheme == QLatin1String("http"))) {
                out += QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(link.href.toString(QUrl::FullyEncoded).toHtmlEscaped(), title);
            } else {
                out += title;
            }
        });
    return out;
}

QDateTime BusinessError::localDateTime(const QTimeZone &zone) const
{
    return PimTime::toLocal(dateTime, zone);
}

bool BusinessError::matches(const QString &text) const
{
    const QString needle = text.trimmed();
    return needle.isEmpty() || anyValueContains(content, needle);
}

std::optional<BusinessError> BusinessError::fromContent(const QString &connectionCode,
                                                        const QDateTime &dateTime,
                                                        const SymfonyJson &content, QString *error)
{
    if (!isObject(content)) {
        notAnObject(QStringLiteral("content"), content, error);
        return std::nullopt;
    }
    const QJsonObject object = content.toJsonValue().toObject();
    BusinessError e;
    e.connectionCode = connectionCode;
    e.dateTime = dateTime;
    e.content = content;
    if (!JsonRead::requiredString(object, QStringLiteral("message"), &e.message, error) ||
        !JsonRead::optionalString(object, QStringLiteral("type"), &e.type, error) ||
        !JsonRead::optionalString(object, QStringLiteral("property"), &e.property, error) ||
        !JsonRead::optionalString(object, QStringLiteral("attribute"), &e.attribute, error) ||
        !JsonRead::optionalString(object, QStringLiteral("locale"), &e.locale, error) ||
        !JsonRead::optionalString(object, QStringLiteral("scope"), &e.scope, error) ||
        !JsonRead::optionalString(object, QStringLiteral("message_template"), &e.messageTemplate,
                                  error) ||
        !readDocumentation(content.value(QStringLiteral("documentation")), &e.documentation,
                           error) ||
        !readProduct(content.value(QStringLiteral("product")), &e.product, error))
        return std::nullopt;
    return e;
}

std::optional<BusinessError> BusinessError::fromJson(const SymfonyJson &item, QString *error)
{
    if (!isObject(item)) {
        JsonRead::setError(error, Tr::tr("an error is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = item.toJsonValue().toObject();
    QString code;
    QString when;
    if (!JsonRead::optionalString(object, QStringLiteral("connection_code"), &code, error) ||
        !JsonRead::requiredString(object, QStringLiteral("date_time"), &when, error))
        return std::nullopt;
    const QDateTime dateTime = PimTime::parseTimestamp(when, error);
    if (!dateTime.isValid())
        return std::nullopt;
    const SymfonyJson content = item.value(QStringLiteral("content"));
    if (content.isNull()) {
        JsonRead::setError(error, Tr::tr("\"content\" is missing"));
        return std::nullopt;
    }
    return fromContent(code, dateTime, content, error);
}

std::optional<QList<BusinessError>> BusinessError::listFromJson(const QByteArray &body,
                                                                QString *error)
{
    const auto root = SymfonyJson::parse(body, error);
    if (!root)
        return std::nullopt;
    if (root->kind() != SymfonyJson::Kind::Array) {
        JsonRead::setError(error, Tr::tr("the list of errors is not a JSON array"));
        return std::nullopt;
    }
    QList<BusinessError> errors;
    errors.reserve(root->size());
    for (qsizetype i = 0; i < root->size(); ++i) {
        QString why;
        const auto e = fromJson(root->at(i), &why);
        if (!e) {
            JsonRead::setError(error, Tr::tr("error %1: %2").arg(i + 1).arg(why));
            return std::nullopt;
        }
        errors.append(*e);
    }
    return errors;
}

SymfonyJson BusinessError::toSymfonyJson() const
{
    return SymfonyJson::object({
        {QStringLiteral("connection_code"), connectionCode},
        {QStringLiteral("date_time"), PimTime::formatTimestamp(dateTime)},
        {QStringLiteral("content"), content},
    });
}

SymfonyJson BusinessError::listToSymfonyJson(const QList<BusinessError> &errors)
{
    SymfonyJson list = SymfonyJson::array();
    for (const BusinessError &e : errors)
        list.append(e.toSymfonyJson());
    return list;
}

namespace BusinessErrors {

QList<BusinessError> filtered(const QList<BusinessError> &errors, const QString &text)
{
    QList<BusinessError> result;
    for (const BusinessError &e : errors) {
        if (e.matches(text))
            result.append(e);
    }
    return result;
}

} // namespace BusinessErrors
