#pragma once

#include <QByteArray>
#include <QString>

// Fills the app's own stores (the default cache file and settings of the current HOME/XDG
// folders) with one PIM instance named `name` (made current when `makeCurrent`), whose cache
// holds `count` connections of the three flow types, each with a distinct PNG logo, a few
// wrong-credentials marks, roles and groups: what the app shows at start before any network
// call; its address is http://127.0.0.1:`port` (offline, never called). Returns an empty string on success, else what went wrong.
QString seedCachedInstance(int count, const QString &name = QStringLiteral("Benchmark PIM"),
                           bool makeCurrent = true, int port = 9);

// The PNG logo (240×240) of the connection number `index`; the same bytes for the same index.
QByteArray benchLogoPng(int index);
