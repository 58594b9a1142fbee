#pragma once

#include <QByteArray>
#include <QString>

// Points HOME and the XDG folders at `home` (PIM_BENCH_HOME, when set, instead: a folder to keep,
// to profile the app by hand), sets offscreen unless told otherwise, and asks the app to quit at
// its first painted overview (PIM_CONNECTIONS_FIRST_PAINT_EXIT). Call it before any Qt object
// reads the environment. False (with a message on stderr) when the folder cannot be made.
bool useBenchHome(const QString &home);

// Fills the app's own stores (the default cache file and settings of the current HOME/XDG
// folders) with one PIM instance named `name` (made current when `makeCurrent`), whose cache
// holds `count` connections of the three flow types, each with a distinct PNG logo, a few
// wrong-credentials marks, roles and groups: what the app shows at start before any network
// call; its address is http://127.0.0.1:`port` (offline, never called). Returns an empty string on
// success, else what went wrong.
QString seedCachedInstance(int count, const QString &name = QStringLiteral("Benchmark PIM"),
                           bool makeCurrent = true, int port = 9);

// The PNG logo (240×240) of the connection number `index`; the same bytes for the same index.
QByteArray benchLogoPng(int index);
// Its thumbnail, as the app stores it in the cache once it has decoded the logo on a screen of
// device pixel ratio 1 (offscreen's).
QByteArray benchLogoThumbnail(int index);
