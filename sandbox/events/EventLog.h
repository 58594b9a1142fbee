#pragma once

#include "domain/SymfonyJson.h"

#include <QString>
#include <QStringList>

#include <optional>

// One event log entry as the PIM's Events API debug logger writes it (docs/pim-api.md §8.7), and
// its words.
struct EventLog
{
    QString id;
    qint64 timestamp = 0; // seconds since the epoch, UTC
    QString level;        // info, notice, warning, error
    QString message;
    std::optional<QString> connectionCode; // none: PIM-wide, shown under every connection
    SymfonyJson context = SymfonyJson::object();

    // The search answer's item: the stored document plus "context_flattened".
    SymfonyJson toJson() const;
    // "context_flattened": every scalar of the context, in order, separated by spaces.
    QString flattenedContext() const;
    // One line of the download: "2021/03/02 04:30:11 NOTICE message {context}\n".
    QByteArray downloadLine() const;

    static QStringList levels(); // info, notice, warning, error

    static QString sentMessage();
    static QString sameConnectionMessage();
    static QString notFoundOrForbiddenMessage();
    static QString rateLimitMessage();
    static QString endpointErrorMessage();
    static QString timeoutMessage(int milliseconds);
};
