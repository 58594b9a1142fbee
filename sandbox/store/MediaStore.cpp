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
    query.prepare(QStringLiteral("INSERT INTO media (file_path, original_filename, mime_type,"
                                 " size, created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(media.filePath);
    query.addBindValue(media.originalFilename);
    // An empty string, not NULL, for "no image we know".
    query.addBindValue(media.mimeType.isNull() ? QStringLiteral("") : media.mimeType);
    query.addBindValue(media.size);
    query.addBindValue(createdAt);
    return Database::exec(query, "record a file");
}

std::optional<MediaStore::Media> MediaStore::find(const QString &filePath) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT file_path, original_filename, mime_type, size FROM media"
                                 " WHERE file_path = ?"));
    query.addBindValue(filePath);
    if (!Database::exec(query, "find a file") || !query.next())
        return std::nullopt;
    return Media{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                 query.value(3).toLongLong()};
}
