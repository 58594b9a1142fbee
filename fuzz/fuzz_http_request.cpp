// libFuzzer target: the sandbox's reading of a raw request (sandbox/http): the head as
// RequestGuard reads it (RequestHead), then the request's headers, cookies, content type and
// form body as the controllers read them (HttpRequest).
#include "http/HttpRequest.h"
#include "http/RequestHead.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? bytes : bytes.left(end + 4);
    const RequestHead parsed = RequestHead::parse(head);
    if (parsed.error.isEmpty() && parsed.contentLength < 0)
        std::abort();
    if (parsed.framing == RequestHead::Framing::Length && parsed.contentLength <= 0)
        std::abort();

    HttpRequest request;
    request.method = parsed.method;
    request.path = parsed.path;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    request.body = end < 0 ? QByteArray() : bytes.mid(end + 4);
    (void)request.cookie("PHPSESSID");
    (void)request.mimeType();
    (void)request.contentTypeParameter("boundary");
    (void)request.isXmlHttpRequest();
    (void)request.wantsClose();
    const auto form = HttpRequest::parseForm(request.body);
    (void)HttpRequest::formValue(form, QStringLiteral("_csrf_token"));
    return 0;
}
