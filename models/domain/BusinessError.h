#pragma once

#include "domain/SymfonyJson.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>
#include <utility>

// A link in a documentation message of a business error (docs/pim-api.md §9.1): the message
// holds "{placeholder}" where the link goes.
struct DocumentationLink
{
    enum class Kind {
        Href,  // a web page: `href`
        Route, // a screen of the PIM's web UI, which this app cannot open: show `title` only
        Other, // a kind this app does not know: show `title` only
    };

    QString placeholder; // "manage_attributes_options"
    Kind kind = Kind::Other;
    QString title;
    QUrl href;
    QString route;                                      // "pim_enrich_attribute_edit"
    QList<std::pair<QString, QString>> routeParameters; // {"code":"color"}, in order

    bool operator==(const DocumentationLink &) const = default;
};

struct ErrorDocumentation
{
    QString message; // "More information about select attributes: {manage_attributes_options}."
    QString style;   // "information", "text"
    QList<DocumentationLink> links;

    // The message with each {placeholder} replaced by its link's title.
    QString text() const;
    // The same as rich text: a web link as <a href>, every other text HTML-escaped.
    QString html() const;

    bool operator==(const ErrorDocumentation &) const = default;
};

// The product a business error is about ("product" in the content). Every member may be empty.
struct ErrorProduct
{
    QString id;         // a number on the wire, or null
    QString uuid;       // UNCONFIRMED on 7.x (§9.1)
    QString identifier; // the screen's "with the ID"
    QString label;      // the screen's "Product name"
    QString family;

    bool operator==(const ErrorProduct &) const = default;
};

// One error of GET /rest/connections/{code}/business-errors (docs/pim-api.md §9.1):
// {"connection_code","date_time","content"}, where content is the API's own error object.
struct BusinessError
{
    QString connectionCode;
    QDateTime dateTime; // with the offset the PIM wrote (UTC); see localDateTime()
    // The whole content, keys in the PIM's order: the truth; the members below are read from
    // it. Only "message" is required; unknown keys are kept.
    SymfonyJson content;

    QString type;    // "violation_error", "domain_error", or a kind added later
    QString message; // the error as the API said it
    QString property;
    QString attribute;
    QString locale; // the screen's "Locale"
    QString scope;  // the screen's "Channel"
    QString messageTemplate;
    QList<ErrorDocumentation> documentation;
    std::optional<ErrorProduct> product;

    // The time in the user's zone (this computer's by default), for the "Day and time" column.
    QDateTime localDateTime(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    // The search of the error monitoring screen (§9.3): whether `text` appears, ignoring case,
    // in any value of the content (message, attribute, product, documentation...), keys and
    // JSON punctuation excluded. An empty or blank text matches every error.
    bool matches(const QString &text) const;

    // Reads the content's members; nullopt with *error when "message" is missing or a member
    // has the wrong type.
    static std::optional<BusinessError> fromContent(const QString &connectionCode,
                                                    const QDateTime &dateTime,
                                                    const SymfonyJson &content, QString *error);
    static std::optional<BusinessError> fromJson(const SymfonyJson &item, QString *error);
    static std::optional<QList<BusinessError>> listFromJson(const QByteArray &body, QString *error);
    // {"connection_code","date_time","content"}: byte for byte as the PIM sent it.
    SymfonyJson toSymfonyJson() const;
    static SymfonyJson listToSymfonyJson(const QList<BusinessError> &errors);

    bool operator==(const BusinessError &) const = default;
};

namespace BusinessErrors {
// The errors that match `text` (BusinessError::matches), in the given order.
QList<BusinessError> filtered(const QList<BusinessError> &errors, const QString &text);
} // namespace BusinessErrors

Q_DECLARE_METATYPE(BusinessError)
