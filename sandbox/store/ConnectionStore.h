#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Connections and connected Apps (type "default" or "app"), oldest first.
class ConnectionStore
{
public:
    struct Record
    {
        qint64 id = 0;
        QString code;
        QString label;
        QString flowType;             // the PIM's wire name
        std::optional<QString> image; // a file path in the media storage
        bool auditable = false;
        QString type = QStringLiteral("default");
        qint64 userId = 0;
        qint64 clientId = 0;
    };

    explicit ConnectionStore(QSqlDatabase db);

    std::optional<qint64> insert(const Record &record, qint64 createdAtMs);
    // types empty: every type.
    QList<Record> list(const QStringList &types = {}) const;
    // Codes compare without regard to case (docs/pim-api.md §3).
    std::optional<Record> findByCode(const QString &code) const;
    std::optional<Record> findByClientId(qint64 clientId) const;
    std::optional<Record> findByUserId(qint64 userId) const;
    int count() const; // connected Apps included
    bool update(const Record &record);
    bool remove(qint64 id);

private:
    std::optional<Record> findWhere(const QString &condition, const QVariant &value) const;

    QSqlDatabase m_db;
};
