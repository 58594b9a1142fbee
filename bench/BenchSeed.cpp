#include "BenchSeed.h"

#include "items/LogoDecoder.h"
#include "store/CacheDatabase.h"
#include "store/CacheSnapshot.h"
#include "store/InstanceRegistry.h"
#include "window/MainWindow.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QUrl>

#include <cstdio>

bool useBenchHome(const QString &temporary)
{
    const QString home = qEnvironmentVariableIsEmpty("PIM_BENCH_HOME")
                             ? temporary
                             : qEnvironmentVariable("PIM_BENCH_HOME");
    if (home.isEmpty() || !QDir().mkpath(home)) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return false;
    }
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PIM_CONNECTIONS_FIRST_PAINT_EXIT", "1");
    return true;
}

QByteArray benchLogoPng(int index)
{
    static QHash<int, QByteArray> made;
    if (const auto it = made.constFind(index); it != made.cend())
        return *it;
    QImage image(240, 240, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = QColor::fromHsv((index * 47) % 360, 160, 200);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(30, 30, 180, 180));
    painter.setBrush(color.darker(160));
    painter.drawRect(QRectF(70 + index % 5 * 10, 90, 100, 60));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    made.insert(index, bytes);
    return bytes;
}

QByteArray benchLogoThumbnail(int index)
{
    static QHash<int, QByteArray> made;
    if (const auto it = made.constFind(index); it != made.cend())
        return *it;
    // Made on the benchmarks' screen: offscreen, device pixel ratio 1.
    const QByteArray png = LogoDecoder::thumbnailPng(QImage::fromData(benchLogoPng(index), "PNG"),
                                                     MainWindow::tileBound(1.0));
    made.insert(index, png);
    return png;
}

namespace {

FlowType flowTypeOf(int index)
{
    // 40 % sources, 40 % destinations, 20 % others: every section drawn.
    switch (index % 5) {
    case 0:
    case 1:
        return FlowType::Source;
    case 2:
    case 3:
        return FlowType::Destination;
    default:
        return FlowType::Other;
    }
}

} // namespace

QString seedCachedInstance(int count, const QString &name, bool makeCurrent, int port)
{
    InstanceRegistry registry(std::make_unique<QSettings>());
    QString error;
    const QString id = registry.add(name, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                    QStringLiteral("admin"), &error);
    if (id.isEmpty())
        return QStringLiteral("cannot register the instance: %1").arg(error);
    if (makeCurrent)
        registry.setCurrent(id);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CacheSnapshot snapshot;
    for (int i = 0; i < count; ++i) {
        CachedConnection cached;
        cached.connection.code =
            QStringLiteral("connection_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        cached.connection.label = QStringLiteral("Connection %1").arg(i + 1);
        cached.connection.flowType = flowTypeOf(i);
        cached.connection.auditable = cached.connection.flowType != FlowType::Other;
        // Every fifth has no image: its tile draws the initials placeholder.
        if (i % 5 != 4) {
            cached.connection.image = QStringLiteral("a/b/c/%1_logo.png").arg(i + 1);
            snapshot.logos.insert(cached.connection.image, benchLogoPng(i));
            // What the app keeps after its first decode of each logo (see LogoCache).
            snapshot.logoThumbnails.insert(cached.connection.image, benchLogoThumbnail(i));
        }
        cached.hasDetails = true;
        cached.clientId = QStringLiteral("%1_bench%2").arg(i + 1).arg(i * 7919 % 100000);
        cached.username = QStringLiteral("connection_%1_1234").arg(i + 1);
        cached.userRoleId = QStringLiteral("1");
        cached.userGroupId = QStringLiteral("2");
        cached.detailsFetchedAt = now;
        snapshot.connections.append(cached);
    }
    for (int i = 0; i < count; i += 9)
        snapshot.wrongCredentials.byCode.insert(snapshot.connections.at(i).code(),
                                                {{QStringLiteral("someone"), now.addDays(-1)}});
    snapshot.maxLimitReached = count >= 50;
    snapshot.roles =
        QList<UserRole>{{QStringLiteral("1"), QStringLiteral("ROLE_USER"), QStringLiteral("User"),
                         QStringLiteral("default")},
                        {QStringLiteral("2"), QStringLiteral("ROLE_CATALOG_MANAGER"),
                         QStringLiteral("Catalog manager"), QStringLiteral("default")}};
    snapshot.groups = QList<UserGroup>{{QStringLiteral("1"), QStringLiteral("All"), true},
                                       {QStringLiteral("2"), QStringLiteral("IT support"), false}};
    snapshot.syncedAt = now;

    CacheDatabase database(CacheDatabase::defaultPath());
    const CacheOpenResult opened = database.open();
    if (!opened.isUsable())
        return QStringLiteral("cannot open the cache: %1").arg(opened.message);
    const CacheStatus stored = database.replaceSnapshot(id, snapshot);
    if (!stored.ok())
        return QStringLiteral("cannot fill the cache: %1").arg(stored.error);
    return QString();
}
