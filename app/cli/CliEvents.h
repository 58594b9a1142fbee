#pragma once

#include "domain/EventLog.h"
#include "domain/EventSubscription.h"

#include <QDateTime>
#include <QObject>

class CliConnectionCommands;
class Events;

// The event subscription and event log commands of pim-connections-cli (docs/pim-api.md §8):
// webhook, webhook-set, webhook-test, webhook-regenerate-secret, event-logs and
// event-logs-download, over the workspace's Events. Made by CliConnectionCommands once the
// workspace is ready (online, or --offline), as its child; it prints (CliOutput, PIM text made
// printable) and finishes through those commands, whose exit codes it follows. Where the PIM
// has no Events API (ApiError::Kind::Unavailable) it says so in one line, exit code 1.
class CliEvents : public QObject
{
    Q_OBJECT

public:
    explicit CliEvents(CliConnectionCommands *commands);

    static bool handles(const QString &command);
    void run();

private:
    void show();
    void set();
    void test();
    void regenerate();
    void logs();
    void download();

    void printSubscription(const EventSubscriptionForm &form);
    // Asks for the pages after `page` until the last (or MaxPages), then prints them all.
    void collectPages(const EventLogSearch &search, EventLogPage page, int pages);
    void printLogs(const EventLogPage &page);
    void noteAsOf(bool fromCache, const QString &sentence, const QDateTime &asOf);
    Events *events() const;

    static constexpr int MaxPages = 1000; // a PIM keeps far fewer (§8.7); a guard against loops
    CliConnectionCommands *m_commands;
};
