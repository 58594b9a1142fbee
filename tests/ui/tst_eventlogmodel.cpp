// The event logs model of the window (docs/pim-api.md §8.7) under QAbstractItemModelTester:
// entries appended page by page, each with its context as one child row of indented JSON, and
// an entry without a context (null, [] or {}) with nothing to unfold.
#include "domain/EventLog.h"
#include "events/EventLogModel.h"
#include "events/EventLogTree.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EventLogEntry entry(int n, const QByteArray &context)
{
    QString error;
    const std::optional<SymfonyJson> json = SymfonyJson::parse(
        R"({"id":"log-)" + QByteArray::number(n) + R"(","timestamp":)" +
            QByteArray::number(1767225600 - n) +
            R"(,"level":"error","message":"The endpoint returned an error.","connection_code":"shop","context":)" +
            context + "}",
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

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
