// How every failure becomes one ApiError: the pure mapping (ErrorMapping), then every status
// docs/pim-api.md lists for every back-office route, through the real jobs.
#include "net/ErrorMapping.h"
#include "FakeNetworkAccessManager.h"
#include "net/PimSession.h"
#include "RouteTable.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

HttpAnswer answer(int status, const QByteArray &body, const QByteArray &location = QByteArray())
{
    HttpAnswer a;
    a.url = QUrl(u"https://pim.test/rest/connections"_s);
    a.status = status;
    a.body = body;
    if (!location.isEmpty())
        a.location = a.url.resolved(QUrl::fromEncoded(location));
    return a;
}

HttpAnswer transport(QNetworkReply::NetworkError error, const QString &why,
                     const QStringList &ssl = {})
{
    HttpAnswer a;
    a.url = QUrl(u"https://pim.test/rest/connections"_s);
    a.error = error;
    a.errorString = why;
    a.sslErrors = ssl;
    return a;
}

const QByteArray section4 =
    R"({"errors":[{"name":"code","reason":"akeneo_connectivity.connection.connection.constraint.code.invalid"},)"
    R"({"name":"label","reason":"akeneo_connectivity.connection.connection.constraint.label.required"},)"
    R"({"name":"flowType","reason":"akeneo_connectivity.connection.connection.constraint.flow_type.invalid"}],)"
    R"("message":"akeneo_connectivity.connection.constraint_violation_list_exception"})";

} // namespace

class TestErrorMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backOffice_data();
    void backOffice();
    void validationKeepsTheServersOrder();
    void unknownValidationKeysStayReadable();
    void imageMediaShape();
    void transportFailures_data();
    void transportFailures();
    void publicApi_data();
    void publicApi();
    void everyRouteEveryStatus_data();
    void everyRouteEveryStatus();
    void everyRouteSucceeds_data();
    void everyRouteSucceeds();

private:
    QTemporaryDir m_dir;
    QString m_image;
};

void TestErrorMapping::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_image = m_dir.filePath(u"logo.png"_s);
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_image));
}

void TestErrorMapping::backOffice_data()
{
    QTest::addColumn<HttpAnswer>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail"); // compared when not empty

    QTest::newRow("302 to login") << answer(302, {}, "/user/login") << Kind::SignedOut << QString();
    QTest::newRow("302 elsewhere") << answer(302, {}, "https://other.test/") << Kind::Server
                                   << u"redirected to https://other.test/"_s;
    QTest::newRow("301 same origin, not followed") << answer(301, {}, "/somewhere") << Kind::Server
                                                   << u"redirected to https://pim.test/somewhere"_s;
    QTest::newRow("400 message")
        << answer(400, R"({"message":"Connection with code \"x\" does not exist"})")
        << Kind::Validation << u"Connection with code \"x\" does not exist"_s;
    QTest::newRow("400 invalid json")
        << answer(400, R"({"code":400,"message":"Invalid json message received"})")
        << Kind::Validation << u"Invalid json message received"_s;
    QTest::newRow("400 html") << answer(400, "<html>Bad Request</html>") << Kind::Validation
                              << u"The PIM refused the request (HTTP 400)."_s;
    QTest::newRow("400 empty") << answer(400, {}) << Kind::Validation << QString();
    QTest::newRow("401 login page")
        << answer(401, "<html><form>login</form></html>") << Kind::SignedOut << QString();
    QTest::newRow("403") << answer(403, "<html>Forbidden</html>") << Kind::Forbidden << QString();
    QTest::newRow("404 {}") << answer(404, "{}") << Kind::NotFound << QString();
    QTest::newRow("413 nginx page")
        << answer(413, "<html>413 Request Entity Too Large</html>") << Kind::Validation
        << u"The request is too large for the PIM."_s;
    QTest::newRow("415") << answer(415, {}) << Kind::Validation
                         << u"The PIM does not accept this type of content."_s;
    QTest::newRow("422 section 4") << answer(422, section4) << Kind::Validation << QString();
    QTest::newRow("422 message only")
        << answer(422,
                  R"({"code":422,"message":"No user found for the given username and password"})")
        << Kind::Validation << u"No user found for the given username and password"_s;
    QTest::newRow("422 truncated")
        << answer(422, section4.left(60)) << Kind::Malformed << QString();
    QTest::newRow("422 html") << answer(422, "<!DOCTYPE html><html></html>") << Kind::Malformed
                              << u"the answer is an HTML page where JSON was expected"_s;
    QTest::newRow("422 empty") << answer(422, {}) << Kind::Malformed
                               << u"the answer is empty where JSON was expected"_s;
    QTest::newRow("422 errors not a list")
        << answer(422, R"({"errors":{"code":"x"}})") << Kind::Malformed << QString();
    QTest::newRow("422 reason not a string")
        << answer(422, R"({"errors":[{"name":"code","reason":7}]})") << Kind::Malformed
        << QString();
    QTest::newRow("422 error not an object")
        << answer(422, R"({"errors":["code"]})") << Kind::Malformed << QString();
    QTest::newRow("422 array") << answer(422, "[]") << Kind::Malformed << QString();
    QTest::newRow("500 html") << answer(500, "<html>Oops</html>") << Kind::Server << QString();
    QTest::newRow("500 json") << answer(500, R"({"message":"Internal Server Error"})")
                              << Kind::Server << u"Internal Server Error"_s;
    QTest::newRow("502") << answer(502, "Bad Gateway") << Kind::Server << QString();
    QTest::newRow("418") << answer(418, {}) << Kind::Server << QString();
    QTest::newRow("no status") << transport(QNetworkReply::ConnectionRefusedError,
                                            u"Connection refused"_s)
                               << Kind::Network << u"Connection refused"_s;
}

void TestErrorMapping::backOffice()
{
    QFETCH(HttpAnswer, input);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ApiError error = ErrorMapping::fromStatus(input);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(error.httpStatus, input.status);
    if (!detail.isEmpty())
        QCOMPARE(error.detail, detail);
    QVERIFY(!error.message().isEmpty());
}

void TestErrorMapping::validationKeepsTheServersOrder()
{
    const ApiError error = ErrorMapping::fromStatus(answer(422, section4));
    QCOMPARE(error.fieldErrors.size(), 3);
    QCOMPARE(error.fieldErrors.at(0), (FieldError{u"code"_s, ValidationKeys::codeInvalid()}));
    QCOMPARE(error.fieldErrors.at(1), (FieldError{u"label"_s, ValidationKeys::labelRequired()}));
    QCOMPARE(error.fieldErrors.at(2),
             (FieldError{u"flowType"_s, ValidationKeys::flowTypeInvalid()}));
    QCOMPARE(error.fieldMessage(u"label"_s), u"Connection label is required."_s);
    QVERIFY(error.message().startsWith(
        u"Connection code may contain only letters, numbers and underscores."_s));

    // The limit is an error of the whole form (name ""), a null name too.
    const ApiError limit = ErrorMapping::fromStatus(answer(
        422,
        R"({"errors":[{"name":"","reason":"akeneo_connectivity.connection.connection.constraint.connections_number_limit_reached"},{"name":null,"reason":"x"}]})"));
    QCOMPARE(limit.fieldErrors.size(), 2);
    QCOMPARE(limit.fieldErrors.at(0).field, QString());
    QCOMPARE(limit.fieldErrors.at(1).field, QString());
    QVERIFY(limit.fieldMessage(QString()).startsWith(u"You reached this PIM's limit"_s));
}

void TestErrorMapping::unknownValidationKeysStayReadable()
{
    const ApiError error = ErrorMapping::fromStatus(answer(
        422,
        R"({"errors":[{"name":"userRole","reason":"akeneo_connectivity.connection.connection.constraint.user_role.future_rule"},{"name":"code","reason":"Some plain words."}]})"));
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.fieldMessage(u"userRole"_s),
             u"akeneo_connectivity.connection.connection.constraint.user_role.future_rule"_s);
    QCOMPARE(error.fieldMessage(u"code"_s), u"Some plain words."_s);
    QVERIFY(error.message().contains(u"user_role.future_rule"_s));
}

void TestErrorMapping::imageMediaShape()
{
    const QByteArray body =
        R"({"":{"message":"The extension of the file is invalid (\"txt\"). Allowed extensions are \"jpg\", \"png\".","invalid_value":{}}})";
    const ApiError error = ErrorMapping::fromStatus(answer(400, body));
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.first().field, QString());
    QVERIFY(error.fieldErrors.first().reason.startsWith(u"The extension of the file is invalid"_s));
    QVERIFY(error.message().startsWith(u"The extension of the file is invalid"_s));
    QCOMPARE(error.detail, error.fieldErrors.first().reason);

    const ApiError two = ErrorMapping::fromStatus(
        answer(400, R"({"file":{"message":"Too big."},"":{"message":"Bad."}})"));
    QCOMPARE(two.fieldErrors.size(), 2);
    QCOMPARE(two.fieldMessage(u"file"_s), u"Too big."_s);
}

void TestErrorMapping::transportFailures_data()
{
    QTest::addColumn<HttpAnswer>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("refused") << transport(QNetworkReply::ConnectionRefusedError,
                                          u"Connection refused"_s)
                             << Kind::Network << u"Connection refused"_s;
    QTest::newRow("host not found")
        << transport(QNetworkReply::HostNotFoundError, u"Host pim.test not found"_s)
        << Kind::Network << u"Host pim.test not found"_s;
    QTest::newRow("closed") << transport(QNetworkReply::RemoteHostClosedError, u"closed"_s)
                            << Kind::Network << u"closed"_s;
    QTest::newRow("proxy") << transport(QNetworkReply::ProxyConnectionRefusedError, u"proxy"_s)
                           << Kind::Network << u"proxy"_s;
    QTest::newRow("timeout") << transport(QNetworkReply::TimeoutError, u"timeout"_s)
                             << Kind::Timeout << QString();
    QTest::newRow("transfer timeout (abort by Qt)")
        << transport(QNetworkReply::OperationCanceledError, u"Operation canceled"_s)
        << Kind::Timeout << QString();
    QTest::newRow("tls with reasons")
        << transport(QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s,
                     {u"The certificate is self-signed, and untrusted"_s,
                      u"The host name did not match any of the valid hosts for this certificate"_s})
        << Kind::Tls
        << u"The certificate is self-signed, and untrusted; The host name did not match any "
           u"of the valid hosts for this certificate"_s;
    QTest::newRow("tls without reasons")
        << transport(QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed: x"_s)
        << Kind::Tls << u"SSL handshake failed: x"_s;
}

void TestErrorMapping::transportFailures()
{
    QFETCH(HttpAnswer, input);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ApiError error = ErrorMapping::fromTransport(input);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(error.detail, detail);
    if (kind == Kind::Tls)
        QVERIFY(error.message().contains(detail));
}

void TestErrorMapping::publicApi_data()
{
    QTest::addColumn<HttpAnswer>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    const QString bad = u"Parameter \"client_id\" is missing or does not match any client, or "
                        u"secret is invalid"_s;
    QTest::newRow("422")
        << answer(
               422,
               R"({"code":422,"message":"Parameter \"client_id\" is missing or does not match any client, or secret is invalid"})")
        << Kind::Validation << bad;
    QTest::newRow("401 invalid")
        << answer(401, R"({"code":401,"message":"The access token provided is invalid."})")
        << Kind::Validation << u"The access token provided is invalid."_s;
    QTest::newRow("403") << answer(403, R"({"code":403,"message":"You are not allowed."})")
                         << Kind::Validation << u"You are not allowed."_s;
    QTest::newRow("413 no body") << answer(413, {}) << Kind::Validation
                                 << u"The PIM's API refused the request (HTTP 413)."_s;
    QTest::newRow("415") << answer(415, R"({"code":415,"message":"Unsupported media type"})")
                         << Kind::Validation << u"Unsupported media type"_s;
    QTest::newRow("500") << answer(500, "<html></html>") << Kind::Server << QString();
}

void TestErrorMapping::publicApi()
{
    QFETCH(HttpAnswer, input);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ApiError error = ErrorMapping::fromPublicApiStatus(input);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(error.detail, detail);
    QCOMPARE(error.httpStatus, input.status);
    if (kind == Kind::Validation)
        QCOMPARE(error.message(), detail); // the server's exact words
}

void TestErrorMapping::everyRouteEveryStatus_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<FakeAnswer>("reply");
    QTest::addColumn<Kind>("kind");
    const QList<Route> routes = backOfficeRoutes(m_image);
    for (int i = 0; i < routes.size(); ++i) {
        const Route &r = routes.at(i);
        auto row = [&](const char *what) {
            return &QTest::newRow(
                qPrintable(QString::fromLatin1(r.name) + u": "_s + QString::fromLatin1(what)));
        };
        *row("400 message") << i << FakeAnswer::json(400, R"({"message":"nope"})")
                            << Kind::Validation;
        *row("401") << i << FakeAnswer::html(401, "<html>login</html>") << Kind::SignedOut;
        *row("302 to login") << i << FakeAnswer::redirect("/user/login") << Kind::SignedOut;
        *row("302 elsewhere") << i << FakeAnswer::redirect("https://other.test/") << Kind::Server;
        *row("403") << i << FakeAnswer::html(403, "<html>no</html>") << Kind::Forbidden;
        *row("404") << i << FakeAnswer::json(404, "{}") << Kind::NotFound;
        *row("413") << i << FakeAnswer::html(413, "<html>too large</html>") << Kind::Validation;
        *row("415") << i << FakeAnswer::empty(415) << Kind::Validation;
        *row("422") << i << FakeAnswer::json(422, section4) << Kind::Validation;
        *row("422 not json") << i << FakeAnswer::html(422, "<html></html>") << Kind::Malformed;
        *row("500") << i << FakeAnswer::html(500, "<html>oops</html>") << Kind::Server;
        *row("503") << i << FakeAnswer::empty(503) << Kind::Server;
        *row("refused") << i
                        << FakeAnswer::failure(QNetworkReply::ConnectionRefusedError,
                                               u"Connection refused"_s)
                        << Kind::Network;
        *row("tls") << i << FakeAnswer::tls(QSslError::SelfSignedCertificate) << Kind::Tls;
        if (r.success != 200 || r.wrongTypes.isEmpty()) {
            if (QByteArray(r.name) == "image download") {
                *row("200 html") << i << FakeAnswer::html(200, "<html>login</html>")
                                 << Kind::Malformed;
                *row("200 empty") << i << FakeAnswer::bytes({}, "image/png") << Kind::Malformed;
            }
            continue;
        }
        *row("200 truncated") << i
                              << FakeAnswer::json(200, r.successBody.left(r.successBody.size() - 2))
                              << Kind::Malformed;
        *row("200 html") << i << FakeAnswer::html(200, "<!DOCTYPE html><html>login</html>")
                         << Kind::Malformed;
        *row("200 empty") << i << FakeAnswer::json(200, {}) << Kind::Malformed;
        *row("200 wrong types") << i << FakeAnswer::json(200, r.wrongTypes) << Kind::Malformed;
    }
}

void TestErrorMapping::everyRouteEveryStatus()
{
    QFETCH(int, route);
    QFETCH(FakeAnswer, reply);
    QFETCH(Kind, kind);
    const Route r = backOfficeRoutes(m_image).at(route);
    FakeNetworkAccessManager network;
    PimClient client(&network);
    QVERIFY(client.session()->setBaseUrl(u"https://pim.test"_s));
    // No password: a "signed out" answer cannot be renewed and ends as SignedOut at once.
    network.setAnswer(r.method, r.path, reply);
    NetworkJob *job = r.make(client);
    QSignalSpy failed(job, &NetworkJob::failed);
    const ApiError error = runJob(job);
    QVERIFY2(error.kind == kind, kindName(error.kind));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(network.count(r.method, r.path), 1);
}

void TestErrorMapping::everyRouteSucceeds_data()
{
    QTest::addColumn<int>("route");
    const QList<Route> routes = backOfficeRoutes(m_image);
    for (int i = 0; i < routes.size(); ++i)
        QTest::newRow(routes.at(i).name) << i;
}

void TestErrorMapping::everyRouteSucceeds()
{
    QFETCH(int, route);
    const Route r = backOfficeRoutes(m_image).at(route);
    FakeNetworkAccessManager network;
    PimClient client(&network);
    QVERIFY(client.session()->setBaseUrl(u"https://pim.test"_s));
    FakeAnswer reply = r.successBody.isEmpty() ? FakeAnswer::empty(r.success)
                                               : FakeAnswer::json(r.success, r.successBody);
    if (QByteArray(r.name) == "image download")
        reply = FakeAnswer::bytes(r.successBody, "image/png");
    network.setAnswer(r.method, r.path, reply);
    if (!r.thenGetBody.isEmpty())
        network.setAnswer("GET", u"/rest/connections/erp"_s, FakeAnswer::json(200, r.thenGetBody));
    NetworkJob *job = r.make(client);
    QSignalSpy failed(job, &NetworkJob::failed);
    const ApiError error = runJob(job);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(network.last().header("X-Requested-With"), QByteArray("XMLHttpRequest"));
    QVERIFY(network.last().request.transferTimeout() > 0);
}

QTEST_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
