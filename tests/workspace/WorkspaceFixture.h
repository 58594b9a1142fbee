#pragma once

// What the Workspace tests share (tests only): a fake PIM with two connections on a switchable
// fake network, a real ConnectionCache on a temporary file, the fake keychain, and helpers to
// wait for answers. Each test class derives from WorkspaceFixture, which sets them up before
// each test (init) and takes them down after it (cleanup).
#include "FakeConnectionsPim.h"
#include "FakeSecretBackend.h"
#include "SwitchableNetwork.h"
#include "store/CacheSnapshot.h"
#include "store/SecretKey.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class ConnectionCache;
class SecretStore;

namespace WorkspaceTest {

using Kind = ApiError::Kind;
using Connectivity = Workspace::Connectivity;

extern const QDateTime fixedNow;
extern const QUrl pimUrl;

// Waits for a callback's answer.
template<typename T> struct Answer
{
    std::optional<std::pair<ApiError, T>> result;
    Workspace::Callback<T> callback()
    {
        return [this](const ApiError &error, const T &value) {
            result.emplace(error, value);
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    ApiError error() const { return result ? result->first : ApiError(); }
    T value() const { return result ? result->second : T(); }
};

struct Done
{
    std::optional<ApiError> result;
    Workspace::DoneCallback callback()
    {
        return [this](const ApiError &error) {
            result = error;
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

// For QVERIFY2 messages.
const char *kindText(Kind kind);

// A connection as the list gives it (no credentials).
Connection listed(const QString &code, const QString &label, const QString &image = QString());

// Opens a connection's page and waits for the answer (none: `result` stays empty).
Answer<Workspace::Details> openDetails(Workspace *workspace, const QString &code);

} // namespace WorkspaceTest

class WorkspaceFixture : public QObject
{
    Q_OBJECT

protected:
    WorkspaceFixture();
    ~WorkspaceFixture() override;

    // The workspace under test (at most one at a time: a new one replaces the previous one).
    Workspace *makeWorkspace(Workspace::Options options = {});
    void dropWorkspace();
    Workspace::Options fastRetries() const;
    void seedCache(const CacheSnapshot &snapshot);
    CacheSnapshot cachedSnapshot();
    // The full bytes of a logo kept in the cache (empty: none).
    QByteArray cachedLogo(const QString &imagePath);
    std::optional<CachedConnection> cached(const QString &code);
    // Remembers the PIM's password in the keychain, starts and waits until online and idle.
    bool startOnline(Workspace *workspace);
    bool waitIdle(Workspace *workspace);
    void rememberAdminPassword(const QString &password);
    QString keychain(const SecretKey &key) const;
    bool inKeychain(const SecretKey &key) const;
    // Every byte the cache wrote (the workspace goes, the cache closes and opens again).
    QByteArray cacheFileBytes();
    // Replaces the cache file with garbage and opens it again: it is set aside.
    void spoilCacheFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cachePath;
    SwitchableNetwork *m_network = nullptr;
    std::unique_ptr<FakeConnectionsPim> m_pim;
    ConnectionCache *m_cache = nullptr;
    FakeSecretBackend *m_keychain = nullptr; // owned by m_secrets
    SecretStore *m_secrets = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PimInstance m_instance;

private slots:
    void init();
    void cleanup();
};
