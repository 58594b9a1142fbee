// libFuzzer target: the sandbox's multipart/form-data parser (sandbox/http/MultipartParser), as
// the logo upload uses it (docs/pim-api.md §2). The first line of the input is the boundary, the
// rest the body. A body is refused with a message or read whole, never a crash.
#include "http/MultipartParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray boundary = newline < 0 ? bytes : bytes.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : bytes.mid(newline + 1);
    QString error;
    const auto parts = MultipartParser::parse(body, boundary, &error);
    if (!parts && error.isEmpty())
        std::abort(); // a refusal always says why
    if (parts) {
        if (parts->size() > MultipartParser::MaxParts)
            std::abort();
        for (const MultipartParser::Part &part : *parts) {
            if (part.data.size() > body.size())
                std::abort();
        }
    }
    return 0;
}
