#include "CliInstance.h"

#include "domain/PimAddress.h"
#include "store/InstanceRegistry.h"

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
        // The same rules as the window's sign-in: https when no scheme is given, plain http
        // only on this computer. The value is not repeated: it may hold a password.
        const PimAddress address = PimAddress::parse(server);
        if (!address.isValid()) {
            *error = tr("--server: %1").arg(address.error());
            return std::nullopt;
        }
        url = address.url();
    }
    if (std::optional<PimInstance> found = registry->find(url, user))
        return found;
    if (user.isEmpty()) {
        *error =
            tr("%1 is not in the app's list of PIMs: give --user too").arg(url.toDisplayString());
        return std::nullopt;
    }
    if (offline) {
        *error = tr("there is no offline copy of %1 for %2: run a command online first")
                     .arg(url.toDisplayString(), user);
        return std::nullopt;
    }
    return registry->findOrAdd(url, user, error, added);
}
