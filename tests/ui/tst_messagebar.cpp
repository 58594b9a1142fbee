#include "domain/ApiError.h"
#include "widgets/MessageBar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestMessageBar : public QObject
{
    Q_OBJECT

private slots:
    void hiddenUntilAMessageComes()
    {
        MessageBar bar;
        QVERIFY(bar.isHidden());
        bar.showMessage(MessageBar::Type::Warning, "Some connections are not used with their own "
                                                   "username.");
        QVERIFY(!bar.isHidden());
        QCOMPARE(bar.type(), MessageBar::Type::Warning);
        QCOMPARE(bar.accessibleName(), QStringLiteral("Warning"));
        QVERIFY(bar.actionText().isEmpty());
        QVERIFY(bar.findChild<QPushButton *>("actionButton")->isHidden());
    }

    void actionButtonIsOffered()
    {
        MessageBar bar;
        QSignalSpy spy(&bar, &MessageBar::actionTriggered);
        bar.showError(ApiError::make(ApiError::Kind::Timeout), "Retry");
        QCOMPARE(bar.type(), MessageBar::Type::Error);
        QCOMPARE(bar.text(), ApiError::make(ApiError::Kind::Timeout).message());
        QCOMPARE(bar.actionText(), QStringLiteral("Retry"));
        auto *action = bar.findChild<QPushButton *>("actionButton");
        QCOMPARE(action->accessibleName(), QStringLiteral("Retry"));
        action->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!bar.isHidden()); // the caller decides what happens to the message
        // A new message without action hides the button again.
        bar.showMessage(MessageBar::Type::Info, "Offline.");
        QVERIFY(bar.actionText().isEmpty());
    }

    void closeButtonDismisses()
    {
        MessageBar bar;
        QSignalSpy spy(&bar, &MessageBar::dismissed);
        bar.showMessage(MessageBar::Type::Positive, "Connection successfully updated.");
        auto *close = bar.findChild<QToolButton *>("closeButton");
        QVERIFY(!close->accessibleName().isEmpty());
        close->click();
        QVERIFY(bar.isHidden());
        QCOMPARE(spy.count(), 1);
    }

    void mayBeNotClosable()
    {
        MessageBar bar;
        bar.setClosable(false);
        bar.showMessage(MessageBar::Type::Error, "The limit is reached.");
        QVERIFY(!bar.isClosable());
        QVERIFY(bar.findChild<QToolButton *>("closeButton")->isHidden());
    }

    void textCanBeSelected()
    {
        MessageBar bar;
        bar.showMessage(MessageBar::Type::Error, "HTTP 502");
        auto *label = bar.findChild<QLabel *>("messageText");
        // Selectable once the pointer is over it (WrappingLabel::setSelectableFromPointer()).
        QEnterEvent enter(QPointF(1, 1), QPointF(1, 1), label->mapToGlobal(QPointF(1, 1)));
        QApplication::sendEvent(label, &enter);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(label->textFormat(), Qt::PlainText); // a server's words are never HTML here
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
