// Roles, groups and wrong-credentials answers (docs/pim-api.md §2).
#include "domain/Permissions.h"
#include "domain/WrongCredentials.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPermissionsJson : public QObject
{
    Q_OBJECT

private slots:
    void roles();
    void groups();
    void rejects_data();
    void rejects();
    void wrongCredentials();
    void wrongCredentialsEmptyIsAnArray();
    void wrongCredentialsRejects_data();
    void wrongCredentialsRejects();
};

void TestPermissionsJson::roles()
{
    QString error;
    const auto roles = UserRole::listFromJson(
        R"([{"id":1,"role":"ROLE_USER","label":"User","type":"default"},)"
        R"({"id":"2","role":"ROLE_ADMINISTRATOR","label":"Administrator","type":"default","x":1}])",
        &error);
    QVERIFY2(roles, qPrintable(error));
    QCOMPARE(roles->size(), 2);
    QCOMPARE(roles->at(0).id, u"1"_s);
    QVERIFY(roles->at(0).isDefaultRole());
    QCOMPARE(roles->at(1).id, u"2"_s);
    QCOMPARE(roles->at(1).label, u"Administrator"_s);
    QVERIFY(!roles->at(1).isDefaultRole());
}

void TestPermissionsJson::groups()
{
    QString error;
    const auto groups = UserGroup::listFromJson(
        R"([{"name":"All","meta":{"id":3,"default":true}},{"name":"IT support","meta":{"id":1,"default":false}}])",
        &error);
    QVERIFY2(groups, qPrintable(error));
    QCOMPARE(groups->size(), 2);
    QCOMPARE(groups->at(0).id, u"3"_s);
    QVERIFY(groups->at(0).isDefault);
    QCOMPARE(groups->at(1).name, u"IT support"_s);
    QVERIFY(!groups->at(1).isDefault);
}

void TestPermissionsJson::rejects_data()
{
    QTest::addColumn<bool>("roles");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("roles: object") << true << QByteArray(R"({"id":1})");
    QTest::newRow("roles: no id") << true << QByteArray(R"([{"role":"ROLE_USER"}])");
    QTest::newRow("roles: no role") << true << QByteArray(R"([{"id":1}])");
    QTest::newRow("roles: html") << true << QByteArray("<html>");
    QTest::newRow("groups: no meta") << false << QByteArray(R"([{"name":"All"}])");
    QTest::newRow("groups: no id") << false << QByteArray(R"([{"name":"All","meta":{}}])");
    QTest::newRow("groups: name number") << false << QByteArray(R"([{"name":3,"meta":{"id":1}}])");
}

void TestPermissionsJson::rejects()
{
    QFETCH(bool, roles);
    QFETCH(QByteArray, body);
    QString error;
    if (roles)
        QVERIFY(!UserRole::listFromJson(body, &error));
    else
        QVERIFY(!UserGroup::listFromJson(body, &error));
    QVERIFY(!error.isEmpty());
}

void TestPermissionsJson::wrongCredentials()
{
    QString error;
    const auto wrong = WrongCredentials::fromJson(
        R"({"erp":{"code":"erp","users":[{"username":"someone","date":"2020-01-02T12:34:23+00:00"}]}})",
        &error);
    QVERIFY2(wrong, qPrintable(error));
    QVERIFY(wrong->contains(u"erp"_s));
    QVERIFY(!wrong->contains(u"shop"_s));
    const auto uses = wrong->usesOf(u"erp"_s);
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().username, u"someone"_s);
    QCOMPARE(uses.first().date, QDateTime(QDate(2020, 1, 2), QTime(12, 34, 23), Qt::UTC));
}

void TestPermissionsJson::wrongCredentialsEmptyIsAnArray()
{
    QString error;
    QVERIFY(WrongCredentials::fromJson("[]", &error)->isEmpty());
    QVERIFY(WrongCredentials::fromJson("{}", &error)->isEmpty());
}

void TestPermissionsJson::wrongCredentialsRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("non-empty array") << QByteArray(R"([{"code":"erp"}])");
    QTest::newRow("entry not object") << QByteArray(R"({"erp":1})");
    QTest::newRow("users not array") << QByteArray(R"({"erp":{"code":"erp","users":{}}})");
    QTest::newRow("bad date") << QByteArray(
        R"({"erp":{"users":[{"username":"a","date":"yesterday"}]}})");
    QTest::newRow("truncated") << QByteArray(R"({"erp":{"users":[)");
}

void TestPermissionsJson::wrongCredentialsRejects()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!WrongCredentials::fromJson(body, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestPermissionsJson)
#include "tst_permissionsjson.moc"
