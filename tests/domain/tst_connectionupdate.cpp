// An update the PIM accepted (docs/pim-api.md §2, "POST /rest/connections/{code}"), applied to
// what the client keeps of the connection: the form's reference, the page's details and the
// workspace's copy all go through ConnectionUpdate::applyTo.
#include "domain/Connection.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

ConnectionDetails magento()
{
    ConnectionDetails d;
    d.connection.code = u"magento"_s;
    d.connection.label = u"Magento"_s;
    d.connection.flowType = FlowType::Source;
    d.connection.image = u"a/b/c/d/1f_magento.png"_s;
    d.connection.auditable = true;
    d.connection.type = u"default"_s;
    d.credentials.clientId = u"3_client"_s;
    d.credentials.secret = u"secret"_s;
    d.credentials.username = u"magento_0427"_s;
    d.credentials.password = u"once"_s;
    d.userRoleId = u"1"_s;
    d.userGroupId = u"3"_s;
    return d;
}

using Change = std::function<void(ConnectionUpdate &)>;
using Expect = std::function<void(ConnectionDetails &)>;

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(Expect)

class TestConnectionUpdate : public QObject
{
    Q_OBJECT

private slots:
    void appliesWhatTheUpdateChanges_data();
    void appliesWhatTheUpdateChanges();
    void anUnchangedUpdateChangesNothing();
    void aListItemGetsTheListFieldsOnly();
};

void TestConnectionUpdate::appliesWhatTheUpdateChanges_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<Expect>("expect");
    QTest::newRow("label") << Change([](ConnectionUpdate &u) {
        u.label = u"Magento 2"_s;
    }) << Expect([](ConnectionDetails &d) { d.connection.label = u"Magento 2"_s; });
    QTest::newRow("flow type") << Change([](ConnectionUpdate &u) {
        u.flowType = FlowType::Destination;
    }) << Expect([](ConnectionDetails &d) { d.connection.flowType = FlowType::Destination; });
    QTest::newRow("image removed")
        << Change([](ConnectionUpdate &u) { u.image.clear(); })
        << Expect([](ConnectionDetails &d) { d.connection.image.clear(); });
    QTest::newRow("not auditable")
        << Change([](ConnectionUpdate &u) { u.auditable = false; })
        << Expect([](ConnectionDetails &d) { d.connection.auditable = false; });
    QTest::newRow("role") << Change([](ConnectionUpdate &u) { u.userRoleId = u"5"_s; })
                          << Expect([](ConnectionDetails &d) { d.userRoleId = u"5"_s; });
    QTest::newRow("no group") << Change([](ConnectionUpdate &u) { u.userGroupId.reset(); })
                              << Expect([](ConnectionDetails &d) { d.userGroupId.reset(); });
    QTest::newRow("everything") << Change([](ConnectionUpdate &u) {
        u.label = u"Shop"_s;
        u.flowType = FlowType::Other;
        u.image = u"x/y.png"_s;
        u.auditable = false;
        u.userRoleId = u"2"_s;
        u.userGroupId = u"7"_s;
    }) << Expect([](ConnectionDetails &d) {
        d.connection.label = u"Shop"_s;
        d.connection.flowType = FlowType::Other;
        d.connection.image = u"x/y.png"_s;
        d.connection.auditable = false;
        d.userRoleId = u"2"_s;
        d.userGroupId = u"7"_s;
    });
    // The code is the route's, not a value the update can change; type and credentials are
    // not in the update at all.
    QTest::newRow("code, type and credentials stay")
        << Change([](ConnectionUpdate &u) { u.code = u"other"_s; })
        << Expect([](ConnectionDetails &) {});
}

void TestConnectionUpdate::appliesWhatTheUpdateChanges()
{
    QFETCH(Change, change);
    QFETCH(Expect, expect);
    ConnectionUpdate update = ConnectionUpdate::from(magento());
    change(update);
    ConnectionDetails details = magento();
    update.applyTo(details);
    ConnectionDetails expected = magento();
    expect(expected);
    QCOMPARE(details, expected);
}

void TestConnectionUpdate::anUnchangedUpdateChangesNothing()
{
    ConnectionDetails details = magento();
    ConnectionUpdate::from(details).applyTo(details);
    QCOMPARE(details, magento());
}

void TestConnectionUpdate::aListItemGetsTheListFieldsOnly()
{
    ConnectionUpdate update = ConnectionUpdate::from(magento());
    update.label = u"Magento 2"_s;
    update.flowType = FlowType::Destination;
    update.userRoleId = u"9"_s;
    Connection item = magento().connection;
    update.applyTo(item);
    Connection expected = magento().connection;
    expected.label = u"Magento 2"_s;
    expected.flowType = FlowType::Destination;
    QCOMPARE(item, expected);
}

QTEST_GUILESS_MAIN(TestConnectionUpdate)
#include "tst_connectionupdate.moc"
