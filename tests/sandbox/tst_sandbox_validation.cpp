// docs/pim-api.md §3 and §4: the rules, their order and keys, uniqueness and the limit of 50.
#include "SandboxFixture.h"
#include "domain/ValidationError.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using SandboxFixture::compact;

namespace {

// "field:key.suffix" pairs, in order, as the expected 422 body.
QByteArray violations(const QStringList &errors)
{
    QByteArray out = "{\"errors\":[";
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QStringList parts = errors.at(i).split(u':');
        if (i)
            out += ',';
        out += "{\"name\":\"" + parts.at(0).toUtf8() + "\",\"reason\":\"" +
               ValidationKeys::key(parts.at(1).toLatin1().constData()).toUtf8() + "\"}";
    }
    return out +
           "],\"message\":\"akeneo_connectivity.connection.constraint_violation_list_exception\"}";
}

QByteArray update(const QJsonValue &label, const QJsonValue &flowType, const QJsonValue &image)
{
    return compact({{u"label"_s, label},
                    {u"flow_type"_s, flowType},
                    {u"image"_s, image},
                    {u"auditable"_s, false},
                    {u"user_role_id"_s, u"1"_s},
                    {u"user_group_id"_s, QJsonValue::Null}});
}

} // namespace

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void creationIsValidatedInTheContractsOrder_data();
    void creationIsValidatedInTheContractsOrder();
    void codeAndLabelAreTrimmed();
    void codesAreUniqueWithoutRegardToCase_data();
    void codesAreUniqueWithoutRegardToCase();
    void updateIsValidatedInTheContractsOrder_data();
    void updateIsValidatedInTheContractsOrder();
    void updateValidationComesBeforeExistence();
    void limitOf50CountsConnectedApps();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    QString m_image;
};

void TestSandboxValidation::initTestCase()
{
    SandboxProcess::Options options;
    options.extraArguments = {u"--app"_s, u"shop_app:Shop App"_s};
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
    const HttpReply existing =
        m_admin->postJson(u"/rest/connections"_s,
                          "{\"code\":\"erp\",\"label\":\"ERP\",\"flow_type\":\"data_source\"}");
    QCOMPARE(existing.status, 201);
    const HttpReply upload = m_admin->postMultipart(u"/image-media"_s, u"file"_s, u"logo.gif"_s,
                                                    "GIF89a\x01\x00\x01\x00");
    QCOMPARE(upload.status, 200);
    m_image = upload.json()[u"filePath"_s].toString();
}

void TestSandboxValidation::creationIsValidatedInTheContractsOrder_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("flowType");
    QTest::addColumn<QStringList>("errors");
    const QString longText = QString(101, u'a');
    QTest::newRow("all empty") << QString() << QString() << QString()
                               << QStringList{u"code:code.required"_s, u"label:label.required"_s,
                                              u"flowType:flow_type.invalid"_s};
    QTest::newRow("code blank") << u"   "_s << u"Label"_s << u"other"_s
                                << QStringList{u"code:code.required"_s};
    QTest::newRow("code too short")
        << u"ab"_s << u"Label"_s << u"other"_s << QStringList{u"code:code.too_short"_s};
    QTest::newRow("code too long")
        << longText << u"Label"_s << u"other"_s << QStringList{u"code:code.too_long"_s};
    QTest::newRow("code invalid") << u"a-b c"_s << u"Label"_s << u"other"_s
                                  << QStringList{u"code:code.invalid"_s};
    QTest::newRow("code non-ASCII")
        << u"café"_s << u"Label"_s << u"other"_s << QStringList{u"code:code.invalid"_s};
    QTest::newRow("short invalid code is too short first")
        << u"a-"_s << u"Label"_s << u"other"_s << QStringList{u"code:code.too_short"_s};
    QTest::newRow("label blank") << u"magento"_s << u" \t "_s << u"other"_s
                                 << QStringList{u"label:label.required"_s};
    QTest::newRow("label too short")
        << u"magento"_s << u"ab"_s << u"other"_s << QStringList{u"label:label.too_short"_s};
    QTest::newRow("label too long")
        << u"magento"_s << longText << u"other"_s << QStringList{u"label:label.too_long"_s};
    QTest::newRow("flow type case") << u"magento"_s << u"Magento"_s << u"DATA_SOURCE"_s
                                    << QStringList{u"flowType:flow_type.invalid"_s};
    QTest::newRow("code, label, flow type")
        << u"ab"_s << u"ab"_s << u"nope"_s
        << QStringList{u"code:code.too_short"_s, u"label:label.too_short"_s,
                       u"flowType:flow_type.invalid"_s};
}

void TestSandboxValidation::creationIsValidatedInTheContractsOrder()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(QString, flowType);
    QFETCH(QStringList, errors);
    const HttpReply reply = m_admin->postJson(
        u"/rest/connections"_s,
        compact({{u"code"_s, code}, {u"label"_s, label}, {u"flow_type"_s, flowType}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, violations(errors));
}

void TestSandboxValidation::codeAndLabelAreTrimmed()
{
    const HttpReply reply = m_admin->postJson(
        u"/rest/connections"_s,
        "{\"code\":\"  trimmed_code \",\"label\":\"  Trimmed \",\"flow_type\":\"other\"}");
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json()[u"code"_s].toString(), u"trimmed_code"_s);
    QCOMPARE(reply.json()[u"label"_s].toString(), u"Trimmed"_s);
    QCOMPARE(m_admin->get(u"/rest/connections/trimmed_code"_s).status, 200);
    QCOMPARE(m_admin->send("DELETE", u"/rest/connections/trimmed_code"_s).status, 204);
}

void TestSandboxValidation::codesAreUniqueWithoutRegardToCase_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("same") << u"erp"_s << u"ERP again"_s
                          << QStringList{u"code:code.must_be_unique"_s};
    QTest::newRow("other case") << u"ERP"_s << u"ERP again"_s
                                << QStringList{u"code:code.must_be_unique"_s};
    QTest::newRow("an App's code")
        << u"Shop_App"_s << u"Shop"_s << QStringList{u"code:code.must_be_unique"_s};
    // Uniqueness is checked only when everything else passes.
    QTest::newRow("duplicate with a bad label")
        << u"erp"_s << u"x"_s << QStringList{u"label:label.too_short"_s};
}

void TestSandboxValidation::codesAreUniqueWithoutRegardToCase()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(QStringList, errors);
    const HttpReply reply = m_admin->postJson(
        u"/rest/connections"_s,
        compact({{u"code"_s, code}, {u"label"_s, label}, {u"flow_type"_s, u"data_source"_s}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, violations(errors));
}

void TestSandboxValidation::updateIsValidatedInTheContractsOrder_data()
{
    QTest::addColumn<QJsonValue>("label");
    QTest::addColumn<QJsonValue>("flowType");
    QTest::addColumn<QJsonValue>("image");
    QTest::addColumn<QStringList>("errors");
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("label required") << QJsonValue(u""_s) << QJsonValue(u"other"_s) << null
                                    << QStringList{u"label:label.required"_s};
    QTest::newRow("label too long") << QJsonValue(QString(101, u'x')) << QJsonValue(u"other"_s)
                                    << null << QStringList{u"label:label.too_long"_s};
    QTest::newRow("flow type") << QJsonValue(u"ERP"_s) << QJsonValue(u"source"_s) << null
                               << QStringList{u"flowType:flow_type.invalid"_s};
    QTest::newRow("image empty") << QJsonValue(u"ERP"_s) << QJsonValue(u"other"_s)
                                 << QJsonValue(u""_s) << QStringList{u"image:image.not_empty"_s};
    QTest::newRow("image missing")
        << QJsonValue(u"ERP"_s) << QJsonValue(u"other"_s) << QJsonValue(u"a/b/c/d/missing.png"_s)
        << QStringList{u"image:image.must_exist"_s};
    // That the image exists is checked only when the rest passes.
    QTest::newRow("image missing, label bad")
        << QJsonValue(u"x"_s) << QJsonValue(u"other"_s) << QJsonValue(u"a/b/c/d/missing.png"_s)
        << QStringList{u"label:label.too_short"_s};
    QTest::newRow("label, flow type, image")
        << QJsonValue(u" "_s) << QJsonValue(u"x"_s) << QJsonValue(u""_s)
        << QStringList{u"label:label.required"_s, u"flowType:flow_type.invalid"_s,
                       u"image:image.not_empty"_s};
}

void TestSandboxValidation::updateIsValidatedInTheContractsOrder()
{
    QFETCH(QJsonValue, label);
    QFETCH(QJsonValue, flowType);
    QFETCH(QJsonValue, image);
    QFETCH(QStringList, errors);
    const HttpReply reply =
        m_admin->postJson(u"/rest/connections/erp"_s, update(label, flowType, image));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.body, violations(errors));

    // An image that exists passes.
    QCOMPARE(
        m_admin->postJson(u"/rest/connections/erp"_s, update(u"ERP"_s, u"data_source"_s, m_image))
            .status,
        204);
    QCOMPARE(m_admin->get(u"/rest/connections/erp"_s).json()[u"image"_s].toString(), m_image);
}

void TestSandboxValidation::updateValidationComesBeforeExistence()
{
    const HttpReply invalid =
        m_admin->postJson(u"/rest/connections/nope"_s, update(u""_s, u"other"_s, QJsonValue::Null));
    QCOMPARE(invalid.status, 422);
    const HttpReply valid = m_admin->postJson(u"/rest/connections/nope"_s,
                                              update(u"Nope"_s, u"other"_s, QJsonValue::Null));
    QCOMPARE(valid.status, 400);
}

void TestSandboxValidation::limitOf50CountsConnectedApps()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    for (const char *app : {"app_one:App One", "app_two:App Two", "app_three:App Three"})
        options.extraArguments << u"--app"_s << QString::fromLatin1(app);
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    HttpClient admin(sandbox.url());
    QVERIFY(admin.signIn(u"admin"_s, u"admin"_s));
    QCOMPARE(admin.get(u"/rest/connections"_s).json().toArray().size(), 3);
    for (int i = 0; i < 47; ++i) {
        const QString code = u"connection_%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(admin.get(u"/rest/connections/max-limit-reached"_s).body,
                 QByteArray("{\"limitReached\":false}"));
        const HttpReply created = admin.postJson(
            u"/rest/connections"_s,
            compact({{u"code"_s, code}, {u"label"_s, code}, {u"flow_type"_s, u"other"_s}}));
        QCOMPARE(created.status, 201);
    }
    // 47 connections and 3 Apps: the limit is reached.
    QCOMPARE(admin.get(u"/rest/connections/max-limit-reached"_s).body,
             QByteArray("{\"limitReached\":true}"));
    const HttpReply refused =
        admin.postJson(u"/rest/connections"_s,
                       "{\"code\":\"one_more\",\"label\":\"One more\",\"flow_type\":\"other\"}");
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.body, violations({u":connections_number_limit_reached"_s}));
    // The limit comes first; uniqueness is not checked then.
    const HttpReply both =
        admin.postJson(u"/rest/connections"_s,
                       "{\"code\":\"connection_00\",\"label\":\"x\",\"flow_type\":\"other\"}");
    QCOMPARE(both.body,
             violations({u":connections_number_limit_reached"_s, u"label:label.too_short"_s}));
    // Deleting one frees a place.
    QCOMPARE(admin.send("DELETE", u"/rest/connections/connection_00"_s).status, 204);
    QCOMPARE(admin.get(u"/rest/connections/max-limit-reached"_s).body,
             QByteArray("{\"limitReached\":false}"));
    QCOMPARE(admin
                 .postJson(u"/rest/connections"_s,
                           "{\"code\":\"one_more\",\"label\":\"One more\",\"flow_type\":\"other\"}")
                 .status,
             201);
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandbox_validation.moc"
