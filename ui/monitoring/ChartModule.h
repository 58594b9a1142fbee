#pragma once

#include "style/Theme.h"

#include <QString>

class QAbstractItemModel;
class QWidget;

// The charts module (ui/charts: Qt Charts, and OpenGL under it) is a shared library of its own,
// loaded when the first chart is made rather than with the program: the overview, shown at
// start, needs none of it (bench/README.md, start-up). It is looked for
//   - in PIM_CONNECTIONS_CHARTS_MODULE, a file path, when set (tests);
//   - installed: <prefix>/<libdir>/pim-connections/, relative to the program;
//   - in the build tree, for a program run from the build tree only.
// Loading it maps a few libraries (about 3 ms, once).
namespace ChartModule {

// A Data flows chart (charts/DayChart) over `model`, or nullptr with why in `*error` (the
// module is missing or is not ours).
QWidget *createDayChart(QAbstractItemModel *model, Theme::Tone tone, QWidget *parent,
                        QString *error);

// Loads the module now if it is not yet (createDayChart() does it at the first chart): true
// when it is loaded, else false with why in `*error`.
bool load(QString *error = nullptr);
// The file the module was loaded from; empty before it was, or when it could not be.
QString loadedFrom();

} // namespace ChartModule
