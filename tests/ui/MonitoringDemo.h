#pragma once

// What the monitoring window tests share: a pim-sandbox seeded with the demo data on a pinned
// day and zone (docs/pim-api.md §9, §11; sandbox/seed/DemoSeeder: the sources "erp", tracked
// with business errors, and "retail_hub", not tracked; the destination "web_shop"; the App
// "content_translator"), and the PIM's own answers read over HTTP to compare the window with.
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"

#include <QTest>

namespace MonitoringDemo {

inline SandboxProcess::Options options()
{
    SandboxProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.extraArguments = {QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                              QStringLiteral("--timezone"), QStringLiteral("UTC")};
    return options;
}

// GET /rest/connections/{code}/business-errors as the PIM answers it.
inline QList<BusinessError> businessErrors(HttpClient &admin, const QString &code)
{
    const HttpReply reply =
        admin.get(QStringLiteral("/rest/connections/%1/business-errors").arg(code));
    QString error;
    const auto errors = BusinessError::listFromJson(reply.body, &error);
    if (reply.status != 200 || !errors)
        qWarning() << "business errors of" << code << reply.status << error;
    return errors.value_or(QList<BusinessError>());
}

// GET /rest/apps/connected-apps as the PIM answers it.
inline QList<ConnectedApp> apps(HttpClient &admin)
{
    const HttpReply reply = admin.get(QStringLiteral("/rest/apps/connected-apps"));
    QString error;
    return ConnectedApp::listFromJson(reply.body, &error).value_or(QList<ConnectedApp>());
}

} // namespace MonitoringDemo
