#include "Children.h"
#include "connection/CredentialsPanel.h"
#include "domain/ApiError.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "widgets/CopyButton.h"
#include "widgets/RevealButton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString ClientId = QStringLiteral("3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w");
const QString Secret = QStringLiteral("3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so");
const QString Username = QStringLiteral("erp_0427");
const QString Password = QStringLiteral("3f9a1c0e7");

Credentials credentials(bool withPassword)
{
    Credentials c{ClientId, Secret, Username, std::nullopt};
    if (withPassword)
        c.password = Password;
    return c;
}

QStringList g_messages;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// The panel's controls, found by the names they are given.
struct Controls
{
    explicit Controls(const QWidget &panel)
        : secret(child<QLineEdit>(&panel, QStringLiteral("secret")))
        , password(child<QLineEdit>(&panel, QStringLiteral("password")))
        , reveal(child<RevealButton>(&panel, QStringLiteral("revealSecret")))
        , copySecret(child<CopyButton>(&panel, QStringLiteral("copySecret")))
        , copyPassword(child<CopyButton>(&panel, QStringLiteral("copyPassword")))
        , regenerateSecret(child<QPushButton>(&panel, QStringLiteral("regenerateSecret")))
        , regeneratePassword(child<QPushButton>(&panel, QStringLiteral("regeneratePassword")))
        , test(child<QPushButton>(&panel, QStringLiteral("testCredentials")))
    {}

    QLineEdit *secret;
    QLineEdit *password;
    RevealButton *reveal;
    CopyButton *copySecret;
    CopyButton *copyPassword;
    QPushButton *regenerateSecret;
    QPushButton *regeneratePassword;
    QPushButton *test;
};

// A panel over a clipboard service and a message box of its own, showing these credentials.
struct Fixture
{
    explicit Fixture(const Credentials &shown) { panel.setCredentials(shown); }

    Clipboard clipboard;
    MessageBox box;
    CredentialsPanel panel{&clipboard, &box};
    const Controls ui{panel};
};

} // namespace

Q_DECLARE_METATYPE(MessageBox::Answer)

class TestCredentialsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void showsTheValues()
    {
        Fixture f(credentials(false));
        QCOMPARE(child<QLineEdit>(&f.panel, "clientId")->text(), ClientId);
        QCOMPARE(f.ui.secret->text(), Secret);
        QCOMPARE(child<QLineEdit>(&f.panel, "username")->text(), Username);
        QVERIFY(child<QLineEdit>(&f.panel, "clientId")->isReadOnly());
    }

    void secretIsMaskedUntilShown()
    {
        Fixture f(credentials(false));
        QCOMPARE(f.ui.secret->echoMode(), QLineEdit::Password);
        QVERIFY(!f.panel.isSecretRevealed());
        QCOMPARE(f.ui.reveal->accessibleName(), QStringLiteral("Show secret"));
        f.ui.reveal->click();
        QCOMPARE(f.ui.secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(f.ui.reveal->accessibleName(), QStringLiteral("Hide secret"));
        f.ui.reveal->click();
        QCOMPARE(f.ui.secret->echoMode(), QLineEdit::Password);
    }

    void copyPutsTheValueOnTheClipboard_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secret");
        QTest::newRow("client id") << "copyClientId" << ClientId << false;
        QTest::newRow("secret, masked") << "copySecret" << Secret << true;
        QTest::newRow("username") << "copyUsername" << Username << false;
        QTest::newRow("password") << "copyPassword" << Password << true;
    }

    void copyPutsTheValueOnTheClipboard()
    {
        QFETCH(QString, button);
        QFETCH(QString, value);
        QFETCH(bool, secret);
        Fixture f(credentials(true));
        auto *copy = child<CopyButton>(&f.panel, button);
        QVERIFY(copy->accessibleName().startsWith(QStringLiteral("Copy ")));
        QVERIFY(copy->accessibleName() != QStringLiteral("Copy to clipboard")); // says what
        QCOMPARE(copy->toolTip(), QStringLiteral("Copy to clipboard"));
        copy->click();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), value);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(mime->hasFormat("x-kde-passwordManagerHint"), secret);
#endif
        QCOMPARE(f.clipboard.isClearPending(), secret);
        // "Copied" feedback, at the button and in the panel.
        QVERIFY(copy->isShowingCopied());
        QCOMPARE(copy->toolTip(), QStringLiteral("Copied"));
        QVERIFY2(f.panel.statusText().contains("copied"), qPrintable(f.panel.statusText()));
    }

    void copyShortcutGoesThroughTheService_data()
    {
        QTest::addColumn<bool>("password");
        QTest::newRow("secret") << false;
        QTest::newRow("password") << true;
    }

    void copyShortcutGoesThroughTheService()
    {
        QFETCH(bool, password);
        Fixture f(credentials(true));
        f.ui.reveal->click();
        QLineEdit *edit = password ? f.ui.password : f.ui.secret;
        QTest::keySequence(edit, QKeySequence::Copy);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), password ? Password : Secret);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QVERIFY(mime->hasFormat("x-kde-passwordManagerHint"));
#endif
        QVERIFY(f.clipboard.isClearPending());
    }

    void secretsCannotBeSelected()
    {
        Fixture f(credentials(true));
        f.ui.reveal->click();
        for (QLineEdit *edit : {f.ui.secret, f.ui.password}) {
            edit->selectAll();
            QVERIFY(!edit->hasSelectedText());
        }
        // Plain values can.
        auto *clientId = child<QLineEdit>(&f.panel, "clientId");
        clientId->selectAll();
        QVERIFY(clientId->hasSelectedText());
    }

    void passwordIsShownOnceThenHidden()
    {
        Fixture f(credentials(true)); // right after creation
        QVERIFY(f.panel.isPasswordShown());
        QCOMPARE(f.ui.password->text(), Password);
        QCOMPARE(f.panel.passwordNote(), QStringLiteral("Make sure to save this password somewhere "
                                                        "as we won't show it to you twice."));
        QVERIFY(f.ui.copyPassword->isEnabled());

        f.panel.clearPassword(); // leaving the page
        QVERIFY(!f.panel.isPasswordShown());
        QVERIFY(f.ui.password->text().isEmpty());
        QCOMPARE(f.panel.passwordNote(),
                 QStringLiteral("If you forgot your password, you can generate a new one here."));
        QVERIFY(!f.ui.copyPassword->isEnabled());

        f.panel.setPassword("newpass12"); // after a regeneration
        QCOMPARE(f.ui.password->text(), QStringLiteral("newpass12"));
        f.panel.setSecret("anothersecret"); // a secret regeneration keeps it
        QVERIFY(f.panel.isPasswordShown());
    }

    void passwordIsHiddenWhenNotGiven()
    {
        Fixture f(credentials(false));
        QVERIFY(!f.panel.isPasswordShown());
        QCOMPARE(f.panel.passwordNote(),
                 QStringLiteral("If you forgot your password, you can generate a new one here."));
    }

    void clearPasswordMasksTheSecretAgain()
    {
        Fixture f(credentials(true));
        f.ui.reveal->click();
        f.panel.clearPassword();
        QVERIFY(!f.panel.isSecretRevealed());
    }

    void regenerationIsConfirmedFirst_data()
    {
        QTest::addColumn<bool>("password");
        QTest::addColumn<MessageBox::Answer>("answer");
        QTest::addColumn<int>("requests");
        QTest::newRow("secret, cancelled") << false << MessageBox::Answer::Cancel << 0;
        QTest::newRow("secret, confirmed") << false << MessageBox::Answer::Confirm << 1;
        QTest::newRow("password, cancelled") << true << MessageBox::Answer::Cancel << 0;
        QTest::newRow("password, confirmed") << true << MessageBox::Answer::Confirm << 1;
    }

    void regenerationIsConfirmedFirst()
    {
        QFETCH(bool, password);
        QFETCH(MessageBox::Answer, answer);
        QFETCH(int, requests);
        Fixture f(credentials(false));
        QSignalSpy secretSpy(&f.panel, &CredentialsPanel::regenerateSecretRequested);
        QSignalSpy passwordSpy(&f.panel, &CredentialsPanel::regeneratePasswordRequested);
        f.box.setNextAnswer(answer);
        (password ? f.ui.regeneratePassword : f.ui.regenerateSecret)->click();
        QCOMPARE(f.box.askedCount(), 1);
        QCOMPARE(f.box.lastQuestion()->title, QStringLiteral("Confirm regeneration"));
        QVERIFY(f.box.lastQuestion()->text.contains(password ? "password" : "secret"));
        QCOMPARE(passwordSpy.count(), password ? requests : 0);
        QCOMPARE(secretSpy.count(), password ? 0 : requests);
    }

    void writeDisabledSaysWhy()
    {
        Fixture f(credentials(false));
        QVERIFY(f.ui.regenerateSecret->isEnabled());
        f.panel.setWriteEnabled(false, "Offline: the PIM cannot be reached.");
        for (QPushButton *button : {f.ui.regenerateSecret, f.ui.regeneratePassword}) {
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), QStringLiteral("Offline: the PIM cannot be reached."));
        }
        // Copying still works offline.
        QVERIFY(f.ui.copySecret->isEnabled());
        f.panel.setWriteEnabled(true);
        QVERIFY(f.ui.regenerateSecret->isEnabled());
        QVERIFY(f.ui.regenerateSecret->toolTip().isEmpty());
    }

    void testCredentialsReportsItsOutcome()
    {
        Fixture f(credentials(false));
        QSignalSpy spy(&f.panel, &CredentialsPanel::testRequested);
        f.ui.test->click();
        QCOMPARE(spy.count(), 1);
        f.panel.setTestBusy(true);
        QVERIFY(!f.ui.test->isEnabled());
        f.panel.setTestBusy(false);
        f.panel.setTestResult(ApiError{});
        QVERIFY(f.panel.testResultText().contains("work"));
        const ApiError refused = ApiError::make(
            ApiError::Kind::Validation, 422, "No user found for the given username and password");
        f.panel.setTestResult(refused);
        QCOMPARE(f.panel.testResultText(), refused.message());
    }

    void valuesAreNeverLogged()
    {
        QLoggingCategory::setFilterRules("pim.*.debug=true");
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        {
            Fixture f(credentials(true));
            f.ui.copySecret->click();
            f.ui.copyPassword->click();
            f.clipboard.clearIfUnchanged();
            f.panel.clearPassword();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules("pim.*.debug=false");
        QVERIFY(!g_messages.isEmpty()); // the clipboard did log, without the values
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(Secret), qPrintable(message));
            QVERIFY2(!message.contains(Password), qPrintable(message));
        }
    }
};

QTEST_MAIN(TestCredentialsPanel)
#include "tst_credentialspanel.moc"
