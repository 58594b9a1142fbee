#pragma once

#include "store/PimInstance.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

class ConnectionCache;
class SecretStore;

// The list of PIM instances, the one in use, and the one used last (restored at the next
// start), kept in QSettings: ids, names, URLs and usernames only, never a password (an
// address with user info is refused).
//
// Removing an instance takes it off the list at once; then, when setStores() was called, its
// cache snapshot and its keychain entries (the administrator's password, and the secret and
// password of every connection code the cache knows) are removed in the background, and
// instanceCleanedUp() tells how it went. Keychain entries are keyed by URL: when another
// instance of the list has the same URL, the connections' entries are left to it (and the
// administrator's password too if the username is the same).
class InstanceRegistry : public QObject
{
    Q_OBJECT

public:
    // `settings` holds the list (the app passes a default QSettings, tests an INI file).
    explicit InstanceRegistry(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~InstanceRegistry() override;

    // Where removal cleans up; either may be null. They must outlive this object.
    void setStores(ConnectionCache *cache, SecretStore *secrets);

    QList<PimInstance> instances() const { return m_instances; } // in the order they were added
    std::optional<PimInstance> instance(const QString &id) const;
    QString currentId() const { return m_currentId; } // empty when the list is empty
    std::optional<PimInstance> current() const { return instance(m_currentId); }

    // Adds an instance and returns its new id; the first one added becomes current. The
    // address is normalised by PimAddress. On bad input returns an empty id and sets *error
    // (translated): empty name or username, an address PimAddress refuses (its message), a
    // name or an address + username already listed.
    QString add(const QString &name, const QUrl &baseUrl, const QString &username,
                QString *error = nullptr);
    // The instance at this address for this user, addresses compared normalised (so
    // "https://pim.example.com/user/login" and "pim.example.com" are one PIM); with an empty
    // username, the first one at that address, the current one first.
    std::optional<PimInstance> find(const QUrl &baseUrl, const QString &username = {}) const;
    // find(), or else add() one named after its server ("pim.example.com:8443", then
    // "pim.example.com:8443 (2)"...). nullopt with *error as add() says; *added tells whether
    // it was added now. The window's sign-in and --server, and the CLI's, all come here.
    std::optional<PimInstance> findOrAdd(const QUrl &baseUrl, const QString &username,
                                         QString *error = nullptr, bool *added = nullptr);
    bool rename(const QString &id, const QString &name, QString *error = nullptr);
    bool setCurrent(const QString &id);
    // The current one falls to the first remaining instance (or none).
    bool remove(const QString &id);

signals:
    void instanceAdded(const PimInstance &instance);
    void instanceRenamed(const PimInstance &instance);
    void instanceRemoved(const PimInstance &instance);
    void currentChanged(const QString &id); // empty when none is left
    // After remove(), when stores are set: ok is false when something could not be removed;
    // `message` (translated) then says what.
    void instanceCleanedUp(const QString &id, bool ok, const QString &message);
    // The settings file could not be written (translated message); the list in memory is
    // right, it will be written again at the next change.
    void saveFailed(const QString &message);

private:
    void load();
    void save();
    void cleanUp(const PimInstance &removed);
    int indexOf(const QString &id) const;
    bool nameTaken(const QString &name, const QString &exceptId) const;

    std::unique_ptr<QSettings> m_settings;
    QList<PimInstance> m_instances;
    QString m_currentId;
    ConnectionCache *m_cache = nullptr;
    SecretStore *m_secrets = nullptr;
};
