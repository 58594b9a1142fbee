#pragma once

#include <Qt>

// What a DayChart reads from its model, row by row (column 0): the roles of
// monitoring/DataFlowsChartModel, which takes its values from here. The name of what is counted
// is the horizontal header of column 1. A header of its own, so that the charts module
// (ui/charts) needs no code of the monitoring screens.
namespace DayChartRoles {
enum : int {
    Date = Qt::UserRole + 1, // QDate of the row
    Count,                   // qint64 count of the row
    PreviousDay,             // bool: the day before the week
};
inline constexpr int NameColumn = 1;
} // namespace DayChartRoles
