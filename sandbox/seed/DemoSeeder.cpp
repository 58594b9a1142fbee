#include "DemoSeeder.h"

#include "DemoHistory.h"
#include "SandboxLog.h"
#include "domain/ConnectionService.h"
#include "events/DemoEvents.h"
#include "media/MediaLibrary.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>

namespace {

struct DemoConnection
{
    const char *code;
    const char *label;
    const char *flowType;
    const char *logo; // under :/sandbox/demo/
    bool tracked;     // "Track in Data flows dashboard"
};

const DemoConnection Connections[] = {
    {"erp", "ERP", "data_source", "erp.png", true},
    {"retail_hub", "Retail Hub", "data_source", "retail_hub.png", false},
    {"web_shop", "Web Shop", "data_destination", "web_shop.png", true},
};

const char AppCode[] = "content_translator";

} // namespace

DemoSeeder::DemoSeeder(ConnectionService &service, MediaLibrary &media, Store &store,
                       const Clock &clock, const QTimeZone &adminZone)
    : m_service(service)
    , m_media(media)
    , m_store(store)
    , m_clock(clock)
    , m_adminZone(adminZone)
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
        update.auditable = demo.tracked;
        update.userRoleId = QString::number(created.user.roleId);
        if (m_service.update(code, update)) {
            *error =
                QCoreApplication::translate("DemoSeeder", "cannot finish the demo connection %1")
                    .arg(code);
            return false;
        }
    }
    if (!addApp(error))
        return false;
    DemoHistory history(m_store, m_clock, m_adminZone);
    if (!history.write(QStringLiteral("erp"), QStringLiteral("web_shop"),
                       QString::fromLatin1(AppCode))) {
        *error = QCoreApplication::translate("DemoSeeder", "cannot write the demo history");
        return false;
    }
    if (!DemoEvents(m_store, m_clock).write(QStringLiteral("web_shop"), QStringLiteral("erp"))) {
        *error =
            QCoreApplication::translate("DemoSeeder", "cannot write the demo event subscription");
        return false;
    }
    qCInfo(lcSandboxSeed, "seeded the demo connections, App and history");
    return true;
}

bool DemoSeeder::addApp(QString *error)
{
    const QString code = QString::fromLatin1(AppCode);
    ConnectionService::Details created;
    QString password;
    ConnectedAppStore::Metadata metadata;
    metadata.id = QStringLiteral("3c6f5c1e-8a1d-4f0a-9b8e-2f4d6a7b9c01");
    metadata.name = QStringLiteral("Content Translator");
    metadata.scopes = {QStringLiteral("read_catalog_structure"), QStringLiteral("read_products")};
    metadata.logo = QStringLiteral("content_translator.png");
    metadata.author = QStringLiteral("Lingo Workshop");
    metadata.userGroupName = QStringLiteral("app_7d2f0c94b1e3");
    metadata.categories = {QStringLiteral("Translation"), QStringLiteral("Content")};
    metadata.certified = true;
    metadata.partner = QStringLiteral("Akeneo Partner");
    // Once connected, its flow type and tracking were set on the Connected Apps screen.
    const bool added = !m_service.create(code, metadata.name, QStringLiteral("data_destination"),
                                         &created, &password, QStringLiteral("app"));
    created.connection.auditable = true;
    if (!added || !m_store.connectedApps().upsert(code, metadata) ||
        !m_store.connections().update(created.connection)) {
        *error = QCoreApplication::translate("DemoSeeder", "cannot add the demo App %1").arg(code);
        return false;
    }
    return true;
}
