// PimNetworkAccessManager: what every request carries (docs/pim-api.md §1.3), where redirects
// lead (docs/pim-api.md §1.4), and the PIM's address (PimSession::setBaseUrl through PimAddress, url()).
#include "FakeNetworkAccessManager.h"
#include "domain/PimAddress.h"
#include "net/ListConnectionsJob.h"
#include "net/PimNetworkAccessManager.h"
#include "net/PimSession.h"
#include "net/SignInJob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using RK = PimNetworkAccessManager::RedirectKind;

class TestNetworkAccessManager : public QObject
{
    Q_OBJECT

private slots:
    void backOfficeRequestsGetTheHeaderAndATimeout();
    void publicApiRequestsGetNoHeaderNorCookie();
    void ownTimeoutIsKept();
    void defaultTimeoutIsSettable();
    void redirectKind_data();
    void redirectKind();
    void baseUrlFollowsPimAddress_data();
    void baseUrlFollowsPimAddress();
    void urlsKeepThePrefixAndEncodeSegments();
    void listSearchIsUrlEncoded();
    void formEncodingEncodesEverythingReserved();
};

void TestNetworkAccessManager::backOfficeRequestsGetTheHeaderAndATimeout()
{
    PimNetworkAccessManager manager;
    const QNetworkRequest prepared =
        manager.prepareRequest(QNetworkRequest(QUrl(u"https://pim.test/rest/connections"_s)));
    QCOMPARE(prepared.rawHeader("X-Requested-With"), QByteArray("XMLHttpRequest"));
    QCOMPARE(prepared.transferTimeout(), PimNetworkAccessManager::DefaultTransferTimeoutMs);
    QCOMPARE(prepared.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QVERIFY(prepared.header(QNetworkRequest::UserAgentHeader)
                .toString()
                .startsWith(u"PimConnections/"_s));
    QVERIFY(!prepared.attribute(QNetworkRequest::CookieLoadControlAttribute).isValid());
}

void TestNetworkAccessManager::publicApiRequestsGetNoHeaderNorCookie()
{
    PimNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://pim.test/api/oauth/v1/token"_s));
    request.setAttribute(PimNetworkAccessManager::PublicApiAttribute, true);
    const QNetworkRequest prepared = manager.prepareRequest(request);
    QVERIFY(!prepared.hasRawHeader("X-Requested-With"));
    QCOMPARE(prepared.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(),
             int(QNetworkRequest::Manual));
    QCOMPARE(prepared.attribute(QNetworkRequest::CookieSaveControlAttribute).toInt(),
             int(QNetworkRequest::Manual));
    QCOMPARE(prepared.transferTimeout(), PimNetworkAccessManager::DefaultTransferTimeoutMs);
}

void TestNetworkAccessManager::ownTimeoutIsKept()
{
    PimNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://pim.test/"_s));
    request.setTransferTimeout(1234);
    QCOMPARE(manager.prepareRequest(request).transferTimeout(), 1234);
}

void TestNetworkAccessManager::defaultTimeoutIsSettable()
{
    PimNetworkAccessManager manager;
    manager.setDefaultTransferTimeout(5000);
    QCOMPARE(
        manager.prepareRequest(QNetworkRequest(QUrl(u"https://pim.test/"_s))).transferTimeout(),
        5000);
    manager.setDefaultTransferTimeout(0); // never "no timeout"
    QCOMPARE(manager.defaultTransferTimeout(), PimNetworkAccessManager::DefaultTransferTimeoutMs);
}

void TestNetworkAccessManager::redirectKind_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<RK>("kind");
    const QString show = u"https://pim.test/media/show/a%2Fb.png/thumbnail"_s;
    QTest::newRow("thumbnail cache") << show << u"/media/cache/thumbnail/a/b.png"_s << RK::Follow;
    QTest::newRow("absolute same origin")
        << show << u"https://pim.test/media/cache/x.png"_s << RK::Follow;
    QTest::newRow("explicit default port")
        << show << u"https://pim.test:443/media/cache/x.png"_s << RK::Follow;
    QTest::newRow("login") << u"https://pim.test/rest/connections"_s << u"/user/login"_s
                           << RK::SignedOut;
    QTest::newRow("login absolute") << u"https://pim.test/rest/connections"_s
                                    << u"https://pim.test/user/login"_s << RK::SignedOut;
    QTest::newRow("login under a prefix")
        << u"https://pim.test/pim/rest/connections"_s << u"/pim/user/login/"_s << RK::SignedOut;
    QTest::newRow("login-check is not login")
        << u"https://pim.test/x"_s << u"/user/login-check"_s << RK::Follow;
    QTest::newRow("login on http, behind a TLS proxy")
        << u"https://pim.test/rest/connections"_s << u"http://pim.test/user/login"_s
        << RK::SignedOut;
    QTest::newRow("another host") << show << u"https://cdn.test/x.png"_s << RK::Refuse;
    QTest::newRow("another scheme")
        << u"http://pim.test/x"_s << u"https://pim.test/x"_s << RK::Refuse;
    QTest::newRow("another port") << show << u"https://pim.test:8443/x"_s << RK::Refuse;
    QTest::newRow("another host's login")
        << u"https://pim.test/x"_s << u"https://evil.test/user/login"_s << RK::Refuse;
}

void TestNetworkAccessManager::redirectKind()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(RK, kind);
    QCOMPARE(PimNetworkAccessManager::redirectKind(QUrl(from), QUrl(to)), kind);
}

// The rules are PimAddress's (tests/domain/tst_pimaddress.cpp); the session applies them.
void TestNetworkAccessManager::baseUrlFollowsPimAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << u"https://pim.example.com"_s << u"https://pim.example.com"_s;
    QTest::newRow("no scheme: https") << u"pim.example.com"_s << u"https://pim.example.com"_s;
    QTest::newRow("prefix and login-check")
        << u"https://example.com/pim/user/login-check"_s << u"https://example.com/pim"_s;
    QTest::newRow("http on loopback") << u"http://localhost:8080"_s << u"http://localhost:8080"_s;
    QTest::newRow("http elsewhere") << u"http://pim.example.com"_s << QString();
    QTest::newRow("user info") << u"https://admin:pw@pim.example.com"_s << QString();
    QTest::newRow("fragment") << u"https://pim.example.com/#/x"_s << QString();
    QTest::newRow("bad port") << u"http://127.0.0.1:99999"_s << QString();
}

void TestNetworkAccessManager::baseUrlFollowsPimAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    FakeNetworkAccessManager network;
    PimSession session(&network);
    QString error;
    QCOMPARE(session.setBaseUrl(text, &error), !expected.isEmpty());
    QCOMPARE(error, PimAddress::parse(text).error());
    QCOMPARE(session.baseUrl().toString(), expected);
}

void TestNetworkAccessManager::urlsKeepThePrefixAndEncodeSegments()
{
    FakeNetworkAccessManager network;
    PimSession session(&network);
    QVERIFY(session.setBaseUrl(u"https://example.com/pim/"_s));
    QCOMPARE(session.url(u"/rest/connections"_s).toString(),
             u"https://example.com/pim/rest/connections"_s);
    const QUrl media =
        session.url(u"/media/show/"_s + PimSession::encodeSegment(u"a/b/c/d/1f_l o+go.png"_s) +
                    u"/thumbnail"_s);
    QCOMPARE(media.toEncoded(),
             QByteArray("https://example.com/pim/media/show/a%2Fb%2Fc%2Fd%2F1f_l%20o%2Bgo.png/"
                        "thumbnail"));
}

void TestNetworkAccessManager::listSearchIsUrlEncoded()
{
    FakeNetworkAccessManager network;
    PimSession session(&network);
    QVERIFY(session.setBaseUrl(u"https://pim.test"_s));
    const QUrl url = session.url(u"/rest/connections"_s, ListConnectionsJob::defaultSearch());
    QCOMPARE(url.toEncoded(), QByteArray("https://pim.test/rest/connections?search=%7B%22types%22"
                                         "%3A%5B%22default%22%5D%7D"));
    QCOMPARE(QUrlQuery(url).queryItemValue(u"search"_s, QUrl::FullyDecoded),
             u"{\"types\":[\"default\"]}"_s);
}

void TestNetworkAccessManager::formEncodingEncodesEverythingReserved()
{
    QCOMPARE(SignInJob::formEncode({{u"_username"_s, u"admin"_s},
                                    {u"_password"_s, u"p+ss&w=rd é%"_s},
                                    {u"_target_path"_s, QString()}}),
             QByteArray("_username=admin&_password=p%2Bss%26w%3Drd%20%C3%A9%25&_target_path="));
}

QTEST_MAIN(TestNetworkAccessManager)
#include "tst_networkaccessmanager.moc"
