// Test helper for tst_cacheatomicity: starts a big sync on the given cache file and SIGKILLs
// itself at the given statement of the transaction. Exits 0 only if it was not killed.
// With "fsize" for the statement: the sync runs under a file-size limit (RLIMIT_FSIZE) a little
// above the file's size, as on a full disk; it prints the sync's message and exits 4 when the
// sync failed, 0 when it did not.
#include "store/CacheDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
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
    if (args[3] == QLatin1String("fsize")) {
        // SIGXFSZ would kill the process: ignored, a write past the limit fails with EFBIG.
        std::signal(SIGXFSZ, SIG_IGN);
        const qint64 size = std::max(QFileInfo(args[1]).size(), QFileInfo(args[1] + "-wal").size());
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = rlim_t(size + 256 * 1024);
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 5;
        const CacheStatus status = db.replaceSnapshot(args[2], big);
        std::fputs(qPrintable(status.error + QLatin1Char('\n')), stdout);
        return status.ok() ? 0 : 4;
    }
    db.setStatementHookForTesting([killAt](int n) {
        if (n == killAt)
            std::raise(SIGKILL);
        return true;
    });
    db.replaceSnapshot(args[2], big);
    return 0;
}
