#pragma once

#include "store/PimInstance.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class InstanceRegistry;

// Which PIM a command works on: --server and --user pick (or add) an instance of the app's
// list; without them, the one the app used last (InstanceRegistry::current()), so that after
// the app signed in once, "pim-connections-cli list" just works.
class CliInstance
{
    Q_DECLARE_TR_FUNCTIONS(CliInstance)

public:
    // Adds the instance to the registry when --server and --user name one it does not list
    // (InstanceRegistry::findOrAdd; not with `offline`: there is no offline copy of a PIM
    // never used). Returns nullopt with a translated *error when nothing fits or --server is
    // refused by PimAddress (a usage error).
    // *added tells whether it was added now (main() takes it off the list again when signing
    // in never succeeded: a mistyped address does not stay in the app's list).
    static std::optional<PimInstance> resolve(InstanceRegistry *registry, const QString &server,
                                              const QString &user, bool offline, QString *error,
                                              bool *added = nullptr);
};
