#pragma once

#include "workspace/PimClient.h"

#include "net/CreateConnectionJob.h"
#include "net/DeleteConnectionJob.h"
#include "net/DownloadImageJob.h"
#include "net/GetConnectionJob.h"
#include "net/ListConnectionsJob.h"
#include "net/MaxLimitReachedJob.h"
#include "net/RegeneratePasswordJob.h"
#include "net/RegenerateSecretAndGetJob.h"
#include "net/UpdateConnectionJob.h"
#include "net/UploadImageJob.h"
#include "net/UserGroupsJob.h"
#include "net/UserRolesJob.h"
#include "net/WrongCredentialsJob.h"

#include <QList>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// Every back-office route of docs/pim-api.md §2, with a job that calls it (tests only).
struct Route
{
    const char *name;
    QByteArray method;
    QString path;
    std::function<NetworkJob *(PimClient &)> make;
    int success;            // the status of its success
    QByteArray successBody; // a body that parses
    QByteArray wrongTypes;  // JSON of the wrong shape; empty when the route reads no body
    // The job reads the connection back after its route (regenerate secret): what that GET of
    // /rest/connections/erp answers when the route succeeds. Empty for the other jobs.
    QByteArray thenGetBody = QByteArray();
};

inline QList<Route> backOfficeRoutes(const QString &imageFile)
{
    using namespace Qt::StringLiterals;
    const QByteArray details =
        R"({"code":"erp","label":"ERP","flow_type":"data_source","image":null,"client_id":"1_a","secret":"s","username":"erp_0427","password":null,"user_role_id":"1","user_group_id":null,"auditable":false,"type":"default"})";
    ConnectionUpdate update;
    update.code = u"erp"_s;
    update.label = u"ERP"_s;
    update.userRoleId = u"1"_s;
    return {
        {"list", "GET", u"/rest/connections"_s, [](PimClient &c) { return c.listConnections(); },
         200, "[]", R"([{"code":1,"flowType":"data_source"}])"},
        {"get", "GET", u"/rest/connections/erp"_s,
         [](PimClient &c) { return c.getConnection(u"erp"_s); }, 200, details,
         R"({"code":"erp","flow_type":"data_sink"})"},
        {"create", "POST", u"/rest/connections"_s,
         [](PimClient &c) { return c.createConnection(u"erp"_s, u"ERP"_s, FlowType::Source); }, 201,
         details, R"({"code":true})"},
        {"update", "POST", u"/rest/connections/erp"_s,
         [update](PimClient &c) { return c.updateConnection(update); }, 204, QByteArray(),
         QByteArray()},
        {"delete", "DELETE", u"/rest/connections/erp"_s,
         [](PimClient &c) { return c.deleteConnection(u"erp"_s); }, 204, QByteArray(),
         QByteArray()},
        {"regenerate secret", "POST", u"/rest/connections/erp/regenerate-secret"_s,
         [](PimClient &c) { return c.regenerateSecretAndGet(u"erp"_s); }, 204, QByteArray(),
         QByteArray(), details},
        {"regenerate password", "POST", u"/rest/connections/erp/regenerate-password"_s,
         [](PimClient &c) { return c.regeneratePassword(u"erp"_s); }, 200,
         R"({"password":"3f9a1c0e7"})", R"({"password":123})"},
        {"max limit", "GET", u"/rest/connections/max-limit-reached"_s,
         [](PimClient &c) { return c.maxLimitReached(); }, 200, R"({"limitReached":false})",
         R"({"limitReached":"no"})"},
        {"wrong credentials", "GET", u"/rest/connections/wrong-credentials-combination"_s,
         [](PimClient &c) { return c.wrongCredentials(); }, 200, "[]",
         R"({"erp":{"users":"nobody"}})"},
        {"image upload", "POST", u"/image-media"_s,
         [imageFile](PimClient &c) { return c.uploadImage(imageFile); }, 200,
         R"({"originalFilename":"logo.png","filePath":"a\/b\/c\/d\/1f_logo.png"})",
         R"({"filePath":42})"},
        {"image download", "GET", u"/media/show/a%2Fb.png/thumbnail"_s,
         [](PimClient &c) { return c.downloadImage(u"a/b.png"_s); }, 200, "\x89PNG....",
         QByteArray()},
        {"roles", "GET", u"/rest/user_role/"_s, [](PimClient &c) { return c.userRoles(); }, 200,
         R"([{"id":1,"role":"ROLE_USER","label":"User","type":"default"}])",
         R"([{"id":1,"role":7}])"},
        {"groups", "GET", u"/rest/user_group/"_s, [](PimClient &c) { return c.userGroups(); }, 200,
         R"([{"name":"All","meta":{"id":3,"default":true}}])", R"([{"name":"All"}])"},
    };
}

// Starts a job and waits for its end; returns what finished() said.
inline ApiError runJob(NetworkJob *job, int waitMs = 5000)
{
    QSignalSpy finished(job, &NetworkJob::finished);
    job->start();
    if (!finished.wait(waitMs))
        return ApiError::make(ApiError::Kind::None, -1, QStringLiteral("the test timed out"));
    return finished.first().first().value<ApiError>();
}

inline const char *kindName(ApiError::Kind kind)
{
    static QByteArray name;
    name = ApiError::kindName(kind).toUtf8();
    return name.constData();
}
