#include "Installer.h"

#include "SandboxLog.h"
#include "domain/ConnectionService.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>

Installer::Installer(Store &store, ConnectionService &service)
    : m_store(store)
    , m_service(service)
{}

bool Installer::installPermissions(QString *error)
{
    // Ids as a real PIM may number them; the PIM's examples use role "1" and group "4".
    const PermissionStore::Role roles[] = {
        {1, QStringLiteral("ROLE_USER"), QStringLiteral("User"), QStringLiteral("default")},
        {2, QStringLiteral("ROLE_CATALOG_MANAGER"), QStringLiteral("Catalog manager"),
         QStringLiteral("default")},
        {3, QStringLiteral("ROLE_ADMINISTRATOR"), QStringLiteral("Administrator"),
         QStringLiteral("default")},
        {4, QStringLiteral("ROLE_API"), QStringLiteral("API"), QStringLiteral("api")},
    };
    const PermissionStore::Group groups[] = {
        {1, QStringLiteral("IT support"), false},
        {2, QStringLiteral("Manager"), false},
        {3, QStringLiteral("All"), true},
        {4, QStringLiteral("Redactor"), false},
    };
    Transaction transaction(m_store.db());
    for (const auto &role : roles) {
        if (!m_store.permissions().addRole(role)) {
            *error = QCoreApplication::translate("Installer", "cannot install the roles");
            return false;
        }
    }
    for (const auto &group : groups) {
        if (!m_store.permissions().addGroup(group)) {
            *error = QCoreApplication::translate("Installer", "cannot install the user groups");
            return false;
        }
    }
    if (!transaction.commit()) {
        *error =
            QCoreApplication::translate("Installer", "cannot install the roles and user groups");
        return false;
    }
    return true;
}

bool Installer::ensurePerson(const QString &username, const QString &password, bool canManage,
                             QString *error)
{
    const auto role = m_store.permissions().roleId(canManage ? QStringLiteral("ROLE_ADMINISTRATOR")
                                                             : QStringLiteral("ROLE_USER"));
    if (!role || !m_store.users().upsertPerson(username, password, canManage, *role)) {
        *error = QCoreApplication::translate("Installer", "cannot write the user %1").arg(username);
        return false;
    }
    return true;
}

bool Installer::ensureApp(const QString &code, const QString &label, QString *error)
{
    if (m_store.connections().findByCode(code))
        return true;
    ConnectionService::Details created;
    QString password;
    if (const auto failed = m_service.create(code, label, QStringLiteral("other"), &created,
                                             &password, QStringLiteral("app"))) {
        *error = failed->kind == ServiceError::Kind::Validation && !failed->errors.isEmpty()
                     ? QCoreApplication::translate("Installer", "cannot add the App %1: %2")
                           .arg(code, failed->errors.constFirst().reason)
                     : QCoreApplication::translate("Installer", "cannot add the App %1").arg(code);
        return false;
    }
    qCInfo(lcSandboxSeed, "added the connected App %s", qPrintable(code));
    return true;
}
