#pragma once

#include "store/ConnectionStore.h"

#include <QByteArray>
#include <QList>

#include <optional>

class Clock;
class Store;

// Who called the public API: the OAuth client and the user of the access token.
struct ApiCaller
{
    qint64 clientId = 0;
    qint64 userId = 0;
};

// What the PIM records when its public API is used, and for which connection
// (docs/pim-api.md §9.2 and §10). Counts go to the hour of the call; the PIM's hourly job for
// created and updated products is not imitated: they are counted at once.
class MonitoringRecorder
{
public:
    MonitoringRecorder(Store &store, const Clock &clock);

    // A product created or changed, counted for the connection whose user made the call (the
    // PIM counts versions by author), when that connection is a tracked source.
    void productSaved(const ApiCaller &caller, bool created);
    // Products sent to the caller, counted for the connection of the token's client when it was
    // used with its own username and is a tracked destination.
    void productsRead(const ApiCaller &caller, int count);
    // The errors of a call to a monitored route (create, update, delete): kept and counted for
    // the connection of the token's client when it was used with its own username and is a
    // tracked source ("collectable"). Each content is one business error's JSON.
    void errorsOccurred(const ApiCaller &caller, const QList<QByteArray> &businessErrors,
                        int technicalErrors);

private:
    // The connection of the token's client, when the call counts for it.
    std::optional<ConnectionStore::Record> callersConnection(const ApiCaller &caller) const;

    Store &m_store;
    const Clock &m_clock;
};
