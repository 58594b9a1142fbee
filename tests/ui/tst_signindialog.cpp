#include "Children.h"
#include "dialogs/SignInDialog.h"
#include "domain/ApiError.h"
#include "services/PimAddress.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

// The dialog's controls, found by the names they are given.
struct Controls
{
    explicit Controls(const QWidget &dialog)
        : url(child<QLineEdit>(&dialog, QStringLiteral("url")))
        , username(child<QLineEdit>(&dialog, QStringLiteral("username")))
        , password(child<QLineEdit>(&dialog, QStringLiteral("password")))
        , remember(child<QCheckBox>(&dialog, QStringLiteral("remember")))
        , signIn(child<QPushButton>(&dialog, QStringLiteral("signIn")))
        , useHttps(child<QPushButton>(&dialog, QStringLiteral("useHttps")))
    {}

    QLineEdit *url;
    QLineEdit *username;
    QLineEdit *password;
    QCheckBox *remember;
    QPushButton *signIn;
    QPushButton *useHttps;
};

// A SignInDialog and its controls.
struct Fixture
{
    SignInDialog dialog;
    const Controls ui{dialog};
};

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    static bool showActive(SignInDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow(); // also without a window manager (Xvfb)
        return QTest::qWaitForWindowActive(&dialog);
    }

private slots:
    void addressIsCheckedAndNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("https") << "https://pim.example.com" << true << "https://pim.example.com"
                               << false;
        QTest::newRow("no scheme gets https")
            << "pim.example.com" << true << "https://pim.example.com" << false;
        QTest::newRow("spaces and slash")
            << "  https://pim.example.com/ " << true << "https://pim.example.com" << false;
        QTest::newRow("sub path kept")
            << "https://example.com/pim/" << true << "https://example.com/pim" << false;
        QTest::newRow("port kept")
            << "https://pim.example.com:8443" << true << "https://pim.example.com:8443" << false;
        QTest::newRow("login page cut")
            << "https://pim.example.com/user/login" << true << "https://pim.example.com" << false;
        QTest::newRow("web ui route cut") << "https://pim.example.com/#/configuration/connections"
                                          << true << "https://pim.example.com" << false;
        QTest::newRow("query dropped")
            << "https://pim.example.com/?a=b" << true << "https://pim.example.com" << false;
        QTest::newRow("scheme case")
            << "HTTPS://pim.example.com" << true << "https://pim.example.com" << false;
        QTest::newRow("http warns")
            << "http://pim.example.com" << true << "http://pim.example.com" << true;
        QTest::newRow("http loopback")
            << "http://localhost:8080" << true << "http://localhost:8080" << false;
        QTest::newRow("http 127.0.0.1")
            << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080" << false;
        QTest::newRow("empty") << "" << false << "" << false;
        QTest::newRow("blank") << "   " << false << "" << false;
        QTest::newRow("ftp") << "ftp://pim.example.com" << false << "" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false << "" << false;
        QTest::newRow("no host") << "https://" << false << "" << false;
        QTest::newRow("credentials inside")
            << "https://admin:secret@pim.example.com" << false << "" << false;
        QTest::newRow("spaces inside") << "https://pim example.com" << false << "" << false;
    }

    void addressIsCheckedAndNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(QString, url);
        QFETCH(bool, insecure);
        const PimAddress::Check check = PimAddress::check(typed);
        QCOMPARE(check.ok(), ok);
        QCOMPARE(check.error.isEmpty(), ok);
        if (ok) {
            QCOMPARE(check.url.toString(), url);
            QCOMPARE(check.insecure, insecure);
        }
    }

    void httpsReplacesHttp()
    {
        QCOMPARE(PimAddress::withHttps(QUrl("http://pim.example.com:80/pim")).toString(),
                 QStringLiteral("https://pim.example.com/pim"));
    }

    void signInNeedsEveryField()
    {
        Fixture f;
        QVERIFY(!f.ui.signIn->isEnabled());
        f.dialog.setUrl(QUrl("https://pim.example.com"));
        f.dialog.setUsername("julia");
        QVERIFY(!f.ui.signIn->isEnabled());
        f.dialog.setPassword("s3cret");
        QVERIFY(f.ui.signIn->isEnabled());
        QVERIFY(f.dialog.isValid());
    }

    void emitsTheNormalisedRequest()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        QSignalSpy spy(&f.dialog, &SignInDialog::signInRequested);
        f.ui.url->setFocus();
        QTest::keyClicks(f.ui.url, "pim.example.com/");
        f.ui.username->setFocus();
        QTest::keyClicks(f.ui.username, " julia ");
        f.ui.password->setFocus();
        QTest::keyClicks(f.ui.password, " pass word ");
        f.ui.remember->click();
        QTest::keyClick(f.ui.password, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toUrl(), QUrl("https://pim.example.com"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("julia"));
        QCOMPARE(spy.first().at(2).toString(), QStringLiteral(" pass word ")); // as typed
        QCOMPARE(spy.first().at(3).toBool(), true);
    }

    void addressErrorShowsOnceLeft()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        f.ui.url->setFocus();
        QTest::keyClicks(f.ui.url, "ftp://pim");
        QVERIFY(f.dialog.shownMessage("url").isEmpty());
        f.ui.username->setFocus();
        QVERIFY(f.dialog.shownMessage("url").contains("https://"));
    }

    void httpWarnsAndOffersHttps()
    {
        Fixture f;
        f.dialog.setUrl(QUrl("http://pim.example.com"));
        QVERIFY(f.dialog.shownMessage("url").contains("not encrypted"));
        QVERIFY(!f.ui.useHttps->isHidden());
        f.ui.useHttps->click();
        QCOMPARE(f.dialog.url(), QUrl("https://pim.example.com"));
        QVERIFY(f.dialog.shownMessage("url").isEmpty());
        QVERIFY(f.ui.useHttps->isHidden());
    }

    void failuresAreExplained_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong password") << ApiError::make(ApiError::Kind::SignInRefused, 302)
                                        << "refused this username and password";
        QTest::newRow("unreachable")
            << ApiError::make(ApiError::Kind::Network, 0, "Connection refused")
            << "cannot be reached";
        QTest::newRow("certificate")
            << ApiError::make(ApiError::Kind::Tls, 0, "self-signed certificate") << "certificate";
        QTest::newRow("not a PIM")
            << ApiError::make(ApiError::Kind::Malformed, 200, "HTML where JSON was expected")
            << "Akeneo PIM";
        QTest::newRow("no permission")
            << ApiError::make(ApiError::Kind::Forbidden, 403) << "Manage connections settings";
    }

    void failuresAreExplained()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, says);
        SignInDialog dialog;
        dialog.setError(error);
        QVERIFY2(dialog.shownMessage("").contains(says), qPrintable(dialog.shownMessage("")));
        dialog.clearError();
        QVERIFY(dialog.shownMessage("").isEmpty());
    }

    void busyBlocksASecondRequest()
    {
        Fixture f;
        f.dialog.setUrl(QUrl("https://pim.example.com"));
        f.dialog.setUsername("julia");
        f.dialog.setPassword("s3cret");
        QSignalSpy spy(&f.dialog, &SignInDialog::signInRequested);
        f.dialog.setBusy(true);
        QVERIFY(!f.ui.signIn->isEnabled());
        QVERIFY(!f.ui.password->isEnabled());
        f.dialog.submit();
        QCOMPARE(spy.count(), 0);
        f.dialog.setBusy(false);
        f.dialog.submit();
        QCOMPARE(spy.count(), 1);
    }

    void prefilledDialogFocusesThePassword()
    {
        Fixture f;
        f.dialog.setUrl(QUrl("https://pim.example.com"));
        f.dialog.setUsername("julia");
        f.dialog.setRememberPassword(true);
        QVERIFY(showActive(f.dialog));
        QCOMPARE(QApplication::focusWidget(), f.ui.password);
        QVERIFY(f.dialog.rememberPassword());
        QCOMPARE(f.ui.password->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
