#include "MultipartParser.h"

#include <QUrl>

namespace {

bool validBoundary(const QByteArray &boundary)
{
    // RFC 2046: 1 to 70 characters.
    return !boundary.isEmpty() && boundary.size() <= 70 && !boundary.contains('\r') &&
           !boundary.contains('\n');
}

} // namespace

std::optional<QList<MultipartParser::Part>>
MultipartParser::parse(const QByteArray &body, const QByteArray &boundary, QString *error)
{
    if (!validBoundary(boundary)) {
        *error = QStringLiteral("The multipart boundary is missing or invalid.");
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    // The first delimiter may be preceded by a preamble; every other one follows a CRLF.
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(QByteArray("\r\n" + delimiter));
    if (pos < 0) {
        *error = QStringLiteral("The multipart body holds no part.");
        return std::nullopt;
    }
    if (pos > 0)
        pos += 2;
    QList<Part> parts;
    const QByteArray nextDelimiter = "\r\n" + delimiter;
    for (;;) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter; an epilogue may follow
        // Transport padding (spaces, tabs), then CRLF.
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (body.mid(pos, 2) != "\r\n") {
            *error = QStringLiteral("A multipart delimiter is not followed by a line break.");
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(nextDelimiter, pos);
        if (next < 0) {
            *error = QStringLiteral("The multipart body ends without its closing delimiter.");
            return std::nullopt;
        }
        Part part;
        if (body.mid(pos, 2) == "\r\n") {
            pos += 2; // a part without headers
        } else {
            if (headersEnd < 0 || headersEnd > next || headersEnd - pos > MaxPartHeaderBytes) {
                *error = QStringLiteral("A multipart part has malformed headers.");
                return std::nullopt;
            }
            if (!parsePartHeaders(body.mid(pos, headersEnd - pos), &part, error))
                return std::nullopt;
            pos = headersEnd + 4;
        }
        part.data = body.mid(pos, next - pos);
        parts.append(part);
        if (parts.size() > MaxParts) {
            *error = QStringLiteral("The multipart body has too many parts.");
            return std::nullopt;
        }
        pos = next + 2;
    }
}

bool MultipartParser::parsePartHeaders(const QByteArray &headers, Part *part, QString *error)
{
    bool hasDisposition = false;
    for (const QByteArray &rawLine : headers.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("A multipart part has a malformed header line.");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type") {
            part->contentType = value;
        } else if (name == "content-disposition") {
            if (!value.toLower().startsWith("form-data")) {
                *error = QStringLiteral("A multipart part is not form data.");
                return false;
            }
            hasDisposition = true;
            bool present = false;
            part->name = dispositionParameter(value, "name", &present);
            bool extended = false;
            const QString extendedName = dispositionParameter(value, "filename*", &extended);
            part->fileName = dispositionParameter(value, "filename", &part->hasFileName);
            if (extended) {
                // RFC 5987: charset'language'percent-encoded
                const qsizetype quote = extendedName.indexOf(QLatin1Char('\''), 0);
                const qsizetype second = extendedName.indexOf(QLatin1Char('\''), quote + 1);
                if (quote >= 0 && second > quote) {
                    part->fileName =
                        QUrl::fromPercentEncoding(extendedName.mid(second + 1).toLatin1());
                    part->hasFileName = true;
                }
            }
        }
    }
    if (!hasDisposition) {
        *error = QStringLiteral("A multipart part has no Content-Disposition.");
        return false;
    }
    return true;
}

QString MultipartParser::dispositionParameter(const QByteArray &disposition, const QByteArray &name,
                                              bool *present)
{
    *present = false;
    // Walk the parameters by hand: a quoted value may hold ';' and escaped quotes.
    qsizetype pos = disposition.indexOf(';');
    while (pos >= 0 && pos < disposition.size()) {
        ++pos;
        while (pos < disposition.size() &&
               (disposition.at(pos) == ' ' || disposition.at(pos) == '\t'))
            ++pos;
        const qsizetype equals = disposition.indexOf('=', pos);
        if (equals < 0)
            return {};
        const QByteArray key = disposition.mid(pos, equals - pos).trimmed().toLower();
        pos = equals + 1;
        QByteArray value;
        if (pos < disposition.size() && disposition.at(pos) == '"') {
            ++pos;
            while (pos < disposition.size() && disposition.at(pos) != '"') {
                if (disposition.at(pos) == '\\' && pos + 1 < disposition.size())
                    ++pos;
                value += disposition.at(pos);
                ++pos;
            }
            ++pos; // the closing quote
            const qsizetype semicolon = disposition.indexOf(';', pos);
            pos = semicolon;
        } else {
            const qsizetype semicolon = disposition.indexOf(';', pos);
            value = disposition.mid(pos, semicolon < 0 ? -1 : semicolon - pos).trimmed();
            pos = semicolon;
        }
        if (key == name) {
            *present = true;
            return QString::fromUtf8(value);
        }
    }
    return {};
}
