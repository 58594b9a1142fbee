#pragma once

#include "domain/EventLog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

// The event logs shown (docs/pim-api.md §8.7), newest first, as a two-level tree: one row per
// entry (columns Datetime, Level, Message) and, under an entry with a context, one row with
// the context as indented JSON (plain text: nothing from the PIM is ever read as rich text).
//
// Pages are appended as they arrive, each in one beginInsertRows/endInsertRows, so that ten
// thousand entries never mean per-row work beyond what the view asks for: the texts are made
// when a row is painted, and the indented context when it is unfolded.
class EventLogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DateTimeColumn, LevelColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, // the level as the PIM wrote it ("info")
        TimestampRole,                // Unix seconds
        IsContextRole,                // true on a context row
    };

    explicit EventLogModel(QObject *parent = nullptr);

    void clear();
    // Adds entries after the last one, in one insertion.
    void append(const QList<EventLogEntry> &entries);

    int entryCount() const { return int(m_entries.size()); }
    const EventLogEntry &entryAt(int row) const { return m_entries.at(row); }
    bool hasContext(int row) const;
    // The indented context of an entry ("" without one), made once.
    QString contextText(int row) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant entryData(int row, int column, int role) const;
    QVariant contextData(int row, int column, int role) const;

    QList<EventLogEntry> m_entries;
    QList<bool> m_hasContext; // per entry, known at append (asked for every row by the view)
    mutable QList<QString> m_dateTexts; // per entry, as shown (local time), null until shown
    mutable QHash<int, QString> m_contextTexts;
};
