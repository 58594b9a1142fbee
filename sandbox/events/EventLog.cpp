#include "EventLog.h"

#include <QDateTime>

namespace {

void flatten(const SymfonyJson &value, QStringList *out)
{
    switch (value.kind()) {
    case SymfonyJson::Kind::Array:
    case SymfonyJson::Kind::Object:
        for (qsizetype i = 0; i < value.size(); ++i)
            flatten(value.at(i), out);
        return;
    case SymfonyJson::Kind::Null:
        return;
    case SymfonyJson::Kind::Bool:
        out->append(value == SymfonyJson(true) ? QStringLiteral("true") : QStringLiteral("false"));
        return;
    default:
        out->append(value.scalarText());
        return;
    }
}

} // namespace

SymfonyJson EventLog::toJson() const
{
    return SymfonyJson::object({{QStringLiteral("id"), id},
                                {QStringLiteral("timestamp"), timestamp},
                                {QStringLiteral("level"), level},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("connection_code"),
                                 connectionCode ? SymfonyJson(*connectionCode) : SymfonyJson()},
                                {QStringLiteral("context"), context},
                                {QStringLiteral("context_flattened"), flattenedContext()}});
}

QString EventLog::flattenedContext() const
{
    QStringList words;
    flatten(context, &words);
    return words.join(QLatin1Char(' '));
}

QByteArray EventLog::downloadLine() const
{
    const QString when = QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC)
                             .toString(QStringLiteral("yyyy/MM/dd HH:mm:ss"));
    return when.toUtf8() + ' ' + level.toUpper().toUtf8() + ' ' + message.toUtf8() + ' ' +
           context.toJson() + '\n';
}

QStringList EventLog::levels()
{
    return {QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warning"),
            QStringLiteral("error")};
}

QString EventLog::sentMessage()
{
    return QStringLiteral("The API event request was sent.");
}

QString EventLog::sameConnectionMessage()
{
    return QStringLiteral("The event was not sent because it was raised by the same connection.");
}

QString EventLog::notFoundOrForbiddenMessage()
{
    return QStringLiteral("The event was not sent because the product does not exists or the "
                          "connection does not have the required permissions.");
}

QString EventLog::rateLimitMessage()
{
    return QStringLiteral("The maximum number of events sent per hour has been reached.");
}

QString EventLog::endpointErrorMessage()
{
    return QStringLiteral("The endpoint returned an error.");
}

QString EventLog::timeoutMessage(int milliseconds)
{
    return QStringLiteral("The endpoint failed to answer under %1 ms.").arg(milliseconds);
}
