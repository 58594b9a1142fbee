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

} // namespace

Q_DECLARE_METATYPE(MessageBox::Answer)

class TestCredentialsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void showsTheValues()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(false));
        QCOMPARE(panel.findChild<QLineEdit *>("clientId")->text(), ClientId);
        QCOMPARE(ui.secret->text(), Secret);
        QCOMPARE(panel.findChild<QLineEdit *>("username")->text(), Username);
        QVERIFY(panel.findChild<QLineEdit *>("clientId")->isReadOnly());
    }

    void secretIsMaskedUntilShown()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(false));
        QCOMPARE(ui.secret->echoMode(), QLineEdit::Password);
        QVERIFY(!panel.isSecretRevealed());
        QCOMPARE(ui.reveal->accessibleName(), QStringLiteral("Show secret"));
        ui.reveal->click();
        QCOMPARE(ui.secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(ui.reveal->accessibleName(), QStringLiteral("Hide secret"));
        ui.reveal->click();
        QCOMPARE(ui.secret->echoMode(), QLineEdit::Password);
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
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        panel.setCredentials(credentials(true));
        auto *copy = child<CopyButton>(&panel, button);
        QCOMPARE(copy->accessibleName(), QStringLiteral("Copy to clipboard"));
        QCOMPARE(copy->toolTip(), QStringLiteral("Copy to clipboard"));
        copy->click();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), value);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(mime->hasFormat("x-kde-passwordManagerHint"), secret);
#endif
        QCOMPARE(clipboard.isClearPending(), secret);
        // "Copied" feedback, at the button and in the panel.
        QVERIFY(copy->isShowingCopied());
        QCOMPARE(copy->toolTip(), QStringLiteral("Copied"));
        QVERIFY2(panel.statusText().contains("copied"), qPrintable(panel.statusText()));
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
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(true));
        ui.reveal->click();
        QLineEdit *edit = password ? ui.password : ui.secret;
        QTest::keySequence(edit, QKeySequence::Copy);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), password ? Password : Secret);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QVERIFY(mime->hasFormat("x-kde-passwordManagerHint"));
#endif
        QVERIFY(clipboard.isClearPending());
    }

    void secretsCannotBeSelected()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(true));
        ui.reveal->click();
        for (QLineEdit *edit : {ui.secret, ui.password}) {
            edit->selectAll();
            QVERIFY(!edit->hasSelectedText());
        }
        // Plain values can.
        auto *clientId = panel.findChild<QLineEdit *>("clientId");
        clientId->selectAll();
        QVERIFY(clientId->hasSelectedText());
    }

    void passwordIsShownOnceThenHidden()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(true)); // right after creation
        QVERIFY(panel.isPasswordShown());
        QCOMPARE(ui.password->text(), Password);
        QCOMPARE(panel.passwordNote(), QStringLiteral("Make sure to save this password somewhere "
                                                      "as we won't show it to you twice."));
        QVERIFY(ui.copyPassword->isEnabled());

        panel.clearPassword(); // leaving the page
        QVERIFY(!panel.isPasswordShown());
        QVERIFY(ui.password->text().isEmpty());
        QCOMPARE(panel.passwordNote(),
                 QStringLiteral("If you forgot your password, you can generate a new one here."));
        QVERIFY(!ui.copyPassword->isEnabled());

        panel.setPassword("newpass12"); // after a regeneration
        QCOMPARE(ui.password->text(), QStringLiteral("newpass12"));
        panel.setSecret("anothersecret"); // a secret regeneration keeps it
        QVERIFY(panel.isPasswordShown());
    }

    void passwordIsHiddenWhenNotGiven()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        panel.setCredentials(credentials(false));
        QVERIFY(!panel.isPasswordShown());
        QCOMPARE(panel.passwordNote(),
                 QStringLiteral("If you forgot your password, you can generate a new one here."));
    }

    void clearPasswordMasksTheSecretAgain()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(true));
        ui.reveal->click();
        panel.clearPassword();
        QVERIFY(!panel.isSecretRevealed());
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
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(false));
        QSignalSpy secretSpy(&panel, &CredentialsPanel::regenerateSecretRequested);
        QSignalSpy passwordSpy(&panel, &CredentialsPanel::regeneratePasswordRequested);
        box.setNextAnswer(answer);
        (password ? ui.regeneratePassword : ui.regenerateSecret)->click();
        QCOMPARE(box.askedCount(), 1);
        QCOMPARE(box.lastQuestion()->title, QStringLiteral("Confirm regeneration"));
        QVERIFY(box.lastQuestion()->text.contains(password ? "password" : "secret"));
        QCOMPARE(passwordSpy.count(), password ? requests : 0);
        QCOMPARE(secretSpy.count(), password ? 0 : requests);
    }

    void writeDisabledSaysWhy()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(false));
        QVERIFY(ui.regenerateSecret->isEnabled());
        panel.setWriteEnabled(false, "Offline: the PIM cannot be reached.");
        for (QPushButton *button : {ui.regenerateSecret, ui.regeneratePassword}) {
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), QStringLiteral("Offline: the PIM cannot be reached."));
        }
        // Copying still works offline.
        QVERIFY(ui.copySecret->isEnabled());
        panel.setWriteEnabled(true);
        QVERIFY(ui.regenerateSecret->isEnabled());
        QVERIFY(ui.regenerateSecret->toolTip().isEmpty());
    }

    void testCredentialsReportsItsOutcome()
    {
        Clipboard clipboard;
        MessageBox box;
        CredentialsPanel panel(&clipboard, &box);
        const Controls ui(panel);
        panel.setCredentials(credentials(false));
        QSignalSpy spy(&panel, &CredentialsPanel::testRequested);
        ui.test->click();
        QCOMPARE(spy.count(), 1);
        panel.setTestBusy(true);
        QVERIFY(!ui.test->isEnabled());
        panel.setTestBusy(false);
        panel.setTestResult(ApiError{});
        QVERIFY(panel.testResultText().contains("work"));
        const ApiError refused = ApiError::make(
            ApiError::Kind::Validation, 422, "No user found for the given username and password");
        panel.setTestResult(refused);
        QCOMPARE(panel.testResultText(), refused.message());
    }

    void valuesAreNeverLogged()
    {
        QLoggingCategory::setFilterRules("pim.*.debug=true");
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        {
            Clipboard clipboard;
            MessageBox box;
            CredentialsPanel panel(&clipboard, &box);
            const Controls ui(panel);
            panel.setCredentials(credentials(true));
            ui.copySecret->click();
            ui.copyPassword->click();
            clipboard.clearIfUnchanged();
            panel.clearPassword();
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
