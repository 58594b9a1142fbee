#include "store/InstanceRegistry.h"

#include "domain/PimAddress.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"
#include "store/StoreLogging.h"

#include <QUuid>

namespace {

const QString groupKey = QStringLiteral("instances");
const QString lastUsedKey = QStringLiteral("lastUsedInstance");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

InstanceRegistry::InstanceRegistry(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_settings);
    load();
}

InstanceRegistry::~InstanceRegistry() = default;

void InstanceRegistry::setStores(ConnectionCache *cache, SecretStore *secrets)
{
    m_cache = cache;
    m_secrets = secrets;
}

void InstanceRegistry::load()
{
    const int count = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        PimInstance instance;
        instance.id = m_settings->value(QStringLiteral("id")).toString();
        instance.name = m_settings->value(QStringLiteral("name")).toString();
        // Well-formed is enough: a PIM kept with plain http from before that rule stays listed
        // (so that it can be removed, with its keychain entries); the session refuses it.
        const PimAddress address =
            PimAddress::parse(m_settings->value(QStringLiteral("url")).toString());
        instance.baseUrl = address.url();
        instance.username = m_settings->value(QStringLiteral("username")).toString();
        if (instance.id.isEmpty() || !address.isWellFormed() || indexOf(instance.id) >= 0) {
            qCWarning(lcInstances)
                << "skipping an unreadable PIM entry" << i << "in" << m_settings->fileName();
            continue;
        }
        m_instances.append(instance);
    }
    m_settings->endArray();
    m_currentId = m_settings->value(lastUsedKey).toString();
    if (indexOf(m_currentId) < 0)
        m_currentId = m_instances.isEmpty() ? QString() : m_instances.first().id;
}

void InstanceRegistry::save()
{
    m_settings->remove(groupKey);
    m_settings->beginWriteArray(groupKey, int(m_instances.size()));
    for (int i = 0; i < m_instances.size(); ++i) {
        const PimInstance &instance = m_instances[i];
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), instance.id);
        m_settings->setValue(QStringLiteral("name"), instance.name);
        m_settings->setValue(QStringLiteral("url"), instance.baseUrl.toString());
        m_settings->setValue(QStringLiteral("username"), instance.username);
    }
    m_settings->endArray();
    m_settings->setValue(lastUsedKey, m_currentId);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcInstances) << "cannot write" << m_settings->fileName();
        emit saveFailed(tr("The list of PIMs cannot be saved to %1. Your changes are kept until "
                           "the app quits; check that this file can be written.")
                            .arg(m_settings->fileName()));
    }
}

int InstanceRegistry::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_instances.size(); ++i) {
        if (m_instances[i].id == id)
            return i;
    }
    return -1;
}

bool InstanceRegistry::nameTaken(const QString &name, const QString &exceptId) const
{
    for (const PimInstance &instance : m_instances) {
        if (instance.id != exceptId && instance.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<PimInstance> InstanceRegistry::instance(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_instances[i];
}

QString InstanceRegistry::add(const QString &name, const QUrl &baseUrl, const QString &username,
                              QString *error)
{
    const PimAddress address = PimAddress::fromUrl(baseUrl);
    PimInstance instance;
    instance.name = name.trimmed();
    instance.baseUrl = address.url();
    instance.username = username.trimmed();
    if (instance.name.isEmpty()) {
        setError(error, tr("Give this PIM a name, such as \"Production\"."));
        return {};
    }
    if (nameTaken(instance.name, QString())) {
        setError(
            error,
            tr("Another PIM is already called \"%1\": choose another name.").arg(instance.name));
        return {};
    }
    if (!address.isValid()) {
        setError(error, address.error());
        return {};
    }
    if (instance.username.isEmpty()) {
        setError(error, tr("Enter the username you sign in to this PIM with."));
        return {};
    }
    for (const PimInstance &other : std::as_const(m_instances)) {
        if (other.baseUrl == instance.baseUrl && other.username == instance.username) {
            setError(error, tr("This PIM is already in the list, for the same user, as \"%1\".")
                                .arg(other.name));
            return {};
        }
    }
    instance.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_instances.append(instance);
    const bool becomesCurrent = m_currentId.isEmpty();
    if (becomesCurrent)
        m_currentId = instance.id;
    save();
    qCInfo(lcInstances) << "added PIM" << instance.id << instance.baseUrl;
    emit instanceAdded(instance);
    if (becomesCurrent)
        emit currentChanged(m_currentId);
    return instance.id;
}

std::optional<PimInstance> InstanceRegistry::find(const QUrl &baseUrl,
                                                  const QString &username) const
{
    const PimAddress address = PimAddress::fromUrl(baseUrl);
    if (!address.isWellFormed())
        return std::nullopt;
    const QString user = username.trimmed();
    auto matches = [&address, &user](const PimInstance &instance) {
        return instance.baseUrl == address.url() && (user.isEmpty() || instance.username == user);
    };
    // The current one first: the one the app would use for that address.
    if (const std::optional<PimInstance> now = current(); now && matches(*now))
        return now;
    for (const PimInstance &instance : m_instances) {
        if (matches(instance))
            return instance;
    }
    return std::nullopt;
}

std::optional<PimInstance> InstanceRegistry::findOrAdd(const QUrl &baseUrl, const QString &username,
                                                       QString *error, bool *added)
{
    if (added)
        *added = false;
    if (!username.trimmed().isEmpty()) {
        if (std::optional<PimInstance> found = find(baseUrl, username))
            return found;
    }
    const PimAddress address = PimAddress::fromUrl(baseUrl);
    if (!address.isValid()) {
        setError(error, address.error());
        return std::nullopt;
    }
    // Named after its server ("pim.example.com", "127.0.0.1:8080"), "(2)"... when taken.
    const QString server = address.url().authority();
    QString name = server;
    for (int n = 2; nameTaken(name, QString()); ++n)
        name = tr("%1 (%2)").arg(server).arg(n);
    const QString id = add(name, address.url(), username, error);
    if (id.isEmpty())
        return std::nullopt;
    if (added)
        *added = true;
    return instance(id);
}

bool InstanceRegistry::rename(const QString &id, const QString &name, QString *error)
{
    const int i = indexOf(id);
    if (i < 0) {
        setError(error, tr("This PIM is no longer in the list."));
        return false;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("Give this PIM a name, such as \"Production\"."));
        return false;
    }
    if (nameTaken(trimmed, id)) {
        setError(error,
                 tr("Another PIM is already called \"%1\": choose another name.").arg(trimmed));
        return false;
    }
    if (m_instances[i].name == trimmed)
        return true;
    m_instances[i].name = trimmed;
    save();
    emit instanceRenamed(m_instances[i]);
    return true;
}

bool InstanceRegistry::setCurrent(const QString &id)
{
    if (indexOf(id) < 0)
        return false;
    if (m_currentId == id)
        return true;
    m_currentId = id;
    save();
    emit currentChanged(m_currentId);
    return true;
}

bool InstanceRegistry::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    const PimInstance removed = m_instances.takeAt(i);
    const bool currentGone = m_currentId == id;
    if (currentGone)
        m_currentId = m_instances.isEmpty() ? QString() : m_instances.first().id;
    save();
    qCInfo(lcInstances) << "removed PIM" << removed.id << removed.baseUrl;
    emit instanceRemoved(removed);
    if (currentGone)
        emit currentChanged(m_currentId);
    cleanUp(removed);
    return true;
}

void InstanceRegistry::cleanUp(const PimInstance &removed)
{
    if (!m_cache && !m_secrets)
        return;

    // Keychain entries are keyed by URL (SecretKey): leave those another instance still uses.
    bool urlShared = false;
    bool adminShared = false;
    for (const PimInstance &other : std::as_const(m_instances)) {
        if (other.baseUrl == removed.baseUrl) {
            urlShared = true;
            adminShared = adminShared || other.username == removed.username;
        }
    }

    struct Outcome
    {
        QStringList problems;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString id = removed.id;

    auto finish = [this, id, outcome] {
        const bool ok = outcome->problems.isEmpty();
        emit instanceCleanedUp(id, ok, ok ? QString() : outcome->problems.join(QLatin1Char(' ')));
    };
    auto removeCache = [this, id, outcome, finish] {
        if (!m_cache) {
            finish();
            return;
        }
        m_cache->removeInstance(id, this, [outcome, finish](const CacheStatus &status) {
            if (!status.ok())
                outcome->problems.append(status.error);
            finish();
        });
    };
    auto removeSecrets = [this, removed, urlShared, adminShared, outcome,
                          removeCache](const QStringList &codes) {
        if (!m_secrets) {
            removeCache();
            return;
        }
        m_secrets->removeInstance(
            removed.baseUrl, adminShared ? QString() : removed.username,
            urlShared ? QStringList() : codes, this,
            [outcome, removeCache, name = removed.name](const SecretResult &result) {
                if (!result.ok())
                    outcome->problems.append(
                        tr("Some passwords or secrets of \"%1\" could not be removed from the "
                           "system keychain: %2")
                            .arg(name, result.message()));
                removeCache();
            });
    };

    // The keychain cannot be listed: the cache knows which connection codes had entries.
    if (m_cache && m_secrets && !urlShared) {
        m_cache->knownCodes(id, this,
                            [outcome, removeSecrets](const CacheValue<QStringList> &codes) {
                                if (!codes.ok())
                                    outcome->problems.append(codes.error);
                                removeSecrets(codes.value);
                            });
    } else {
        removeSecrets({});
    }
}
