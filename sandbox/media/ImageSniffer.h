#pragma once

#include <QByteArray>

// The MIME type of an image from its first bytes, for the formats the PIM accepts (docs/pim-api.md
// §3: jpg, jpeg, gif, png, wbmp, xbm, webp, bmp). Empty when the bytes are no such image:
// a file named .png that holds text is shown as the default picture, as a real PIM does.
namespace ImageSniffer {

QByteArray mimeType(const QByteArray &bytes);

} // namespace ImageSniffer
