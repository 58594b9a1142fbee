#pragma once

#include <QByteArray>
#include <QString>

// The head of one HTTP/1.1 request (its request line and headers, up to the blank line), read
// from the raw bytes by RequestGuard before Qt's parser sees them: how the body is framed, and
// whether the framing is one a server may trust. Written for hostile input: any byte string
// gives a result, never a crash.
struct RequestHead
{
    enum class Framing {
        None,    // no body
        Length,  // Content-Length bytes
        Chunked, // Transfer-Encoding: the size is known only as the chunks come
    };

    QByteArray method;
    QString path; // the target without its query, as sent
    QByteArray version;
    Framing framing = Framing::None;
    qint64 contentLength = 0;
    bool expectsContinue = false;
    // Non-empty when the framing cannot be trusted (the request is answered 400): a
    // Content-Length that is not a decimal number that fits in 63 bits, several that differ,
    // or one next to a Transfer-Encoding (RFC 9112 §6.3: a request smuggling risk).
    QString error;

    static RequestHead parse(const QByteArray &head);
    // A Content-Length value: 1*DIGIT, at most 2^63 - 1; -1 for anything else.
    static qint64 parseContentLength(const QByteArray &value);
};
