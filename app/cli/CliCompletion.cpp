#include "CliCompletion.h"

#include "CliInstance.h"
#include "store/CacheDatabase.h"
#include "store/InstanceRegistry.h"

#include <QFileInfo>

bool CliCompletion::isRequested(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == command();
}

QStringList CliCompletion::codes(const QStringList &arguments, InstanceRegistry *registry,
                                 const QString &cachePath)
{
    QString server;
    QString user;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        for (auto [name, value] : {std::pair{QStringLiteral("--server"), &server},
                                   std::pair{QStringLiteral("--user"), &user}}) {
            if (token == name && i + 1 < arguments.size())
                *value = arguments.at(++i);
            else if (token.startsWith(name + u'='))
                *value = token.mid(name.size() + 1);
        }
    }
    QString ignored;
    // Offline: a PIM that is not in the app's list yet is not added.
    const std::optional<PimInstance> instance =
        CliInstance::resolve(registry, server, user, true, &ignored, nullptr);
    if (!instance || !QFileInfo::exists(cachePath))
        return {};
    CacheDatabase cache(cachePath);
    if (!cache.open().isUsable())
        return {};
    QStringList codes = cache.knownCodes(instance->id).value;
    for (const CachedApp &app : cache.loadConnectedApps(instance->id).value.value)
        codes.append(app.app.connectionCode);
    codes.removeDuplicates();
    codes.removeAll(QString());
    return codes;
}
