#include "store/StartCopy.h"

#include "store/CacheSchema.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#else
#include <QTimeZone>
#endif

namespace {

constexpr char Magic[] = "PIM-START-COPY";
constexpr quint32 FormatVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

// One file's part of the stamp: whether it exists, its size, modification time and inode.
void stampFile(QDataStream &out, const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        out << false;
        return;
    }
    out << true << qint64(st.st_size) << qint64(st.st_mtim.tv_sec) << qint64(st.st_mtim.tv_nsec)
        << quint64(st.st_ino) << quint64(st.st_dev);
#else
    const QFileInfo info(path);
    out << info.exists();
    if (info.exists())
        out << qint64(info.size()) << info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
#endif
}

// The writers and readers of each part. A reader leaves the stream's status at ReadCorruptData
// for a value that cannot be ours, so that read() gives nothing rather than a wrong copy.

void put(QDataStream &out, const std::optional<QString> &value)
{
    out << value.has_value() << value.value_or(QString());
}

bool get(QDataStream &in, std::optional<QString> *value)
{
    bool has = false;
    QString read;
    in >> has >> read;
    *value = has ? std::optional<QString>(read) : std::nullopt;
    return in.status() == QDataStream::Ok;
}

bool corrupt(QDataStream &in)
{
    in.setStatus(QDataStream::ReadCorruptData);
    return false;
}

bool getFlowType(QDataStream &in, FlowType *type)
{
    qint32 value = -1;
    in >> value;
    if (value < int(FlowType::Source) || value > int(FlowType::Other))
        return corrupt(in);
    *type = FlowType(value);
    return in.status() == QDataStream::Ok;
}

// Lists: a count, then each item; a count the rest of the file cannot hold is corrupt.
template<typename T, typename Put> void putList(QDataStream &out, const QList<T> &list, Put p)
{
    out << qint64(list.size());
    for (const T &item : list)
        p(out, item);
}

template<typename T, typename Get> bool getList(QDataStream &in, QList<T> *list, Get g)
{
    qint64 count = -1;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > in.device()->bytesAvailable())
        return corrupt(in);
    list->clear();
    list->reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        T item{};
        if (!g(in, &item))
            return false;
        list->append(std::move(item));
    }
    return true;
}

void putConnection(QDataStream &out, const CachedConnection &c)
{
    out << c.connection.code << c.connection.label << qint32(c.connection.flowType)
        << c.connection.image << c.connection.auditable << c.connection.type << c.hasDetails
        << c.clientId << c.username << c.userRoleId;
    put(out, c.userGroupId);
    out << c.detailsFetchedAt;
}

bool getConnection(QDataStream &in, CachedConnection *c)
{
    in >> c->connection.code >> c->connection.label;
    if (!getFlowType(in, &c->connection.flowType))
        return false;
    in >> c->connection.image >> c->connection.auditable >> c->connection.type >> c->hasDetails >>
        c->clientId >> c->username >> c->userRoleId;
    if (!get(in, &c->userGroupId))
        return false;
    in >> c->detailsFetchedAt;
    return in.status() == QDataStream::Ok;
}

void putApp(QDataStream &out, const CachedApp &cached)
{
    const ConnectedApp &a = cached.app;
    out << a.id << a.name << a.scopes << a.connectionCode;
    put(out, a.logo);
    put(out, a.author);
    put(out, a.userGroupName);
    out << a.connectionUsername << a.categories << a.certified;
    put(out, a.partner);
    out << a.isCustomApp << a.isPending << a.hasOutdatedScopes;
    out << cached.settings.has_value();
    if (cached.settings)
        out << qint32(cached.settings->flowType) << cached.settings->auditable;
    out << cached.settingsAsOf;
}

bool getApp(QDataStream &in, CachedApp *cached)
{
    ConnectedApp &a = cached->app;
    in >> a.id >> a.name >> a.scopes >> a.connectionCode;
    if (!get(in, &a.logo) || !get(in, &a.author) || !get(in, &a.userGroupName))
        return false;
    in >> a.connectionUsername >> a.categories >> a.certified;
    if (!get(in, &a.partner))
        return false;
    in >> a.isCustomApp >> a.isPending >> a.hasOutdatedScopes;
    bool hasSettings = false;
    in >> hasSettings;
    if (hasSettings) {
        AppMonitoringSettings settings;
        if (!getFlowType(in, &settings.flowType))
            return false;
        in >> settings.auditable;
        cached->settings = settings;
    }
    in >> cached->settingsAsOf;
    return in.status() == QDataStream::Ok;
}

void putSnapshot(QDataStream &out, const CacheSnapshot &s)
{
    putList(out, s.connections, putConnection);
    out << s.logos << s.logoThumbnails;
    out << qint64(s.wrongCredentials.byCode.size());
    for (auto it = s.wrongCredentials.byCode.cbegin(); it != s.wrongCredentials.byCode.cend();
         ++it) {
        out << it.key();
        putList(out, it.value(), [](QDataStream &o, const WrongCredentialsUse &use) {
            o << use.username << use.date;
        });
    }
    out << s.maxLimitReached.has_value() << s.maxLimitReached.value_or(false);
    out << s.roles.has_value();
    if (s.roles)
        putList(out, *s.roles, [](QDataStream &o, const UserRole &r) {
            o << r.id << r.role << r.label << r.type;
        });
    out << s.groups.has_value();
    if (s.groups)
        putList(out, *s.groups,
                [](QDataStream &o, const UserGroup &g) { o << g.id << g.name << g.isDefault; });
    out << s.syncedAt;
}

bool getSnapshot(QDataStream &in, CacheSnapshot *s)
{
    if (!getList(in, &s->connections, getConnection))
        return false;
    in >> s->logos >> s->logoThumbnails;
    qint64 codes = -1;
    in >> codes;
    if (in.status() != QDataStream::Ok || codes < 0 || codes > in.device()->bytesAvailable())
        return corrupt(in);
    for (qint64 i = 0; i < codes; ++i) {
        QString code;
        in >> code;
        QList<WrongCredentialsUse> uses;
        if (!getList(in, &uses, [](QDataStream &i2, WrongCredentialsUse *use) {
                i2 >> use->username >> use->date;
                return i2.status() == QDataStream::Ok;
            }))
            return false;
        s->wrongCredentials.byCode.insert(code, uses);
    }
    bool hasLimit = false;
    bool limit = false;
    in >> hasLimit >> limit;
    s->maxLimitReached = hasLimit ? std::optional<bool>(limit) : std::nullopt;
    bool hasRoles = false;
    in >> hasRoles;
    if (hasRoles) {
        QList<UserRole> roles;
        if (!getList(in, &roles, [](QDataStream &i2, UserRole *r) {
                i2 >> r->id >> r->role >> r->label >> r->type;
                return i2.status() == QDataStream::Ok;
            }))
            return false;
        s->roles = roles;
    }
    bool hasGroups = false;
    in >> hasGroups;
    if (hasGroups) {
        QList<UserGroup> groups;
        if (!getList(in, &groups, [](QDataStream &i2, UserGroup *g) {
                i2 >> g->id >> g->name >> g->isDefault;
                return i2.status() == QDataStream::Ok;
            }))
            return false;
        s->groups = groups;
    }
    in >> s->syncedAt;
    return in.status() == QDataStream::Ok;
}

} // namespace

QString StartCopy::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".start");
}

QByteArray StartCopy::stampOf(const QString &databasePath)
{
    QByteArray stamp;
    QDataStream out(&stamp, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    stampFile(out, databasePath);
    stampFile(out, databasePath + QStringLiteral("-wal"));
    return stamp;
}

bool StartCopy::write(const QString &path, const StartCopy &copy, const QByteArray &stamp,
                      QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out.setVersion(StreamVersion);
    out.writeRawData(Magic, sizeof Magic);
    out << FormatVersion << qint32(CacheSchema::CurrentVersion) << stamp << copy.instanceId;
    putSnapshot(out, copy.snapshot);
    putList(out, copy.apps.value, putApp);
    out << copy.apps.asOf << copy.appLogos;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<StartCopy> StartCopy::read(const QString &path, const QByteArray &stamp)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(StreamVersion);
    char magic[sizeof Magic] = {};
    if (in.readRawData(magic, sizeof magic) != qsizetype(sizeof magic) ||
        std::memcmp(magic, Magic, sizeof Magic) != 0)
        return std::nullopt;
    quint32 format = 0;
    qint32 schema = 0;
    QByteArray writtenStamp;
    in >> format;
    if (format != FormatVersion)
        return std::nullopt;
    in >> schema >> writtenStamp;
    if (in.status() != QDataStream::Ok || schema != CacheSchema::CurrentVersion ||
        writtenStamp != stamp)
        return std::nullopt;
    StartCopy copy;
    in >> copy.instanceId;
    if (!getSnapshot(in, &copy.snapshot) || !getList(in, &copy.apps.value, getApp))
        return std::nullopt;
    in >> copy.apps.asOf >> copy.appLogos;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return copy;
}
