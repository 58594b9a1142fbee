#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Clock;
class Store;

// The PIM's file storage for connection logos: uploads are kept under the data directory, named
// like the PIM names them (docs/pim-api.md §2: "a/b/c/d/<sha1>_<name>").
class MediaLibrary
{
public:
    static constexpr char DefaultPictureName[] = "pim-sandbox-default-picture.png";

    MediaLibrary(Store &store, const Clock &clock);

    // Stores the bytes; returns the file path, or nullopt with *error set.
    std::optional<QString> add(const QString &originalFilename, const QByteArray &bytes,
                               QString *error);
    bool hasImage(const QString &filePath) const;
    // The bytes and MIME type of a stored image; nullopt when unknown or not an image.
    std::optional<QByteArray> image(const QString &filePath, QByteArray *mimeType) const;
    // The built-in neutral picture shown for a missing logo (a PNG).
    static QByteArray defaultPicture();

    // The PIM's file name rule: every byte outside [A-Za-z0-9.] becomes "_", at most 100.
    static QString sanitizedFileName(const QString &originalFilename);

private:
    Store &m_store;
    const Clock &m_clock;
};
