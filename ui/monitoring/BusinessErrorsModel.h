#pragma once

#include "domain/AuditCounts.h"

#include <QAbstractTableModel>

#include <functional>

// "Business errors per data source" (docs/pim-api.md §10, error-count-per-connection with
// error_type=business): one row per counted source connection, the most errors first (then by
// label), with the PIM's exact count over the last 7 days.
class BusinessErrorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn = 0, CountColumn = 1, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // QString, the connection's code
        CountRole,                   // qint64
    };
    Q_ENUM(Role)

    explicit BusinessErrorsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `labelOf` names a connection by its code (its label, or the code when unknown).
    void setCounts(const ErrorCounts &counts,
                   const std::function<QString(const QString &)> &labelOf);

    QString codeAt(int row) const;
    qint64 countAt(int row) const;
    int rowOf(const QString &code) const;
    qint64 total() const;

private:
    struct Row
    {
        QString code;
        QString label;
        qint64 count = 0;
    };
    QList<Row> m_rows;
};
