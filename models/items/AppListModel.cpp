#include "items/AppListModel.h"

#include "items/ConnectionListModel.h"

#include <QSet>

AppListModel::AppListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

QHash<int, QByteArray> AppListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConnectionListModel::CodeRole, "code");
    names.insert(ConnectionListModel::LabelRole, "label");
    names.insert(ConnectionListModel::ImageRole, "image");
    names.insert(ConnectionListModel::LogoRole, "logo");
    names.insert(ConnectionListModel::HasWrongCredentialsRole, "hasWrongCredentials");
    names.insert(AppRole, "app");
    names.insert(AuthorRole, "author");
    return names;
}

QString AppListModel::authorText(const ConnectedApp &app)
{
    if (!app.author || app.author->trimmed().isEmpty())
        return {};
    return tr("Developed by %1").arg(app.author->trimmed());
}

QVariant AppListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedApp &cached = m_apps.at(index.row());
    const ConnectedApp &app = cached.app;
    switch (role) {
    case Qt::DisplayRole:
    case ConnectionListModel::LabelRole:
        return app.name.isEmpty() ? app.connectionCode : app.name;
    case Qt::ToolTipRole: {
        const QString name = app.name.isEmpty() ? app.connectionCode : app.name;
        const QString author = authorText(app);
        return author.isEmpty() ? name : name + QLatin1Char('\n') + author;
    }
    case Qt::AccessibleTextRole: // as a connection's tile: "name, what it is"
        return tr("%1, connected App").arg(app.name.isEmpty() ? app.connectionCode : app.name);
    case Qt::DecorationRole:
    case ConnectionListModel::LogoRole: {
        const QImage logo = m_logos.value(app.connectionCode);
        return logo.isNull() ? QVariant() : QVariant(logo);
    }
    case ConnectionListModel::CodeRole:
        return app.connectionCode;
    case ConnectionListModel::ImageRole:
        return app.logo.value_or(QString());
    case ConnectionListModel::HasWrongCredentialsRole:
        return false;
    case AppRole:
        return QVariant::fromValue(cached);
    case AuthorRole:
        return app.author.value_or(QString());
    default:
        return {};
    }
}

int AppListModel::rowOf(const QString &connectionCode) const
{
    for (int row = 0; row < m_apps.size(); ++row) {
        if (m_apps.at(row).app.connectionCode == connectionCode)
            return row;
    }
    return -1;
}

void AppListModel::setApps(const QList<CachedApp> &apps)
{
    QStringList codes;
    for (const CachedApp &app : apps)
        codes.append(app.app.connectionCode);
    QStringList current;
    for (const CachedApp &app : std::as_const(m_apps))
        current.append(app.app.connectionCode);

    if (codes == current) {
        // The same Apps in the same order: only what changed is told.
        for (int row = 0; row < apps.size(); ++row) {
            if (apps.at(row) == m_apps.at(row))
                continue;
            m_apps[row] = apps.at(row);
            emit dataChanged(index(row), index(row));
        }
        return;
    }
    // Gone Apps first (their logos with them), then the new list as one insertion.
    const QSet<QString> kept(codes.cbegin(), codes.cend());
    for (auto it = m_logos.begin(); it != m_logos.end();) {
        if (kept.contains(it.key()))
            ++it;
        else
            it = m_logos.erase(it);
    }
    if (!m_apps.isEmpty()) {
        beginRemoveRows(QModelIndex(), 0, int(m_apps.size()) - 1);
        m_apps.clear();
        endRemoveRows();
    }
    if (!apps.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, int(apps.size()) - 1);
        m_apps = apps;
        endInsertRows();
    }
}

void AppListModel::setLogo(const QString &connectionCode, const QImage &logo)
{
    if (logo.isNull())
        m_logos.remove(connectionCode);
    else
        m_logos.insert(connectionCode, logo);
    const int row = rowOf(connectionCode);
    if (row >= 0)
        emit dataChanged(index(row), index(row),
                         {Qt::DecorationRole, ConnectionListModel::LogoRole});
}
