// LogoCache: one download per image path however many ask, decoding off the GUI thread with a
// size bound and a failure path, bytes fed from (and offered to) the offline cache, and the
// model's logo role changing when a logo is ready.
#include "items/ConnectionListModel.h"
#include "FakeNetworkAccessManager.h"
#include "items/LogoCache.h"
#include "items/LogoDecoder.h"
#include "ModelTestHelpers.h"
#include "net/PimSession.h"
#include "RouteTable.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using M = ConnectionListModel;

namespace {

QByteArray encoded(int width, int height, const char *format, QColor color = Qt::green)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray png(int width, int height, QColor color = Qt::green)
{
    return encoded(width, height, "PNG", color);
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG header that claims a huge picture: a decompression bomb must not be decoded.
QByteArray hugePngHeader()
{
    QByteArray ihdr("IHDR");
    char size[8];
    qToBigEndian<quint32>(100000, size);
    qToBigEndian<quint32>(100000, size + 4);
    ihdr.append(size, 8);
    ihdr.append("\x08\x06\x00\x00\x00", 5);
    char length[4];
    qToBigEndian<quint32>(13, length);
    char crc[4];
    qToBigEndian<quint32>(crc32(ihdr), crc);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(length, 4) + ihdr + QByteArray(crc, 4);
}

// Full logos read from a fake offline cache that answers `bytes`, noting in `asked` each path.
void answerFullLogos(LogoCache &cache, QStringList *asked, const QByteArray &bytes)
{
    cache.setEncodedSource(
        [asked, bytes](const QString &path, std::function<void(const QByteArray &)> done) {
            asked->append(path);
            done(bytes);
        });
}

const QString logoPath = u"a/b/c/d/1f_logo.png"_s;
const QString logoRoute = u"/media/show/a%2Fb%2Fc%2Fd%2F1f_logo.png/thumbnail"_s;

} // namespace

class TestLogoCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneDownloadPerPath();
    void downloadedBytesAreOfferedToTheOfflineCache();
    void decodingIsBounded();
    void garbageFails();
    void failedDownloadsAreNotRetriedUntilAsked();
    void bytesFedFromTheOfflineCache();
    void fullDecodeMakesAThumbnail();
    void thumbnailsWaitForTheDownloadsToEnd();
    void thumbnailServesUntilTheFullLogo();
    void fullLogoDownloadedWhenTheSourceHasNone();
    void newerBytesWin();
    void clearCancelsDownloads();
    void modelShowsTheLogoWhenReady();
    void keptThumbnailsDecodeWhenATileAsks();
    void tileImagesAreMadeAtTheTileBound();
    void thumbnailsTooSmallForTheScreenAreMadeAgain();
    void thumbnailsDecodedAheadAreDrawnAtOnce();
    void logosInAStreamAreAnnouncedAFrameAtATime();
    void pendingLogoRole();
    void decoder_data();
    void decoder();

private:
    FakeNetworkAccessManager *m_network = nullptr;
    PimSession *m_session = nullptr;
    LogoCache *m_cache = nullptr;
};

void TestLogoCache::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_session = new PimSession(m_network, this);
    QVERIFY(m_session->setBaseUrl(u"https://pim.test"_s));
    m_cache = new LogoCache(m_session, this);
}

void TestLogoCache::cleanup()
{
    delete m_cache;
    delete m_session;
    delete m_network;
}

void TestLogoCache::oneDownloadPerPath()
{
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(png(40, 20), "image/png").delayed(20));
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    m_cache->request(logoPath);
    m_cache->request(logoPath);
    QVERIFY(m_cache->isPending(logoPath));
    m_cache->request(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().first().toString(), logoPath);
    QCOMPARE(m_network->count("GET", logoRoute), 1);
    QCOMPARE(m_cache->logo(logoPath).size(), QSize(40, 20));
    QVERIFY(!m_cache->isPending(logoPath));
    m_cache->request(logoPath); // in memory: nothing more
    QTest::qWait(20);
    QCOMPARE(m_network->count("GET", logoRoute), 1);
    QCOMPARE(ready.size(), 1);
}

void TestLogoCache::downloadedBytesAreOfferedToTheOfflineCache()
{
    const QByteArray bytes = png(10, 10);
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(bytes, "image/png; charset=binary"));
    QSignalSpy downloaded(m_cache, &LogoCache::logoDownloaded);
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    m_cache->request(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(downloaded.size(), 1);
    QCOMPARE(downloaded.first().at(0).toString(), logoPath);
    QCOMPARE(downloaded.first().at(1).toByteArray(), bytes);
    QCOMPARE(downloaded.first().at(2).toString(), u"image/png"_s);
}

void TestLogoCache::decodingIsBounded()
{
    m_cache->setMaxLogoSize(QSize(100, 100));
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(png(800, 400), "image/png"));
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    m_cache->request(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_cache->logo(logoPath).size(), QSize(100, 50));
}

void TestLogoCache::garbageFails()
{
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes("not an image at all", "image/png"));
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    QSignalSpy failed(m_cache, &LogoCache::logoFailed);
    QSignalSpy downloaded(m_cache, &LogoCache::logoDownloaded);
    m_cache->request(logoPath);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().toString(), logoPath);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(ready.size(), 0);
    QCOMPARE(downloaded.size(), 0); // garbage is not offered for keeping
    QVERIFY(m_cache->hasFailed(logoPath));
    QVERIFY(m_cache->logo(logoPath).isNull());
}

void TestLogoCache::failedDownloadsAreNotRetriedUntilAsked()
{
    m_network->setAnswer("GET", logoRoute, FakeAnswer::html(404, "<html/>"));
    QSignalSpy failed(m_cache, &LogoCache::logoFailed);
    m_cache->request(logoPath);
    QVERIFY(failed.wait(5000));
    m_cache->request(logoPath);
    QTest::qWait(20);
    QCOMPARE(m_network->count("GET", logoRoute), 1);
    m_cache->retryFailed();
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(png(8, 8), "image/png"));
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    m_cache->request(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_network->count("GET", logoRoute), 2);
}

void TestLogoCache::bytesFedFromTheOfflineCache()
{
    LogoCache offline; // no session: nothing goes to the network
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    QSignalSpy downloaded(&offline, &LogoCache::logoDownloaded);
    offline.request(logoPath);
    QVERIFY(!offline.isPending(logoPath));
    offline.insertEncoded(logoPath, png(30, 30));
    QVERIFY(offline.isPending(logoPath));
    QVERIFY(ready.wait(5000));
    QCOMPARE(offline.logo(logoPath).size(), QSize(30, 30));
    QCOMPARE(downloaded.size(), 0);
    QCOMPARE(m_network->requests().size(), 0);

    // With a session, a logo fed from the cache is not downloaded again.
    QSignalSpy cacheReady(m_cache, &LogoCache::logoReady);
    m_cache->insertEncoded(logoPath, png(30, 30));
    QVERIFY(cacheReady.wait(5000));
    m_cache->request(logoPath);
    QTest::qWait(20);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestLogoCache::fullDecodeMakesAThumbnail()
{
    LogoCache offline;
    QSignalSpy made(&offline, &LogoCache::thumbnailMade);
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    offline.insertEncoded(logoPath, png(600, 300));
    QVERIFY(ready.wait(5000));
    QTRY_COMPARE(made.size(), 1); // encoded after the logo is shown
    // Decoded into what QPainter draws as is: premultiplied, or RGB32 without alpha.
    QCOMPARE(offline.logo(logoPath).format(), QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(LogoDecoder::decode(encoded(8, 8, "JPEG"), {}).image.format(), QImage::Format_RGB32);
    QCOMPARE(made.at(0).at(0).toString(), logoPath);
    const QImage thumbnail = QImage::fromData(made.at(0).at(1).toByteArray(), "PNG");
    QCOMPARE(thumbnail.size(), QSize(288, 144)); // LogoDecoder::ThumbnailBound, aspect kept

    // A small logo is its own thumbnail, never scaled up.
    QSignalSpy readySmall(&offline, &LogoCache::logoReady);
    offline.insertEncoded(u"small.png"_s, png(20, 10));
    QVERIFY(readySmall.wait(5000));
    QTRY_COMPARE(made.size(), 2);
    QCOMPARE(QImage::fromData(made.at(1).at(1).toByteArray(), "PNG").size(), QSize(20, 10));
}

void TestLogoCache::thumbnailsWaitForTheDownloadsToEnd()
{
    const QString slowPath = u"a/b/c/d/2f_slow.png"_s;
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(png(300, 300), "image/png"));
    m_network->setAnswer("GET", u"/media/show/a%2Fb%2Fc%2Fd%2F2f_slow.png/thumbnail"_s,
                         FakeAnswer::bytes(png(40, 40), "image/png").delayed(400));
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    QSignalSpy made(m_cache, &LogoCache::thumbnailMade);
    m_cache->request(logoPath);
    m_cache->request(slowPath);

    // The first logo is shown while the other downloads; its thumbnail waits for that.
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.at(0).at(0).toString(), logoPath);
    QVERIFY(m_cache->isPending(slowPath));
    QTest::qWait(100);
    QCOMPARE(made.size(), 0);

    // The last download done: both thumbnails are made.
    QTRY_COMPARE(made.size(), 2);
    QStringList paths{made.at(0).at(0).toString(), made.at(1).at(0).toString()};
    paths.sort();
    QCOMPARE(paths, QStringList({logoPath, slowPath}));
    QCOMPARE(ready.size(), 2);
}

void TestLogoCache::thumbnailServesUntilTheFullLogo()
{
    LogoCache offline; // no session
    QStringList asked;
    answerFullLogos(offline, &asked, png(400, 400, Qt::red));
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    QSignalSpy made(&offline, &LogoCache::thumbnailMade);
    offline.insertThumbnail(logoPath, png(144, 144));
    QVERIFY(offline.contains(logoPath)); // kept encoded until a tile asks
    QVERIFY(offline.logo(logoPath).isNull());
    offline.requestTile(logoPath);
    QVERIFY(ready.wait(5000));
    QVERIFY(offline.contains(logoPath));
    QVERIFY(!offline.hasFullLogo(logoPath));
    QCOMPARE(offline.logo(logoPath).size(), QSize(144, 144));
    offline.request(logoPath); // a thumbnail is enough for the overview: nothing asked
    QVERIFY(asked.isEmpty());

    offline.requestFull(logoPath); // a connection's page
    QCOMPARE(asked, QStringList{logoPath});
    QVERIFY(ready.wait(5000));
    QVERIFY(offline.hasFullLogo(logoPath));
    QCOMPARE(offline.logo(logoPath).size(), QSize(400, 400));
    QCOMPARE(made.size(), 0); // the cache has its thumbnail already
    offline.requestFull(logoPath);
    QCOMPARE(asked.size(), 1);

    // A thumbnail arriving after the full logo changes nothing.
    offline.insertThumbnail(logoPath, png(144, 144));
    QTest::qWait(20);
    QCOMPARE(offline.logo(logoPath).size(), QSize(400, 400));
}

void TestLogoCache::fullLogoDownloadedWhenTheSourceHasNone()
{
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(png(50, 50), "image/png"));
    m_cache->setEncodedSource([](const QString &, std::function<void(const QByteArray &)> done) {
        done(QByteArray()); // not kept offline
    });
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    m_cache->insertThumbnail(logoPath, png(20, 20));
    m_cache->requestTile(logoPath);
    QVERIFY(ready.wait(5000));
    m_cache->requestFull(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_network->count("GET", logoRoute), 1);
    QCOMPARE(m_cache->logo(logoPath).size(), QSize(50, 50));
}

void TestLogoCache::newerBytesWin()
{
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    m_cache->insertEncoded(logoPath, png(10, 10));
    m_cache->insertEncoded(logoPath, png(20, 20));
    QVERIFY(ready.wait(5000));
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_cache->logo(logoPath).size(), QSize(20, 20));
}

void TestLogoCache::clearCancelsDownloads()
{
    m_network->setAnswer("GET", logoRoute, FakeAnswer::hang());
    QSignalSpy failed(m_cache, &LogoCache::logoFailed);
    m_cache->request(logoPath);
    QVERIFY(m_cache->isPending(logoPath));
    m_cache->clear();
    QVERIFY(!m_cache->isPending(logoPath));
    QCOMPARE(m_network->abortedReplies(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestLogoCache::modelShowsTheLogoWhenReady()
{
    m_network->setAnswer("GET", logoRoute, FakeAnswer::bytes(png(16, 16), "image/png"));
    M model;
    model.setConnections({conn(u"a"_s, {}, FlowType::Source, logoPath), conn(u"b"_s),
                          conn(u"c"_s, {}, FlowType::Other, logoPath)});
    ModelSignals s(&model);
    QSignalSpy ready(m_cache, &LogoCache::logoReady);
    model.setLogoCache(m_cache); // the rows ask for their logo
    QVERIFY(ready.wait(5000));
    QCOMPARE(m_network->count("GET", logoRoute), 1);
    // Rows 0 and 2 changed, on the logo roles only (twice each: when the cache was set, when
    // the logo came).
    QCOMPARE(s.total(), s.changed.size());
    QList<int> rows;
    for (const auto &signal : std::as_const(s.changed)) {
        rows << signal.at(0).toModelIndex().row();
        const auto roles = signal.at(2).value<QList<int>>();
        QCOMPARE(roles.size(), 2);
        QVERIFY(roles.contains(M::LogoRole));
        QVERIFY(roles.contains(Qt::DecorationRole));
    }
    QVERIFY(!rows.contains(1));
    QCOMPARE(model.index(0).data(M::LogoRole).value<QImage>().size(), QSize(16, 16));
    QCOMPARE(model.index(2).data(Qt::DecorationRole).value<QImage>().size(), QSize(16, 16));
    QVERIFY(!model.index(1).data(M::LogoRole).isValid());

    // A row whose image changes asks for the new one.
    const QString other = u"x.png"_s;
    m_network->setAnswer("GET", u"/media/show/x.png/thumbnail"_s,
                         FakeAnswer::bytes(png(4, 4), "image/png"));
    model.setConnections({conn(u"a"_s, {}, FlowType::Source, logoPath),
                          conn(u"b"_s, {}, FlowType::Source, other),
                          conn(u"c"_s, {}, FlowType::Other, logoPath)});
    QVERIFY(ready.wait(5000));
    QCOMPARE(model.index(1).data(M::LogoRole).value<QImage>().size(), QSize(4, 4));
}

void TestLogoCache::keptThumbnailsDecodeWhenATileAsks()
{
    LogoCache offline; // no session: nothing is downloaded
    const QString other = u"e/f/0/1/9a8b_other.png"_s;
    M model;
    model.setConnections({conn(u"a"_s, {}, FlowType::Source, logoPath),
                          conn(u"b"_s, {}, FlowType::Source, other)});
    model.setLogoCache(&offline);
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    offline.insertThumbnail(logoPath, png(30, 15));
    offline.insertThumbnail(other, png(12, 12));
    QVERIFY(offline.contains(logoPath));
    QVERIFY(!offline.isPending(logoPath));
    QTest::qWait(50);
    QCOMPARE(ready.size(), 0); // nothing decoded before a tile asks

    // The first tile is drawn: its thumbnail alone is decoded, and the row changes.
    ModelSignals s(&model);
    QVERIFY(!model.index(0).data(M::LogoRole).isValid());
    QVERIFY(offline.isPending(logoPath));
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).toString(), logoPath);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0).data(M::LogoRole).value<QImage>().size(), QSize(30, 15));
    QVERIFY(!offline.isPending(other));

    // A thumbnail that does not decode is dropped: asked again, it is not decoded again.
    offline.clear();
    offline.insertThumbnail(other, QByteArrayLiteral("\x89PNG\r\n\x1a\nnot a png"));
    offline.requestTile(other);
    QTRY_VERIFY(!offline.isPending(other));
    QVERIFY(!offline.contains(other));
    offline.requestTile(other);
    QVERIFY(!offline.isPending(other));
}

void TestLogoCache::tileImagesAreMadeAtTheTileBound()
{
    LogoCache offline; // no session
    offline.setTileBound(QSize(36, 18));
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    QSignalSpy made(&offline, &LogoCache::thumbnailMade);

    // A kept thumbnail is decoded straight to the bound.
    offline.insertThumbnail(logoPath, png(144, 144));
    offline.requestTile(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(offline.tileLogo(logoPath).size(), QSize(18, 18));

    // A new bound (another screen): made again at it when asked.
    offline.setTileBound(QSize(72, 72));
    QVERIFY(offline.tileLogo(logoPath).isNull());
    QVERIFY(offline.contains(logoPath));
    offline.requestTile(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(offline.tileLogo(logoPath).size(), QSize(72, 72));

    // A full logo: the tile and the offline cache's thumbnail at the bound, the thumbnail
    // naming the logo's size.
    const QString full = u"e/f/0/1/9a8b_full.png"_s;
    offline.insertEncoded(full, png(400, 400));
    QVERIFY(ready.wait(5000));
    QCOMPARE(offline.tileLogo(full).size(), QSize(72, 72));
    QCOMPARE(offline.logo(full).size(), QSize(400, 400));
    QVERIFY(made.wait(5000));
    const QImage thumbnail = QImage::fromData(made.last().at(1).toByteArray(), "PNG");
    QCOMPARE(thumbnail.size(), QSize(72, 72));
    QCOMPARE(thumbnail.text(QString::fromLatin1(LogoDecoder::SourceSizeKey)), u"400x400"_s);
    // Compressed: one colour takes far less than its 72×72×4 bytes of pixels.
    QVERIFY2(made.last().at(1).toByteArray().size() < 72 * 72 * 4 / 20,
             QByteArray::number(made.last().at(1).toByteArray().size()).constData());
}

void TestLogoCache::thumbnailsTooSmallForTheScreenAreMadeAgain()
{
    LogoCache offline; // no session
    QStringList asked;
    answerFullLogos(offline, &asked, png(400, 200, Qt::red));
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    QSignalSpy made(&offline, &LogoCache::thumbnailMade);
    const QImage logo = QImage::fromData(png(400, 200, Qt::red), "PNG");

    // Made on a screen that draws tiles at 72×36, opened on one that draws them at 144×72: the
    // small one is drawn meanwhile, the full logo read once, and a thumbnail made at 144×72.
    offline.setTileBound(QSize(144, 72));
    offline.insertThumbnail(logoPath, LogoDecoder::thumbnailPng(logo, QSize(72, 36)));
    offline.requestTile(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.at(0).at(0).toString(), logoPath);
    QCOMPARE(asked, QStringList{logoPath});
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(offline.tileLogo(logoPath).size(), QSize(144, 72));
    QTRY_COMPARE(made.size(), 1);
    QCOMPARE(made.at(0).at(0).toString(), logoPath);
    QCOMPARE(QImage::fromData(made.at(0).at(1).toByteArray(), "PNG").size(), QSize(144, 72));

    // Decoded ahead (the start's prefetch) at this bound: the same.
    const QString ahead = u"e/f/0/1/9a8b_ahead.png"_s;
    const QByteArray small = LogoDecoder::thumbnailPng(logo, QSize(72, 36));
    offline.insertThumbnail(ahead, small, QImage::fromData(small, "PNG"), QSize(144, 72));
    QCOMPARE(offline.tileLogo(ahead).size(), QSize(72, 36)); // drawn at once
    QCOMPARE(asked, QStringList({logoPath, ahead}));
    QTRY_COMPARE(made.size(), 2);
    QCOMPARE(offline.tileLogo(ahead).size(), QSize(144, 72));

    // Not made again: a thumbnail made for a larger screen (scaled down here), a small logo
    // that is its own thumbnail, and one that does not name its logo's size (made before
    // thumbnails did, at LogoDecoder::ThumbnailBound).
    const QStringList enough = {u"x/large.png"_s, u"x/small.png"_s, u"x/old.png"_s};
    offline.insertThumbnail(enough.at(0), LogoDecoder::thumbnailPng(logo, QSize(288, 144)));
    offline.insertThumbnail(enough.at(1),
                            LogoDecoder::thumbnailPng(QImage::fromData(png(40, 20), "PNG"),
                                                      QSize(72, 36)));
    offline.insertThumbnail(enough.at(2), png(72, 36));
    for (const QString &path : enough)
        offline.requestTile(path);
    QTRY_COMPARE(ready.size(), 6); // the one decoded ahead was drawn without a signal
    QTest::qWait(50);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(made.size(), 2);
    QCOMPARE(offline.tileLogo(enough.at(0)).size(), QSize(144, 72));
    QCOMPARE(offline.tileLogo(enough.at(1)).size(), QSize(40, 20));
    QCOMPARE(offline.tileLogo(enough.at(2)).size(), QSize(72, 36));
}

void TestLogoCache::thumbnailsDecodedAheadAreDrawnAtOnce()
{
    LogoCache offline; // no session
    offline.setTileBound(QSize(72, 72));
    QCOMPARE(offline.tileBound(), LogoDecoder::thumbnailBoundFor(QSize(72, 72)));
    QCOMPARE(LogoDecoder::thumbnailBoundFor(QSize(600, 600)),
             LogoDecoder::ThumbnailBound.boundedTo(QSize(600, 600)));
    M model;
    const QString other = u"e/f/0/1/9a8b_other.png"_s;
    model.setConnections(
        {conn(u"a"_s, {}, FlowType::Source, logoPath), conn(u"b"_s, {}, FlowType::Source, other)});
    model.setLogoCache(&offline);
    QSignalSpy ready(&offline, &LogoCache::logoReady);

    // Decoded ahead at this bound (the start's prefetch): the tile has it without a decode.
    QImage ahead(72, 72, QImage::Format_ARGB32_Premultiplied);
    ahead.fill(Qt::darkCyan);
    offline.insertThumbnail(logoPath, png(144, 144), ahead, QSize(72, 72));
    QCOMPARE(model.index(0).data(M::LogoRole).value<QImage>(), ahead);
    QVERIFY(!offline.isPending(logoPath));

    // Decoded ahead at another bound (the window opened on another screen): decoded again here.
    offline.insertThumbnail(other, png(144, 144), ahead, QSize(36, 36));
    QVERIFY(!model.index(1).data(M::LogoRole).isValid());
    QVERIFY(offline.isPending(other));
    QVERIFY(ready.wait(5000));
    QCOMPARE(offline.tileLogo(other).size(), QSize(72, 72));
    QCOMPARE(ready.size(), 1);

    // The bound changes later: the image decoded ahead goes, the kept PNG serves.
    offline.setTileBound(QSize(36, 36));
    QVERIFY(offline.tileLogo(logoPath).isNull());
    offline.requestTile(logoPath);
    QVERIFY(ready.wait(5000));
    QCOMPARE(offline.tileLogo(logoPath).size(), QSize(36, 36));
}

void TestLogoCache::logosInAStreamAreAnnouncedAFrameAtATime()
{
    LogoCache offline; // no session: the logos are announced by hand below
    M model;
    const QStringList paths = {u"a/1.png"_s, u"a/2.png"_s, u"a/3.png"_s};
    model.setConnections({conn(u"a"_s, {}, FlowType::Source, paths.at(0)),
                          conn(u"b"_s, {}, FlowType::Source, paths.at(1)),
                          conn(u"c"_s, {}, FlowType::Source, paths.at(2))});
    model.setLogoCache(&offline);
    ModelSignals s(&model);

    // The first logo: its row changes at once.
    emit offline.logoReady(paths.at(0));
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.at(0).at(0).toModelIndex().row(), 0);
    // The next ones within the frame: together, each row on its own, at the frame's end.
    emit offline.logoReady(paths.at(2));
    emit offline.logoReady(paths.at(1));
    QCOMPARE(s.changed.size(), 1);
    QTRY_COMPARE(s.changed.size(), 3);
    QSet<int> rows;
    for (int i = 1; i < 3; ++i) {
        const QModelIndex top = s.changed.at(i).at(0).toModelIndex();
        QCOMPARE(s.changed.at(i).at(1).toModelIndex(), top);
        QCOMPARE(s.changed.at(i).at(2).value<QList<int>>(),
                 QList<int>({M::LogoRole, Qt::DecorationRole}));
        rows.insert(top.row());
    }
    QCOMPARE(rows, QSet<int>({1, 2}));

    // A logo after a quiet frame: at once again.
    QTest::qWait(3 * M::LogoFrameMs);
    QCOMPARE(s.changed.size(), 3);
    emit offline.logoReady(paths.at(1));
    QCOMPARE(s.changed.size(), 4);
}

void TestLogoCache::pendingLogoRole()
{
    LogoCache offline; // no session
    M model;
    const QString kept = u"a/kept.png"_s;
    const QString absent = u"a/absent.png"_s;
    model.setConnections({conn(u"a"_s, {}, FlowType::Source, kept),
                          conn(u"b"_s, {}, FlowType::Source, absent),
                          conn(u"c"_s, {}, FlowType::Source, QString())});
    const auto pending = [&](int row) {
        return model.index(row).data(M::LogoPendingRole).toBool();
    };
    QVERIFY(!pending(0)); // no logo cache: nothing to wait for
    model.setLogoCache(&offline);
    offline.insertThumbnail(kept, png(20, 20));
    // Kept encoded: a placeholder until decoded and announced. Nothing kept, or no image: none.
    QVERIFY(pending(0));
    QVERIFY(!pending(1));
    QVERIFY(!pending(2));
    QSignalSpy ready(&offline, &LogoCache::logoReady);
    // Another logo opens a frame: the kept one, decoded within it, waits for the frame's end.
    emit offline.logoReady(absent);
    offline.requestTile(kept);
    QVERIFY(ready.wait(5000));
    QVERIFY(!offline.tileLogo(kept).isNull());
    ModelSignals s(&model);
    if (s.changed.isEmpty()) // still in the frame: not drawn yet
        QVERIFY(pending(0));
    QTRY_VERIFY(!s.changed.isEmpty());
    QVERIFY(!pending(0));
}

void TestLogoCache::decoder_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size"); // invalid: fails
    QTest::newRow("png") << png(64, 32) << QSize(64, 32);
    QTest::newRow("png, scaled down") << png(1024, 256) << QSize(512, 128);
    QTest::newRow("empty") << QByteArray() << QSize();
    QTest::newRow("garbage") << QByteArray("GIF89a but not really") << QSize();
    // Told by their signature (one handler loaded), or by asking every plugin (BMP).
    if (QImageReader::supportedImageFormats().contains("jpeg"))
        QTest::newRow("jpeg") << encoded(48, 24, "JPEG") << QSize(48, 24);
    if (QImageReader::supportedImageFormats().contains("gif"))
        QTest::newRow("gif") // Qt writes no GIF: a 1×1 one by hand
            << QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
                          "!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00"
                          "\x00\x02\x02D\x01\x00;",
                          43)
            << QSize(1, 1);
    QTest::newRow("bmp") << encoded(33, 11, "BMP") << QSize(33, 11);
    QTest::newRow("png signature, jpeg after") << QByteArray("\x89PNG\r\n\x1a\n") + encoded(8, 8, "JPEG") << QSize();
    QTest::newRow("truncated png") << png(64, 64).left(40) << QSize();
    QTest::newRow("html") << QByteArray("<html><body>login</body></html>") << QSize();
    QTest::newRow("decompression bomb") << hugePngHeader() << QSize();
    if (QImageReader::supportedImageFormats().contains("svg"))
        QTest::newRow("svg")
            << QByteArray(
                   R"(<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>)")
            << QSize(40, 20);
}

void TestLogoCache::decoder()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    const LogoDecoder::Result result = LogoDecoder::decode(bytes, QSize(512, 512));
    if (size.isValid()) {
        QVERIFY2(!result.image.isNull(), qPrintable(result.error));
        QCOMPARE(result.image.size(), size);
    } else {
        QVERIFY(result.image.isNull());
        QVERIFY(!result.error.isEmpty());
    }
}

QTEST_MAIN(TestLogoCache)
#include "tst_logocache.moc"
