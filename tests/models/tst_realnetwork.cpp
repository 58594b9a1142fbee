// The real network stack (PimNetworkAccessManager over loopback sockets), for what a fake
// cannot show: Qt's own transfer timeout, redirects not followed by Qt, the cookie jar and
// headers on the wire, refused connections and a certificate Qt does not trust.
#include "net/ListConnectionsJob.h"
#include "workspace/PimClient.h"
#include "net/PimNetworkAccessManager.h"
#include "net/PimSession.h"
#include "RouteTable.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lowercased names
    QByteArray body;
};

// A tiny HTTP/1.1 server: one request per connection, answered by `handler` (or never when it
// returns an empty answer).
class MiniHttpServer : public QObject
{
public:
    using Handler = std::function<QByteArray(const HttpRequest &)>;

    explicit MiniHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QList<HttpRequest> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        const QByteArray answer = m_handler(request);
        if (!answer.isEmpty()) {
            socket->write(answer);
            socket->disconnectFromHost();
        } else {
            m_held.append(socket);
        }
    }

public:
    // Answers, now, the requests the handler left unanswered.
    void answerHeld(const QByteArray &answer)
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_held)) {
            if (socket) {
                socket->write(answer);
                socket->disconnectFromHost();
            }
        }
        m_held.clear();
    }
    qsizetype heldCount() const { return m_held.size(); }

private:
    QList<QPointer<QTcpSocket>> m_held;

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray http(int status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
           body;
}

} // namespace

class TestRealNetwork : public QObject
{
    Q_OBJECT

private slots:
    void signInAndCallOverTheWire();
    void redirectToLoginIsNotFollowedByQt();
    void qtsTransferTimeoutIsATimeout();
    void refusedConnectionIsANetworkError();
    void lateSignedOutAnswerKeepsTheRenewedSession();
    void untrustedCertificateIsATlsError();
};

void TestRealNetwork::signInAndCallOverTheWire()
{
    MiniHttpServer server([](const HttpRequest &r) -> QByteArray {
        if (r.method == "GET" && r.path == "/user/login")
            return http(200, "Content-Type: text/html\r\nSet-Cookie: BAPID=anon; path=/\r\n",
                        R"(<form><input type="hidden" name="_csrf_token" value="T0K"></form>)");
        if (r.method == "POST" && r.path == "/user/login-check") {
            const bool ok =
                r.headers.value("cookie") == "BAPID=anon" &&
                r.body == "_username=admin&_password=p%2Bw&_csrf_token=T0K&_target_path=";
            return ok ? http(302, "Location: /\r\nSet-Cookie: BAPID=auth; path=/\r\n", {})
                      : http(302, "Location: /user/login\r\n", {});
        }
        if (r.path.startsWith("/rest/connections")) {
            if (r.headers.value("cookie") != "BAPID=auth")
                return http(401, "Content-Type: text/html\r\n", "<html>login</html>");
            return http(200, "Content-Type: application/json\r\n",
                        R"([{"code":"erp","label":"ERP","flowType":"data_source"}])");
        }
        return http(404, {}, {});
    });
    PimClient client;
    QVERIFY(client.session()->setBaseUrl(server.url().toString()));
    client.session()->setCredentials(u"admin"_s, u"p+w"_s);
    auto *job = client.listConnections();
    QSignalSpy result(job, &ListConnectionsJob::succeeded);
    const ApiError error = runJob(job, 10000);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(result.first().first().value<QList<Connection>>().first().code, u"erp"_s);
    // 401, sign-in (2 requests), retry.
    QCOMPARE(server.requests.size(), 4);
    for (const HttpRequest &r : std::as_const(server.requests))
        QCOMPARE(r.headers.value("x-requested-with"), QByteArray("XMLHttpRequest"));
    QCOMPARE(server.requests.last().path,
             QByteArray("/rest/connections?search=%7B%22types%22%3A%5B%22default%22%5D%7D"));
}

void TestRealNetwork::redirectToLoginIsNotFollowedByQt()
{
    MiniHttpServer server([](const HttpRequest &r) -> QByteArray {
        if (r.path == "/user/login")
            return http(200, "Content-Type: text/html\r\n", "<html>no form</html>");
        return http(302, "Location: /user/login\r\n", {});
    });
    PimClient client;
    QVERIFY(client.session()->setBaseUrl(server.url().toString()));
    // No password: the "signed out" answer cannot be renewed.
    QCOMPARE(runJob(client.maxLimitReached(), 10000).kind, Kind::SignedOut);
    QCOMPARE(server.requests.size(), 1);
}

void TestRealNetwork::qtsTransferTimeoutIsATimeout()
{
    MiniHttpServer server([](const HttpRequest &) { return QByteArray(); }); // never answers
    PimClient client;
    client.network()->setDefaultTransferTimeout(200);
    QVERIFY(client.session()->setBaseUrl(server.url().toString()));
    auto *job = client.listConnections();
    job->setTimeout(20000); // so that Qt's transfer timeout is the one that fires
    QCOMPARE(runJob(job, 10000).kind, Kind::Timeout);
}

// Found end to end (tests/e2e, a slow upload across an expired session): a "signed out" answer
// may set a new anonymous session cookie; when it arrives after the client has signed in again,
// it must not replace the signed-in cookie, or the retried call fails as signed out.
void TestRealNetwork::lateSignedOutAnswerKeepsTheRenewedSession()
{
    int signIns = 0;
    int anonymous = 0;
    QByteArray valid = "BAPID=auth0"; // the session the PIM accepts
    bool holdSlow = true;
    MiniHttpServer server([&](const HttpRequest &r) -> QByteArray {
        const QByteArray cookie = r.headers.value("cookie");
        const QByteArray anonymousCookie =
            "Set-Cookie: BAPID=anon" + QByteArray::number(++anonymous) + "; path=/\r\n";
        if (r.method == "GET" && r.path == "/user/login")
            return http(200, "Content-Type: text/html\r\n" + anonymousCookie,
                        R"(<form><input type="hidden" name="_csrf_token" value="T0K"></form>)");
        if (r.method == "POST" && r.path == "/user/login-check") {
            valid = "BAPID=auth" + QByteArray::number(++signIns);
            return http(302, "Location: /\r\nSet-Cookie: " + valid + "; path=/\r\n", {});
        }
        if (r.path == "/rest/connections/max-limit-reached" && holdSlow) {
            holdSlow = false;
            return {}; // answered later, by answerHeld()
        }
        if (cookie != valid)
            return http(401, "Content-Type: text/html\r\n" + anonymousCookie, "<html>login</html>");
        if (r.path == "/rest/connections/max-limit-reached")
            return http(200, "Content-Type: application/json\r\n", R"({"limitReached":false})");
        return http(200, "Content-Type: application/json\r\n", "[]");
    });
    PimClient client;
    QVERIFY(client.session()->setBaseUrl(server.url().toString()));
    client.session()->setCredentials(u"admin"_s, u"pw"_s);
    QCOMPARE(runJob(client.listConnections(), 10000).kind, Kind::None); // signs in: auth1
    QCOMPARE(signIns, 1);

    valid = "BAPID=expired"; // the PIM ends the session
    auto *slow = client.maxLimitReached();
    QSignalSpy slowDone(slow, &NetworkJob::finished);
    slow->start();
    QTRY_COMPARE(server.heldCount(), 1);
    QCOMPARE(runJob(client.listConnections(), 10000).kind, Kind::None); // 401, auth2, retry
    QCOMPARE(signIns, 2);

    // The slow call's 401 arrives now, with a new anonymous cookie: it is retried with the
    // signed-in session, which stays.
    server.answerHeld(http(401, "Content-Type: text/html\r\nSet-Cookie: BAPID=late; path=/\r\n",
                           "<html>login</html>"));
    QVERIFY(slowDone.wait(10000));
    QCOMPARE(qvariant_cast<ApiError>(slowDone.first().first()).kind, Kind::None);
    QCOMPARE(runJob(client.listConnections(), 10000).kind, Kind::None);
    QCOMPARE(signIns, 2);
    QCOMPARE(server.requests.last().headers.value("cookie"), QByteArray("BAPID=auth2"));
}

void TestRealNetwork::refusedConnectionIsANetworkError()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    PimClient client;
    QVERIFY(client.session()->setBaseUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const ApiError error = runJob(client.listConnections(), 10000);
    QCOMPARE(error.kind, Kind::Network);
    QVERIFY(!error.detail.isEmpty());
}

void TestRealNetwork::untrustedCertificateIsATlsError()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile certFile(QFINDTESTDATA("data/selfsigned.crt"));
    QFile keyFile(QFINDTESTDATA("data/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    PimClient client;
    QVERIFY(client.session()->setBaseUrl(u"https://localhost:%1"_s.arg(server.serverPort())));
    QSignalSpy failed(client.session(), &PimSession::signInFailed);
    client.session()->setCredentials(u"admin"_s, u"admin"_s);
    client.session()->signIn();
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, Kind::Tls);
    QVERIFY2(error.detail.contains(u"self signed"_s, Qt::CaseInsensitive) ||
                 error.detail.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(error.detail));
    QVERIFY(error.message().contains(error.detail));
}

QTEST_MAIN(TestRealNetwork)
#include "tst_realnetwork.moc"
