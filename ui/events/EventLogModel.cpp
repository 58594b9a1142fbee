#include "events/EventLogModel.h"

#include "style/Theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPalette>

namespace {

// internalId: 0 for an entry row, entry row + 1 for the context row under it.
constexpr quintptr EntryId = 0;

Theme::Tone levelTone(const QString &level)
{
    // The web UI's badges (docs/pim-api.md §8.7): info primary, notice tertiary, warning, error.
    if (level == EventLogLevels::Error)
        return Theme::Tone::Negative;
    if (level == EventLogLevels::Warning)
        return Theme::Tone::Warning;
    if (level == EventLogLevels::Info)
        return Theme::Tone::Info;
    return Theme::Tone::Neutral;
}

} // namespace

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void EventLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_hasContext.clear();
    m_dateTexts.clear();
    m_contextTexts.clear();
    endResetModel();
}

void EventLogModel::append(const QList<EventLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    m_hasContext.reserve(m_entries.size());
    for (const EventLogEntry &entry : entries)
        m_hasContext.append(!entry.context.isNull() && !entry.context.isEmptyContainer());
    m_dateTexts.resize(m_entries.size()); // made when first shown
    endInsertRows();
}

bool EventLogModel::hasContext(int row) const
{
    return row >= 0 && row < m_hasContext.size() && m_hasContext.at(row);
}

QString EventLogModel::contextText(int row) const
{
    if (!hasContext(row))
        return QString();
    auto it = m_contextTexts.constFind(row);
    if (it == m_contextTexts.cend())
        it = m_contextTexts.insert(row, m_entries.at(row).contextText());
    return *it;
}

QModelIndex EventLogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, EntryId) : QModelIndex();
    if (parent.internalId() != EntryId || parent.column() != 0 || row != 0 ||
        !hasContext(parent.row()))
        return {};
    return createIndex(0, column, quintptr(parent.row()) + 1);
}

QModelIndex EventLogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == EntryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, EntryId);
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() == EntryId && parent.column() == 0)
        return hasContext(parent.row()) ? 1 : 0;
    return 0;
}

int EventLogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == EntryId)
        return entryData(index.row(), index.column(), role);
    return contextData(int(index.internalId() - 1), index.column(), role);
}

QVariant EventLogModel::entryData(int row, int column, int role) const
{
    const EventLogEntry &entry = m_entries.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == DateTimeColumn) {
            // Asked at each paint and measure of the row: made once.
            QString &text = m_dateTexts[row];
            if (text.isNull())
                text = QLocale().toString(entry.dateTime().toLocalTime(), QLocale::ShortFormat);
            return text;
        }
        if (column == LevelColumn)
            return EventLogLevels::displayName(entry.level).toUpper();
        return entry.message;
    case Qt::ToolTipRole:
        if (column == DateTimeColumn)
            return QLocale().toString(entry.dateTime(), QLocale::LongFormat);
        return column == MessageColumn ? entry.message : QVariant();
    case Qt::ForegroundRole:
        if (column == LevelColumn)
            return Theme::foreground(levelTone(entry.level), QApplication::palette());
        return {};
    case LevelRole:
        return entry.level;
    case TimestampRole:
        return entry.timestamp;
    case IsContextRole:
        return false;
    default:
        return {};
    }
}

QVariant EventLogModel::contextData(int row, int column, int role) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return column == 0 ? contextText(row) : QString();
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case IsContextRole:
        return true;
    case LevelRole:
        return m_entries.at(row).level;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateTimeColumn:
        return tr("Datetime");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

Qt::ItemFlags EventLogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != EntryId || !hasContext(index.row()))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}
