#pragma once

#include <QString>

// Fills the app's own stores (the default cache file and settings of the current HOME/XDG
// folders) with one PIM instance, made current, whose cache holds `count` connections of the
// three flow types, each with a distinct PNG logo, a few wrong-credentials marks, roles and
// groups: what the app shows at start before any network call.
// Returns an empty string on success, else what went wrong.
QString seedCachedInstance(int count);
