#include "ImageSniffer.h"

namespace ImageSniffer {

QByteArray mimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (bytes.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return "image/gif";
    if (bytes.startsWith("BM") && bytes.size() > 14)
        return "image/bmp";
    if (bytes.size() > 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "image/webp";
    if (bytes.startsWith("#define ") && bytes.contains("_width"))
        return "image/x-xbitmap";
    // WBMP: type 0, fixed header 0, then the width and height as non-zero multi-byte integers.
    if (bytes.size() > 4 && bytes.at(0) == 0 && bytes.at(1) == 0 && bytes.at(2) != 0)
        return "image/vnd.wap.wbmp";
    return {};
}

} // namespace ImageSniffer
