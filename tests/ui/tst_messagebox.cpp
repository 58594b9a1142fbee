#include "services/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(MessageBox::Answer)

class TestMessageBox : public QObject
{
    Q_OBJECT

private:
    static QMessageBox *openBox()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                return box;
        }
        return nullptr;
    }

private slots:
    void cleanup()
    {
        // No box may outlive its test.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(widget))
                delete widget;
        }
    }

    void confirmationsSayWhatHappens_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("consequence");
        // docs/pim-api.md §7's words.
        QTest::newRow("secret") << 0 << "Confirm regeneration"
                                << "Are you sure you want to regenerate the connection secret?"
                                << "Regenerate"
                                << "the new secret";
        QTest::newRow("password") << 1 << "Confirm regeneration"
                                  << "Are you sure you want to regenerate the connection "
                                     "password?"
                                  << "Regenerate"
                                  << "the new password";
        QTest::newRow("delete") << 2 << "Confirm deletion"
                                << "Are you sure you want to delete the connection?"
                                << "Delete"
                                << "new credentials";
    }

    void confirmationsSayWhatHappens()
    {
        QFETCH(int, which);
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QString, confirm);
        QFETCH(QString, consequence);
        const MessageBox::Question q = which == 0   ? MessageBox::regenerateSecret()
                                       : which == 1 ? MessageBox::regeneratePassword()
                                                    : MessageBox::deleteConnection("ERP");
        QCOMPARE(q.title, title);
        QCOMPARE(q.text, text);
        QCOMPARE(q.confirmText, confirm);
        QVERIFY(q.destructive);
        QVERIFY2(q.informativeText.contains("401"), qPrintable(q.informativeText));
        QVERIFY2(q.informativeText.contains(consequence), qPrintable(q.informativeText));
        if (which == 2)
            QVERIFY(q.informativeText.contains("ERP"));
    }

    void preAnswerIsGivenAtOnceAndConsumed_data()
    {
        QTest::addColumn<MessageBox::Answer>("answer");
        QTest::newRow("cancel") << MessageBox::Answer::Cancel;
        QTest::newRow("confirm") << MessageBox::Answer::Confirm;
        QTest::newRow("alternative") << MessageBox::Answer::Alternative;
    }

    void preAnswerIsGivenAtOnceAndConsumed()
    {
        QFETCH(MessageBox::Answer, answer);
        MessageBox box;
        box.setNextAnswer(answer);
        QVERIFY(box.hasPendingAnswers());
        std::optional<MessageBox::Answer> got;
        box.ask(nullptr, MessageBox::regenerateSecret(), this,
                [&got](MessageBox::Answer a) { got = a; });
        QCOMPARE(got, answer); // before ask() returned: no event loop, no timer
        QVERIFY(!box.hasPendingAnswers());
        QCOMPARE(box.askedCount(), 1);
        QCOMPARE(box.lastQuestion()->title, QStringLiteral("Confirm regeneration"));
        QCOMPARE(openBox(), nullptr); // nothing was shown
    }

    void preAnswersGoInOrder()
    {
        MessageBox box;
        box.setNextAnswer(MessageBox::Answer::Cancel);
        box.setNextAnswer(MessageBox::Answer::Confirm);
        QList<MessageBox::Answer> got;
        for (int i = 0; i < 2; ++i)
            box.ask(nullptr, MessageBox::deleteConnection("x"), this,
                    [&got](MessageBox::Answer a) { got.append(a); });
        QCOMPARE(got, (QList<MessageBox::Answer>{MessageBox::Answer::Cancel,
                                                 MessageBox::Answer::Confirm}));
    }

    void instancesDoNotShareAnswers()
    {
        MessageBox first;
        first.setNextAnswer(MessageBox::Answer::Confirm);
        MessageBox second;
        QVERIFY(!second.hasPendingAnswers());
    }

    void destructiveBoxDefaultsToCancel()
    {
        QMessageBox *box = MessageBox::create(nullptr, MessageBox::deleteConnection("ERP"));
        auto *confirm = box->findChild<QPushButton *>("confirmButton");
        auto *cancel = box->findChild<QPushButton *>("cancelButton");
        QVERIFY(confirm && cancel);
        QCOMPARE(confirm->text(), QStringLiteral("Delete"));
        QCOMPARE(box->buttonRole(confirm), QMessageBox::AcceptRole);
        QCOMPARE(box->defaultButton(), cancel);
        QCOMPARE(box->escapeButton(), cancel);
        QVERIFY(confirm->property("destructive").toBool());
        QCOMPARE(box->windowTitle(), QStringLiteral("Confirm deletion"));
        QVERIFY(!confirm->accessibleName().isEmpty());
        delete box;
    }

    void nonDestructiveBoxDefaultsToConfirm()
    {
        QMessageBox *box = MessageBox::create(nullptr, MessageBox::unsavedChanges());
        auto *confirm = box->findChild<QPushButton *>("confirmButton");
        QVERIFY(confirm);
        QCOMPARE(box->defaultButton(), confirm);
        QVERIFY(box->findChild<QPushButton *>("alternativeButton"));
        delete box;
    }

    void shownBoxAnswersWithTheClickedButton_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<MessageBox::Answer>("expected");
        QTest::newRow("confirm") << "confirmButton" << MessageBox::Answer::Confirm;
        QTest::newRow("cancel") << "cancelButton" << MessageBox::Answer::Cancel;
        QTest::newRow("escape") << QString() << MessageBox::Answer::Cancel;
    }

    void shownBoxAnswersWithTheClickedButton()
    {
        QFETCH(QString, button);
        QFETCH(MessageBox::Answer, expected);
        MessageBox messageBox;
        QWidget parent;
        parent.show();
        std::optional<MessageBox::Answer> got;
        messageBox.ask(&parent, MessageBox::regeneratePassword(), this,
                       [&got](MessageBox::Answer a) { got = a; });
        QVERIFY(!got); // open(), not exec(): ask() returned with the box still open
        QMessageBox *box = openBox();
        QVERIFY(box);
        if (button.isEmpty())
            QTest::keyClick(box, Qt::Key_Escape);
        else
            box->findChild<QPushButton *>(button)->click();
        QCOMPARE(got, expected);
    }

    void answerIsDroppedWhenContextIsGone()
    {
        MessageBox messageBox;
        auto *context = new QObject;
        bool called = false;
        messageBox.ask(nullptr, MessageBox::regenerateSecret(), context,
                       [&called](MessageBox::Answer) { called = true; });
        delete context;
        QMessageBox *box = openBox();
        QVERIFY(box);
        box->findChild<QPushButton *>("confirmButton")->click();
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
