#include "domain/PimTime.h"

#include "domain/JsonRead.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PimTime {

QDateTime parseTimestamp(const QString &text, QString *error)
{
    // Date, time with optional fraction, then Z or an offset: nothing looser.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$)"));
    QDateTime time;
    if (shape.match(text).hasMatch())
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        JsonRead::setError(
            error,
            QCoreApplication::translate("PimTime", "\"%1\" is not a time with its zone").arg(text));
        return {};
    }
    return time;
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    const QDateTime inOffset = time.toOffsetFromUtc(offset);
    const int minutes = qAbs(offset) / 60;
    return inOffset.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDateTime toLocal(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone) : QDateTime();
}

QDate parseDay(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

QString formatDay(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace PimTime
