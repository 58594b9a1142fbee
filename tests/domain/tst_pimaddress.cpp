// The address of a PIM, as typed in the sign-in dialog, given with --server, kept in the list
// of PIMs and in keychain keys: one set of rules (PimAddress).
#include "domain/PimAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Problem = PimAddress::Problem;
Q_DECLARE_METATYPE(PimAddress::Problem)

class TestPimAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void plainHttp_data();
    void plainHttp();
    void refused_data();
    void refused();
    void fromUrlFollowsTheSameRules();
    void loopbackHosts_data();
    void loopbackHosts();
};

void TestPimAddress::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QString &typed, const QString &expected) {
        QTest::newRow(name) << typed << expected;
    };
    row("https", u"https://pim.example.com"_s, u"https://pim.example.com"_s);
    row("no scheme: https", u"pim.example.com"_s, u"https://pim.example.com"_s);
    row("loopback without scheme: https", u"127.0.0.1:35545"_s, u"https://127.0.0.1:35545"_s);
    row("localhost without scheme: https", u"localhost:8080"_s, u"https://localhost:8080"_s);
    row("spaces around", u"  https://pim.example.com/ "_s, u"https://pim.example.com"_s);
    row("trailing slashes", u"https://pim.example.com//"_s, u"https://pim.example.com"_s);
    row("path prefix kept", u"https://host/pim/"_s, u"https://host/pim"_s);
    row("deeper prefix kept", u"https://example.com/tools/pim"_s,
        u"https://example.com/tools/pim"_s);
    row("dot segments", u"https://example.com/pim/./a/../"_s, u"https://example.com/pim"_s);
    row("upper-case scheme and host", u"HTTPS://PIM.Example.COM"_s, u"https://pim.example.com"_s);
    row("default port dropped", u"https://pim.example.com:443/"_s, u"https://pim.example.com"_s);
    row("other port kept", u"https://pim.example.com:8443"_s, u"https://pim.example.com:8443"_s);
    row("port 80 on https kept", u"https://pim.example.com:80"_s, u"https://pim.example.com:80"_s);
    row("empty port", u"https://pim.example.com:"_s, u"https://pim.example.com"_s);
    row("login page", u"https://pim.example.com/user/login"_s, u"https://pim.example.com"_s);
    row("login-check page", u"https://pim.example.com/user/login-check"_s,
        u"https://pim.example.com"_s);
    row("login page with a slash", u"https://pim.example.com/user/login/"_s,
        u"https://pim.example.com"_s);
    row("login page under a prefix", u"https://example.com/pim/user/login"_s,
        u"https://example.com/pim"_s);
    row("login-check under a prefix, no scheme", u"example.com/pim/user/login-check"_s,
        u"https://example.com/pim"_s);
    row("not a login page", u"https://example.com/xuser/login"_s,
        u"https://example.com/xuser/login"_s);
    row("IPv4 shorthand", u"https://127.1"_s, u"https://127.0.0.1"_s);
    row("IPv6", u"https://[2001:DB8::1]:8443/"_s, u"https://[2001:db8::1]:8443"_s);
    row("percent-encoded prefix", u"https://example.com/my%20pim/"_s,
        u"https://example.com/my%20pim"_s);
    row("space in the prefix", u"https://example.com/my pim/user/login"_s,
        u"https://example.com/my%20pim"_s);
}

void TestPimAddress::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const PimAddress address = PimAddress::parse(typed);
    QVERIFY2(address.isValid(), qPrintable(address.error()));
    QVERIFY(address.isWellFormed());
    QCOMPARE(address.problem(), Problem::None);
    QVERIFY(address.error().isEmpty());
    QCOMPARE(address.url().toString(QUrl::FullyEncoded), expected);
    // Normalising twice changes nothing.
    QCOMPARE(PimAddress::parse(address.url().toString()).url(), address.url());
    QCOMPARE(PimAddress::fromUrl(address.url()).url(), address.url());
}

void TestPimAddress::plainHttp_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected"); // the http address, refused or not
    QTest::addColumn<QString>("https");    // what the dialog offers instead
    auto row = [](const char *name, const QString &typed, bool accepted, const QString &expected,
                  const QString &https) {
        QTest::newRow(name) << typed << accepted << expected << https;
    };
    // This computer: allowed (pim-sandbox, a PIM in a local container).
    row("localhost", u"http://localhost"_s, true, u"http://localhost"_s, u"https://localhost"_s);
    row("localhost with port", u"http://localhost:8080/"_s, true, u"http://localhost:8080"_s,
        u"https://localhost:8080"_s);
    row("upper case", u"HTTP://LOCALHOST:8080"_s, true, u"http://localhost:8080"_s,
        u"https://localhost:8080"_s);
    row("127.0.0.1", u"http://127.0.0.1:35545"_s, true, u"http://127.0.0.1:35545"_s,
        u"https://127.0.0.1:35545"_s);
    row("127.0.0.1, default port", u"http://127.0.0.1:80"_s, true, u"http://127.0.0.1"_s,
        u"https://127.0.0.1"_s);
    row("127.0.0.0/8", u"http://127.1.2.3:9000"_s, true, u"http://127.1.2.3:9000"_s,
        u"https://127.1.2.3:9000"_s);
    row("::1", u"http://[::1]:8080"_s, true, u"http://[::1]:8080"_s, u"https://[::1]:8080"_s);
    row("::1 written long", u"http://[0:0:0:0:0:0:0:1]"_s, true, u"http://[::1]"_s,
        u"https://[::1]"_s);
    row("IPv4-mapped loopback", u"http://[::ffff:127.0.0.1]:8080"_s, true,
        u"http://[::ffff:127.0.0.1]:8080"_s, u"https://[::ffff:127.0.0.1]:8080"_s);
    row("login page on localhost", u"http://localhost:8080/user/login-check"_s, true,
        u"http://localhost:8080"_s, u"https://localhost:8080"_s);
    // Another machine: refused, the password would travel in clear.
    row("another machine", u"http://pim.example.com"_s, false, u"http://pim.example.com"_s,
        u"https://pim.example.com"_s);
    row("another machine, port 80 and prefix", u"http://pim.example.com:80/pim/user/login"_s, false,
        u"http://pim.example.com/pim"_s, u"https://pim.example.com/pim"_s);
    row("another machine, own port", u"http://pim.example.com:8080"_s, false,
        u"http://pim.example.com:8080"_s, u"https://pim.example.com:8080"_s);
    row("128.0.0.1", u"http://128.0.0.1"_s, false, u"http://128.0.0.1"_s, u"https://128.0.0.1"_s);
    row("private address", u"http://10.0.0.5:8080"_s, false, u"http://10.0.0.5:8080"_s,
        u"https://10.0.0.5:8080"_s);
    row("all addresses", u"http://0.0.0.0"_s, false, u"http://0.0.0.0"_s, u"https://0.0.0.0"_s);
    row("localhost as a subdomain", u"http://localhost.example.com"_s, false,
        u"http://localhost.example.com"_s, u"https://localhost.example.com"_s);
    row("127 as a label", u"http://127.0.0.1.example.com"_s, false,
        u"http://127.0.0.1.example.com"_s, u"https://127.0.0.1.example.com"_s);
    row("another IPv6", u"http://[::2]"_s, false, u"http://[::2]"_s, u"https://[::2]"_s);
}

void TestPimAddress::plainHttp()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    QFETCH(QString, https);
    const PimAddress address = PimAddress::parse(typed);
    QCOMPARE(address.isValid(), accepted);
    QVERIFY(address.isWellFormed());
    QCOMPARE(address.problem(), accepted ? Problem::None : Problem::PlainHttp);
    QCOMPARE(address.url().toString(QUrl::FullyEncoded), expected);
    QCOMPARE(address.httpsUrl().toString(QUrl::FullyEncoded), https);
    QCOMPARE(PimAddress::parse(https).problem(), Problem::None);
    if (accepted) {
        QVERIFY(address.error().isEmpty());
    } else {
        QVERIFY2(address.error().contains(u"https://"_s), qPrintable(address.error()));
        QVERIFY(address.error().contains(u"not encrypted"_s));
    }
}

void TestPimAddress::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("says");
    auto row = [](const char *name, const QString &typed, Problem problem, const QString &says) {
        QTest::newRow(name) << typed << problem << says;
    };
    row("empty", QString(), Problem::Empty, u"https://pim.example.com"_s);
    row("blank", u"   "_s, Problem::Empty, u"https://pim.example.com"_s);
    row("ftp", u"ftp://pim.example.com"_s, Problem::NotWeb, u"https://"_s);
    row("file", u"file:///etc/passwd"_s, Problem::NotWeb, u"https://"_s);
    row("mailto", u"mailto:admin@example.com"_s, Problem::NotWeb, u"https://"_s);
    row("one slash", u"https:/pim.example.com"_s, Problem::NotWeb, u"https://"_s);
    row("scheme alone", u"pim+web.v2:"_s, Problem::NotWeb, u"https://"_s);
    row("scheme then a non-ASCII digit", u"pim:\u0663"_s, Problem::NotWeb, u"https://"_s);
    row("user and password", u"https://u:p@host"_s, Problem::UserInfo, u"username"_s);
    row("user only", u"https://admin@pim.example.com"_s, Problem::UserInfo, u"@"_s);
    row("user info on loopback http", u"http://admin:pw@127.0.0.1:8080"_s, Problem::UserInfo,
        u"password"_s);
    row("query", u"https://pim.example.com/?a=b"_s, Problem::Query, u"?"_s);
    row("empty query", u"https://pim.example.com?"_s, Problem::Query, u"?"_s);
    row("fragment", u"https://pim.example.com/#/configuration/connections"_s, Problem::Fragment,
        u"#"_s);
    row("port too large", u"http://127.0.0.1:99999"_s, Problem::BadPort, u"99999"_s);
    row("port zero", u"https://pim.example.com:0"_s, Problem::BadPort, u"65535"_s);
    row("port not a number", u"https://pim.example.com:8a"_s, Problem::BadPort, u"8a"_s);
    row("port with a sign", u"https://pim.example.com:+80"_s, Problem::BadPort, u"+80"_s);
    row("IPv6 not closed", u"http://[::1"_s, Problem::BadHost, u"[::1"_s);
    row("IPv6 without brackets", u"http://::1"_s, Problem::BadHost, u"::1"_s);
    row("IPv6 with junk after", u"http://[::1]x"_s, Problem::BadHost, u"[::1]x"_s);
    row("not an IPv6 address", u"https://[pim]"_s, Problem::BadHost, u"[pim]"_s);
    row("space in the host", u"https://pim example.com"_s, Problem::BadHost, u"pim example.com"_s);
    row("no host", u"https://"_s, Problem::NoHost, u"server name"_s);
    row("port without host", u"https://:8443"_s, Problem::NoHost, u"server name"_s);
    row("path without host", u"https:///pim"_s, Problem::NoHost, u"server name"_s);
}

void TestPimAddress::refused()
{
    QFETCH(QString, typed);
    QFETCH(Problem, problem);
    QFETCH(QString, says);
    const PimAddress address = PimAddress::parse(typed);
    QVERIFY(!address.isValid());
    QVERIFY(!address.isWellFormed());
    QCOMPARE(address.problem(), problem);
    QVERIFY(address.url().isEmpty());
    QVERIFY(address.httpsUrl().isEmpty());
    QVERIFY2(address.error().contains(says), qPrintable(address.error()));
    // The message never repeats a password typed in the address.
    QVERIFY(!address.error().contains(u"u:p"_s));
    QVERIFY(!address.error().contains(u"admin:pw"_s));
}

void TestPimAddress::fromUrlFollowsTheSameRules()
{
    QCOMPARE(PimAddress::fromUrl(QUrl(u"HTTPS://PIM.example.com:443/pim/user/login"_s)).url(),
             QUrl(u"https://pim.example.com/pim"_s));
    // A QUrl made from text without a scheme: https, as when typed.
    QCOMPARE(PimAddress::fromUrl(QUrl(u"pim.example.com"_s)).url(),
             QUrl(u"https://pim.example.com"_s));
    QCOMPARE(PimAddress::fromUrl(QUrl(u"pim.example.com:8443"_s)).url(),
             QUrl(u"https://pim.example.com:8443"_s));
    QCOMPARE(PimAddress::fromUrl(QUrl()).problem(), Problem::Empty);
    QCOMPARE(PimAddress::fromUrl(QUrl(u"http://[::1"_s)).problem(), Problem::Malformed);
    QCOMPARE(PimAddress::fromUrl(QUrl(u"https://u:p@pim.example.com"_s)).problem(),
             Problem::UserInfo);
    QCOMPARE(PimAddress::fromUrl(QUrl(u"http://pim.example.com/"_s)).problem(), Problem::PlainHttp);
    QCOMPARE(PimAddress::fromUrl(QUrl(u"not a url"_s)).problem(), Problem::BadHost);
    // A default-constructed address is refused as empty.
    QCOMPARE(PimAddress().problem(), Problem::Empty);
    QVERIFY(!PimAddress().error().isEmpty());
}

void TestPimAddress::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("mapped") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("127.0.0") << u"127.0.0"_s << false;
    QTest::newRow("127.0.0.256") << u"127.0.0.256"_s << false;
    QTest::newRow("127.0.0.1.example.com") << u"127.0.0.1.example.com"_s << false;
    QTest::newRow("a.localhost") << u"a.localhost"_s << false;
    QTest::newRow("::2") << u"::2"_s << false;
    QTest::newRow("mapped other") << u"::ffff:10.0.0.1"_s << false;
}

void TestPimAddress::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(PimAddress::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestPimAddress)
#include "tst_pimaddress.moc"
