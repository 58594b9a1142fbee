#include "Installer.h"

#include "SandboxLog.h"
#include "domain/ConnectionService.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

bool Installer::installProducts(qint64 now, QString *error)
{
    struct Sample
    {
        const char *identifier;
        const char *family;
        QStringList categories;
        const char *name;
        const char *color;
    };
    const Sample samples[] = {
        {"1111111171", "bags", {QStringLiteral("bags")}, "Canvas tote bag", "black"},
        {"1111111172", "shoes", {QStringLiteral("sneakers")}, "Trail running shoe", "blue"},
        {"1111111173",
         "clothing",
         {QStringLiteral("tshirts"), QStringLiteral("summer_collection")},
         "Organic cotton T-shirt",
         "white"},
    };
    const auto value = [](const char *data) {
        return QJsonArray{QJsonObject{{QStringLiteral("locale"), QJsonValue::Null},
                                      {QStringLiteral("scope"), QJsonValue::Null},
                                      {QStringLiteral("data"), QString::fromUtf8(data)}}};
    };
    Transaction transaction(m_store.db());
    bool stored = true;
    for (const Sample &sample : samples) {
        ProductStore::Product product;
        product.identifier = QString::fromLatin1(sample.identifier);
        product.family = QString::fromLatin1(sample.family);
        product.categories = sample.categories;
        product.values = {{QStringLiteral("name"), value(sample.name)},
                          {QStringLiteral("color"), value(sample.color)}};
        product.createdAt = product.updatedAt = now;
        stored = stored && m_store.products().insert(product);
    }
    if (!stored || !transaction.commit()) {
        *error = QCoreApplication::translate("Installer", "cannot install the products");
        return false;
    }
    return true;
}

bool Installer::ensurePerson(const QString &username, const QString &password, bool canManage,
                             const QString &timeZone, QString *error)
{
    const auto role = m_store.permissions().roleId(canManage ? QStringLiteral("ROLE_ADMINISTRATOR")
                                                             : QStringLiteral("ROLE_USER"));
    if (!role || !m_store.users().upsertPerson(username, password, canManage, *role, timeZone)) {
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
