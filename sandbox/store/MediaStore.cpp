#include "MediaStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

MediaStore::MediaStore(QSqlDatabase db)
    : m_db(db)
{}

bool MediaStore::add(const Media &media, qint64 createdAt)
{
    QSqlQuery query(m_db);
    return Database::run(
        query,
        QStringLiteral("INSERT INTO media (file_path, original_filename, mime_type,"
                       " size, created_at) VALUES (?, ?, ?, ?, ?)"),
        {media.filePath, media.originalFilename,
         // An empty string, not NULL, for "no image we know".
         media.mimeType.isNull() ? QStringLiteral("") : media.mimeType, media.size, createdAt},
        "record a file");
}

std::optional<MediaStore::Media> MediaStore::find(const QString &filePath) const
{
    QSqlQuery query(m_db);
    if (!Database::run(
            query,
            QStringLiteral("SELECT file_path, original_filename, mime_type, size FROM media"
                           " WHERE file_path = ?"),
            {filePath}, "find a file") ||
        !query.next())
        return std::nullopt;
    return Media{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                 query.value(3).toLongLong()};
}
