#include "DemoSeeder.h"

#include "SandboxLog.h"
#include "domain/ConnectionService.h"
#include "media/MediaLibrary.h"

#include <QCoreApplication>
#include <QFile>

namespace {

struct DemoConnection
{
    const char *code;
    const char *label;
    const char *flowType;
    const char *logo; // under :/sandbox/demo/
};

const DemoConnection Connections[] = {
    {"erp", "ERP", "data_source", "erp.png"},
    {"retail_hub", "Retail Hub", "data_source", "retail_hub.png"},
    {"web_shop", "Web Shop", "data_destination", "web_shop.png"},
};

} // namespace

DemoSeeder::DemoSeeder(ConnectionService &service, MediaLibrary &media)
    : m_service(service)
    , m_media(media)
{}

bool DemoSeeder::seed(QString *error)
{
    for (const DemoConnection &demo : Connections) {
        const QString code = QString::fromLatin1(demo.code);
        ConnectionService::Details created;
        QString password;
        if (m_service.create(code, QString::fromLatin1(demo.label),
                             QString::fromLatin1(demo.flowType), &created, &password)) {
            *error =
                QCoreApplication::translate("DemoSeeder", "cannot create the demo connection %1")
                    .arg(code);
            return false;
        }
        QFile logo(QStringLiteral(":/sandbox/demo/") + QLatin1String(demo.logo));
        if (!logo.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("DemoSeeder", "the demo logo %1 is missing")
                         .arg(logo.fileName());
            return false;
        }
        const auto filePath = m_media.add(QString::fromLatin1(demo.logo), logo.readAll(), error);
        if (!filePath)
            return false;
        ConnectionService::Update update;
        update.label = created.connection.label;
        update.flowType = created.connection.flowType;
        update.image = *filePath;
        update.auditable = true;
        update.userRoleId = QString::number(created.user.roleId);
        if (m_service.update(code, update)) {
            *error =
                QCoreApplication::translate("DemoSeeder", "cannot finish the demo connection %1")
                    .arg(code);
            return false;
        }
    }
    qCInfo(lcSandboxSeed, "seeded the demo connections");
    return true;
}
