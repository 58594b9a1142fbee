#include "Children.h"
#include "dialogs/SignInDialog.h"
#include "domain/ApiError.h"
#include "domain/PimAddress.h"

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
    // The field uses PimAddress (its rules: tests/domain/tst_pimaddress.cpp): what the dialog
    // sends, and the message it shows once the field was left, are PimAddress's.
    void addressIsCheckedAndNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("https") << "https://pim.example.com"
                               << "https://pim.example.com";
        QTest::newRow("no scheme gets https") << "pim.example.com"
                                              << "https://pim.example.com";
        QTest::newRow("loopback without scheme gets https") << "127.0.0.1:35545"
                                                            << "https://127.0.0.1:35545";
        QTest::newRow("spaces and slash") << "  https://pim.example.com/ "
                                          << "https://pim.example.com";
        QTest::newRow("sub path kept") << "https://example.com/pim/"
                                       << "https://example.com/pim";
        QTest::newRow("login-check page cut") << "https://example.com/pim/user/login-check"
                                              << "https://example.com/pim";
        QTest::newRow("http loopback") << "http://localhost:8080"
                                       << "http://localhost:8080";
        QTest::newRow("http ::1") << "http://[::1]:8080"
                                  << "http://[::1]:8080";
        QTest::newRow("http refused") << "http://pim.example.com"
                                      << "";
        QTest::newRow("query refused") << "https://pim.example.com/?a=b"
                                       << "";
        QTest::newRow("web ui route refused")
            << "https://pim.example.com/#/configuration/connections"
            << "";
        QTest::newRow("bad port") << "http://127.0.0.1:99999"
                                  << "";
        QTest::newRow("bad IPv6") << "http://[::1"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("ftp") << "ftp://pim.example.com"
                             << "";
        QTest::newRow("credentials inside") << "https://admin:secret@pim.example.com"
                                            << "";
    }

    void addressIsCheckedAndNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        SignInDialog dialog;
        const Controls ui(dialog);
        dialog.setUsername("julia");
        dialog.setPassword("s3cret");
        ui.url->setText(typed);
        dialog.submit(); // every field counts as visited
        QCOMPARE(dialog.url().toString(), url);
        QCOMPARE(dialog.isValid(), !url.isEmpty());
        QCOMPARE(ui.signIn->isEnabled(), !url.isEmpty());
        QCOMPARE(dialog.shownMessage("url"), PimAddress::parse(typed).error());
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

    void httpIsRefusedAndOffersHttps()
    {
        SignInDialog dialog;
        const Controls ui(dialog);
        dialog.setUsername("julia");
        dialog.setPassword("s3cret");
        dialog.setUrl(QUrl("http://pim.example.com:80/pim/user/login"));
        // Said at once, without waiting for the field to be left.
        QVERIFY(dialog.shownMessage("url").contains("not encrypted"));
        QVERIFY(!ui.useHttps->isHidden());
        QVERIFY(!ui.signIn->isEnabled());
        QVERIFY(dialog.url().isEmpty());
        ui.useHttps->click();
        QCOMPARE(dialog.url(), QUrl("https://pim.example.com/pim"));
        QVERIFY(dialog.shownMessage("url").isEmpty());
        QVERIFY(ui.useHttps->isHidden());
        QVERIFY(ui.signIn->isEnabled());
    }

    void httpOnThisComputerIsAccepted()
    {
        SignInDialog dialog;
        const Controls ui(dialog);
        dialog.setUrl(QUrl("http://127.0.0.1:35545/"));
        QVERIFY(dialog.shownMessage("url").isEmpty());
        QVERIFY(ui.useHttps->isHidden());
        QCOMPARE(dialog.url(), QUrl("http://127.0.0.1:35545"));
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
        ApiError tried = ApiError::make(ApiError::Kind::Network, 0, "Connection refused");
        tried.address = QUrl("https://pim.example.com");
        QTest::newRow("unreachable, the address tried")
            << tried << "Cannot reach https://pim.example.com: Connection refused.";
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
