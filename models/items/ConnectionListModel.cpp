#include "items/ConnectionListModel.h"

#include "items/LogoCache.h"
#include "net/NetLogging.h"

#include <QLocale>
#include <QSet>

#include <utility>

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_logoFrame.setSingleShot(true);
    m_logoFrame.setInterval(LogoFrameMs);
    connect(&m_logoFrame, &QTimer::timeout, this, [this] {
        if (m_logosInFrame.isEmpty())
            return;
        announceLogos(std::exchange(m_logosInFrame, {}));
        m_logoFrame.start(); // a new frame for those still coming
    });
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    static const QHash<int, QByteArray> own{{CodeRole, "code"},
                                            {LabelRole, "label"},
                                            {FlowTypeRole, "flowType"},
                                            {FlowTypeNameRole, "flowTypeName"},
                                            {ImageRole, "image"},
                                            {AuditableRole, "auditable"},
                                            {TypeRole, "type"},
                                            {LogoRole, "logo"},
                                            {HasWrongCredentialsRole, "hasWrongCredentials"},
                                            {WrongCredentialsUsesRole, "wrongCredentialsUses"},
                                            {WrongCredentialsTextRole, "wrongCredentialsText"},
                                            {ConnectionRole, "connection"},
                                            {ServerOrderRole, "serverOrder"},
                                            {LogoPendingRole, "logoPending"}};
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(own);
    return names;
}

QString ConnectionListModel::wrongCredentialsText(const QList<WrongCredentialsUse> &uses)
{
    if (uses.isEmpty())
        return {};
    QStringList lines;
    const QLocale locale;
    for (const WrongCredentialsUse &use : uses) {
        lines.append(use.date.isValid()
                         ? tr("%1, on %2")
                               .arg(use.username,
                                    locale.toString(use.date.toLocalTime(), QLocale::ShortFormat))
                         : use.username);
    }
    return tr("This connection's client ID was used with another user's username:") +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Connection &c = row.connection;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return c.label.isEmpty() && role == Qt::DisplayRole ? c.code : c.label;
    case Qt::ToolTipRole: {
        // The tile cuts the label short: the whole label goes in the tooltip (docs/pim-api.md §7).
        const QString label = c.label.isEmpty() ? c.code : c.label;
        return row.wrongUses.isEmpty()
                   ? label
                   : label + QStringLiteral("\n\n") + wrongCredentialsText(row.wrongUses);
    }
    case Qt::AccessibleTextRole: {
        // What a screen reader says of a tile: "label, flow type" (and the warning, if any).
        const QString spoken = tr("%1, %2").arg(c.label.isEmpty() ? c.code : c.label,
                                               FlowTypes::displayName(c.flowType));
        return row.wrongUses.isEmpty() ? spoken
                                       : spoken + QStringLiteral(", ") +
                                             tr("client ID used with another user's username");
    }
    case Qt::DecorationRole:
    case LogoRole: {
        if (c.image.isEmpty() || !m_logos)
            return {};
        const QImage logo = m_logos->tileLogo(c.image);
        if (logo.isNull()) {
            // Asked by a tile being drawn: its kept thumbnail is decoded now (logoReady() then
            // changes this row), the others' wait until they are shown.
            m_logos->requestTile(c.image);
            return {};
        }
        return logo;
    }
    case LogoPendingRole:
        // Decoded but not yet announced (its frame has not ended) counts as pending: the tile
        // has not been told to repaint.
        return !c.image.isEmpty() && m_logos &&
               ((m_logos->tileLogo(c.image).isNull() &&
                 (m_logos->contains(c.image) || m_logos->isPending(c.image))) ||
                m_logosInFrame.contains(c.image));
    case CodeRole:
        return c.code;
    case FlowTypeRole:
        return int(c.flowType);
    case FlowTypeNameRole:
        return FlowTypes::displayName(c.flowType);
    case ImageRole:
        return c.image;
    case AuditableRole:
        return c.auditable;
    case TypeRole:
        return c.type;
    case HasWrongCredentialsRole:
        return !row.wrongUses.isEmpty();
    case WrongCredentialsUsesRole: {
        QVariantList uses;
        for (const WrongCredentialsUse &use : row.wrongUses)
            uses.append(QVariantMap{{QStringLiteral("username"), use.username},
                                    {QStringLiteral("date"), use.date}});
        return uses;
    }
    case WrongCredentialsTextRole:
        return wrongCredentialsText(row.wrongUses);
    case ConnectionRole:
        return QVariant::fromValue(c);
    case ServerOrderRole:
        return index.row();
    default:
        return {};
    }
}

void ConnectionListModel::setConnections(const QList<Connection> &incoming)
{
    const bool anyWrongBefore = hasAnyWrongCredentials();
    // Codes are unique on the server; a duplicate would break the diff: keep the first.
    QList<Connection> fresh;
    QSet<QString> freshCodes;
    for (const Connection &c : incoming) {
        if (freshCodes.contains(c.code)) {
            qCWarning(lcPimModel) << "the PIM listed the code" << c.code << "twice";
            continue;
        }
        freshCodes.insert(c.code);
        fresh.append(c);
    }

    // 1. Remove the rows that are gone, as ranges, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshCodes.contains(m_rows.at(row).connection.code))
            continue;
        const int last = row;
        while (row > 0 && !freshCodes.contains(m_rows.at(row - 1).connection.code))
            --row;
        beginRemoveRows(QModelIndex(), row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
    }

    QSet<QString> kept;
    for (const Row &row : std::as_const(m_rows))
        kept.insert(row.connection.code);

    // 2. Walk the fresh list: keep, move up, or insert (consecutive new rows at once).
    for (int i = 0; i < fresh.size();) {
        const QString &code = fresh.at(i).code;
        if (i < m_rows.size() && m_rows.at(i).connection.code == code) {
            updateRow(i, fresh.at(i));
            ++i;
            continue;
        }
        if (kept.contains(code)) {
            int from = i + 1;
            while (m_rows.at(from).connection.code != code)
                ++from;
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
            m_rows.move(from, i);
            endMoveRows();
            updateRow(i, fresh.at(i));
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < fresh.size() && !kept.contains(fresh.at(end + 1).code))
            ++end;
        beginInsertRows(QModelIndex(), i, end);
        for (int k = i; k <= end; ++k)
            m_rows.insert(k, Row{fresh.at(k), m_wrongCredentials.usesOf(fresh.at(k).code)});
        endInsertRows();
        for (int k = i; k <= end; ++k)
            requestLogo(fresh.at(k).image);
        i = end + 1;
    }
    notifyAnyWrongCredentials(anyWrongBefore);
}

void ConnectionListModel::updateRow(int row, const Connection &fresh)
{
    Row &current = m_rows[row];
    const Connection old = current.connection;
    if (old == fresh)
        return;
    QList<int> roles;
    if (old.label != fresh.label)
        roles << Qt::DisplayRole << Qt::ToolTipRole << LabelRole;
    if (old.flowType != fresh.flowType)
        roles << FlowTypeRole << FlowTypeNameRole;
    if (old.image != fresh.image)
        roles << ImageRole << LogoRole << Qt::DecorationRole;
    if (old.auditable != fresh.auditable)
        roles << AuditableRole;
    if (old.type != fresh.type)
        roles << TypeRole;
    roles << ConnectionRole;
    current.connection = fresh;
    const QModelIndex at = index(row);
    emit dataChanged(at, at, roles);
    if (old.image != fresh.image)
        requestLogo(fresh.image);
}

void ConnectionListModel::setWrongCredentials(const WrongCredentials &wrongCredentials)
{
    const bool anyWrongBefore = hasAnyWrongCredentials();
    m_wrongCredentials = wrongCredentials;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const QList<WrongCredentialsUse> uses = wrongCredentials.usesOf(r.connection.code);
        if (uses == r.wrongUses)
            continue;
        r.wrongUses = uses;
        const QModelIndex at = index(row);
        emit dataChanged(at, at,
                         {Qt::ToolTipRole, HasWrongCredentialsRole, WrongCredentialsUsesRole,
                          WrongCredentialsTextRole});
    }
    notifyAnyWrongCredentials(anyWrongBefore);
}

void ConnectionListModel::setLogoCache(LogoCache *cache)
{
    if (m_logos == cache)
        return;
    if (m_logos)
        disconnect(m_logos, nullptr, this, nullptr);
    m_logosInFrame.clear(); // the old cache's
    m_logos = cache;
    if (!cache)
        return;
    connect(cache, &LogoCache::logoReady, this, &ConnectionListModel::onLogoReady);
    for (int row = 0; row < m_rows.size(); ++row) {
        requestLogo(m_rows.at(row).connection.image);
        if (!m_rows.at(row).connection.image.isEmpty())
            emit dataChanged(index(row), index(row), {LogoRole, Qt::DecorationRole});
    }
}

void ConnectionListModel::requestLogo(const QString &path)
{
    if (m_logos && !path.isEmpty())
        m_logos->request(path);
}

void ConnectionListModel::onLogoReady(const QString &path)
{
    if (m_logoFrame.isActive()) {
        m_logosInFrame.insert(path);
        return;
    }
    announceLogos({path});
    m_logoFrame.start();
}

void ConnectionListModel::announceLogos(const QSet<QString> &paths)
{
    // Row by row: a view repaints the tiles named, where a range would repaint it all.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (paths.contains(m_rows.at(row).connection.image))
            emit dataChanged(index(row), index(row), {LogoRole, Qt::DecorationRole});
    }
}

void ConnectionListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    const bool anyWrongBefore = hasAnyWrongCredentials();
    beginRemoveRows(QModelIndex(), 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
    notifyAnyWrongCredentials(anyWrongBefore);
}

QList<Connection> ConnectionListModel::connections() const
{
    QList<Connection> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.connection);
    return list;
}

Connection ConnectionListModel::connectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).connection : Connection();
}

int ConnectionListModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).connection.code == code)
            return row;
    }
    return -1;
}

int ConnectionListModel::countOf(FlowType type) const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.connection.flowType == type ? 1 : 0;
    return count;
}

bool ConnectionListModel::hasAnyWrongCredentials() const
{
    for (const Row &row : m_rows) {
        if (!row.wrongUses.isEmpty())
            return true;
    }
    return false;
}

void ConnectionListModel::notifyAnyWrongCredentials(bool before)
{
    const bool now = hasAnyWrongCredentials();
    if (now != before)
        emit anyWrongCredentialsChanged(now);
}
