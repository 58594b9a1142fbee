#pragma once

#include "store/SecretBackend.h"
#include "store/SecretKey.h"
#include "store/SecretResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

// The administrator's passwords and the connections' secrets and one-time passwords, kept in
// the system keychain and nowhere else (no file, no log, no cache).
//
// Asynchronous: every operation answers through its callback, later, on this object's thread,
// and only while `context` (optional, in this thread) lives. Every operation has a timeout
// (default 30 s): a keychain that waits forever to be unlocked gives a Timeout answer, and its
// late answer, if any, is ignored. Note: QtKeychain runs its jobs one after the other, so after
// a timeout the next operations may time out too until the keychain answers.
//
// The answers tell apart "not found", "denied", "timeout" and "failed". When there is no
// keychain at all, the store says so once (keychainUnavailable) and from then on keeps
// secrets in memory only, for this session: the operations then succeed with
// SecretResult::memoryOnly set. Never a plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override; // forgets the secrets kept in memory, overwriting them first

    // Overwrites the characters of a secret held in memory, then empties it (best effort: the
    // copies handed out to callers are theirs to drop).
    static void wipe(QString &text);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isMemoryOnly() const { return m_memoryOnly; }

    // Stores or replaces (a regenerated secret replaces the old one).
    void store(const SecretKey &key, const QString &value, QObject *context = nullptr,
               Callback done = {});
    void read(const SecretKey &key, QObject *context, Callback done);
    // Removing what is not there is not an error: Ok or NotFound, depending on the keychain.
    void remove(const SecretKey &key, QObject *context = nullptr, Callback done = {});

    // The secret, the password and the event subscription secret of a deleted connection.
    void removeConnection(const QUrl &instance, const QString &code, QObject *context = nullptr,
                          Callback done = {});
    // Everything of a PIM instance: the administrator's password (if adminUsername is not
    // empty) and the entries of every code given (the keychain cannot list them: take them
    // from the cache, ConnectionCache::knownCodes). One answer: Ok when every entry is gone
    // (NotFound counts as gone), else the first failure.
    void removeInstance(const QUrl &instance, const QString &adminUsername,
                        const QStringList &codes, QObject *context = nullptr, Callback done = {});

signals:
    // Once per store, when the keychain turns out to be missing: `message` is translated.
    void keychainUnavailable(const QString &message);

private:
    enum class Operation { Read, Write, Remove };
    struct Pending
    {
        Operation operation = Operation::Read;
        QString key;
        QString value; // for a write that may end in memory; overwritten when done
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QTimer *timer = nullptr;
    };

    void start(Operation operation, const SecretKey &key, const QString &value, QObject *context,
               Callback done);
    void answered(quint64 id, const SecretBackend::Reply &reply);
    void timedOut(quint64 id);
    SecretResult fromMemory(Operation operation, const QString &key, const QString &value);
    void switchToMemory(const QString &detail);
    void deliver(Pending &pending, const SecretResult &result);
    void deliverLater(QObject *context, Callback done, const SecretResult &result);

    std::unique_ptr<SecretBackend> m_backend;
    std::chrono::milliseconds m_timeout{30000};
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    bool m_memoryOnly = false;
    QHash<QString, QString> m_memory; // only when m_memoryOnly; RAM only, wiped on destruction
};
