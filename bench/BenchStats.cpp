#include "BenchStats.h"

QString seriesLine(const QString &name, const Series &series, const QString &unit)
{
    return QStringLiteral("  %1 %2 %3  (min %4, max %5)")
        .arg(name, -44)
        .arg(series.median(), 8, 'f', 1)
        .arg(unit)
        .arg(series.min(), 0, 'f', 1)
        .arg(series.max(), 0, 'f', 1);
}

QString ratioLine(const QString &name, double ratio, double target)
{
    return QStringLiteral("  ratio %1 %2  (target <= %3: %4)")
        .arg(name, -38)
        .arg(ratio, 8, 'f', 2)
        .arg(target, 0, 'f', 2)
        .arg(ratio <= target ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

QString differenceLine(const QString &name, double difference, double target, const QString &unit)
{
    return QStringLiteral("  %1 %2 %3  (target <= +%4: %5)")
        .arg(name, -44)
        .arg(difference, 8, 'f', 1)
        .arg(unit)
        .arg(target, 0, 'f', 1)
        .arg(difference <= target ? QStringLiteral("met") : QStringLiteral("MISSED"));
}
