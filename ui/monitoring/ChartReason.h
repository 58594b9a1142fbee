#pragma once

#include "domain/Connection.h"
#include "domain/FlowType.h"
#include "domain/WrongCredentials.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// What the window knows about the connections beside the dashboard's numbers: the workspace's
// list (flow type, "Track in Data flows dashboard"), the wrong-credentials marks, and which
// connections the PIM counted in a chart.
struct ChartFacts
{
    FlowType flowType = FlowType::Source; // the connections the chart counts
    QList<Connection> connections;        // the workspace's list (Apps are not in it)
    WrongCredentials wrongCredentials;
    QStringList counted;    // the codes of the PIM's answer, "<all>" left out
    bool canCreate = false; // a connection can be created now (online, with the right)
};

// Why a Data flows chart has nothing to show, in the PIM's words where it has some
// (docs/pim-api.md §10, "Words"): there is no tracked connection of the chart's flow type, the
// one chosen is not tracked, its connector uses another user's username (§5: such calls are
// not counted), or it has the flow type "Other" (never counted, §10 "Counted connections").
// The texts are rich text; their links are "create" (a new connection) and "settings:CODE" (the
// connection's page, where tracking is turned on).
class ChartReason
{
    Q_DECLARE_TR_FUNCTIONS(ChartReason)

public:
    // `selected` is "<all>" or a connection's code; `allZero` says the chart's counts are all 0.
    // Empty when the chart should be drawn.
    static QString forSelection(const ChartFacts &facts, const QString &selected, bool allZero);

    static QString createLink() { return QStringLiteral("create"); }
    static QString settingsLink(const QString &code);
    // The code of a "settings:CODE" link, nullopt for another link.
    static std::optional<QString> settingsCode(const QString &link);

private:
    static QString forAll(const ChartFacts &facts, bool allZero);
    static QString noTracked(const ChartFacts &facts);
    static QString wrongUsername(const ChartFacts &facts, const QStringList &codes);
};
