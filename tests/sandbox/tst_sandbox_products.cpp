// The public API's products (docs/pim-api.md §5, §9.1): list, read, create, upsert, delete, and
// the PIM's error shapes for a refused product: 422 violations, 422 documented errors, 404.
#include "MonitoringFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MonitoringFixture;

namespace {

const QByteArray Documented = "Check the expected format on the API documentation.\","
                              "\"_links\":{\"documentation\":{\"href\":\"http:\\/\\/api.akeneo.com"
                              "\\/api-reference.html#";

QByteArray documentedError(const QByteArray &message, const QByteArray &anchor)
{
    return "{\"code\":422,\"message\":\"" + message + ' ' + Documented + anchor + "\"}}}";
}

} // namespace

class TestSandboxProducts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listIsPagedLikeThePims();
    void listRefusesBadPageParameters_data();
    void listRefusesBadPageParameters();
    void createAnswers201ThenGetAnswersTheProduct();
    void patchIsAnUpsertThatMergesValues();
    void deleteRemovesTheProduct();
    void unknownProductIs404_data();
    void unknownProductIs404();
    void unknownOptionIsAViolation();
    void unknownReferenceIsADocumentedError_data();
    void unknownReferenceIsADocumentedError();
    void wrongTypesAreDocumentedErrors_data();
    void wrongTypesAreDocumentedErrors();
    void identifierRules();
    void bodyThatIsNotAJsonObjectIs400_data();
    void bodyThatIsNotAJsonObjectIs400();
    void everyRouteNeedsAToken_data();
    void everyRouteNeedsAToken();
    void apiIndexListsTheProductRoutes();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    ApiConnection m_erp;
};

void TestSandboxProducts::initTestCase()
{
    SandboxProcess::Options options;
    options.extraArguments = {u"--today"_s, u"2020-01-07T10:00"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    m_erp = apiConnection(*m_admin, u"erp"_s, u"data_source"_s, true);
    QVERIFY(!m_erp.token.isEmpty());
}

void TestSandboxProducts::listIsPagedLikeThePims()
{
    // A new store has the catalogue's three sample products.
    const HttpReply first = api(*m_admin, "GET", u"/api/rest/v1/products?limit=2"_s, m_erp.token);
    QCOMPARE(first.status, 200);
    const QByteArray origin = "http:\\/\\/" + m_sandbox.url().authority().toUtf8();
    const QByteArray start = "{\"_links\":{\"self\":{\"href\":\"" + origin +
                             "\\/api\\/rest\\/v1\\/products?page=1\\u0026with_count=false"
                             "\\u0026pagination_type=page\\u0026limit=2\"},\"first\":";
    QVERIFY2(first.body.startsWith(start), first.body.constData());
    const QJsonObject page1 = first.json().toObject();
    QCOMPARE(page1[u"current_page"_s].toInt(), 1);
    QCOMPARE(page1[u"_links"_s].toObject().keys(), (QStringList{u"first"_s, u"next"_s, u"self"_s}));
    const QJsonArray items = page1[u"_embedded"_s][u"items"_s].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)[u"identifier"_s].toString(), u"1111111171"_s);
    QCOMPARE(items.at(0)[u"_links"_s][u"self"_s][u"href"_s].toString(),
             m_sandbox.url().toString() + u"/api/rest/v1/products/1111111171"_s);

    const QJsonObject page2 =
        api(*m_admin, "GET", u"/api/rest/v1/products?limit=2&page=2"_s, m_erp.token)
            .json()
            .toObject();
    QCOMPARE(page2[u"current_page"_s].toInt(), 2);
    QCOMPARE(page2[u"_links"_s].toObject().keys(),
             (QStringList{u"first"_s, u"previous"_s, u"self"_s}));
    QCOMPARE(page2[u"_embedded"_s][u"items"_s].toArray().at(0)[u"identifier"_s].toString(),
             u"1111111173"_s);
}

void TestSandboxProducts::listRefusesBadPageParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("limit not a number")
        << u"limit=abc"_s
        << QByteArray("{\"code\":422,\"message\":\"\\u0022abc\\u0022 is not a valid limit "
                      "number.\"}");
    QTest::newRow("page 0") << u"page=0"_s
                            << QByteArray("{\"code\":422,\"message\":\"\\u00220\\u0022 is not a "
                                          "valid page number.\"}");
    QTest::newRow("limit over 100")
        << u"limit=101"_s
        << QByteArray("{\"code\":422,\"message\":\"You cannot request more than 100 items.\"}");
}

void TestSandboxProducts::listRefusesBadPageParameters()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    const HttpReply reply = api(*m_admin, "GET", u"/api/rest/v1/products?"_s + query, m_erp.token);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, body);
}

void TestSandboxProducts::createAnswers201ThenGetAnswersTheProduct()
{
    const QJsonObject body{
        {u"identifier"_s, u"sneaker_1"_s},
        {u"family"_s, u"shoes"_s},
        {u"categories"_s, QJsonArray{u"sneakers"_s}},
        {u"values"_s, values({{u"name"_s, u"Runner <1>"_s}, {u"color"_s, u"red"_s}})}};
    const HttpReply created =
        api(*m_admin, "POST", u"/api/rest/v1/products"_s, m_erp.token, json(body));
    QCOMPARE(created.status, 201);
    QVERIFY(created.body.isEmpty());
    QCOMPARE(created.header("Location"),
             m_sandbox.url().toString().toUtf8() + "/api/rest/v1/products/sneaker_1");

    const HttpReply got = api(*m_admin, "GET", u"/api/rest/v1/products/sneaker_1"_s, m_erp.token);
    QCOMPARE(got.status, 200);
    QCOMPARE(withoutSeconds(got.body),
             QByteArray(
                 "{\"identifier\":\"sneaker_1\",\"enabled\":true,\"family\":\"shoes\","
                 "\"categories\":[\"sneakers\"],\"groups\":[],\"parent\":null,\"values\":{"
                 "\"color\":[{\"locale\":null,\"scope\":null,\"data\":\"red\"}],"
                 "\"name\":[{\"locale\":null,\"scope\":null,\"data\":\"Runner \\u003C1\\u003E\"}]},"
                 "\"created\":\"2020-01-07T10:00:SS+00:00\","
                 "\"updated\":\"2020-01-07T10:00:SS+00:00\"}"));
}

void TestSandboxProducts::patchIsAnUpsertThatMergesValues()
{
    HttpReply reply =
        patchProduct(*m_admin, m_erp.token, u"tote_2"_s, u"bags"_s, {{u"name"_s, u"Tote"_s}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("Location"),
             m_sandbox.url().toString().toUtf8() + "/api/rest/v1/products/tote_2");
    reply = patchProduct(*m_admin, m_erp.token, u"tote_2"_s, QString(), {{u"color"_s, u"black"_s}});
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    // The same again changes nothing: still 204.
    reply = patchProduct(*m_admin, m_erp.token, u"tote_2"_s, QString(), {{u"color"_s, u"black"_s}});
    QCOMPARE(reply.status, 204);

    const QJsonObject product =
        api(*m_admin, "GET", u"/api/rest/v1/products/tote_2"_s, m_erp.token).json().toObject();
    QCOMPARE(product[u"family"_s].toString(), u"bags"_s);
    QCOMPARE(product[u"values"_s].toObject().keys(), (QStringList{u"color"_s, u"name"_s}));
    QCOMPARE(product[u"values"_s][u"name"_s][0][u"data"_s].toString(), u"Tote"_s);

    // A null data removes that value.
    const QJsonObject removal{
        {u"values"_s,
         QJsonObject{{u"name"_s, QJsonArray{QJsonObject{{u"locale"_s, QJsonValue::Null},
                                                        {u"scope"_s, QJsonValue::Null},
                                                        {u"data"_s, QJsonValue::Null}}}}}}};
    QCOMPARE(api(*m_admin, "PATCH", u"/api/rest/v1/products/tote_2"_s, m_erp.token, json(removal))
                 .status,
             204);
    QCOMPARE(api(*m_admin, "GET", u"/api/rest/v1/products/tote_2"_s, m_erp.token)
                 .json()[u"values"_s]
                 .toObject()
                 .keys(),
             QStringList{u"color"_s});
}

void TestSandboxProducts::deleteRemovesTheProduct()
{
    QCOMPARE(patchProduct(*m_admin, m_erp.token, u"gone_3"_s, u"bags"_s).status, 201);
    const HttpReply deleted =
        api(*m_admin, "DELETE", u"/api/rest/v1/products/gone_3"_s, m_erp.token);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(api(*m_admin, "GET", u"/api/rest/v1/products/gone_3"_s, m_erp.token).status, 404);
}

void TestSandboxProducts::unknownProductIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("get") << QByteArray("GET");
    QTest::newRow("delete") << QByteArray("DELETE");
}

void TestSandboxProducts::unknownProductIs404()
{
    QFETCH(QByteArray, method);
    const HttpReply reply = api(*m_admin, method, u"/api/rest/v1/products/nope"_s, m_erp.token);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body,
             QByteArray("{\"code\":404,\"message\":\"Product \\u0022nope\\u0022 does not "
                        "exist or you do not have permission to access it.\"}"));
}

void TestSandboxProducts::unknownOptionIsAViolation()
{
    const HttpReply reply = patchProduct(*m_admin, m_erp.token, u"high-top_sneakers"_s, u"shoes"_s,
                                         {{u"color"_s, u"unknown_color"_s}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(
        reply.body,
        QByteArray("{\"code\":422,\"message\":\"Validation failed.\",\"errors\":[{\"property\":"
                   "\"values\",\"message\":\"The unknown_color value is not in the color "
                   "attribute option list.\",\"attribute\":\"color\",\"locale\":null,"
                   "\"scope\":null}]}"));
    // Refused: nothing was saved.
    QCOMPARE(api(*m_admin, "GET", u"/api/rest/v1/products/high-top_sneakers"_s, m_erp.token).status,
             404);
}

void TestSandboxProducts::unknownReferenceIsADocumentedError_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("family") << QJsonObject{{u"family"_s, u"unknown_family_code"_s}}
                            << QByteArray("The unknown_family_code family does not exist in your "
                                          "PIM.");
    QTest::newRow("attribute") << QJsonObject{{u"values"_s, values({{u"weight"_s, u"2"_s}})}}
                               << QByteArray("The weight attribute does not exist in your PIM.");
    QTest::newRow("category") << QJsonObject{{u"categories"_s, QJsonArray{u"winter_sale"_s}}}
                              << QByteArray("The winter_sale category does not exist in your PIM.");
}

void TestSandboxProducts::unknownReferenceIsADocumentedError()
{
    QFETCH(QJsonObject, body);
    QFETCH(QByteArray, message);
    HttpReply reply =
        api(*m_admin, "PATCH", u"/api/rest/v1/products/1111111172"_s, m_erp.token, json(body));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, documentedError(message, "patch_products__code_"));
    body.insert(u"identifier"_s, u"new_one"_s);
    reply = api(*m_admin, "POST", u"/api/rest/v1/products"_s, m_erp.token, json(body));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, documentedError(message, "post_products"));
}

void TestSandboxProducts::wrongTypesAreDocumentedErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("family as a list")
        << QByteArray("{\"family\":[\"shoes\"]}")
        << QByteArray("Property \\u0022family\\u0022 expects a string as data, \\u0022array\\u0022 "
                      "given.");
    QTest::newRow("enabled as a string")
        << QByteArray("{\"enabled\":\"yes\"}")
        << QByteArray("Property \\u0022enabled\\u0022 expects a boolean as data, "
                      "\\u0022string\\u0022 given.");
    QTest::newRow("data as a number")
        << QByteArray("{\"values\":{\"name\":[{\"locale\":null,\"scope\":null,\"data\":12}]}}")
        << QByteArray("Property \\u0022name\\u0022 expects a string as data, \\u0022integer\\u0022 "
                      "given.");
    QTest::newRow("value without data")
        << QByteArray("{\"values\":{\"name\":[{\"locale\":null,\"scope\":null}]}}")
        << QByteArray("Property \\u0022name\\u0022 expects an array with the key "
                      "\\u0022data\\u0022.");
    QTest::newRow("unknown property")
        << QByteArray("{\"colour\":\"red\"}")
        << QByteArray("Property \\u0022colour\\u0022 does not exist.");
}

void TestSandboxProducts::wrongTypesAreDocumentedErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, message);
    const HttpReply reply =
        api(*m_admin, "PATCH", u"/api/rest/v1/products/1111111173"_s, m_erp.token, body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, documentedError(message, "patch_products__code_"));
}

void TestSandboxProducts::identifierRules()
{
    HttpReply reply =
        api(*m_admin, "POST", u"/api/rest/v1/products"_s, m_erp.token, "{\"family\":\"bags\"}");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, QByteArray("{\"code\":422,\"message\":\"Validation failed.\",\"errors\":[{"
                                    "\"property\":\"identifier\",\"message\":\"The identifier "
                                    "attribute cannot be empty.\"}]}"));
    reply = api(*m_admin, "POST", u"/api/rest/v1/products"_s, m_erp.token,
                "{\"identifier\":\"1111111171\"}");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, QByteArray("{\"code\":422,\"message\":\"Validation failed.\",\"errors\":[{"
                                    "\"property\":\"identifier\",\"message\":\"The 1111111171 "
                                    "identifier is already used for another product.\"}]}"));
    reply = api(*m_admin, "PATCH", u"/api/rest/v1/products/1111111171"_s, m_erp.token,
                "{\"identifier\":\"other\"}");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body,
             QByteArray("{\"code\":422,\"message\":\"The identifier \\u0022other\\u0022 "
                        "provided in the request body must match the identifier "
                        "\\u00221111111171\\u0022 provided in the url.\"}"));
}

void TestSandboxProducts::bodyThatIsNotAJsonObjectIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("broken") << QByteArray("{\"family\":");
    QTest::newRow("a list") << QByteArray("[1]");
}

void TestSandboxProducts::bodyThatIsNotAJsonObjectIs400()
{
    QFETCH(QByteArray, body);
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("PATCH")}) {
        const HttpReply reply =
            api(*m_admin, method,
                method == "POST" ? u"/api/rest/v1/products"_s : u"/api/rest/v1/products/x1"_s,
                m_erp.token, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body,
                 QByteArray("{\"code\":400,\"message\":\"Invalid json message received\"}"));
    }
}

void TestSandboxProducts::everyRouteNeedsAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("create") << QByteArray("POST") << u"/api/rest/v1/products"_s;
    QTest::newRow("get") << QByteArray("GET") << u"/api/rest/v1/products/1111111171"_s;
    QTest::newRow("update") << QByteArray("PATCH") << u"/api/rest/v1/products/1111111171"_s;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/api/rest/v1/products/1111111171"_s;
}

void TestSandboxProducts::everyRouteNeedsAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpReply reply = api(*m_admin, method, path, u"not-a-token"_s, "{\"family\":\"bags\"}");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, QByteArray("{\"code\":401,\"message\":\"The access token provided is "
                                    "invalid.\"}"));
    QCOMPARE(api(*m_admin, "GET", u"/api/rest/v1/products/1111111171"_s, m_erp.token).status, 200);
}

void TestSandboxProducts::apiIndexListsTheProductRoutes()
{
    const QJsonObject routes = m_admin->get(u"/api/rest/v1"_s).json()[u"routes"_s].toObject();
    QCOMPARE(routes[u"pim_api_product_partial_update"_s][u"route"_s].toString(),
             u"/api/rest/v1/products/{code}"_s);
    QCOMPARE(routes[u"pim_api_product_partial_update"_s][u"methods"_s].toArray(),
             QJsonArray{u"PATCH"_s});
    QCOMPARE(routes.keys().size(), 5);
}

QTEST_GUILESS_MAIN(TestSandboxProducts)
#include "tst_sandbox_products.moc"
