#include "Store.h"

#include <QCoreApplication>
#include <QDir>

bool Store::open(const QString &dataDirectory, bool *created, QString *error)
{
    QDir dir(dataDirectory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QCoreApplication::translate("Store", "cannot create the data directory %1")
                     .arg(dataDirectory);
        return false;
    }
    m_mediaDirectory = dir.absoluteFilePath(QLatin1String(MediaDirectoryName));
    if (!QDir().mkpath(m_mediaDirectory)) {
        *error = QCoreApplication::translate("Store", "cannot create the media directory %1")
                     .arg(m_mediaDirectory);
        return false;
    }
    if (!m_database.open(dir.absoluteFilePath(QLatin1String(DatabaseFileName)), created, error))
        return false;
    const QSqlDatabase handle = m_database.handle();
    m_permissions = std::make_unique<PermissionStore>(handle);
    m_users = std::make_unique<UserStore>(handle);
    m_clients = std::make_unique<ClientStore>(handle);
    m_connections = std::make_unique<ConnectionStore>(handle);
    m_tokens = std::make_unique<TokenStore>(handle);
    m_media = std::make_unique<MediaStore>(handle);
    m_wrongCredentials = std::make_unique<WrongCredentialsStore>(handle);
    m_products = std::make_unique<ProductStore>(handle);
    m_auditCounts = std::make_unique<AuditCountStore>(handle);
    m_businessErrors = std::make_unique<BusinessErrorStore>(handle);
    m_connectedApps = std::make_unique<ConnectedAppStore>(handle);
    return true;
}
