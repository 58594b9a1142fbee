// Desktop habits, checked on the dialogs and panels of ui/ on their own: every control a user
// can reach has an accessible name (as widgets and through QAccessible), every label with a
// mnemonic has a buddy, and Tab follows the screen. The window's screens:
// tst_mainwindow_accessibility.
#include "AccessibleTree.h"
#include "Children.h"
#include "connection/ConnectionSettingsForm.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/CreateConnectionDialog.h"
#include "dialogs/SignInDialog.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "widgets/MessageBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    static void checkNamesAndBuddies(QWidget *root)
    {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(root))
                continue;
            const bool control = qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QAbstractButton *>(widget) ||
                                 qobject_cast<QComboBox *>(widget);
            if (control && widget->focusPolicy() != Qt::NoFocus && widget->parent() &&
                !qobject_cast<QComboBox *>(widget->parent())) // a combo's own line edit
                QVERIFY2(
                    !widget->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1 %2 in %3")
                                   .arg(QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName(),
                                        QString::fromLatin1(root->metaObject()->className()))));
            if (auto *label = qobject_cast<QLabel *>(widget);
                label && label->text().contains(QLatin1Char('&')) &&
                label->textFormat() != Qt::RichText)
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }

private slots:
    void everyScreenNamesItsControls_data()
    {
        QTest::addColumn<int>("screen");
        QTest::newRow("create") << 0;
        QTest::newRow("credentials") << 1;
        QTest::newRow("settings") << 2;
        QTest::newRow("sign in") << 3;
        QTest::newRow("message bar") << 4;
    }

    void everyScreenNamesItsControls()
    {
        QFETCH(int, screen);
        Clipboard clipboard;
        MessageBox box;
        std::unique_ptr<QWidget> widget;
        switch (screen) {
        case 0:
            widget = std::make_unique<CreateConnectionDialog>();
            break;
        case 1: {
            auto panel = std::make_unique<CredentialsPanel>(&clipboard, &box);
            panel->setCredentials({"3_abc", "secret", "erp_0427", QStringLiteral("pass12345")});
            widget = std::move(panel);
            break;
        }
        case 2:
            widget = std::make_unique<ConnectionSettingsForm>();
            break;
        case 3:
            widget = std::make_unique<SignInDialog>();
            break;
        case 4: {
            auto bar = std::make_unique<MessageBar>();
            bar->showMessage(MessageBar::Type::Error, "Unreachable", "Retry");
            widget = std::move(bar);
            break;
        }
        }
        checkNamesAndBuddies(widget.get());
        // And as a screen reader finds them: the QAccessible interfaces, walked.
        widget->show();
        int checked = 0;
        QCOMPARE(AccessibleTree::namelessControls(widget.get(), &checked).join(u"; "), QString());
        QVERIFY(checked > 0);
    }

    void tabFollowsTheCreateDialog()
    {
        CreateConnectionDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *label = child<QLineEdit>(&dialog, QStringLiteral("label"));
        label->setFocus();
        QTest::keyClicks(label, "Bynder");
        QList<QWidget *> order;
        QWidget *focus = label;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
            order.append(focus);
        }
        QCOMPARE(order.at(0), child<QLineEdit>(&dialog, QStringLiteral("code")));
        QVERIFY(qobject_cast<QAbstractButton *>(order.at(1))); // the checked flow type
        QCOMPARE(order.at(2), child<QPushButton>(&dialog, QStringLiteral("saveButton")));
    }

    void tabFollowsTheSettingsForm()
    {
        ConnectionSettingsForm form;
        form.show();
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QWidget *focus = child<QLineEdit>(&form, QStringLiteral("code"));
        focus->setFocus();
        QStringList order;
        for (int i = 0; i < 9 && focus; ++i) {
            order << focus->objectName();
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
        }
        // Each control once, in the order shown, then around again (no loop inside the form);
        // without an image "Remove" is disabled, so skipped.
        QCOMPARE(order.join(QLatin1Char(' ')),
                 QStringLiteral("code label data_source auditable chooseImage role group code "
                                "label"));
    }

    void tabFollowsTheSignInDialog()
    {
        SignInDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *url = child<QLineEdit>(&dialog, QStringLiteral("url"));
        auto *username = child<QLineEdit>(&dialog, QStringLiteral("username"));
        url->setFocus();
        QTest::keyClick(url, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), username); // "Use https" is hidden
        QTest::keyClick(username, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 child<QLineEdit>(&dialog, QStringLiteral("password")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
