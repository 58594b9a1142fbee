// The answers of one member (docs/pim-api.md §2 and §5): the regenerated password, the limit
// of connections and the public API's access token.
#include "domain/ShortAnswers.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestShortAnswers : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void limitReached_data();
    void limitReached();
};

void TestShortAnswers::strings_data()
{
    QTest::addColumn<bool>("token"); // accessToken(), else newPassword()
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("value"); // empty: refused
    QTest::newRow("password") << false << QByteArray(R"({"password":"3f9a1c0e7"})")
                              << u"3f9a1c0e7"_s;
    QTest::newRow("password with other keys")
        << false << QByteArray(R"({"password":"p","extra":1})") << u"p"_s;
    QTest::newRow("empty password") << false << QByteArray(R"({"password":""})") << QString();
    QTest::newRow("null password") << false << QByteArray(R"({"password":null})") << QString();
    QTest::newRow("number password") << false << QByteArray(R"({"password":123})") << QString();
    QTest::newRow("no password") << false << QByteArray("{}") << QString();
    QTest::newRow("html") << false << QByteArray("<html>login</html>") << QString();
    QTest::newRow("token") << true
                           << QByteArray(R"({"access_token":"abc","expires_in":3600,)"
                                         R"("token_type":"bearer","refresh_token":"r"})")
                           << u"abc"_s;
    QTest::newRow("empty token") << true << QByteArray(R"({"access_token":""})") << QString();
    QTest::newRow("truncated token") << true << QByteArray(R"({"access_token":"ab)") << QString();
}

void TestShortAnswers::strings()
{
    QFETCH(bool, token);
    QFETCH(QByteArray, body);
    QFETCH(QString, value);
    QString error;
    const std::optional<QString> read =
        token ? ShortAnswers::accessToken(body, &error) : ShortAnswers::newPassword(body, &error);
    if (value.isEmpty()) {
        QVERIFY(!read);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, value);
    }
}

void TestShortAnswers::limitReached_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 refused
    QTest::newRow("false") << QByteArray(R"({"limitReached":false})") << 0;
    QTest::newRow("true") << QByteArray(R"({"limitReached":true})") << 1;
    QTest::newRow("a string") << QByteArray(R"({"limitReached":"no"})") << -1;
    QTest::newRow("missing") << QByteArray("{}") << -1;
    QTest::newRow("empty body") << QByteArray() << -1;
}

void TestShortAnswers::limitReached()
{
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QString error;
    const std::optional<bool> read = ShortAnswers::limitReached(body, &error);
    if (expected < 0) {
        QVERIFY(!read);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, expected == 1);
    }
}

QTEST_GUILESS_MAIN(TestShortAnswers)
#include "tst_shortanswers.moc"
