// The start-up benchmark's breakdown (bench/StartupBench.cpp): the phases a start marks
// (app/StartupPhases.h) come back to the launcher, through the line the program prints, as
// milliseconds after the spawn, in their order; a line or a pair that does not parse gives
// nothing rather than a wrong figure.
#include "ChildRun.h"
#include "StartupPhases.h"

#include <QTest>

class TestStartupPhases : public QObject
{
    Q_OBJECT

private slots:
    void marksComeBackAsMillisecondsAfterTheSpawn();
    void whatDoesNotParseIsLeftOut();
    void marksPastTheSixteenthAreDropped();
};

void TestStartupPhases::marksComeBackAsMillisecondsAfterTheSpawn()
{
    const long long spawn = StartupPhases::nowNs();
    QTest::qSleep(3);
    StartupPhases::mark("main");
    QTest::qSleep(20);
    StartupPhases::mark("window");

    const auto phases = parsePhases(StartupPhases::line(), spawn);
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).first, QByteArray("main"));
    QCOMPARE(phases.at(1).first, QByteArray("window"));
    QVERIFY2(phases.at(0).second >= 3, qPrintable(QString::number(phases.at(0).second)));
    const double between = phases.at(1).second - phases.at(0).second;
    QVERIFY2(between >= 20 && between < 10000, qPrintable(QString::number(between)));
}

void TestStartupPhases::whatDoesNotParseIsLeftOut()
{
    const auto phases =
        parsePhases("phases a=3000000 b= =5000000 c=x d=4500000 e=7000000x", 1000000);
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0).first, QByteArray("a"));
    QCOMPARE(phases.at(0).second, 2.0);
    QCOMPARE(phases.at(1).first, QByteArray("d"));
    QCOMPARE(phases.at(1).second, 3.5);
    QVERIFY(parsePhases("first-paint 12 40000", 0).isEmpty());
    QVERIFY(parsePhases("phases", 0).isEmpty());
}

void TestStartupPhases::marksPastTheSixteenthAreDropped()
{
    for (int i = 0; i < 20; ++i)
        StartupPhases::mark("more");
    const auto phases = parsePhases(StartupPhases::line(), 0);
    QCOMPARE(phases.size(), 16);
    QCOMPARE(phases.first().first, QByteArray("main")); // the first ones are kept
}

QTEST_APPLESS_MAIN(TestStartupPhases)
#include "tst_startupphases.moc"
