#pragma once

#include <QString>

#include <optional>

class QSettings;

// The page the window showed when it closed, and of which PIM, so that the next start opens it
// again (MainWindow reads it once, when it opens that PIM first).
struct LastPage
{
    enum class Kind { Overview, Connection, DataFlows, ErrorMonitoring, App };

    QString instanceId;
    Kind kind = Kind::Overview;
    QString code; // the connection's (Connection, ErrorMonitoring, App)

    bool operator==(const LastPage &other) const = default;

    void save(QSettings &settings) const;
    // Nothing when none was saved or what was saved is not understood.
    static std::optional<LastPage> load(QSettings &settings);
};
