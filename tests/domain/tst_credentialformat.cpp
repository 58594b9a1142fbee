// The credential formats of docs/pim-api.md §3.
#include "domain/CredentialFormat.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentialFormat : public QObject
{
    Q_OBJECT

private slots:
    void tokenFromKnownBytes_data();
    void tokenFromKnownBytes();
    void generatedTokensLookLikeThePim();
    void generatedClientId();
    void generatedUsername();
    void generatedPassword();
    void checks_data();
    void checks();
};

void TestCredentialFormat::tokenFromKnownBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("token");
    QTest::newRow("zero") << QByteArray(32, '\0') << u"0"_s;
    QTest::newRow("35") << QByteArray::fromHex("23") << u"z"_s;
    QTest::newRow("36") << QByteArray::fromHex("24") << u"10"_s;
    QTest::newRow("65535") << QByteArray::fromHex("ffff") << u"1ekf"_s;
    // 2^256 - 1 in base 36, computed independently with Python integers.
    QTest::newRow("all ones") << QByteArray(32, '\xff')
                              << u"6dp5qcb22im238nr3wvp0ic7q99w035jmy2iw7i6n43d37jtof"_s;
}

void TestCredentialFormat::tokenFromKnownBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, token);
    QCOMPARE(CredentialFormat::tokenFromBytes(bytes), token);
}

void TestCredentialFormat::generatedTokensLookLikeThePim()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString token = CredentialFormat::randomToken();
        QVERIFY2(CredentialFormat::isToken(token), qPrintable(token));
        QVERIFY(token.size() >= 45 && token.size() <= 50); // ~log36(2^256) = 49.5
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 200);
}

void TestCredentialFormat::generatedClientId()
{
    const QString id = CredentialFormat::clientId(3);
    QVERIFY(id.startsWith(u"3_"_s));
    QVERIFY(CredentialFormat::isClientId(id));
}

void TestCredentialFormat::generatedUsername()
{
    for (int i = 0; i < 50; ++i) {
        const QString name = CredentialFormat::username(u"erp"_s);
        QVERIFY2(CredentialFormat::isUsername(name, u"erp"_s), qPrintable(name));
    }
}

void TestCredentialFormat::generatedPassword()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString password = CredentialFormat::password();
        QVERIFY2(CredentialFormat::isPassword(password), qPrintable(password));
        seen.insert(password);
    }
    QVERIFY(seen.size() > 95);
}

void TestCredentialFormat::checks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString contractId = u"3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w"_s;
    const QString contractSecret = u"3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so"_s;
    QTest::newRow("contract client id") << u"client"_s << contractId << true;
    QTest::newRow("client id without number") << u"client"_s << contractId.mid(1) << false;
    QTest::newRow("client id without underscore") << u"client"_s << contractId.mid(2) << false;
    QTest::newRow("contract secret") << u"secret"_s << contractSecret << true;
    QTest::newRow("uppercase secret") << u"secret"_s << contractSecret.toUpper() << false;
    QTest::newRow("short secret") << u"secret"_s << contractSecret.left(20) << false;
    QTest::newRow("contract username") << u"username"_s << u"erp_0427"_s << true;
    QTest::newRow("username with 3 digits") << u"username"_s << u"erp_427"_s << false;
    QTest::newRow("username of another code") << u"username"_s << u"crm_0427"_s << false;
    QTest::newRow("contract password") << u"password"_s << u"3f9a1c0e7"_s << true;
    QTest::newRow("8 characters") << u"password"_s << u"3f9a1c0e"_s << false;
    QTest::newRow("symbol") << u"password"_s << u"3f9a1c0e!"_s << false;
}

void TestCredentialFormat::checks()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    if (kind == u"client")
        QCOMPARE(CredentialFormat::isClientId(text), valid);
    else if (kind == u"secret")
        QCOMPARE(CredentialFormat::isToken(text), valid);
    else if (kind == u"username")
        QCOMPARE(CredentialFormat::isUsername(text, u"erp"_s), valid);
    else
        QCOMPARE(CredentialFormat::isPassword(text), valid);
}

QTEST_GUILESS_MAIN(TestCredentialFormat)
#include "tst_credentialformat.moc"
