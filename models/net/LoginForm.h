#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Reading the back office's sign-in page (docs/pim-api.md §1.1): the hidden input
// `_csrf_token` of its form. The token is taken as it is (its format is opaque), whatever the
// order of the attributes, their quotes (double, single, none), their case, and the other
// inputs around it. Inputs inside HTML comments and scripts are not read.
namespace LoginForm {

inline constexpr char CsrfFieldName[] = "_csrf_token";

// The attributes of every <input> of the page, in document order, names lowercased and
// values with their character references decoded.
QList<QHash<QString, QString>> inputs(const QByteArray &html);

// The value of the first input named _csrf_token, if it has a non-empty one.
std::optional<QString> csrfToken(const QByteArray &html);

// Decodes &amp; &lt; &gt; &quot; &apos; &#39; &#x27; and other numeric references.
QString decodeEntities(QStringView text);

} // namespace LoginForm
