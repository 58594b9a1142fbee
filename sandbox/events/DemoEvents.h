#pragma once

#include <QString>

class Clock;
class Store;

// --seed demo's event subscription (docs/pim-api.md §8): the destination subscribes to product
// events at a local URL, and its event logs hold some of each level (§8.7) from the last day:
// requests sent, events not sent, the hourly limit (PIM-wide) and endpoint errors. Their ids
// and times follow the clock, so a run with --today shows the same logs.
class DemoEvents
{
public:
    static constexpr char Url[] = "http://127.0.0.1:8081/akeneo-events";

    DemoEvents(Store &store, const Clock &clock);

    // `subscriber` gets the subscription; `author` is the connection whose changes the logs show.
    bool write(const QString &subscriber, const QString &author);

private:
    Store &m_store;
    const Clock &m_clock;
};
