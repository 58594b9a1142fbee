#pragma once

// Canned answers of the monitoring routes (docs/pim-api.md §9.1, §10, §11.2), as Symfony writes
// them, and every such route with a job that calls it (tests only).
#include "RouteTable.h"

#include "net/AppMonitoringSettingsJob.h"
#include "net/BusinessErrorsJob.h"
#include "net/ConnectedAppsJob.h"
#include "net/DeleteAppJob.h"
#include "net/ErrorCountPerConnectionJob.h"
#include "net/SaveAppMonitoringSettingsJob.h"
#include "net/WeeklyAuditJob.h"
#include "net/WeeklyErrorAuditJob.h"

namespace MonitoringSamples {

using namespace Qt::StringLiterals;

inline QByteArray weekly(int total = 12)
{
    return R"({"\u003Call\u003E":{"daily":{"2020-01-01":3,"2020-01-02":0,"2020-01-03":2,)"
           R"("2020-01-04":0,"2020-01-05":10,"2020-01-06":0,"2020-01-07":0,"2020-01-08":0},)"
           R"("weekly_total":)" +
           QByteArray::number(total) +
           R"(},"bynder":{"daily":{"2020-01-01":3,"2020-01-02":0,"2020-01-03":2,"2020-01-04":0,)"
           R"("2020-01-05":10,"2020-01-06":0,"2020-01-07":0,"2020-01-08":0},"weekly_total":12}})";
}

inline const QByteArray weeklyError =
    R"({"\u003Call\u003E":{"previous_week":{"2020-01-03":4},"current_week":{"2020-01-04":1,)"
    R"("2020-01-05":0,"2020-01-06":200,"2020-01-07":0,"2020-01-08":0,"2020-01-09":3,)"
    R"("2020-01-10":5},"current_week_total":209},"erp_1":{"previous_week":{"2020-01-03":4},)"
    R"("current_week":{"2020-01-04":1,"2020-01-05":0,"2020-01-06":200,"2020-01-07":0,)"
    R"("2020-01-08":0,"2020-01-09":3,"2020-01-10":5},"current_week_total":209}})";

inline const QByteArray errorCount = R"({"bynder":15,"sap":40})";

inline const QByteArray businessErrors =
    R"([{"connection_code":"erp","date_time":"2020-01-07T00:00:00+00:00","content":{)"
    R"("property":"values","message":"The unknown_color value is not in the color attribute option list.",)"
    R"("attribute":"color","locale":null,"scope":null,"type":"violation_error",)"
    R"("product":{"id":null,"identifier":"high-top_sneakers","label":"high-top_sneakers","family":"shoes"}}},)"
    R"({"connection_code":"erp","date_time":"2020-01-06T08:00:00+00:00","content":{)"
    R"("message":"The \u0022shoes\u0022 family does not exist.","type":"domain_error"}}])";

inline const QByteArray apps =
    R"([{"id":"0dfce574-2238-4b13-b8cc-8d257ce7645b","name":"App A","scopes":["scope A1"],)"
    R"("connection_code":"connectionCodeA","logo":"http:\/\/www.example.com\/path\/to\/logo\/a",)"
    R"("author":"author A","user_group_name":"app_123456abcdef","connection_username":"connectionCodeA_1234",)"
    R"("categories":["category A1","category A2"],"certified":false,"partner":"partner A",)"
    R"("is_custom_app":false,"is_pending":false,"has_outdated_scopes":false}])";

inline const QByteArray settings = R"({"flowType":"data_source","auditable":true})";

// A route of this family and whether it is a connected-App route (403/404: Unavailable).
struct MonitoringRoute
{
    Route route;
    bool isAppRoute = false;
};

inline QList<MonitoringRoute> routes()
{
    const AppMonitoringSettings save{FlowType::Destination, false};
    return {
        {{"weekly", "GET", u"/rest/connections/audit/weekly"_s,
          [](PimClient &c) { return c.weeklyAudit(AuditEventType::ProductCreated); }, 200, weekly(),
          R"({"\u003Call\u003E":{"daily":{"2020-01-01":"3"}}})"},
         false},
        {{"weekly-error", "GET", u"/rest/connections/audit/weekly-error"_s,
          [](PimClient &c) { return c.weeklyErrorAudit(); }, 200, weeklyError,
          R"({"\u003Call\u003E":{"current_week":[1,2]}})"},
         false},
        {{"error count", "GET", u"/rest/connections/audit/error-count-per-connection"_s,
          [](PimClient &c) { return c.errorCountPerConnection(AuditErrorType::Technical); }, 200,
          errorCount, R"({"bynder":"15"})"},
         false},
        {{"business errors", "GET", u"/rest/connections/erp/business-errors"_s,
          [](PimClient &c) { return c.businessErrors(u"erp"_s); }, 200, businessErrors,
          R"([{"date_time":"2020-01-07","content":{"message":"x"}}])"},
         false},
        {{"apps", "GET", u"/rest/apps/connected-apps"_s,
          [](PimClient &c) { return c.connectedApps(); }, 200, apps, R"([{"connection_code":7}])"},
         true},
        {{"app settings", "GET", u"/rest/apps/connected-apps/connectionCodeA/monitoring-settings"_s,
          [](PimClient &c) { return c.appMonitoringSettings(u"connectionCodeA"_s); }, 200, settings,
          R"({"flowType":"data_sink"})"},
         true},
        {{"save app settings", "POST",
          u"/rest/apps/connected-apps/connectionCodeA/monitoring-settings"_s,
          [save](PimClient &c) { return c.saveAppMonitoringSettings(u"connectionCodeA"_s, save); },
          204, QByteArray(), QByteArray()},
         true},
        {{"delete app", "DELETE", u"/rest/apps/connected-apps/connectionCodeA"_s,
          [](PimClient &c) { return c.deleteApp(u"connectionCodeA"_s); }, 204, QByteArray(),
          QByteArray()},
         true},
    };
}

} // namespace MonitoringSamples
