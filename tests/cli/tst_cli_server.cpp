// pim-connections-cli's --server, run as a process: the address follows the window's rules
// (PimAddress): a refused one is a usage error (exit 2) with PimAddress's message; https when
// no scheme is given, also on loopback; a PIM that cannot be reached is named in the message
// (exit 3). No PIM is needed: the addresses are refused, or nobody listens there.
#include "CliProcess.h"
#include "domain/PimAddress.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A loopback port nobody listens on: a connection there is refused at once.
quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void refusedAddressIsAUsageError_data();
    void refusedAddressIsAUsageError();
    void unreachableNamesTheAddress();
    void noSchemeTriesHttps();

private:
    CliProcess::Result listOn(const QString &server, CliProcess *cli)
    {
        cli->setPassword(u"Adm1n-Pw-never-sent"_s);
        return cli->run({u"--server"_s, server, u"--user"_s, u"admin"_s, u"list"_s});
    }
};

void TestCliServer::refusedAddressIsAUsageError_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("says");
    QTest::newRow("port out of range") << u"http://127.0.0.1:99999"_s << u"99999"_s;
    QTest::newRow("IPv6 not closed") << u"http://[::1"_s << u"[::1"_s;
    QTest::newRow("plain http elsewhere") << u"http://pim.example.com"_s << u"not encrypted"_s;
    QTest::newRow("user info") << u"https://admin:Pw-1@pim.example.com"_s << u"\"@\""_s;
    QTest::newRow("query") << u"https://pim.example.com/?a=b"_s << u"\"?\""_s;
    QTest::newRow("fragment") << u"https://pim.example.com/#/x"_s << u"\"#\""_s;
    QTest::newRow("ftp") << u"ftp://pim.example.com"_s << u"https://"_s;
    QTest::newRow("no host") << u"https://:8443"_s << u"server name"_s;
}

void TestCliServer::refusedAddressIsAUsageError()
{
    QFETCH(QString, server);
    QFETCH(QString, says);
    CliProcess cli;
    QVERIFY(cli.isValid());
    const CliProcess::Result result = listOn(server, &cli);
    QVERIFY2(!result.crashed, result.err.constData());
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"--server: "_s + PimAddress::parse(server).error()), qPrintable(err));
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY(!err.contains(u"Pw-1"_s)); // the address is not repeated: it may hold a password
    QVERIFY(result.out.isEmpty());
    QVERIFY(!fileBytes(cli.settingsFile()).contains("example.com"));
}

void TestCliServer::unreachableNamesTheAddress()
{
    const quint16 port = closedLoopbackPort();
    QVERIFY(port > 0);
    const QString address = u"http://127.0.0.1:%1"_s.arg(port);
    CliProcess cli;
    const CliProcess::Result result = listOn(address + u"/user/login"_s, &cli);
    QVERIFY2(!result.crashed, result.err.constData());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains((u"Cannot reach "_s + address + u':').toUtf8()),
             result.err.constData());
    // Never signed in: not kept in the app's list.
    QVERIFY(!fileBytes(cli.settingsFile()).contains("127.0.0.1"));
}

void TestCliServer::noSchemeTriesHttps()
{
    // Without a scheme: https, also on loopback (http there must be typed).
    const quint16 port = closedLoopbackPort();
    QVERIFY(port > 0);
    const QString hostPort = u"127.0.0.1:%1"_s.arg(port);
    CliProcess cli;
    CliProcess::Result result = listOn(hostPort, &cli);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains((u"Cannot reach https://"_s + hostPort + u':').toUtf8()),
             result.err.constData());
    QVERIFY(!result.err.contains("http://"));

    // A name that cannot resolve (.invalid is reserved for that): https too.
    result = listOn(u"pim.invalid"_s, &cli);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Cannot reach https://pim.invalid:"), result.err.constData());
    QVERIFY(!fileBytes(cli.settingsFile()).contains("pim.invalid"));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
