// Text from the PIM is never interpreted as markup in the window: a label that looks like
// HTML shows as it is in the connection tiles' tooltips (which Qt would otherwise render as
// rich text) and in PlainText::toolTip() generally.
#include "domain/Connection.h"
#include "items/ConnectionListModel.h"
#include "overview/ConnectionTileDelegate.h"
#include "widgets/PlainText.h"

#include <QHelpEvent>
#include <QListView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

const QString Markup = u"<b>Evil</b> <img src=\"http://example.com/x.png\"> & <a href=x>y</a>"_s;

QString shownText(const QString &toolTip)
{
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void toolTipShowsTheTextAsItIs()
    {
        QVERIFY(Qt::mightBeRichText(Markup)); // as it is, Qt would render it
        QCOMPARE(shownText(PlainText::toolTip(Markup)), Markup);
        QCOMPARE(shownText(PlainText::toolTip(u"a\n\nb"_s)).split(u'\n', Qt::SkipEmptyParts),
                 QStringList({u"a"_s, u"b"_s})); // the lines stay lines
        QCOMPARE(PlainText::toolTip(QString()), QString());
    }

    void tileToolTipDoesNotInterpretTheLabel()
    {
        ConnectionListModel model;
        Connection connection;
        connection.code = u"evil"_s;
        connection.label = Markup;
        model.setConnections({connection});
        QListView view;
        auto *delegate = new ConnectionTileDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex index = model.index(0, 0);
        const QRect rect = view.visualRect(index);
        QVERIFY(rect.isValid());
        QStyleOptionViewItem option;
        option.rect = rect;
        option.fontMetrics = view.fontMetrics();
        QHelpEvent event(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
        QVERIFY(delegate->helpEvent(&event, &view, option, index));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(shownText(QToolTip::text()), Markup);
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
