#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// The command line of pim-sandbox (see --help).
struct SandboxOptions
{
    struct Account
    {
        QString username;
        QString password;
    };
    struct App
    {
        QString code;
        QString label;
    };

    enum class Outcome { Run, Help, Version, Error };

    quint16 port = 8080;
    QString host = QStringLiteral("127.0.0.1");
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    QString dataDirectory; // empty: a temporary store removed at exit
    Account admin{QStringLiteral("admin"), QStringLiteral("admin")};
    QList<Account> users; // without "Manage connections settings"
    QString seed = QStringLiteral("demo");
    int tokenTtlSeconds = 3600;
    int sessionTtlSeconds = 3600;
    // A request whose headers take longer than this from its first byte is answered 408.
    int headerTimeoutSeconds = 20;
    QList<App> apps;
    // --today: where the clock starts (then it runs on); invalid: the system clock.
    QDateTime clockStart;
    // --timezone: the IANA id of the admin's time zone (docs/pim-api.md §10).
    QString adminTimeZone = QStringLiteral("UTC");
    // --no-events-api: the event subscription routes (docs/pim-api.md §8) answer 404, as on a
    // PIM after the Events API was retired.
    bool eventsApi = true;
    // --webhook-any-host: event requests and URL tests may go to any host, not only loopback.
    bool webhookAnyHost = false;
    // --webhook-timeout: how long an event request may take (the PIM's webhook_timeout, §8.6).
    int webhookTimeoutMs = 500;

    // Fills *options, or says why not in *message (Error), or gives the text to print (Help,
    // Version). Errors are the caller's exit code 2.
    static Outcome parse(const QStringList &arguments, SandboxOptions *options, QString *message);
};
