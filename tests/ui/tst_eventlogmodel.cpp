// The event logs model of the window (docs/pim-api.md §8.7) under QAbstractItemModelTester:
// entries appended page by page, each with its context as one child row of indented JSON, and
// an entry without a context (null, [] or {}) with nothing to unfold.
#include "domain/EventLog.h"
#include "events/EventLogModel.h"
#include "events/EventLogTree.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EventLogEntry entry(int n, const QByteArray &context,
                    const QByteArray &message = "The endpoint returned an error.")
{
    QString error;
    const std::optional<SymfonyJson> json = SymfonyJson::parse(
        R"({"id":"log-)" + QByteArray::number(n) + R"(","timestamp":)" +
            QByteArray::number(1767225600 - n) + R"(,"level":"error","message":")" + message +
            R"(","connection_code":"shop","context":)" + context + "}",
        &error);
    if (!json)
        qFatal("test entry: %s", qPrintable(error));
    const std::optional<EventLogEntry> parsed = EventLogEntry::fromJson(*json, &error);
    if (!parsed)
        qFatal("test entry: %s", qPrintable(error));
    return *parsed;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void contextRows_data();
    void contextRows();
    void pagesAppendInOneInsertionEach();
    void aPageJustAddedIsNotTakenForTheEnd();
    void rowsAreAsHighAsTheStandardDelegateMakesThem();
    void datesAreShownInLocalTimeAndFollowTheEntries();
};

void TestEventLogModel::contextRows_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<bool>("unfolds");
    QTest::newRow("object") << QByteArray(R"({"status_code":500,"headers":{"a":["b"]}})") << true;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("empty array, from PHP") << QByteArray("[]") << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
}

void TestEventLogModel::contextRows()
{
    QFETCH(QByteArray, context);
    QFETCH(bool, unfolds);
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({entry(1, context)});
    const QModelIndex row = model.index(0, EventLogModel::MessageColumn);
    QCOMPARE(row.data().toString(), u"The endpoint returned an error."_s);
    QCOMPARE(model.index(0, EventLogModel::LevelColumn).data().toString(), u"ERROR"_s);
    QCOMPARE(model.index(0, EventLogModel::LevelColumn).data(EventLogModel::LevelRole).toString(),
             u"error"_s);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.hasContext(0), unfolds);
    QCOMPARE(model.rowCount(first), unfolds ? 1 : 0);
    QCOMPARE(bool(model.flags(first) & Qt::ItemNeverHasChildren), !unfolds);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only the first column has the context
    if (!unfolds)
        return;
    const QModelIndex child = model.index(0, 0, first);
    QCOMPARE(child.parent(), first);
    QCOMPARE(child.data(EventLogModel::IsContextRole).toBool(), true);
    // Indented JSON, keys in the PIM's order, as plain text.
    QCOMPARE(child.data().toString(), model.entryAt(0).contextText());
    QVERIFY(child.data().toString().startsWith(u"{\n"_s));
    QVERIFY(child.data().toString().indexOf(u"status_code"_s) <
            child.data().toString().indexOf(u"headers"_s));
}

void TestEventLogModel::pagesAppendInOneInsertionEach()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int page = 0; page < 40; ++page) {
        QList<EventLogEntry> entries;
        for (int i = 0; i < EventLogPage::PageSize; ++i)
            entries.append(entry(page * EventLogPage::PageSize + i,
                                 i % 2 ? QByteArray("[]") : QByteArray(R"({"n":1})")));
        model.append(entries);
    }
    model.append({}); // an empty last page adds nothing
    QCOMPARE(inserted.size(), 40);
    QCOMPARE(model.entryCount(), 1000);
    QCOMPARE(inserted.constLast().at(1).toInt(), 975);
    QCOMPARE(inserted.constLast().at(2).toInt(), 999);
    QCOMPARE(model.entryAt(999).id, u"log-999"_s);
    QVERIFY(!model.hasContext(998)); // page 39, entry 23: "[]"
    QVERIFY(model.hasContext(999));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.contextText(0), QString());
}

void TestEventLogModel::aPageJustAddedIsNotTakenForTheEnd()
{
    // The tree asks for the next page when its last rows come near (EventLogTree::nearEnd). A
    // page just appended is laid out on a zero timer: a check made before it (a scroll, or the
    // check that follows the insertion, whichever comes first) must still see the new rows.
    EventLogModel model;
    EventLogTree tree(&model);
    tree.resize(600, 400);
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tree));
    const auto page = [&model](int first) {
        QList<EventLogEntry> entries;
        for (int i = 0; i < EventLogPage::PageSize; ++i)
            entries.append(entry(first + i, QByteArray("[]")));
        model.append(entries);
    };
    page(0);
    QCoreApplication::processEvents();
    // A view of 20 rows.
    const int rowHeight = tree.visualRect(model.index(0, 0)).height();
    QVERIFY(rowHeight > 0);
    tree.resize(600, tree.height() - tree.viewport()->height() + 20 * rowHeight);
    QCoreApplication::processEvents();
    QScrollBar *bar = tree.verticalScrollBar();
    const int rowsInView = EventLogPage::PageSize - bar->maximum();
    // The first page fills the view and comes within NearEndRows of its end; two pages do not.
    QVERIFY2(bar->maximum() > 0 && bar->maximum() <= EventLogTree::NearEndRows,
             qPrintable(u"max %1"_s.arg(bar->maximum())));
    QVERIFY(2 * EventLogPage::PageSize - rowsInView > EventLogTree::NearEndRows);

    QSignalSpy nearEnd(&tree, &EventLogTree::nearEnd);
    page(EventLogPage::PageSize);
    emit bar->valueChanged(bar->value()); // a check before the view's own layout
    QCOMPARE(nearEnd.size(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(nearEnd.size(), 0);
    QCOMPARE(bar->maximum(), 2 * EventLogPage::PageSize - rowsInView);
}

void TestEventLogModel::rowsAreAsHighAsTheStandardDelegateMakesThem()
{
    // The tree works an entry's row height out once per font (EventLogTree::Delegate); a plain
    // tree with the standard delegate lays every text out. Same heights, for texts the font
    // draws alone and for texts other fonts help with, for a text with a line break (two lines
    // high), for an unfolded context, after a change of font; and the same widths for "resize
    // to contents".
    EventLogModel model;
    model.append({entry(0, "[]"), entry(1, R"({"status_code":500,"body":"x"})"),
                  entry(2, "[]", "同期に失敗しました"), entry(3, "[]", "Colis 📦 reçu"),
                  entry(4, "[]", "فشل الإرسال"), entry(5, "[]", ""),
                  entry(6, "[]", "Ünïcödé ÀÉÎÕÜ ñ ß ø"),
                  entry(7, "[]", R"(Two lines:\nthe second)"), entry(8, "[]", "𝔄 ⨌ ∮ ⟰")});
    EventLogTree tree(&model);
    QTreeView plain;
    plain.setModel(&model);
    for (QTreeView *view : {static_cast<QTreeView *>(&tree), &plain}) {
        view->setUniformRowHeights(false);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        view->setRootIsDecorated(true);
        view->resize(700, 500);
        view->header()->resizeSection(0, 150);
        view->header()->resizeSection(1, 80);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        view->expand(model.index(1, 0));
    }
    plain.setFirstColumnSpanned(0, model.index(1, 0), true); // as the tree spans a context
    const auto compare = [&](const char *when) {
        QCoreApplication::processEvents();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QVERIFY2(tree.visualRect(index).height() == plain.visualRect(index).height(),
                     qPrintable(u"%1: row %2: %3 against %4"_s.arg(QLatin1String(when))
                                    .arg(row)
                                    .arg(tree.visualRect(index).height())
                                    .arg(plain.visualRect(index).height())));
            QCOMPARE(tree.visualRect(index).top(), plain.visualRect(index).top());
        }
        // A message with a line break is two lines high, as the standard delegate shows it.
        QVERIFY(tree.visualRect(model.index(7, 0)).height() >
                tree.visualRect(model.index(0, 0)).height());
        const QModelIndex context = model.index(0, 0, model.index(1, 0));
        QVERIFY(context.isValid());
        QVERIFY(tree.visualRect(context).height() > tree.visualRect(model.index(0, 0)).height());
        QCOMPARE(tree.visualRect(context).height(), plain.visualRect(context).height());
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(tree.sizeHintForColumn(column),
                     static_cast<QAbstractItemView &>(plain).sizeHintForColumn(column));
    };
    compare("default font");
    QFont bigger = tree.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    tree.setFont(bigger);
    plain.setFont(bigger);
    compare("bigger font");
}

void TestEventLogModel::datesAreShownInLocalTimeAndFollowTheEntries()
{
    // The date of a row is made once (asked at each paint); it stays that of the row's entry
    // when the list is cleared and filled again.
    EventLogModel model;
    const auto shown = [](const EventLogEntry &e) {
        return QLocale().toString(e.dateTime().toLocalTime(), QLocale::ShortFormat);
    };
    const EventLogEntry a = entry(0, "[]");
    const EventLogEntry b = entry(100000, "[]"); // a day and a bit earlier
    QVERIFY(shown(a) != shown(b));
    model.append({a, b});
    const QModelIndex first = model.index(0, EventLogModel::DateTimeColumn);
    QCOMPARE(first.data().toString(), shown(a));
    QCOMPARE(first.data().toString(), shown(a));
    QCOMPARE(model.index(1, EventLogModel::DateTimeColumn).data().toString(), shown(b));
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), shown(a));
    model.clear();
    model.append({b});
    QCOMPARE(model.index(0, EventLogModel::DateTimeColumn).data().toString(), shown(b));
    model.append({a});
    QCOMPARE(model.index(1, EventLogModel::DateTimeColumn).data().toString(), shown(a));
}

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
