// Error monitoring (docs/pim-api.md §9): which product API errors are recorded (§9.2), and
// GET /rest/connections/{code}/business-errors: §9.1's shapes byte for byte, newest first, at
// most 100, seven UTC days; no right needed; HEAD and OPTIONS (§12).
#include "MonitoringFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;

namespace {

// The sandbox's clock starts at 23:30 UTC on 7 January: already 8 January in Paris.
const QString Now = u"2020-01-07T23:30"_s;

QString errorsPath(const QString &code, const QString &query = QString())
{
    return u"/rest/connections/"_s + code + u"/business-errors"_s +
           (query.isEmpty() ? QString() : u"?"_s + query);
}

QByteArray withoutIds(const QByteArray &body)
{
    static const QRegularExpression id(QStringLiteral("\"id\":\\d+"));
    return QString::fromUtf8(body).replace(id, QStringLiteral("\"id\":ID")).toUtf8();
}

// §9.1's violation, as CollectProductValidationErrorEndToEnd.php expects it.
const QByteArray Section91Violation =
    "{\"property\":\"values\",\"message\":\"The unknown_color value is not in the color attribute "
    "option list.\",\"attribute\":\"color\",\"locale\":null,\"scope\":null,\"type\":"
    "\"violation_error\",\"message_template\":\"The %invalid_option% value is not in the "
    "%attribute_code% attribute option list.\",\"message_parameters\":{\"%attribute_code%\":"
    "\"color\",\"%invalid_option%\":\"unknown_color\"},\"documentation\":[{\"message\":\"More "
    "information about select attributes: {manage_attributes_options}.\",\"parameters\":{"
    "\"manage_attributes_options\":{\"type\":\"href\",\"href\":\"https:\\/\\/help.akeneo.com\\/pim"
    "\\/serenity\\/articles\\/manage-your-attributes.html#manage-simple-and-multi-selects-"
    "attribute-options\",\"title\":\"Manage select attributes options\"}},\"style\":"
    "\"information\"},{\"message\":\"Please check the {attribute_options_settings}.\","
    "\"parameters\":{\"attribute_options_settings\":{\"type\":\"route\",\"route\":"
    "\"pim_enrich_attribute_edit\",\"routeParameters\":{\"code\":\"color\"},\"title\":\"Options "
    "settings of the color attribute\"}},\"style\":\"text\"}],\"product\":{\"id\":null,"
    "\"identifier\":\"high-top_sneakers\",\"label\":\"high-top_sneakers\",\"family\":\"shoes\"}}";

// CollectProductDomainErrorEndToEnd.php's unknown family, on a product that exists.
const QByteArray UnknownFamily =
    "{\"type\":\"domain_error\",\"message\":\"The unknown_family_code family does not exist in "
    "your PIM.\",\"message_template\":\"The {family_code} family does not exist in your PIM.\","
    "\"message_parameters\":{\"family_code\":\"unknown_family_code\"},\"documentation\":[{"
    "\"message\":\"Please check your {family_settings}.\",\"parameters\":{\"family_settings\":{"
    "\"type\":\"route\",\"route\":\"pim_enrich_family_index\",\"routeParameters\":[],\"title\":"
    "\"Family settings\"}},\"style\":\"text\"},{\"message\":\"More information about families: "
    "{what_is_a_family} {manage_your_families}.\",\"parameters\":{\"what_is_a_family\":{\"type\":"
    "\"href\",\"href\":\"https:\\/\\/help.akeneo.com\\/pim\\/serenity\\/articles\\/what-is-a-"
    "family.html\",\"title\":\"What is a family?\"},\"manage_your_families\":{\"type\":\"href\","
    "\"href\":\"https:\\/\\/help.akeneo.com\\/pim\\/serenity\\/articles\\/manage-your-families."
    "html\",\"title\":\"Manage your families\"}},\"style\":\"information\"}],\"product\":{\"id\":"
    "ID,\"identifier\":\"high-top_sneakers\",\"label\":\"high-top_sneakers\",\"family\":"
    "\"shoes\"}}";

// The same test's unknown product, from a DELETE.
const QByteArray UnknownProduct =
    "{\"type\":\"domain_error\",\"message\":\"The unknown_product_identifier product does not "
    "exist "
    "in your PIM or you do not have permission to access it.\",\"message_template\":\"The "
    "{product_identifier} product does not exist in your PIM or you do not have permission to "
    "access it.\",\"message_parameters\":{\"product_identifier\":\"unknown_product_identifier\"}}";

QByteArray item(const QByteArray &code, const QByteArray &content)
{
    return "{\"connection_code\":\"" + code +
           "\",\"date_time\":\"2020-01-07T23:30:SS+00:00\",\"content\":" + content + '}';
}

} // namespace

class TestSandboxErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void violationIsRecordedAsSection91Shows();
    void domainErrorsKeepTheProductAsItWas();
    void onlyCollectableCallsAreRecorded_data();
    void onlyCollectableCallsAreRecorded();
    void newestFirstAndAtMost100();
    void windowIsSevenUtcDays_data();
    void windowIsSevenUtcDays();
    void unknownConnectionHasNoErrors();
    void anySignedInUserReadsThem();
    void headMirrorsGetAndOptionsIs405();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
};

void TestSandboxErrors::initTestCase()
{
    SandboxProcess::Options options;
    options.extraArguments = {u"--today"_s, Now, u"--timezone"_s, u"Europe/Paris"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
}

void TestSandboxErrors::violationIsRecordedAsSection91Shows()
{
    const ApiConnection erp = apiConnection(*m_admin, u"erp"_s, u"data_source"_s, true);
    QCOMPARE(patchProduct(*m_admin, erp.token, u"high-top_sneakers"_s, u"shoes"_s,
                          {{u"color"_s, u"unknown_color"_s}})
                 .status,
             422);
    const HttpReply reply = m_admin->get(errorsPath(u"erp"_s));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(withoutSeconds(reply.body), '[' + item("erp", Section91Violation) + ']');
}

void TestSandboxErrors::domainErrorsKeepTheProductAsItWas()
{
    const ApiConnection erp = apiConnection(*m_admin, u"erp_domain"_s, u"data_source"_s, true);
    QCOMPARE(patchProduct(*m_admin, erp.token, u"high-top_sneakers"_s, u"shoes"_s).status, 201);
    QCOMPARE(patchProduct(*m_admin, erp.token, u"high-top_sneakers"_s, u"unknown_family_code"_s,
                          {{u"name"_s, u"High-Top Sneakers"_s}})
                 .status,
             422);
    QCOMPARE(
        api(*m_admin, "DELETE", u"/api/rest/v1/products/unknown_product_identifier"_s, erp.token)
            .status,
        404);
    const HttpReply reply = m_admin->get(errorsPath(u"erp_domain"_s));
    QCOMPARE(withoutIds(withoutSeconds(reply.body)), '[' + item("erp_domain", UnknownProduct) +
                                                         ',' + item("erp_domain", UnknownFamily) +
                                                         ']');
}

void TestSandboxErrors::onlyCollectableCallsAreRecorded_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("flowType");
    QTest::addColumn<bool>("tracked");
    QTest::addColumn<bool>("ownUsername");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("business");
    QTest::addColumn<int>("technical");
    const QByteArray badOption = "{\"values\":{\"color\":[{\"locale\":null,\"scope\":null,"
                                 "\"data\":\"purple\"}]}}";
    const QByteArray get = "GET";
    const QByteArray patch = "PATCH";
    QTest::newRow("tracked source, own username: recorded")
        << u"row_recorded"_s << u"data_source"_s << true << true << patch << badOption << 1 << 0;
    QTest::newRow("untracked source")
        << u"row_untracked"_s << u"data_source"_s << false << true << patch << badOption << 0 << 0;
    QTest::newRow("destination") << u"row_destination"_s << u"data_destination"_s << true << true
                                 << patch << badOption << 0 << 0;
    QTest::newRow("another user's username")
        << u"row_other_user"_s << u"data_source"_s << true << false << patch << badOption << 0 << 0;
    QTest::newRow("technical error: counted, not listed")
        << u"row_technical"_s << u"data_source"_s << true << true << patch
        << QByteArray("{\"family\":[1]}") << 0 << 1;
    QTest::newRow("not a monitored route")
        << u"row_read"_s << u"data_source"_s << true << true << get << QByteArray() << 0 << 0;
}

void TestSandboxErrors::onlyCollectableCallsAreRecorded()
{
    QFETCH(QString, code);
    QFETCH(QString, flowType);
    QFETCH(bool, tracked);
    QFETCH(bool, ownUsername);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(int, business);
    QFETCH(int, technical);
    const ApiConnection connection = apiConnection(*m_admin, code, flowType, tracked);
    QVERIFY(!connection.token.isEmpty());
    const QString token = ownUsername ? connection.token
                                      : m_admin->accessToken(connection.clientId, connection.secret,
                                                             u"admin"_s, u"admin"_s);
    const HttpReply call =
        api(*m_admin, method, u"/api/rest/v1/products/absent_product"_s, token, body);
    QVERIFY(call.status == 422 || call.status == 404);
    QCOMPARE(m_admin->get(errorsPath(code)).json().toArray().size(), business);
    const QString counts = u"/rest/connections/audit/error-count-per-connection?error_type="_s;
    QCOMPARE(m_admin->get(counts + u"business"_s).json()[code].toInt(), business);
    QCOMPARE(m_admin->get(counts + u"technical"_s).json()[code].toInt(), technical);
}

void TestSandboxErrors::newestFirstAndAtMost100()
{
    const ApiConnection erp = apiConnection(*m_admin, u"erp_cap"_s, u"data_source"_s, true);
    for (int i = 0; i < 105; ++i)
        QCOMPARE(patchProduct(*m_admin, erp.token, u"capped"_s, u"bags"_s,
                              {{u"color"_s, u"c%1"_s.arg(i, 3, 10, QLatin1Char('0'))}})
                     .status,
                 422);
    const QJsonArray errors = m_admin->get(errorsPath(u"erp_cap"_s)).json().toArray();
    QCOMPARE(errors.size(), 100);
    QCOMPARE(
        errors.first()[u"content"_s][u"message_parameters"_s][u"%invalid_option%"_s].toString(),
        u"c104"_s);
    QCOMPARE(errors.last()[u"content"_s][u"message_parameters"_s][u"%invalid_option%"_s].toString(),
             u"c005"_s);
    // The dashboard still counts all 105.
    const QJsonObject counts =
        m_admin->get(u"/rest/connections/audit/error-count-per-connection?error_type=business"_s)
            .json()
            .toObject();
    QCOMPARE(counts[u"erp_cap"_s].toInt(), 105);
}

void TestSandboxErrors::windowIsSevenUtcDays_data()
{
    // The error of violationIsRecordedAsSection91Shows() happened at 23:30 UTC on 7 January.
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::newRow("default: today in UTC") << QString() << 1;
    QTest::newRow("that day") << u"end_date=2020-01-07"_s << 1;
    QTest::newRow("the day before") << u"end_date=2020-01-06"_s << 0;
    QTest::newRow("six days later") << u"end_date=2020-01-13"_s << 1;
    QTest::newRow("seven days later") << u"end_date=2020-01-14"_s << 0;
    QTest::newRow("not a date: today") << u"end_date=garbage"_s << 1;
    QTest::newRow("no such day: today") << u"end_date=2020-02-30"_s << 1;
}

void TestSandboxErrors::windowIsSevenUtcDays()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    const HttpReply reply = m_admin->get(errorsPath(u"erp"_s, query));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().toArray().size(), count);
    // Unlike the dashboard, which counts it on the admin's 8 January (Paris).
    const QJsonObject week =
        m_admin->get(u"/rest/connections/audit/weekly-error"_s).json().toObject();
    QCOMPARE(week[u"erp"_s][u"current_week"_s][u"2020-01-08"_s].toInt(), 1);
}

void TestSandboxErrors::unknownConnectionHasNoErrors()
{
    const HttpReply reply = m_admin->get(errorsPath(u"nope"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("[]"));
}

void TestSandboxErrors::anySignedInUserReadsThem()
{
    HttpClient viewer(m_sandbox.url());
    QVERIFY(viewer.signIn(u"viewer"_s, u"viewer"_s));
    const HttpReply reply = viewer.get(errorsPath(u"erp"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, m_admin->get(errorsPath(u"erp"_s)).body);
    HttpClient nobody(m_sandbox.url());
    QCOMPARE(nobody.get(errorsPath(u"erp"_s)).status, 401);
}

void TestSandboxErrors::headMirrorsGetAndOptionsIs405()
{
    const HttpReply get = m_admin->get(errorsPath(u"erp"_s));
    const HttpReply head = MonitoringFixture::head(*m_admin, errorsPath(u"erp"_s));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QVERIFY(head.body.isEmpty());
    for (const QByteArray &method : {QByteArray("OPTIONS"), QByteArray("POST")}) {
        const HttpReply refused = m_admin->send(method, errorsPath(u"erp"_s));
        QCOMPARE(refused.status, 405);
        QCOMPARE(refused.header("Allow"), QByteArray("GET"));
    }
}

QTEST_GUILESS_MAIN(TestSandboxErrors)
#include "tst_sandbox_errors.moc"
