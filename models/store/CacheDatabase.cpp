#include "store/CacheDatabase.h"

#include "store/CacheSchema.h"
#include "store/StoreLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <iterator>

namespace {

// SQLite's primary result codes (the driver may report extended ones: keep the low byte).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// A file that SQLite would open is empty or starts with its 100-byte header. Checked before
// SQLite sees the file, so that a file of another kind is set aside untouched, with its -wal.
bool hasSqliteHeader(const QString &path, QString *detail)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return true; // let SQLite report why it cannot be read
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *detail = CacheDatabase::tr("not an SQLite file");
        return false;
    }
    if (header.size() < 100) {
        *detail = CacheDatabase::tr("truncated file");
        return false;
    }
    return true;
}

QString describe(const QSqlError &error)
{
    // databaseText() is SQLite's own sentence ("database is locked"); driverText() is Qt's.
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

QString CacheDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache.sqlite");
}

CacheDatabase::CacheDatabase(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("pim-cache-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

CacheDatabase::~CacheDatabase()
{
    close();
}

void CacheDatabase::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = qMax(0, milliseconds);
}

void CacheDatabase::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime CacheDatabase::now() const
{
    return m_clock().toUTC();
}

bool CacheDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void CacheDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // every handle on the connection must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_connectionName);
}

CacheOpenResult CacheDatabase::open()
{
    close();
    CacheOpenResult result;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.status = CacheOpenResult::Status::Unavailable;
        result.message = tr("The offline copy of your connections cannot be created, because the "
                            "folder %1 cannot be created. The app works without it until it "
                            "is restarted; check the permissions of that folder.")
                             .arg(QDir::toNativeSeparators(info.absolutePath()));
        qCWarning(lcCache) << "cannot create" << info.absolutePath();
        return result;
    }
    Attempt attempt;
    QString headerDetail;
    if (hasSqliteHeader(m_path, &headerDetail))
        attempt = tryOpen(isCheckDue());
    else
        attempt = Attempt{Problem::Corrupt, headerDetail, 0};
    if (attempt.problem == Problem::None) {
        result.previousVersion = attempt.version;
        if (attempt.version == CacheSchema::CurrentVersion)
            result.status = CacheOpenResult::Status::Opened;
        else if (attempt.version == 0) // no file, or an empty one
            result.status = CacheOpenResult::Status::Created;
        else
            result.status = CacheOpenResult::Status::Migrated;
        qCInfo(lcCache) << "cache" << m_path << "ready, schema" << attempt.version << "->"
                        << CacheSchema::CurrentVersion << (attempt.checked ? "(checked)" : "");
        if (attempt.checked)
            markChecked();
        return result;
    }

    qCWarning(lcCache) << "cache" << m_path << "unusable:" << int(attempt.problem)
                       << attempt.detail;
    if (attempt.problem == Problem::Failed) {
        close();
        result.status = CacheOpenResult::Status::Unavailable;
        result.message = tr("The offline copy of your connections (%1) cannot be opened: %2. "
                            "The app works without it until it is restarted.")
                             .arg(QDir::toNativeSeparators(m_path), attempt.detail);
        return result;
    }

    close();
    QString target;
    QString error;
    if (!setAside(attempt.problem, &target, &error)) {
        result.status = CacheOpenResult::Status::Unavailable;
        result.message = tr("The offline copy of your connections (%1) is unusable and cannot be "
                            "set aside: %2. The app works without it until it is restarted; "
                            "move or delete that file.")
                             .arg(QDir::toNativeSeparators(m_path), error);
        return result;
    }
    result.setAsidePath = target;
    result.message = problemMessage(attempt.problem, target);

    const Attempt fresh = tryOpen(true);
    if (fresh.problem != Problem::None) {
        close();
        result.status = CacheOpenResult::Status::Unavailable;
        result.message +=
            QLatin1Char(' ') + tr("A new offline copy cannot be created either (%1): the app works "
                                  "without it until it is restarted.")
                                   .arg(fresh.detail);
        return result;
    }
    if (fresh.checked)
        markChecked();
    result.status = CacheOpenResult::Status::Reset;
    return result;
}

QString CacheDatabase::checkMarkPath() const
{
    return m_path + QLatin1String(".checked");
}

bool CacheDatabase::isCheckDue() const
{
    // A -wal at opening: the last session did not end (the last connection to close folds the
    // -wal into the file and deletes it), or another program has the file open.
    if (QFileInfo::exists(m_path + QLatin1String("-wal")))
        return true;
    const QFileInfo mark(checkMarkPath());
    if (!mark.exists())
        return true;
    const qint64 age = mark.lastModified().secsTo(now());
    return age < 0 ? false : age > CheckIntervalSeconds;
}

void CacheDatabase::markChecked() const
{
    QFile mark(checkMarkPath());
    if (mark.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        mark.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        mark.setFileTime(now(), QFileDevice::FileModificationTime);
    }
}

void CacheDatabase::oweCheck() const
{
    QFile::remove(checkMarkPath());
}

CacheDatabase::Attempt CacheDatabase::tryOpen(bool check)
{
    Attempt attempt;
    auto fail = [&](Problem problem, const QString &detail) {
        attempt.problem = problem;
        attempt.detail = detail;
        return attempt;
    };
    auto failWith = [&](const QSqlError &error) {
        const int code = primaryCode(error);
        Problem problem = Problem::Failed;
        if (code == SqliteBusy || code == SqliteLocked)
            problem = Problem::Locked;
        else if (code == SqliteCorrupt || code == SqliteNotADatabase)
            problem = Problem::Corrupt;
        return fail(problem, describe(error));
    };

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!db.open())
            return failWith(db.lastError());
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

    auto pragmaInt = [&](const QString &sql, int *out) -> std::optional<QSqlError> {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return query.lastError();
        *out = query.next() ? query.value(0).toInt() : 0;
        return std::nullopt;
    };

    int version = 0;
    if (auto error = pragmaInt(QStringLiteral("PRAGMA user_version"), &version))
        return failWith(*error);
    attempt.version = version;

    if (check) {
        // Reads every page: 13 ms for 100 PIMs' worth of cache. Done when due (isCheckDue()),
        // not at every start; a read or write that fails in between makes it due again.
        QSqlQuery quickCheck(db);
        if (!quickCheck.exec(QStringLiteral("PRAGMA quick_check")))
            return failWith(quickCheck.lastError());
        QStringList findings;
        while (quickCheck.next())
            findings.append(quickCheck.value(0).toString());
        if (findings != QStringList{QStringLiteral("ok")})
            return fail(Problem::Corrupt, findings.mid(0, 3).join(QStringLiteral("; ")));
        attempt.checked = true;
    }

    int applicationId = 0;
    int tableCount = 0;
    if (auto error = pragmaInt(QStringLiteral("PRAGMA application_id"), &applicationId))
        return failWith(*error);
    if (auto error = pragmaInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tableCount))
        return failWith(*error);
    if (applicationId != CacheSchema::ApplicationId && (applicationId != 0 || tableCount > 0))
        return fail(Problem::Foreign, tr("not a cache of this app"));
    if (version > CacheSchema::CurrentVersion)
        return fail(Problem::Newer, tr("schema version %1, this app knows up to %2")
                                        .arg(version)
                                        .arg(CacheSchema::CurrentVersion));

    {
        QSqlQuery mode(db);
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return failWith(mode.lastError());
        const QString journal = mode.next() ? mode.value(0).toString() : QString();
        if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcCache) << "WAL refused, journal mode is" << journal;
    }
    {
        QSqlQuery sync(db);
        if (!sync.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
            return failWith(sync.lastError());
    }

    // Takes the write lock even when there is nothing to migrate: a file that another program
    // keeps locked is found now, not at the first sync.
    QString error;
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failWith(begin.lastError());
    }
    QSqlError stepFailure;
    const bool migrated = version == CacheSchema::CurrentVersion ||
                          CacheSchema::migrate(
                              version,
                              [&db, &stepFailure](const QString &sql, QString *stepError) {
                                  QSqlQuery step(db);
                                  if (step.exec(sql))
                                      return true;
                                  stepFailure = step.lastError();
                                  *stepError = describe(stepFailure);
                                  return false;
                              },
                              &error);
    QSqlQuery end(db);
    if (!migrated) {
        end.exec(QStringLiteral("ROLLBACK"));
        // A lock or a damaged file is reported as such; any other refusal means this file
        // cannot be brought up to date (it was changed by hand, or by a broken build).
        const Attempt why = failWith(stepFailure);
        const QString detail =
            tr("upgrade from schema version %1 failed: %2").arg(version).arg(error);
        if (why.problem == Problem::Locked || why.problem == Problem::Corrupt)
            return fail(why.problem, detail);
        const int code = primaryCode(stepFailure);
        const bool sqlRefused = code == 1 /* SQLITE_ERROR */ || code == 19 /* CONSTRAINT */ ||
                                code == 20 /* MISMATCH */;
        return fail(sqlRefused ? Problem::Unmigratable : Problem::Failed, detail);
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QSqlError commitError = end.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failWith(commitError);
    }
    return attempt;
}

bool CacheDatabase::setAside(Problem problem, QString *target, QString *error)
{
    // The word in the set-aside file's name, in the order of Problem.
    static const char *const reasons[] = {"unusable", "corrupt",      "foreign", "locked",
                                          "newer",    "unmigratable", "unusable"};
    static_assert(std::size(reasons) == std::size_t(Problem::Failed) + 1);
    const QString reason = QLatin1String(reasons[int(problem)]);
    const QString stamp = now().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString base = m_path + QLatin1Char('.') + reason + QLatin1Char('-') + stamp;
    for (int n = 2; QFileInfo::exists(base) || QFileInfo::exists(base + QLatin1String("-wal")); ++n)
        base = m_path + QLatin1Char('.') + reason + QLatin1Char('-') + stamp + QLatin1Char('-') +
               QString::number(n);

    oweCheck(); // it vouched for the file set aside
    if (QFileInfo::exists(m_path) && !QFile::rename(m_path, base)) {
        *error = tr("cannot rename %1").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // The -wal holds committed pages of the set-aside file: keep them with it, under the names
    // SQLite looks for, so that the file can still be examined.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        const QString from = m_path + suffix;
        if (QFileInfo::exists(from) && !QFile::rename(from, base + suffix)) {
            // A stale -wal next to a new file would be replayed into it: never leave one.
            if (!QFile::remove(from)) {
                *error = tr("cannot move %1").arg(QDir::toNativeSeparators(from));
                return false;
            }
        }
    }
    qCWarning(lcCache) << "cache set aside as" << base;
    *target = base;
    return true;
}

QString CacheDatabase::problemMessage(Problem problem, const QString &target) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString aside = QDir::toNativeSeparators(target);
    switch (problem) {
    case Problem::Corrupt:
        return tr("The offline copy of your connections (%1) was damaged. It was set aside as %2 "
                  "and a new, empty one was started: your connections will be downloaded again "
                  "from the PIM.")
            .arg(file, aside);
    case Problem::Foreign:
        return tr("The file %1 is not an offline copy made by this app. It was set aside as %2 "
                  "and a new, empty one was started: your connections will be downloaded again "
                  "from the PIM.")
            .arg(file, aside);
    case Problem::Locked:
        return tr("The offline copy of your connections (%1) is locked by another program. It was "
                  "set aside as %2 and a new, empty one was started: your connections will be "
                  "downloaded again from the PIM. If another copy of this app is running, close "
                  "it.")
            .arg(file, aside);
    case Problem::Newer:
        return tr("The offline copy of your connections (%1) was written by a newer version of "
                  "this app. It was set aside as %2 and a new, empty one was started: your "
                  "connections will be downloaded again from the PIM.")
            .arg(file, aside);
    case Problem::Unmigratable:
        return tr("The offline copy of your connections (%1) is in an old format that this "
                  "version of the app cannot bring up to date. It was set aside as %2 and a new, "
                  "empty one was started: your connections will be downloaded again from the "
                  "PIM.")
            .arg(file, aside);
    case Problem::None:
    case Problem::Failed:
        break;
    }
    return tr("The offline copy of your connections (%1) was set aside as %2.").arg(file, aside);
}

CacheStatus CacheDatabase::notOpen() const
{
    return CacheStatus::failure(tr("The offline copy of your connections is not available."));
}

bool CacheDatabase::exec(QSqlQuery &query, QString *error)
{
    if (m_inWrite) {
        ++m_statementIndex;
        if (m_hook && !m_hook(m_statementIndex)) {
            *error = tr("statement %1 refused by the test hook").arg(m_statementIndex);
            return false;
        }
    }
    if (query.exec())
        return true;
    *error = describe(query.lastError());
    // SQLITE_FULL (13), or SQLITE_IOERR (10, and its extended codes such as IOERR_WRITE)
    // when a write is refused (a full disk, a file-size limit): said as such (write()).
    const int code = query.lastError().nativeErrorCode().toInt();
    m_diskFailed = m_diskFailed || (code & 0xff) == 13 || (code & 0xff) == 10;
    return false;
}

bool CacheDatabase::execSql(const QString &sql, QString *error)
{
    return execSql(sql, {}, error);
}

bool CacheDatabase::execSql(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql)) {
        *error = describe(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, error);
}
