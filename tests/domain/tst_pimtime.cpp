// Times and days as the PIM writes them (docs/pim-api.md §9.1, §10), and their display zone.
#include "domain/PimTime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPimTime : public QObject
{
    Q_OBJECT

private slots:
    void timestamps_data();
    void timestamps();
    void notTimestamps_data();
    void notTimestamps();
    void days_data();
    void days();
    void toLocal();
};

void TestPimTime::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QString>("written");
    const QDateTime midnight(QDate(2020, 1, 7), QTime(0, 0), Qt::UTC);
    QTest::newRow("PHP's ATOM, UTC")
        << u"2020-01-07T00:00:00+00:00"_s << midnight << u"2020-01-07T00:00:00+00:00"_s;
    QTest::newRow("Z") << u"2020-01-07T00:00:00Z"_s << midnight << u"2020-01-07T00:00:00+00:00"_s;
    QTest::newRow("an offset is kept")
        << u"2020-01-07T02:00:00+02:00"_s << midnight << u"2020-01-07T02:00:00+02:00"_s;
    QTest::newRow("a negative offset")
        << u"2020-01-06T20:30:00-03:30"_s << midnight << u"2020-01-06T20:30:00-03:30"_s;
    QTest::newRow("milliseconds") << u"2020-01-07T00:00:00.250+00:00"_s << midnight.addMSecs(250)
                                  << u"2020-01-07T00:00:00+00:00"_s;
}

void TestPimTime::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    QFETCH(QString, written);
    QString error;
    const QDateTime time = PimTime::parseTimestamp(text, &error);
    QVERIFY2(time.isValid(), qPrintable(error));
    QCOMPARE(time.toUTC(), utc);
    QCOMPARE(PimTime::formatTimestamp(time), written);
}

void TestPimTime::notTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no zone") << u"2020-01-07T00:00:00"_s;
    QTest::newRow("a day") << u"2020-01-07"_s;
    QTest::newRow("month 13") << u"2020-13-07T00:00:00+00:00"_s;
    QTest::newRow("February 30") << u"2020-02-30T00:00:00+00:00"_s;
    QTest::newRow("hour 25") << u"2020-01-07T25:00:00+00:00"_s;
    QTest::newRow("spaces") << u" 2020-01-07T00:00:00+00:00"_s;
    QTest::newRow("words") << u"yesterday"_s;
}

void TestPimTime::notTimestamps()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!PimTime::parseTimestamp(text, &error).isValid());
    QVERIFY2(error.contains(u"is not a time with its zone"_s), qPrintable(error));
    QVERIFY(PimTime::formatTimestamp(QDateTime()).isEmpty());
}

void TestPimTime::days_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("day");
    QTest::newRow("a day") << u"2020-01-07"_s << QDate(2020, 1, 7);
    QTest::newRow("leap day") << u"2020-02-29"_s << QDate(2020, 2, 29);
    QTest::newRow("not a leap year") << u"2021-02-29"_s << QDate();
    QTest::newRow("one digit") << u"2020-1-7"_s << QDate();
    QTest::newRow("a time") << u"2020-01-07T00:00:00"_s << QDate();
    QTest::newRow("letters") << u"2020-0a-07"_s << QDate();
    QTest::newRow("slashes") << u"2020/01/07"_s << QDate();
}

void TestPimTime::days()
{
    QFETCH(QString, text);
    QFETCH(QDate, day);
    QCOMPARE(PimTime::parseDay(text), day);
    if (day.isValid())
        QCOMPARE(PimTime::formatDay(day), text);
}

void TestPimTime::toLocal()
{
    const QDateTime utc(QDate(2020, 7, 1), QTime(12, 0), Qt::UTC);
    const QDateTime berlin = PimTime::toLocal(utc, QTimeZone("Europe/Berlin"));
    QCOMPARE(berlin.time(), QTime(14, 0)); // summer time
    QCOMPARE(berlin, utc);                 // the same instant
    QCOMPARE(PimTime::toLocal(utc).toUTC(), utc);
    QVERIFY(!PimTime::toLocal(QDateTime()).isValid());
}

QTEST_GUILESS_MAIN(TestPimTime)
#include "tst_pimtime.moc"
