#pragma once

// Sample monitoring data for the storage tests (docs/pim-api.md §9 to §11), read from the PIM's
// own shapes so that every member the cache keeps is set.
#include "domain/AuditCounts.h"
#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"

namespace MonitoringTestData {

inline WeeklyAudit weekly(WeeklyAudit::Shape shape, int scale)
{
    const QByteArray n = QByteArray::number(scale);
    const QByteArray events =
        R"({"\u003Call\u003E":{"daily":{"2020-01-01":)" + n +
        R"(,"2020-01-02":0,"2020-01-03":2,"2020-01-04":0,"2020-01-05":10,"2020-01-06":0,)"
        R"("2020-01-07":0,"2020-01-08":1},"weekly_total":13},"z_last":{"daily":{"2020-01-01":0,)"
        R"("2020-01-02":0,"2020-01-03":0,"2020-01-04":0,"2020-01-05":0,"2020-01-06":0,)"
        R"("2020-01-07":0,"2020-01-08":0},"weekly_total":0},"bynder":{"daily":{"2020-01-01":)" +
        n +
        R"(,"2020-01-02":0,"2020-01-03":2,"2020-01-04":0,"2020-01-05":10,"2020-01-06":0,)"
        R"("2020-01-07":0,"2020-01-08":1},"weekly_total":13}})";
    const QByteArray errors =
        R"({"\u003Call\u003E":{"previous_week":{"2020-01-03":)" + n +
        R"(},"current_week":{"2020-01-04":1,"2020-01-05":0,"2020-01-06":200,"2020-01-07":0,)"
        R"("2020-01-08":0,"2020-01-09":3,"2020-01-10":5},"current_week_total":209},)"
        R"("erp_1":{"previous_week":[],"current_week":[],"current_week_total":0}})";
    return WeeklyAudit::fromJson(shape, shape == WeeklyAudit::Shape::Events ? events : errors,
                                 nullptr)
        .value_or(WeeklyAudit());
}

inline DataFlows dataFlows(int scale = 3)
{
    DataFlows flows;
    flows.productCreated = weekly(WeeklyAudit::Shape::Events, scale);
    flows.productUpdated = weekly(WeeklyAudit::Shape::Events, scale + 1);
    flows.productRead = weekly(WeeklyAudit::Shape::Events, scale + 2);
    flows.errors = weekly(WeeklyAudit::Shape::Errors, scale);
    flows.businessErrors.counts = {{QStringLiteral("sap"), 40 * scale},
                                   {QStringLiteral("bynder"), 15}};
    return flows;
}

// `count` errors, newest first, each with every member of §9.1's violation error.
inline QList<BusinessError> businessErrors(int count, const QString &code = QStringLiteral("erp"))
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        const QByteArray when = QDateTime(QDate(2020, 1, 7), QTime(23, 0), Qt::UTC)
                                    .addSecs(-60 * i)
                                    .toString(Qt::ISODate)
                                    .replace(QStringLiteral("Z"), QStringLiteral("+00:00"))
                                    .toLatin1();
        json += QByteArray(i ? "," : "") + R"({"connection_code":")" + code.toLatin1() +
                R"(","date_time":")" + when +
                R"(","content":{"property":"values","message":"Error )" + QByteArray::number(i) +
                R"( \u00e9 \u003Cb\u003E","attribute":"color","locale":"fr_FR","scope":null,)"
                R"("type":"violation_error","documentation":[{"message":"See {a}.","parameters":)"
                R"({"a":{"type":"href","href":"https:\/\/help.akeneo.com\/x","title":"X"}},)"
                R"("style":"information"}],"product":{"id":)" +
                QByteArray::number(1000 + i) +
                R"(,"identifier":"sku","label":"Sku","family":"shoes"},"future":[1,{"a":null}]}})";
    }
    json += "]";
    return BusinessError::listFromJson(json, nullptr).value_or(QList<BusinessError>());
}

inline QList<ConnectedApp> apps()
{
    const QByteArray json =
        R"([{"id":"0dfce574-2238-4b13-b8cc-8d257ce7645b","name":"App A \u00e9","scopes":["read_products","write_products"],)"
        R"("connection_code":"connectionCodeA","logo":"http:\/\/www.example.com\/logo\/a","author":"author A",)"
        R"("user_group_name":"app_123456abcdef","connection_username":"connectionCodeA_1234",)"
        R"("categories":["E-commerce"],"certified":true,"partner":"partner A","is_custom_app":false,)"
        R"("is_pending":false,"has_outdated_scopes":true},)"
        R"({"id":"2677e764-f852-4956-bf9b-1a1ec1b0d145","name":"Custom","scopes":[],)"
        R"("connection_code":"custom_app","logo":null,"author":null,"user_group_name":null,)"
        R"("connection_username":"custom_app_5678","categories":[],"certified":false,"partner":null,)"
        R"("is_custom_app":true,"is_pending":true,"has_outdated_scopes":false}])";
    return ConnectedApp::listFromJson(json, nullptr).value_or(QList<ConnectedApp>());
}

} // namespace MonitoringTestData
