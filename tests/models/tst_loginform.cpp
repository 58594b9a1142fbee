// Reading the sign-in page's CSRF token (docs/pim-api.md §1.1): its format is opaque, the
// page's HTML may write the input in any way.
#include "net/LoginForm.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLoginForm : public QObject
{
    Q_OBJECT

private slots:
    void csrfToken_data();
    void csrfToken();
    void inputsReadsAllAttributes();
    void entities_data();
    void entities();
};

void TestLoginForm::csrfToken_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("token"); // empty: none found
    QTest::newRow("akeneo's markup")
        << QByteArray(
               R"(<form><input type="hidden" name="_csrf_token" value="abc.DEF-123_x"></form>)")
        << u"abc.DEF-123_x"_s;
    QTest::newRow("value first") << QByteArray(
                                        R"(<input value="t0k" name="_csrf_token" type="hidden"/>)")
                                 << u"t0k"_s;
    QTest::newRow("single quotes")
        << QByteArray("<input type='hidden' name='_csrf_token' value='a\"b'>") << u"a\"b"_s;
    QTest::newRow("no quotes") << QByteArray("<input type=hidden name=_csrf_token value=tok123>")
                               << u"tok123"_s;
    QTest::newRow("no quotes, self-closed")
        << QByteArray("<input name=_csrf_token value=tok123/>") << u"tok123/"_s;
    QTest::newRow("upper case, spaces around =")
        << QByteArray("<INPUT TYPE = \"hidden\"\n\tNAME = \"_csrf_token\"\n VALUE = \"x y\" >")
        << u"x y"_s;
    QTest::newRow("entities in the value")
        << QByteArray(R"(<input name="_csrf_token" value="a&amp;b&#x2F;c&quot;d&#61;">)")
        << u"a&b/c\"d="_s;
    QTest::newRow("other inputs around")
        << QByteArray(
               R"(<input name="_username" value="admin"><input name="_csrf_token_x" value="no">)"
               R"(<input type="password" name="_password"><input name="_csrf_token" value="yes">)")
        << u"yes"_s;
    QTest::newRow("first of two")
        << QByteArray(
               R"(<input name="_csrf_token" value="one"><input name="_csrf_token" value="two">)")
        << u"one"_s;
    QTest::newRow("opaque long token with symbols")
        << QByteArray(
               R"x(<input type="hidden" name="_csrf_token" value="Zm9v/YmFy+cXV4==.~!$*()">)x")
        << u"Zm9v/YmFy+cXV4==.~!$*()"_s;
    QTest::newRow("data attribute holding >")
        << QByteArray(R"(<input data-x="a>b" name="_csrf_token" value="ok">)") << u"ok"_s;
    QTest::newRow("commented out only")
        << QByteArray(R"(<!-- <input name="_csrf_token" value="old"> --><p>no form</p>)")
        << QString();
    QTest::newRow("commented out, then real")
        << QByteArray(
               R"(<!-- <input name="_csrf_token" value="old"> --><input name="_csrf_token" value="new">)")
        << u"new"_s;
    QTest::newRow("in a script")
        << QByteArray(R"(<script>var s='<input name="_csrf_token" value="js">';</script>)")
        << QString();
    QTest::newRow("none") << QByteArray("<html><body><h1>Welcome to nginx!</h1></body></html>")
                          << QString();
    QTest::newRow("empty value") << QByteArray(R"(<input name="_csrf_token" value="">)")
                                 << QString();
    QTest::newRow("no value") << QByteArray(R"(<input name="_csrf_token">)") << QString();
    QTest::newRow("JSON, not HTML") << QByteArray(R"({"_csrf_token":"x"})") << QString();
    QTest::newRow("empty page") << QByteArray() << QString();
    QTest::newRow("truncated tag")
        << QByteArray(R"(<input name="_csrf_token" value="abc)") << QString();
    QTest::newRow("inputmode is not input")
        << QByteArray(
               R"(<inputx name="_csrf_token" value="no"><input name="_csrf_token" value="yes">)")
        << u"yes"_s;
}

void TestLoginForm::csrfToken()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, token);
    const auto found = LoginForm::csrfToken(html);
    if (token.isEmpty()) {
        QVERIFY2(!found, qPrintable(found.value_or(QString())));
    } else {
        QVERIFY(found);
        QCOMPARE(*found, token);
    }
}

void TestLoginForm::inputsReadsAllAttributes()
{
    const auto inputs = LoginForm::inputs(
        R"(<input type="text" name="_username" value="" required autofocus><input disabled name=a value='b'>)");
    QCOMPARE(inputs.size(), 2);
    QCOMPARE(inputs.at(0).value(u"name"_s), u"_username"_s);
    QVERIFY(inputs.at(0).contains(u"required"_s));
    QVERIFY(inputs.at(0).contains(u"autofocus"_s));
    QCOMPARE(inputs.at(1).value(u"value"_s), u"b"_s);
}

void TestLoginForm::entities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("named") << u"&lt;&gt;&amp;&quot;&apos;"_s << u"<>&\"'"_s;
    QTest::newRow("numeric") << u"&#39;&#x27;&#X41;&#233;"_s << u"''Aé"_s;
    QTest::newRow("outside the BMP") << u"&#x1F600;"_s << QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("unknown stays") << u"&nbsp;&bogus;"_s << u"&nbsp;&bogus;"_s;
    QTest::newRow("lone ampersand") << u"a & b &"_s << u"a & b &"_s;
    QTest::newRow("invalid number stays") << u"&#xZZ;&#0;"_s << u"&#xZZ;&#0;"_s;
}

void TestLoginForm::entities()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    QCOMPARE(LoginForm::decodeEntities(text), decoded);
}

QTEST_MAIN(TestLoginForm)
#include "tst_loginform.moc"
