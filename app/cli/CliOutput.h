#pragma once

#include "domain/Connection.h"
#include "domain/WrongCredentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// What pim-connections-cli prints: the PIM's JSON (byte for byte as the PIM writes it, via
// SymfonyJson) or readable, translated text.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    // Shape A items in the PIM's order (docs/pim-api.md §2), one line, then a line end.
    static QByteArray listJson(const QList<Connection> &connections);
    // Shape B in the PIM's key order; "password" is null unless the credentials have one.
    static QByteArray detailsJson(const ConnectionDetails &details);
    // The update route's body (docs/pim-api.md §2, "POST /rest/connections/{code}"), in its
    // key order: the settings without the credentials.
    static QByteArray updateJson(const ConnectionUpdate &update);
    // The regenerate-password route's answer: {"password":"..."}.
    static QByteArray passwordJson(const QString &password);

    // A table: code, label, flow type, tracked; "!" marks a client ID used with another
    // user's username (docs/pim-api.md §2, wrong-credentials-combination).
    static QString listTable(const QList<Connection> &connections, const WrongCredentials &wrong);

    struct DetailsText
    {
        bool credentialsKnown = true; // false: offline, never opened online
        bool secretKnown = true;      // false: offline and not kept in the keychain
        bool showCredentials = true;  // false: the settings only (update)
    };
    // "Label: ..." lines, then the credentials (the password only when the details carry one).
    static QString detailsText(const ConnectionDetails &details, const DetailsText &known);
    static QString detailsText(const ConnectionDetails &details)
    {
        return detailsText(details, DetailsText());
    }

    // "Offline: connections of NAME as of DATE (the app's offline copy)".
    static QString offlineNote(const QString &instanceName, const QDateTime &syncedAt);
    static QString dateTime(const QDateTime &utc);

    // To stdout, as it is (flushed).
    static void write(const QByteArray &bytes);
    static void write(const QString &text);
    // To stderr, each line after "pim-connections-cli: " (flushed).
    static void writeError(const QString &message);

    // Rows of cells in columns two spaces apart (the first row is the header); the columns
    // from `rightAlignedFrom` on are right-aligned (numbers), none when negative. Cells and
    // values go through printable() (table() and fields()), as do the lines of writeError().
    static QString table(const QList<QStringList> &rows, qsizetype rightAlignedFrom = -1);
    // "Name:  value" lines, the values aligned.
    static QString fields(const QList<QPair<QString, QString>> &lines);
    // Text from the PIM made safe for a terminal: C0 and C1 controls and DEL become "\x1B",
    // the bidirectional marks and overrides "\u202E"; the rest is kept. For every readable
    // output of what the PIM sent (not for --json nor --csv, which are data).
    static QString printable(const QString &text);
    static QString yesNo(bool value); // "yes", "no", translated
};
