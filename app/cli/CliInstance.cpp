#include "CliInstance.h"

#include "store/InstanceRegistry.h"
#include "store/SecretKey.h"

std::optional<PimInstance> CliInstance::resolve(InstanceRegistry *registry, const QString &server,
                                                const QString &user, bool offline, QString *error,
                                                bool *added)
{
    if (added)
        *added = false;
    const std::optional<PimInstance> current = registry->current();
    if (server.isEmpty() && user.isEmpty()) {
        if (!current) {
            *error = tr("no PIM known yet: give --server URL and --user NAME (or sign in once "
                        "with the app)");
            return std::nullopt;
        }
        return current;
    }
    QUrl url;
    if (server.isEmpty()) {
        if (!current) {
            *error = tr("--user needs --server: no PIM known yet");
            return std::nullopt;
        }
        url = current->baseUrl;
    } else {
        url = QUrl::fromUserInput(server);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            *error = tr("--server takes the PIM's address, such as https://pim.example.com");
            return std::nullopt;
        }
    }
    const QString wantedUrl = SecretKey::normalizedInstance(url);
    const QList<PimInstance> instances = registry->instances();
    // The current instance first: the one the app would use for that address.
    QList<PimInstance> candidates;
    if (current)
        candidates.append(*current);
    candidates.append(instances);
    for (const PimInstance &instance : std::as_const(candidates)) {
        if (SecretKey::normalizedInstance(instance.baseUrl) != wantedUrl)
            continue;
        if (user.isEmpty() || instance.username == user)
            return instance;
    }
    if (user.isEmpty()) {
        *error = tr("%1 is not in the app's list of PIMs: give --user too").arg(wantedUrl);
        return std::nullopt;
    }
    if (offline) {
        *error = tr("there is no offline copy of %1 for %2: run a command online first")
                     .arg(wantedUrl, user);
        return std::nullopt;
    }
    QString addError;
    const QString id = registry->add(uniqueName(registry, url), url, user, &addError);
    if (id.isEmpty()) {
        *error = addError;
        return std::nullopt;
    }
    if (added)
        *added = true;
    return registry->instance(id);
}

QString CliInstance::uniqueName(const InstanceRegistry *registry, const QUrl &url)
{
    const QString base =
        url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    QStringList taken;
    for (const PimInstance &instance : registry->instances())
        taken.append(instance.name);
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}
