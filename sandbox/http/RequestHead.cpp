#include "RequestHead.h"

#include <QList>

#include <limits>

qint64 RequestHead::parseContentLength(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    qint64 number = 0;
    for (const char ch : value) {
        if (ch < '0' || ch > '9')
            return -1;
        const int digit = ch - '0';
        if (number > (std::numeric_limits<qint64>::max() - digit) / 10)
            return -1;
        number = number * 10 + digit;
    }
    return number;
}

RequestHead RequestHead::parse(const QByteArray &head)
{
    RequestHead out;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    out.method = requestLine.value(0);
    QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    if (question >= 0)
        target.truncate(question);
    out.path = QString::fromLatin1(target);
    out.version = requestLine.value(2);

    bool hasLength = false;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "expect" && value.toLower() == "100-continue")
            out.expectsContinue = out.version == "HTTP/1.1";
        if (name == "transfer-encoding")
            chunked = true;
        if (name != "content-length")
            continue;
        // "Content-Length: 5, 5" is one value repeated (RFC 9110 §8.6); any other list is not.
        for (const QByteArray &item : value.split(',')) {
            const qint64 length = parseContentLength(item.trimmed());
            if (length < 0) {
                out.error = QStringLiteral("The Content-Length header is not a valid length.");
                return out;
            }
            if (hasLength && length != out.contentLength) {
                out.error = QStringLiteral("The request has conflicting Content-Length headers.");
                return out;
            }
            hasLength = true;
            out.contentLength = length;
        }
    }
    if (chunked && hasLength) {
        out.error =
            QStringLiteral("The request has both a Content-Length and a Transfer-Encoding header.");
        return out;
    }
    if (chunked) {
        out.framing = Framing::Chunked;
        out.contentLength = 0;
    } else if (hasLength && out.contentLength > 0) {
        out.framing = Framing::Length;
    }
    return out;
}
