// The connection routes of docs/pim-api.md §2 through the real jobs: create, get, list,
// update (every field), delete, both regenerations, roles and groups, and the refusals
// (docs/pim-api.md §3 and §4) with the client's translated messages on the right fields.
#include "domain/CredentialFormat.h"
#include "E2eJobs.h"
#include "E2eTarget.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

std::optional<Connection> findIn(const QList<Connection> &list, const QString &code)
{
    for (const Connection &connection : list) {
        if (connection.code == code)
            return connection;
    }
    return std::nullopt;
}

// A role to give a connection that is not the default one (docs/pim-api.md §7 warns about
// ROLE_USER); never one of a connected App's.
std::optional<UserRole> otherRole(const QList<UserRole> &roles)
{
    for (const UserRole &role : roles) {
        if (!role.isDefaultRole() && role.type != QLatin1String("app"))
            return role;
    }
    return std::nullopt;
}

std::optional<UserGroup> otherGroup(const QList<UserGroup> &groups)
{
    for (const UserGroup &group : groups) {
        if (!group.isDefault)
            return group;
    }
    return std::nullopt;
}

const QString DoesNotExist = u"Connection with code \"%1\" does not exist"_s;

} // namespace

class TestE2eConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void createGetListDelete();
    void labelsKeepEveryCharacter();
    void createRefusals_data();
    void createRefusals();
    void uniqueCodeIsCheckedLast();
    void updateEveryField();
    void updateRefusals();
    void unknownConnection();
    void regenerateSecret();
    void regeneratePassword();
    void rolesAndGroups();

private:
    // Each says what went wrong (qWarning) and returns false when the call fails.
    bool create(const QString &code, const QString &label, FlowType flowType,
                ConnectionDetails *out = nullptr);
    bool get(const QString &code, ConnectionDetails *out);
    bool list(QList<Connection> *out);

    E2eTarget m_target;
    std::unique_ptr<PimClient> m_client;
};

void TestE2eConnections::initTestCase()
{
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    qInfo("running against %s", qPrintable(m_target.describe()));
    m_client = m_target.newClient(m_target.admin());
    E2E_VERIFY_OK(E2e::signIn(m_client->session()));
}

void TestE2eConnections::cleanup()
{
    const QStringList problems = m_target.cleanup();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestE2eConnections::cleanupTestCase()
{
    cleanup();
}

bool TestE2eConnections::create(const QString &code, const QString &label, FlowType flowType,
                                ConnectionDetails *out)
{
    const auto created = E2e::call(m_client->createConnection(code, label, flowType),
                                   &CreateConnectionJob::succeeded);
    if (created.error)
        qWarning("creating %s: %s", qPrintable(code), qPrintable(E2e::describe(created.error)));
    if (out)
        *out = created.value;
    return created.ok();
}

bool TestE2eConnections::get(const QString &code, ConnectionDetails *out)
{
    const auto got = E2e::call(m_client->getConnection(code), &GetConnectionJob::succeeded);
    if (got.error)
        qWarning("reading %s: %s", qPrintable(code), qPrintable(E2e::describe(got.error)));
    *out = got.value;
    return got.ok();
}

bool TestE2eConnections::list(QList<Connection> *out)
{
    const auto listed = E2e::call(m_client->listConnections(), &ListConnectionsJob::succeeded);
    if (listed.error)
        qWarning("listing: %s", qPrintable(E2e::describe(listed.error)));
    *out = listed.value;
    return listed.ok();
}

void TestE2eConnections::createGetListDelete()
{
    const QString first = m_target.newCode();
    const QString second = m_target.newCode();

    // POST /rest/connections: shape B with the password, credentials in the PIM's format.
    ConnectionDetails created;
    QVERIFY(create(first, u"E2E Source"_s, FlowType::Source, &created));
    QCOMPARE(created.connection.code, first);
    QCOMPARE(created.connection.label, u"E2E Source"_s);
    QCOMPARE(created.connection.flowType, FlowType::Source);
    QVERIFY(created.connection.image.isEmpty());
    QCOMPARE(created.connection.type, u"default"_s);
    QVERIFY2(CredentialFormat::isClientId(created.credentials.clientId),
             qPrintable(created.credentials.clientId));
    QVERIFY(CredentialFormat::isToken(created.credentials.secret));
    QVERIFY2(CredentialFormat::isUsername(created.credentials.username, first),
             qPrintable(created.credentials.username));
    QVERIFY(created.credentials.password.has_value());
    QVERIFY(CredentialFormat::isPassword(*created.credentials.password));
    QVERIFY(!created.userRoleId.isEmpty());
    ConnectionDetails createdSecond;
    QVERIFY(create(second, u"E2E Destination"_s, FlowType::Destination, &createdSecond));
    QCOMPARE(createdSecond.connection.flowType, FlowType::Destination);
    QVERIFY(createdSecond.credentials.clientId != created.credentials.clientId);

    // GET: the same, but the password is never given again.
    ConnectionDetails got;
    QVERIFY(get(first, &got));
    QCOMPARE(got.connection, created.connection);
    QCOMPARE(got.credentials.clientId, created.credentials.clientId);
    QCOMPARE(got.credentials.secret, created.credentials.secret);
    QCOMPARE(got.credentials.username, created.credentials.username);
    QVERIFY(!got.credentials.password.has_value());
    QCOMPARE(got.userRoleId, created.userRoleId);
    QCOMPARE(got.userGroupId, created.userGroupId);

    // The list: shape A. Both are listed; their order is not asserted: a PIM orders by a
    // creation time in whole seconds, and two connections made in the same second come back in
    // no promised order (docs/pim-api.md §2).
    QList<Connection> listed;
    QVERIFY(list(&listed));
    const auto item = findIn(listed, first);
    QVERIFY(item);
    QCOMPARE(item->label, u"E2E Source"_s);
    QCOMPARE(item->flowType, FlowType::Source);
    QCOMPARE(item->type, u"default"_s);
    QCOMPARE(item->auditable, got.connection.auditable);
    QVERIFY(findIn(listed, second));

    // DELETE: gone from the list and from GET; a second delete says it does not exist.
    E2E_VERIFY_OK(E2e::run(m_client->deleteConnection(first)));
    E2E_COMPARE_KIND(E2e::run(m_client->getConnection(first)), Kind::NotFound);
    const ApiError again = E2e::run(m_client->deleteConnection(first));
    E2E_COMPARE_KIND(again, Kind::Validation);
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.detail, DoesNotExist.arg(first));
    QCOMPARE(again.message(), DoesNotExist.arg(first));
    QList<Connection> after;
    QVERIFY(list(&after));
    QVERIFY(!findIn(after, first));
    QVERIFY(findIn(after, second));
}

void TestE2eConnections::labelsKeepEveryCharacter()
{
    // Section 2: Symfony escapes / < > & ' " and non-ASCII; the client reads them all back.
    const QString code = m_target.newCode();
    const QString label = u"Café & <Söhne> \"ERP\" / l'été 🚀"_s;
    ConnectionDetails details;
    QVERIFY(create(code, label, FlowType::Other, &details));
    QCOMPARE(details.connection.label, label);
    QVERIFY(get(code, &details));
    QCOMPARE(details.connection.label, label);
    QList<Connection> listed;
    QVERIFY(list(&listed));
    const auto item = findIn(listed, code);
    QVERIFY(item);
    QCOMPARE(item->label, label);
    QCOMPARE(item->flowType, FlowType::Other);
}

void TestE2eConnections::createRefusals_data()
{
    QTest::addColumn<QString>("code"); // "<new>": a fresh e2e_ code
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("messages");

    const QString valid = u"<new>"_s;
    QTest::newRow("code required") << QString() << u"E2E label"_s << QStringList{u"code"_s}
                                   << QStringList{u"Connection code is required."_s};
    QTest::newRow("code too short")
        << u"e2"_s << u"E2E label"_s << QStringList{u"code"_s}
        << QStringList{u"Connection code is too short. It should have 3 characters or more."_s};
    QTest::newRow("code too long")
        << (u"e2e_"_s + QString(97, u'x')) << u"E2E label"_s << QStringList{u"code"_s}
        << QStringList{u"Connection code is too long. It should have 100 characters or less."_s};
    QTest::newRow("code invalid")
        << u"e2e_bad-code"_s << u"E2E label"_s << QStringList{u"code"_s}
        << QStringList{u"Connection code may contain only letters, numbers and underscores."_s};
    QTest::newRow("label required") << valid << u"   "_s << QStringList{u"label"_s}
                                    << QStringList{u"Connection label is required."_s};
    QTest::newRow("label too short")
        << valid << u"E2"_s << QStringList{u"label"_s}
        << QStringList{u"Connection label is too short. It should have 3 characters or more."_s};
    QTest::newRow("label too long")
        << valid << QString(101, u'L') << QStringList{u"label"_s}
        << QStringList{u"Connection label is too long. It should have 100 characters or less."_s};
    QTest::newRow("code and label")
        << u"e2"_s << QString() << QStringList{u"code"_s, u"label"_s}
        << QStringList{u"Connection code is too short. It should have 3 characters or more."_s,
                       u"Connection label is required."_s};
}

void TestE2eConnections::createRefusals()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, messages);
    if (code == QLatin1String("<new>"))
        code = m_target.newCode();

    const ApiError error = E2e::run(m_client->createConnection(code, label, FlowType::Source));
    E2E_COMPARE_KIND(error, Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QStringList errorFields;
    for (const FieldError &fieldError : error.fieldErrors)
        errorFields << fieldError.field;
    QCOMPARE(errorFields, fields);
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(error.fieldMessage(fields.at(i)), messages.at(i));
    QCOMPARE(error.message(), messages.join(u'\n'));
}

void TestE2eConnections::uniqueCodeIsCheckedLast()
{
    const QString code = m_target.newCode();
    QVERIFY(create(code, u"E2E first"_s, FlowType::Source));

    // Compared without regard to case (docs/pim-api.md §3).
    const ApiError duplicate =
        E2e::run(m_client->createConnection(code.toUpper(), u"E2E second"_s, FlowType::Source));
    E2E_COMPARE_KIND(duplicate, Kind::Validation);
    QCOMPARE(duplicate.fieldErrors.size(), 1);
    QCOMPARE(duplicate.fieldErrors.constFirst().field, u"code"_s);
    QCOMPARE(duplicate.fieldMessage(u"code"_s), u"Connection code must be unique."_s);

    // Uniqueness only when everything else passes: the label alone is reported.
    const ApiError withBadLabel =
        E2e::run(m_client->createConnection(code, u"E2"_s, FlowType::Source));
    E2E_COMPARE_KIND(withBadLabel, Kind::Validation);
    QCOMPARE(withBadLabel.fieldErrors.size(), 1);
    QCOMPARE(withBadLabel.fieldErrors.constFirst().field, u"label"_s);
    QVERIFY(withBadLabel.fieldMessage(u"code"_s).isEmpty());
}

void TestE2eConnections::updateEveryField()
{
    const auto roles = E2e::call(m_client->userRoles(), &UserRolesJob::succeeded);
    const auto groups = E2e::call(m_client->userGroups(), &UserGroupsJob::succeeded);
    E2E_VERIFY_OK(roles.error);
    E2E_VERIFY_OK(groups.error);
    const auto role = otherRole(roles.value);
    const auto group = otherGroup(groups.value);
    if (!role || !group)
        QSKIP("this PIM has no role other than ROLE_USER or no group other than \"All\"");

    const QString code = m_target.newCode();
    ConnectionDetails created;
    QVERIFY(create(code, u"E2E update me"_s, FlowType::Source, &created));

    ConnectionUpdate update = ConnectionUpdate::from(created);
    update.label = u"  E2E updated  "_s; // trimmed by the PIM (docs/pim-api.md §3)
    update.flowType = FlowType::Destination;
    update.auditable = true;
    update.userRoleId = role->id;
    update.userGroupId = group->id;
    E2E_VERIFY_OK(E2e::run(m_client->updateConnection(update)));

    ConnectionDetails got;
    QVERIFY(get(code, &got));
    QCOMPARE(got.connection.label, u"E2E updated"_s);
    QCOMPARE(got.connection.flowType, FlowType::Destination);
    QVERIFY(got.connection.auditable);
    QCOMPARE(got.userRoleId, role->id);
    QCOMPARE(got.userGroupId, std::optional<QString>(group->id));
    QCOMPARE(got.credentials.secret, created.credentials.secret); // untouched
    QList<Connection> listed;
    QVERIFY(list(&listed));
    const auto item = findIn(listed, code);
    QVERIFY(item);
    QCOMPARE(item->label, u"E2E updated"_s);
    QCOMPARE(item->flowType, FlowType::Destination);
    QVERIFY(item->auditable);

    // Back: no group (null), flow type other, not audited, the default role.
    update.flowType = FlowType::Other;
    update.auditable = false;
    update.userRoleId = created.userRoleId;
    update.userGroupId = std::nullopt;
    E2E_VERIFY_OK(E2e::run(m_client->updateConnection(update)));
    QVERIFY(get(code, &got));
    QCOMPARE(got.connection.flowType, FlowType::Other);
    QVERIFY(!got.connection.auditable);
    QCOMPARE(got.userRoleId, created.userRoleId);
    QCOMPARE(got.userGroupId, std::nullopt);
}

void TestE2eConnections::updateRefusals()
{
    const QString code = m_target.newCode();
    ConnectionDetails created;
    QVERIFY(create(code, u"E2E keep me"_s, FlowType::Source, &created));
    const ConnectionUpdate valid = ConnectionUpdate::from(created);

    // 422 on a field, with the client's words (docs/pim-api.md §4).
    ConnectionUpdate shortLabel = valid;
    shortLabel.label = u"E2"_s;
    ApiError error = E2e::run(m_client->updateConnection(shortLabel));
    E2E_COMPARE_KIND(error, Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.fieldMessage(u"label"_s),
             u"Connection label is too short. It should have 3 characters or more."_s);

    ConnectionUpdate missingImage = valid;
    missingImage.image = u"0/1/2/3/0123456789abcdef0123456789abcdef01234567_e2e_none.png"_s;
    error = E2e::run(m_client->updateConnection(missingImage));
    E2E_COMPARE_KIND(error, Kind::Validation);
    QCOMPARE(error.fieldMessage(u"image"_s), u"The image was not found. Please try again."_s);

    // 400 {"message"} for a role or a group that does not exist (docs/pim-api.md §2).
    ConnectionUpdate unknownRole = valid;
    unknownRole.userRoleId = u"987654321"_s;
    error = E2e::run(m_client->updateConnection(unknownRole));
    E2E_COMPARE_KIND(error, Kind::Validation);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.detail, u"Role with id \"987654321\" not found."_s);
    QCOMPARE(error.message(), error.detail);

    ConnectionUpdate unknownGroup = valid;
    unknownGroup.userGroupId = u"987654321"_s;
    error = E2e::run(m_client->updateConnection(unknownGroup));
    E2E_COMPARE_KIND(error, Kind::Validation);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.detail, u"Group with id \"987654321\" not found."_s);

    // None of them changed anything.
    ConnectionDetails got;
    QVERIFY(get(code, &got));
    QCOMPARE(got.connection, created.connection);
    QCOMPARE(got.userRoleId, created.userRoleId);
    QCOMPARE(got.userGroupId, created.userGroupId);
}

void TestE2eConnections::unknownConnection()
{
    const QString code = m_target.newCode(); // never created
    E2E_COMPARE_KIND(E2e::run(m_client->getConnection(code)), Kind::NotFound);
    for (NetworkJob *job : {static_cast<NetworkJob *>(m_client->deleteConnection(code)),
                            static_cast<NetworkJob *>(m_client->regenerateSecretAndGet(code)),
                            static_cast<NetworkJob *>(m_client->regeneratePassword(code))}) {
        const ApiError error = E2e::run(job);
        E2E_COMPARE_KIND(error, Kind::Validation);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.detail, DoesNotExist.arg(code));
    }
    ConnectionUpdate update;
    update.code = code;
    update.label = u"E2E nobody"_s;
    update.userRoleId = u"1"_s;
    const ApiError error = E2e::run(m_client->updateConnection(update));
    E2E_COMPARE_KIND(error, Kind::Validation);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.detail, DoesNotExist.arg(code));
}

void TestE2eConnections::regenerateSecret()
{
    const QString code = m_target.newCode();
    ConnectionDetails created;
    QVERIFY(create(code, u"E2E secret"_s, FlowType::Source, &created));

    // 204, then the new secret is read with a new GET (docs/pim-api.md §2): the job does both.
    const auto both =
        E2e::call(m_client->regenerateSecretAndGet(code), &RegenerateSecretAndGetJob::succeeded);
    E2E_VERIFY_OK(both.error);
    QCOMPARE(both.value.connection.code, code);
    QCOMPARE(both.value.credentials.clientId, created.credentials.clientId);
    QVERIFY(CredentialFormat::isToken(both.value.credentials.secret));
    QVERIFY(both.value.credentials.secret != created.credentials.secret);
    QCOMPARE(both.value.credentials.username, created.credentials.username);
    ConnectionDetails last;
    QVERIFY(get(code, &last));
    QCOMPARE(last.credentials.secret, both.value.credentials.secret);
}

void TestE2eConnections::regeneratePassword()
{
    const QString code = m_target.newCode();
    ConnectionDetails created;
    QVERIFY(create(code, u"E2E password"_s, FlowType::Source, &created));

    const auto regenerated =
        E2e::call(m_client->regeneratePassword(code), &RegeneratePasswordJob::succeeded);
    E2E_VERIFY_OK(regenerated.error);
    QVERIFY(CredentialFormat::isPassword(regenerated.value));
    QVERIFY(regenerated.value != created.credentials.password.value_or(QString()));
    ConnectionDetails got;
    QVERIFY(get(code, &got));
    QVERIFY(!got.credentials.password.has_value());
    QCOMPARE(got.credentials.secret, created.credentials.secret);
    QCOMPARE(got.credentials.username, created.credentials.username);
}

void TestE2eConnections::rolesAndGroups()
{
    const auto roles = E2e::call(m_client->userRoles(), &UserRolesJob::succeeded);
    E2E_VERIFY_OK(roles.error);
    QVERIFY(!roles.value.isEmpty());
    bool hasDefault = false;
    for (const UserRole &role : roles.value) {
        QVERIFY(!role.id.isEmpty());
        QVERIFY(!role.role.isEmpty());
        QVERIFY(!role.label.isEmpty());
        hasDefault = hasDefault || role.isDefaultRole();
    }
    QVERIFY(hasDefault); // ROLE_USER, the role of a new connection

    const auto groups = E2e::call(m_client->userGroups(), &UserGroupsJob::succeeded);
    E2E_VERIFY_OK(groups.error);
    QVERIFY(!groups.value.isEmpty());
    int defaults = 0;
    for (const UserGroup &group : groups.value) {
        QVERIFY(!group.id.isEmpty());
        QVERIFY(!group.name.isEmpty());
        defaults += group.isDefault ? 1 : 0;
    }
    QCOMPARE(defaults, 1); // "All"

    // A new connection has the default role.
    ConnectionDetails created;
    QVERIFY(create(m_target.newCode(), u"E2E roles"_s, FlowType::Other, &created));
    const auto roleOfNew =
        std::find_if(roles.value.cbegin(), roles.value.cend(),
                     [&](const UserRole &r) { return r.id == created.userRoleId; });
    QVERIFY(roleOfNew != roles.value.cend());
    QVERIFY(roleOfNew->isDefaultRole());
}

QTEST_MAIN(TestE2eConnections)
#include "tst_e2e_connections.moc"
