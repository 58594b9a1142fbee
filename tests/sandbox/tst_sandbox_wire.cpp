// The sandbox's reading of the wire, hardened like a server facing the Internet: a request
// whose end cannot be known for sure is refused (docs/pim-api.md §1: every error is JSON), and
// a client that trickles its headers does not hold a connection for ever.
#include "SandboxFixture.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustworthyContentLengthsAre400_data();
    void untrustworthyContentLengthsAre400();
    void tricklingHeadersAreCutOff();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_client;
};

void TestSandboxWire::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<HttpClient>(m_sandbox.url());
}

void TestSandboxWire::untrustworthyContentLengthsAre400_data()
{
    QTest::addColumn<QByteArray>("lengthHeaders");
    QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n");
    QTest::newRow("not a number") << QByteArray("Content-Length: abc\r\n");
    QTest::newRow("empty") << QByteArray("Content-Length: \r\n");
    QTest::newRow("sign") << QByteArray("Content-Length: +2\r\n");
    QTest::newRow("over 2^64") << QByteArray("Content-Length: 18446744073709551618\r\n");
    QTest::newRow("far over 2^64") << QByteArray("Content-Length: 99999999999999999999999999\r\n");
    QTest::newRow("two that differ") << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n");
    QTest::newRow("a list that differs") << QByteArray("Content-Length: 2, 3\r\n");
    QTest::newRow("with chunked")
        << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n");
}

void TestSandboxWire::untrustworthyContentLengthsAre400()
{
    QFETCH(QByteArray, lengthHeaders);
    // Each reading of such a request's end would be a guess, and two parsers guessing
    // differently is how requests are smuggled: it is refused before any route sees it.
    const QByteArray answer =
        m_client->raw("POST /api/oauth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\n" +
                     lengthHeaders + "\r\n{}\r\n0\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QVERIFY2(answer.contains("\"message\":"), answer.constData());
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));

    // One value, repeated, is one length.
    const QByteArray repeated = m_client->raw(
        "POST /api/oauth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 2, 2\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    QVERIFY2(repeated.startsWith("HTTP/1.1 422 "), repeated.constData());
}

void TestSandboxWire::tricklingHeadersAreCutOff()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.extraArguments = {u"--header-timeout"_s, u"1"_s};
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    // A byte every 100 ms keeps the connection from ever being idle; the headers never end.
    QTcpSocket socket;
    socket.connectToHost(sandbox.url().host(), quint16(sandbox.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    QByteArray answer;
    int sent = 0;
    for (; sent < 150 && socket.state() == QAbstractSocket::ConnectedState; ++sent) {
        socket.write("a");
        socket.waitForBytesWritten(1000);
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
    }
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    // Closed with an answer long before the 15 s of trickling were over.
    QVERIFY2(sent < 150, qPrintable(u"still open after %1 bytes"_s.arg(sent)));
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    QVERIFY(answer.contains("\"message\":"));

    // A request sent at once is served as usual.
    HttpClient client(sandbox.url());
    QCOMPARE(client.get(u"/user/login"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxWire)
#include "tst_sandbox_wire.moc"
