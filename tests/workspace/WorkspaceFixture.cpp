#include "WorkspaceFixture.h"

#include "items/ConnectionListModel.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace WorkspaceTest {

const QDateTime fixedNow(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
const QUrl pimUrl(u"https://pim.test"_s);

const char *kindText(Kind kind)
{
    static QByteArray text;
    text = ApiError::kindName(kind).toUtf8();
    return text.constData();
}

Connection listed(const QString &code, const QString &label, const QString &image)
{
    Connection connection;
    connection.code = code;
    connection.label = label;
    connection.image = image;
    return connection;
}

Answer<Workspace::Details> openDetails(Workspace *workspace, const QString &code)
{
    Answer<Workspace::Details> answer;
    QObject context; // no answer after the wait: it would have nowhere to go
    workspace->loadDetails(code, &context, answer.callback());
    answer.wait();
    return answer;
}

} // namespace WorkspaceTest

using namespace WorkspaceTest;

WorkspaceFixture::WorkspaceFixture() = default;
WorkspaceFixture::~WorkspaceFixture() = default;

void WorkspaceFixture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cachePath = m_dir->filePath(u"cache.sqlite"_s);
    m_network = new SwitchableNetwork;
    m_pim = std::make_unique<FakeConnectionsPim>(m_network);
    m_pim->add(u"erp"_s, u"ERP"_s, FlowType::Source, u"a/b/c/d/1f_erp.png"_s);
    m_pim->add(u"shop"_s, u"Shop"_s, FlowType::Destination);
    m_cache = new ConnectionCache(m_cachePath);
    auto backend = std::make_unique<FakeSecretBackend>();
    m_keychain = backend.get();
    m_secrets = new SecretStore(std::move(backend));
    m_secrets->setTimeout(std::chrono::seconds(5));
    m_instance = PimInstance{u"instance-1"_s, u"Test PIM"_s, pimUrl, u"admin"_s};
}

void WorkspaceFixture::cleanup()
{
    dropWorkspace();
    delete m_secrets;
    delete m_cache;
    m_pim.reset();
    delete m_network;
    m_dir.reset();
}

Workspace::Options WorkspaceFixture::fastRetries() const
{
    Workspace::Options options;
    options.retryInterval = std::chrono::milliseconds(20);
    options.maxRetryInterval = std::chrono::milliseconds(80);
    return options;
}

Workspace *WorkspaceFixture::makeWorkspace(Workspace::Options options)
{
    dropWorkspace();
    Workspace::Dependencies deps;
    deps.cache = m_cache;
    deps.secrets = m_secrets;
    deps.network = m_network;
    deps.clock = [] {
        return fixedNow;
    };
    m_workspace = new Workspace(m_instance, deps, options);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_workspace->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_workspace;
}

void WorkspaceFixture::dropWorkspace()
{
    m_tester.reset();
    delete m_workspace;
    m_workspace = nullptr;
}

void WorkspaceFixture::seedCache(const CacheSnapshot &snapshot)
{
    bool stored = false;
    QObject context;
    m_cache->replaceSnapshot(m_instance.id, snapshot, &context, [&](const CacheStatus &status) {
        QVERIFY2(status.ok(), qPrintable(status.error));
        stored = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 5000));
}

CacheSnapshot WorkspaceFixture::cachedSnapshot()
{
    std::optional<CacheSnapshot> loaded;
    QObject context;
    m_cache->loadSnapshot(m_instance.id, &context,
                          [&](const CacheValue<CacheSnapshot> &value) { loaded = value.value; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 5000))
        return {};
    return *loaded;
}

QByteArray WorkspaceFixture::cachedLogo(const QString &imagePath)
{
    std::optional<QByteArray> loaded;
    QObject context;
    m_cache->loadLogo(m_instance.id, imagePath, &context,
                      [&](const CacheValue<QByteArray> &value) { loaded = value.value; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 5000))
        return {};
    return *loaded;
}

std::optional<CachedConnection> WorkspaceFixture::cached(const QString &code)
{
    const CacheSnapshot snapshot = cachedSnapshot();
    const CachedConnection *found = snapshot.find(code);
    return found ? std::optional<CachedConnection>(*found) : std::nullopt;
}

void WorkspaceFixture::rememberAdminPassword(const QString &password)
{
    m_keychain->entries.insert(SecretKey::adminPassword(pimUrl, u"admin"_s).toString(), password);
}

bool WorkspaceFixture::startOnline(Workspace *workspace)
{
    rememberAdminPassword(m_pim->auth.password);
    workspace->start();
    return QTest::qWaitFor(
               [workspace] { return workspace->connectivity() == Connectivity::Online; }, 5000) &&
           waitIdle(workspace);
}

bool WorkspaceFixture::waitIdle(Workspace *workspace)
{
    return QTest::qWaitFor([workspace] { return !workspace->isBusy(); }, 5000);
}

QString WorkspaceFixture::keychain(const SecretKey &key) const
{
    return m_keychain->entries.value(key.toString());
}

bool WorkspaceFixture::inKeychain(const SecretKey &key) const
{
    return m_keychain->entries.contains(key.toString());
}

QByteArray WorkspaceFixture::cacheFileBytes()
{
    // Everything queued is written when the cache closes.
    dropWorkspace();
    delete m_cache;
    m_cache = nullptr;
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
        QFile file(m_cachePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    m_cache = new ConnectionCache(m_cachePath);
    return bytes;
}

void WorkspaceFixture::spoilCacheFile()
{
    dropWorkspace();
    delete m_cache;
    m_cache = nullptr;
    QFile file(m_cachePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    m_cache = new ConnectionCache(m_cachePath);
}
