#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the media storage holds: one row per uploaded file (the bytes are files on disk, see
// MediaLibrary).
class MediaStore
{
public:
    struct Media
    {
        QString filePath; // "a/b/c/d/<sha1>_<name>"
        QString originalFilename;
        QString mimeType; // from the content; empty when it is no image we know
        qint64 size = 0;
    };

    explicit MediaStore(QSqlDatabase db);

    bool add(const Media &media, qint64 createdAt);
    std::optional<Media> find(const QString &filePath) const;
    bool exists(const QString &filePath) const { return find(filePath).has_value(); }

private:
    QSqlDatabase m_db;
};
