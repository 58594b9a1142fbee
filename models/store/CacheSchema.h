#pragma once

#include <QString>

#include <functional>

// The tables of the cache and how each schema version leads to the next. The version is
// SQLite's `PRAGMA user_version`; the file is marked as ours with `PRAGMA application_id`.
//
// Version 1: instances (id, synced_at), connections (all non-secret fields), wrong_credentials.
// Version 2: adds the last known max-limit-reached flag, the roles and groups lists with a
//            "known" mark each, and the logos (encoded bytes keyed by image path).
// Version 3: adds the monitoring screens' data (docs/pim-api.md §9 to §11), each with the time
//            it was fetched: the Data flows dashboard's counts per report, connection and day;
//            the latest business errors per connection; the connected Apps (nothing secret)
//            and their monitoring settings.
// Version 4: adds the event subscriptions (docs/pim-api.md §8.2) without their secret, and the
//            last loaded page of event logs per connection (§8.7), each with its "as of" time.
// Version 5: adds the logos' thumbnails (tile-sized PNGs made by the app, NULL until made), so
//            that the overview is drawn at start without decoding any full-size logo.
// Version 6: moves the thumbnails to a table of their own (logo_thumbnails; logos.thumbnail is
//            left NULL): a column after the logo's bytes is reached through the whole chain of
//            pages the bytes overflow into, so reading 50 thumbnails read every full logo too
//            (0.47 ms against 0.09 ms for 50 logos of 60 KB, warm; megabytes read from the
//            disk, cold).
// Version 7: adds the connected Apps' logos (app_logos: the bytes downloaded from the App's own
//            server, by address), so that an App's tile shows its logo offline too.
namespace CacheSchema {

inline constexpr int CurrentVersion = 7;
// "PIMC": tells our file apart from any other SQLite file found at the same path.
inline constexpr int ApplicationId = 0x50494d43;

// Runs one SQL statement; false with *error set when it fails.
using Run = std::function<bool(const QString &sql, QString *error)>;

// Brings a database at `fromVersion` (0: empty) to CurrentVersion, step by step, inside the
// caller's transaction. Sets user_version and application_id as it goes.
bool migrate(int fromVersion, const Run &run, QString *error);

} // namespace CacheSchema
