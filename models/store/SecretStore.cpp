#include "store/SecretStore.h"

#include "store/StoreLogging.h"

#include <QTimer>

void SecretStore::wipe(QString &text)
{
    if (!text.isEmpty())
        text.fill(QChar(u'\0'));
    text.clear();
}

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    Q_ASSERT(m_backend);
}

SecretStore::~SecretStore()
{
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        wipe(it.value());
    m_memory.clear();
    for (Pending &pending : m_pending)
        wipe(pending.value);
    // Pending callbacks are not called; the backend's answers die with this object's
    // connections.
}

void SecretStore::store(const SecretKey &key, const QString &value, QObject *context, Callback done)
{
    start(Operation::Write, key, value, context, std::move(done));
}

void SecretStore::read(const SecretKey &key, QObject *context, Callback done)
{
    start(Operation::Read, key, QString(), context, std::move(done));
}

void SecretStore::remove(const SecretKey &key, QObject *context, Callback done)
{
    start(Operation::Remove, key, QString(), context, std::move(done));
}

void SecretStore::start(Operation operation, const SecretKey &key, const QString &value,
                        QObject *context, Callback done)
{
    Q_ASSERT(!context || context->thread() == thread());
    if (!key.isValid()) {
        SecretResult invalid;
        invalid.status = SecretResult::Status::Failed;
        invalid.detail = tr("no PIM address or no name given");
        deliverLater(context, std::move(done), invalid);
        return;
    }
    const QString name = key.toString();
    if (m_memoryOnly) {
        deliverLater(context, std::move(done), fromMemory(operation, name, value));
        return;
    }

    const quint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.operation = operation;
    pending.key = name;
    pending.value = value;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] { timedOut(id); });
    pending.timer->start(m_timeout);

    auto reply = [this, id](const SecretBackend::Reply &r) {
        answered(id, r);
    };
    switch (operation) {
    case Operation::Read:
        m_backend->read(name, this, reply);
        break;
    case Operation::Write:
        m_backend->write(name, value, this, reply);
        break;
    case Operation::Remove:
        m_backend->remove(name, this, reply);
        break;
    }
}

void SecretStore::answered(quint64 id, const SecretBackend::Reply &reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCDebug(lcSecrets) << "late keychain answer ignored";
        return;
    }
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    delete pending.timer;

    SecretResult result;
    switch (reply.status) {
    case SecretBackend::Status::Ok:
        result.value = reply.value;
        break;
    case SecretBackend::Status::NotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case SecretBackend::Status::Denied:
        result.status = SecretResult::Status::Denied;
        result.detail = reply.detail;
        break;
    case SecretBackend::Status::Failed:
        result.status = SecretResult::Status::Failed;
        result.detail = reply.detail;
        break;
    case SecretBackend::Status::NoKeychain:
        switchToMemory(reply.detail);
        result = fromMemory(pending.operation, pending.key, pending.value);
        break;
    }
    if (!result.ok())
        qCInfo(lcSecrets) << "keychain operation on" << pending.key << "ended with"
                          << int(result.status) << result.detail;
    wipe(pending.value);
    deliver(pending, result);
}

void SecretStore::timedOut(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    pending.timer->deleteLater(); // we are inside its timeout signal
    wipe(pending.value);
    qCWarning(lcSecrets) << "keychain did not answer in time on" << pending.key;
    SecretResult result;
    result.status = SecretResult::Status::Timeout;
    deliver(pending, result);
}

void SecretStore::switchToMemory(const QString &detail)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    qCWarning(lcSecrets) << "no keychain:" << detail << "- secrets kept in memory only";
    const QString reason = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    emit keychainUnavailable(
        tr("No system keychain is available%1. Passwords and secrets are kept in memory only "
           "until the app quits: nothing is written to disk, and you will be asked for them "
           "again next time. Install or unlock a keychain (such as GNOME Keyring or KWallet) to "
           "keep them.")
            .arg(reason));
}

SecretResult SecretStore::fromMemory(Operation operation, const QString &key, const QString &value)
{
    SecretResult result;
    result.memoryOnly = true;
    switch (operation) {
    case Operation::Write:
        wipe(m_memory[key]);
        m_memory[key] = value;
        break;
    case Operation::Read: {
        const auto it = m_memory.constFind(key);
        if (it == m_memory.cend())
            result.status = SecretResult::Status::NotFound;
        else
            result.value = it.value();
        break;
    }
    case Operation::Remove: {
        auto it = m_memory.find(key);
        if (it == m_memory.end()) {
            result.status = SecretResult::Status::NotFound;
        } else {
            wipe(it.value());
            m_memory.erase(it);
        }
        break;
    }
    }
    return result;
}

void SecretStore::deliver(Pending &pending, const SecretResult &result)
{
    if (pending.done && (!pending.hasContext || pending.context))
        pending.done(result);
}

void SecretStore::deliverLater(QObject *context, Callback done, const SecretResult &result)
{
    if (!done)
        return;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hasContext, done = std::move(done), result] {
            if (!hasContext || guard)
                done(result);
        },
        Qt::QueuedConnection);
}

void SecretStore::removeConnection(const QUrl &instance, const QString &code, QObject *context,
                                   Callback done)
{
    removeInstance(instance, QString(), {code}, context, std::move(done));
}

void SecretStore::removeInstance(const QUrl &instance, const QString &adminUsername,
                                 const QStringList &codes, QObject *context, Callback done)
{
    QList<SecretKey> keys;
    if (!adminUsername.isEmpty())
        keys.append(SecretKey::adminPassword(instance, adminUsername));
    for (const QString &code : codes) {
        keys.append(SecretKey::connectionSecret(instance, code));
        keys.append(SecretKey::connectionPassword(instance, code));
        keys.append(SecretKey::webhookSecret(instance, code));
    }
    if (keys.isEmpty()) {
        deliverLater(context, std::move(done), SecretResult{});
        return;
    }

    struct Tally
    {
        int waiting = 0;
        SecretResult result;
        Callback done;
    };
    auto tally = std::make_shared<Tally>();
    tally->waiting = int(keys.size());
    tally->done = std::move(done);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    for (const SecretKey &key : keys) {
        // Each answer arrives through this object (no context): the tally counts them all.
        remove(key, nullptr, [tally, guard, hasContext](const SecretResult &one) {
            tally->result.memoryOnly = tally->result.memoryOnly || one.memoryOnly;
            const bool gone = one.ok() || one.status == SecretResult::Status::NotFound;
            if (!gone && tally->result.ok()) {
                tally->result.status = one.status;
                tally->result.detail = one.detail;
            }
            if (--tally->waiting == 0 && tally->done && (!hasContext || guard))
                tally->done(tally->result);
        });
    }
}
