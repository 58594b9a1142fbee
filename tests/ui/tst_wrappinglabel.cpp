// WrappingLabel: the heights it remembers are QLabel's own, for every width asked, and are
// forgotten when what they depend on changes; a text made selectable from the pointer becomes
// selectable when the pointer enters it, and looks the same before and after.
#include "widgets/WrappingLabel.h"

#include <QVBoxLayout>
#include <QtTest>

namespace {

const QString Short = QStringLiteral("Offline.");
const QString Long =
    QStringLiteral("Offline — showing connections as of 7 Dec 2026 03:42:57. Cannot reach "
                   "http://127.0.0.1:46237: Connection refused. Check the address and your network "
                   "connection, then try again.");
const QList<int> Widths{60, 120, 240, 480, 960, 120, 60, 2000};

// A plain QLabel set up as `label` is: what its heights must be.
void copySetUp(const WrappingLabel &label, QLabel *plain)
{
    plain->setWordWrap(label.wordWrap());
    plain->setTextFormat(label.textFormat());
    plain->setTextInteractionFlags(label.textInteractionFlags());
    plain->setFont(label.font());
    plain->setContentsMargins(label.contentsMargins());
    plain->setMargin(label.margin());
    plain->setIndent(label.indent());
    plain->setAlignment(label.alignment());
    plain->setLayoutDirection(label.layoutDirection());
    plain->setText(label.text());
}

} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void heightsAreQLabels_data();
    void heightsAreQLabels();
    void heightsAreForgottenWhenTheirInputsChange_data();
    void heightsAreForgottenWhenTheirInputsChange();
    void selectableFromThePointer_data();
    void selectableFromThePointer();
};

void TestWrappingLabel::heightsAreQLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("selectable");
    QTest::newRow("short") << Short << false;
    QTest::newRow("long") << Long << false;
    QTest::newRow("long, selectable") << Long << true;
}

void TestWrappingLabel::heightsAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(bool, selectable);
    WrappingLabel label;
    label.setText(text);
    if (selectable)
        label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QVERIFY(label.wordWrap());
    QVERIFY(label.hasHeightForWidth());
    QLabel plain;
    copySetUp(label, &plain);
    // Each width twice (the second from what is remembered), more widths than are remembered.
    for (int round = 0; round < 2; ++round) {
        for (int width : Widths)
            QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
    }
}

void TestWrappingLabel::heightsAreForgottenWhenTheirInputsChange_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("text") << 0;
    QTest::newRow("font") << 1;
    QTest::newRow("contents margins") << 2;
    QTest::newRow("margin") << 3;
    QTest::newRow("indent") << 4;
    QTest::newRow("text format") << 5;
    QTest::newRow("interaction flags") << 6;
    QTest::newRow("frame") << 7;
}

void TestWrappingLabel::heightsAreForgottenWhenTheirInputsChange()
{
    QFETCH(int, change);
    // The same change made to a WrappingLabel that has heights to forget, and to a new QLabel.
    auto makeChange = [change](QLabel *label) {
        switch (change) {
        case 0:
            label->setText(Short);
            break;
        case 1: {
            QFont larger = label->font();
            larger.setPointSizeF(larger.pointSizeF() * 2);
            label->setFont(larger);
            break;
        }
        case 2:
            label->setContentsMargins(0, 40, 0, 40);
            break;
        case 3:
            label->setMargin(30);
            break;
        case 4:
            label->setIndent(100);
            break;
        case 5:
            // Markup: <br> breaks the line where plain text shows the tag.
            label->setText(QStringLiteral("a<br>b<br>c<br>d"));
            label->heightForWidth(240);
            label->setTextFormat(Qt::RichText);
            break;
        case 6:
            label->setText(QStringLiteral("a b c"));
            label->heightForWidth(240);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            break;
        case 7:
            label->setFrameStyle(QFrame::Box | QFrame::Plain);
            label->setLineWidth(20);
            break;
        }
    };
    const int width = 240;
    WrappingLabel label;
    label.setText(Long);
    const int before = label.heightForWidth(width);
    makeChange(&label);

    QLabel plain;
    plain.setWordWrap(true);
    plain.setText(Long);
    makeChange(&plain);

    const int after = label.heightForWidth(width);
    QCOMPARE(after, plain.heightForWidth(width));
    if (change <= 4 || change == 7)
        QVERIFY2(after != before, "the change was meant to change the height");
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"

void TestWrappingLabel::selectableFromThePointer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("short") << Short << 300;
    QTest::newRow("long, wrapped") << Long << 300;
    QTest::newRow("long, one line") << Long << 1400;
}

void TestWrappingLabel::selectableFromThePointer()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new WrappingLabel(&window);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setSelectableFromPointer(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(label);
    layout->addStretch();
    window.resize(width, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!(label->textInteractionFlags() & Qt::TextSelectableByMouse)); // plain text yet
    const QSize size = label->size();
    const int height = label->heightForWidth(size.width());
    const QImage plain = label->grab().toImage();

    QEnterEvent enter(QPointF(2, 2), QPointF(2, 2), label->mapToGlobal(QPointF(2, 2)));
    QApplication::sendEvent(label, &enter);
    QCOMPARE(label->textInteractionFlags(),
             Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QCOMPARE(label->focusPolicy(), Qt::ClickFocus);
    // Nothing moves: the same place in the layout, the same height for its width, the same
    // pixels.
    QCOMPARE(label->size(), size);
    QCOMPARE(label->heightForWidth(size.width()), height);
    QCOMPARE(label->grab().toImage(), plain);

    // And the pointer selects.
    QVERIFY(!label->hasSelectedText());
    const int y = label->fontMetrics().height() / 2;
    QTest::mousePress(label, Qt::LeftButton, Qt::NoModifier, QPoint(1, y));
    QTest::mouseMove(label, QPoint(label->width() - 2, y));
    QTest::mouseRelease(label, Qt::LeftButton, Qt::NoModifier, QPoint(label->width() - 2, y));
    QVERIFY(label->hasSelectedText());
    QVERIFY(text.startsWith(label->selectedText().left(5)));
}
