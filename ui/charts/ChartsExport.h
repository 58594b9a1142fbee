#pragma once

#include <QtGlobal>

// The charts module (ui/charts) is a shared library: what it exports.
#if defined(PIM_CHARTS_LIBRARY)
#define PIM_CHARTS_EXPORT Q_DECL_EXPORT
#else
#define PIM_CHARTS_EXPORT Q_DECL_IMPORT
#endif

class QAbstractItemModel;
class QWidget;

// The module's entry point, found by name (ChartModule): a DayChart over `model` in the colour
// of a Theme::Tone (given as its int).
extern "C" PIM_CHARTS_EXPORT QWidget *pim_create_day_chart(QAbstractItemModel *model, int tone,
                                                           QWidget *parent);
