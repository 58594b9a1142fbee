// Test helper for tst_cacheatomicity: starts a big sync on the given cache file and SIGKILLs
// itself at the given statement of the transaction. Exits 0 only if it was not killed.
#include "store/CacheDatabase.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: cache_kill_helper <file> <instance> <statement>\n");
        return 2;
    }
    const int killAt = args[3].toInt();
    CacheDatabase db(args[1]);
    if (!db.open().isUsable())
        return 3;
    CacheSnapshot big;
    for (int i = 0; i < 60; ++i) {
        Connection c;
        c.code = QStringLiteral("killed_%1").arg(i);
        c.label = c.code;
        c.image = QStringLiteral("k/%1.png").arg(i);
        big.connections.append(CachedConnection::fromListItem(c));
        big.logos.insert(c.image, QByteArray(200 * 1024, char('a' + i % 26)));
    }
    db.setStatementHookForTesting([killAt](int n) {
        if (n == killAt)
            std::raise(SIGKILL);
        return true;
    });
    db.replaceSnapshot(args[2], big);
    return 0;
}
