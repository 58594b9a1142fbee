#pragma once

#include "domain/BusinessError.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QTimeZone>

// The error monitoring's "Export to CSV" (docs/pim-api.md §9.3): the errors shown, one a row,
// as RFC 4180 text: a header row, comma-separated fields, CRLF line ends, a field with a comma,
// a double quote, a CR or a LF quoted, its double quotes doubled. UTF-8 with a byte order mark,
// so that spreadsheet programs read accents right.
//
// Columns: "Day and time" (ISO 8601 in the user's zone, with its offset), "Business error
// message", "Documentation" (each sentence as plain text, one a line), "Product name",
// "Product ID", "Family", "Locale", "Channel", "Attribute".
//
// The PIM's texts come from API calls made by others: a field that a spreadsheet would take
// for a formula (starting with =, +, -, @, a tab or a CR) gets a leading apostrophe, so that
// opening the file never runs anything.
namespace BusinessErrorCsv {

QStringList header();
QStringList row(const BusinessError &error, const QTimeZone &zone);
QByteArray toCsv(const QList<BusinessError> &errors, const QTimeZone &zone);

// One field as RFC 4180 writes it (quoted only when needed), formula guard included.
QString field(const QString &value);
// Fields joined by commas, without the line end.
QString line(const QStringList &fields);

} // namespace BusinessErrorCsv
