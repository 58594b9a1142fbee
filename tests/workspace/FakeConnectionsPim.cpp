#include "FakeConnectionsPim.h"

#include "domain/ConnectionRules.h"
#include "domain/CredentialFormat.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject detailsJson(const ConnectionDetails &d, bool withPassword)
{
    QJsonObject o{
        {u"code"_s, d.connection.code},
        {u"label"_s, d.connection.label},
        {u"flow_type"_s, FlowTypes::toApi(d.connection.flowType)},
        {u"image"_s, d.connection.image.isEmpty() ? QJsonValue() : QJsonValue(d.connection.image)},
        {u"client_id"_s, d.credentials.clientId},
        {u"secret"_s, d.credentials.secret},
        {u"username"_s, d.credentials.username},
        {u"password"_s, withPassword && d.credentials.password ? QJsonValue(*d.credentials.password)
                                                               : QJsonValue()},
        {u"user_role_id"_s, d.userRoleId},
        {u"user_group_id"_s, d.userGroupId ? QJsonValue(*d.userGroupId) : QJsonValue()},
        {u"auditable"_s, d.connection.auditable},
        {u"type"_s, d.connection.type},
    };
    return o;
}

FakeAnswer jsonAnswer(int status, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return FakeAnswer::json(status, doc.toJson(QJsonDocument::Compact));
}

FakeAnswer doesNotExist(const QString &code)
{
    return FakeAnswer::json(400, "{\"message\":\"Connection with code \\\"" + code.toUtf8() +
                                     "\\\" does not exist\"}");
}

FakeAnswer violation(const QString &field, const QString &reason)
{
    QJsonObject error{{u"name"_s, field}, {u"reason"_s, reason}};
    return jsonAnswer(
        422, QJsonObject{{u"errors"_s, QJsonArray{error}},
                         {u"message"_s, QString::fromLatin1(ValidationKeys::ListException)}});
}

} // namespace

FakeConnectionsPim::FakeConnectionsPim(FakeNetworkAccessManager *network)
    : auth(network)
    , m_network(network)
{
    roles = {{u"1"_s, u"ROLE_USER"_s, u"User"_s, u"default"_s},
             {u"2"_s, u"ROLE_CATALOG_MANAGER"_s, u"Catalog manager"_s, u"default"_s}};
    groups = {{u"3"_s, u"All"_s, true}, {u"4"_s, u"IT support"_s, false}};

    auth.protect("GET", u"/rest/connections"_s, [this](const RecordedRequest &) { return list(); });
    auth.protect("POST", u"/rest/connections"_s,
                 [this](const RecordedRequest &request) { return create(request); });
    auth.protect("GET", u"/rest/connections/max-limit-reached"_s, [this](const RecordedRequest &) {
        return jsonAnswer(200, QJsonObject{{u"limitReached"_s, limitReached}});
    });
    auth.protect(
        "GET", u"/rest/connections/wrong-credentials-combination"_s,
        [this](const RecordedRequest &) {
            if (wrongCredentials.isEmpty())
                return FakeAnswer::json(200, "[]");
            QJsonObject all;
            for (auto it = wrongCredentials.byCode.cbegin(); it != wrongCredentials.byCode.cend();
                 ++it) {
                QJsonArray users;
                for (const WrongCredentialsUse &use : it.value())
                    users.append(QJsonObject{{u"username"_s, use.username},
                                             {u"date"_s, use.date.toString(Qt::ISODate)}});
                all.insert(it.key(), QJsonObject{{u"code"_s, it.key()}, {u"users"_s, users}});
            }
            return jsonAnswer(200, all);
        });
    auth.protect("GET", u"/rest/user_role/"_s, [this](const RecordedRequest &) {
        QJsonArray list;
        for (const UserRole &role : std::as_const(roles))
            list.append(QJsonObject{{u"id"_s, role.id.toInt()},
                                    {u"role"_s, role.role},
                                    {u"label"_s, role.label},
                                    {u"type"_s, role.type}});
        return jsonAnswer(200, list);
    });
    auth.protect("GET", u"/rest/user_group/"_s, [this](const RecordedRequest &) {
        QJsonArray list;
        for (const UserGroup &group : std::as_const(groups))
            list.append(QJsonObject{{u"name"_s, group.name},
                                    {u"meta"_s, QJsonObject{{u"id"_s, group.id.toInt()},
                                                            {u"default"_s, group.isDefault}}}});
        return jsonAnswer(200, list);
    });
}

QByteArray FakeConnectionsPim::logoBytes()
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

ConnectionDetails FakeConnectionsPim::add(const QString &code, const QString &label,
                                          FlowType flowType, const QString &image)
{
    ConnectionDetails d;
    d.connection.code = code;
    d.connection.label = label;
    d.connection.flowType = flowType;
    d.connection.image = image;
    d.connection.auditable = flowType != FlowType::Other;
    d.credentials.clientId = CredentialFormat::clientId(m_nextId++);
    d.credentials.secret = CredentialFormat::randomToken();
    d.credentials.username = CredentialFormat::username(code);
    d.credentials.password = CredentialFormat::password();
    d.userRoleId = u"1"_s;
    d.userGroupId = u"3"_s;
    connections.append(d);
    addRoutes(code);
    if (!image.isEmpty()) {
        auth.protect("GET",
                     u"/media/show/"_s + QString::fromLatin1(QUrl::toPercentEncoding(image)) +
                         u"/thumbnail"_s,
                     FakeAnswer::bytes(logoBytes(), "image/png"));
    }
    return d;
}

ConnectionDetails *FakeConnectionsPim::find(const QString &code)
{
    for (ConnectionDetails &d : connections) {
        if (d.connection.code == code)
            return &d;
    }
    return nullptr;
}

FakeAnswer FakeConnectionsPim::list() const
{
    QJsonArray items;
    for (const ConnectionDetails &d : connections)
        items.append(d.connection.toListJson());
    return jsonAnswer(200, items);
}

FakeAnswer FakeConnectionsPim::create(const RecordedRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const QString code = body.value(u"code"_s).toString();
    const QString label = ConnectionRules::trimmed(body.value(u"label"_s).toString());
    const auto flowType = FlowTypes::fromApi(body.value(u"flow_type"_s).toString());
    if (const auto error = ConnectionRules::labelError(label))
        return violation(u"label"_s, *error);
    if (!flowType)
        return violation(u"flowType"_s, ValidationKeys::flowTypeInvalid());
    if (find(code))
        return violation(u"code"_s, ValidationKeys::codeMustBeUnique());
    ConnectionDetails created = add(code, label, *flowType);
    return jsonAnswer(201, detailsJson(created, true));
}

void FakeConnectionsPim::addRoutes(const QString &code)
{
    const QString path = u"/rest/connections/"_s + code;
    auth.protect("GET", path, [this, code](const RecordedRequest &) {
        const ConnectionDetails *d = find(code);
        return d ? jsonAnswer(200, detailsJson(*d, false)) : FakeAnswer::json(404, "{}");
    });
    protectConnection("POST", path, code, [](ConnectionDetails &d, const RecordedRequest &request) {
        const QJsonObject body = request.jsonBody();
        const QString label = ConnectionRules::trimmed(body.value(u"label"_s).toString());
        if (const auto error = ConnectionRules::labelError(label))
            return violation(u"label"_s, *error);
        d.connection.label = label;
        d.connection.flowType = FlowTypes::fromApi(body.value(u"flow_type"_s).toString())
                                    .value_or(d.connection.flowType);
        d.connection.image = body.value(u"image"_s).toString();
        d.connection.auditable = body.value(u"auditable"_s).toBool();
        d.userRoleId = body.value(u"user_role_id"_s).toString();
        const QJsonValue group = body.value(u"user_group_id"_s);
        d.userGroupId = group.isString() ? std::optional<QString>(group.toString()) : std::nullopt;
        return FakeAnswer::empty(204);
    });
    protectConnection("DELETE", path, code,
                      [this, code](ConnectionDetails &, const RecordedRequest &) {
                          connections.removeIf([&code](const ConnectionDetails &d) {
                              return d.connection.code == code;
                          });
                          return FakeAnswer::empty(204);
                      });
    protectConnection("POST", path + u"/regenerate-secret"_s, code,
                      [](ConnectionDetails &d, const RecordedRequest &) {
                          d.credentials.secret = CredentialFormat::randomToken();
                          return FakeAnswer::empty(204);
                      });
    protectConnection(
        "POST", path + u"/regenerate-password"_s, code,
        [](ConnectionDetails &d, const RecordedRequest &) {
            d.credentials.password = CredentialFormat::password();
            return jsonAnswer(200, QJsonObject{{u"password"_s, *d.credentials.password}});
        });
}

void FakeConnectionsPim::protectConnection(const QByteArray &method, const QString &path,
                                           const QString &code, ConnectionHandler handle)
{
    auth.protect(method, path, [this, code, handle](const RecordedRequest &request) {
        ConnectionDetails *d = find(code);
        return d ? handle(*d, request) : doesNotExist(code);
    });
}
