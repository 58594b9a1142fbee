// docs/pim-api.md §2: POST /image-media, GET /media/show/{filePath}/{filter} and the cache it
// redirects to, like a real PIM.
#include "SandboxFixture.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using SandboxFixture::compact;

namespace {

QByteArray imageBytes(const char *format, QColor color)
{
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString encoded(const QString &filePath)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(filePath));
}

} // namespace

class TestSandboxMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void uploadAnswersTheOriginalNameAndAStoragePath();
    void storedNamesAreSanitized();
    void wrongExtensionsAreRefused_data();
    void wrongExtensionsAreRefused();
    void contentThatIsNoImageIsRefused_data();
    void contentThatIsNoImageIsRefused();
    void malformedUploadsAreRefused_data();
    void malformedUploadsAreRefused();
    void showRedirectsToTheCacheWhichAnswersTheBytes_data();
    void showRedirectsToTheCacheWhichAnswersTheBytes();
    void unknownFilesAndNonImagesShowTheDefaultPicture_data();
    void unknownFilesAndNonImagesShowTheDefaultPicture();
    void showNeedsASessionButTheCacheDoesNot();
    void uploadedImageBecomesAConnectionsLogo();

private:
    QString upload(const QString &fileName, const QByteArray &bytes);

    SandboxProcess m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
};

void TestSandboxMedia::initTestCase()
{
    QVERIFY2(m_sandbox.start(SandboxProcess::Options()), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<HttpClient>(m_sandbox.url());
    QVERIFY(m_admin->signIn(u"admin"_s, u"admin"_s));
}

QString TestSandboxMedia::upload(const QString &fileName, const QByteArray &bytes)
{
    const HttpReply reply = m_admin->postMultipart(u"/image-media"_s, u"file"_s, fileName, bytes);
    if (reply.status != 200)
        qWarning("upload answered %d: %s", reply.status, reply.body.constData());
    return reply.json()[u"filePath"_s].toString();
}

void TestSandboxMedia::uploadAnswersTheOriginalNameAndAStoragePath()
{
    const QByteArray png = imageBytes("PNG", Qt::red);
    const HttpReply reply =
        m_admin->postMultipart(u"/image-media"_s, u"file"_s, u"magento.png"_s, png, "image/png");
    QCOMPARE(reply.status, 200);
    static const QRegularExpression shape(
        uR"re(^\{"originalFilename":"magento\.png","filePath":"([0-9a-f])\\/([0-9a-f])\\/([0-9a-f])\\/([0-9a-f])\\/(([0-9a-f]{40})_magento\.png)"\}$)re"_s);
    const QRegularExpressionMatch match = shape.match(QString::fromUtf8(reply.body));
    QVERIFY2(match.hasMatch(), reply.body.constData());
    QCOMPARE(match.captured(6).left(4),
             match.captured(1) + match.captured(2) + match.captured(3) + match.captured(4));
    // The bytes are kept under the data directory.
    QFile stored(m_sandbox.dataDir() + u"/media/"_s + reply.json()[u"filePath"_s].toString());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), png);
    // Two uploads of one file get two paths.
    QVERIFY(upload(u"magento.png"_s, png) != reply.json()[u"filePath"_s].toString());
}

void TestSandboxMedia::storedNamesAreSanitized()
{
    const HttpReply reply = m_admin->postMultipart(
        u"/image-media"_s, u"file"_s, u"Mon logo (v2).png"_s, imageBytes("PNG", Qt::blue));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[u"originalFilename"_s].toString(), u"Mon logo (v2).png"_s);
    QVERIFY(reply.json()[u"filePath"_s].toString().endsWith(u"_Mon_logo__v2_.png"_s));
}

void TestSandboxMedia::wrongExtensionsAreRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("extension");
    QTest::newRow("txt") << u"notes.txt"_s << u"txt"_s;
    QTest::newRow("svg") << u"logo.svg"_s << u"svg"_s;
    QTest::newRow("double") << u"logo.png.exe"_s << u"exe"_s;
    QTest::newRow("none") << u"logo"_s << QString();
    QTest::newRow("upper case") << u"NOTES.TXT"_s << u"txt"_s;
}

void TestSandboxMedia::wrongExtensionsAreRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QString, extension);
    const HttpReply reply =
        m_admin->postMultipart(u"/image-media"_s, u"file"_s, fileName, imageBytes("PNG", Qt::red));
    QCOMPARE(reply.status, 400);
    const QByteArray expected =
        "{\"\":{\"message\":\"The extension of the file is invalid (" + extension.toUtf8() +
        "). Allowed extensions are jpg, jpeg, gif, png, wbmp, xbm, webp, bmp.\","
        "\"invalid_value\":{}}}";
    QCOMPARE(reply.body, expected);
}

void TestSandboxMedia::contentThatIsNoImageIsRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text named .png") << u"fake.png"_s << QByteArray("this is not an image");
    QTest::newRow("empty file") << u"empty.png"_s << QByteArray();
    QTest::newRow("HTML named .jpg") << u"page.jpg"_s << QByteArray("<html><body>hi</body></html>");
    QTest::newRow("PNG signature cut short") << u"cut.png"_s << QByteArray("\x89PNG\r\n");
}

void TestSandboxMedia::contentThatIsNoImageIsRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    // The name is right; the content decides (docs/pim-api.md §2).
    const HttpReply reply = m_admin->postMultipart(u"/image-media"_s, u"file"_s, fileName, content);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, QByteArray("{\"\":{\"message\":\"The content of the file is corrupted.\","
                                    "\"invalid_value\":{}}}"));
    // An image of another accepted format than its name says is taken, as by a PIM.
    QCOMPARE(m_admin
                 ->postMultipart(u"/image-media"_s, u"file"_s, fileName,
                                 imageBytes("JPEG", Qt::green))
                 .status,
             200);
}

void TestSandboxMedia::malformedUploadsAreRefused_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("JSON") << QByteArray("application/json") << QByteArray("{\"file\":\"x.png\"}");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray("--x\r\n");
    QTest::newRow("no closing delimiter")
        << QByteArray("multipart/form-data; boundary=xyz")
        << QByteArray("--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
                      "filename=\"a.png\"\r\n\r\n\x89PNG");
    QTest::newRow("no part headers end")
        << QByteArray("multipart/form-data; boundary=xyz")
        << QByteArray("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n--xyz--\r\n");
    QTest::newRow("another field")
        << QByteArray("multipart/form-data; boundary=xyz")
        << QByteArray("--xyz\r\nContent-Disposition: form-data; name=\"other\"; "
                      "filename=\"a.png\"\r\n\r\nbytes\r\n--xyz--\r\n");
    QTest::newRow("file field without a file")
        << QByteArray("multipart/form-data; boundary=\"xyz\"")
        << QByteArray("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"
                      "text\r\n--xyz--\r\n");
    QTest::newRow("not form data")
        << QByteArray("multipart/form-data; boundary=xyz")
        << QByteArray("--xyz\r\nContent-Disposition: attachment; filename=\"a.png\"\r\n\r\n"
                      "x\r\n--xyz--\r\n");
    QTest::newRow("empty") << QByteArray("multipart/form-data; boundary=xyz") << QByteArray();
}

void TestSandboxMedia::malformedUploadsAreRefused()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const HttpReply reply =
        m_admin->send("POST", u"/image-media"_s, body, {{"Content-Type", contentType}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json().toObject().contains(u"message"_s));
    // Still serving.
    QVERIFY(!upload(u"after.png"_s, imageBytes("PNG", Qt::green)).isEmpty());
}

void TestSandboxMedia::showRedirectsToTheCacheWhichAnswersTheBytes_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<bool>("encodePath");
    QTest::newRow("png thumbnail")
        << QByteArray("PNG") << u"a.png"_s << u"thumbnail"_s << QByteArray("image/png") << true;
    QTest::newRow("png preview") << QByteArray("PNG") << u"b.png"_s << u"preview"_s
                                 << QByteArray("image/png") << true;
    QTest::newRow("jpeg") << QByteArray("JPEG") << u"c.jpg"_s << u"thumbnail"_s
                          << QByteArray("image/jpeg") << true;
    QTest::newRow("bmp") << QByteArray("BMP") << u"d.bmp"_s << u"thumbnail"_s
                         << QByteArray("image/bmp") << true;
    QTest::newRow("path not encoded")
        << QByteArray("PNG") << u"e.png"_s << u"thumbnail"_s << QByteArray("image/png") << false;
}

void TestSandboxMedia::showRedirectsToTheCacheWhichAnswersTheBytes()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, fileName);
    QFETCH(QString, filter);
    QFETCH(QByteArray, mimeType);
    QFETCH(bool, encodePath);
    const QByteArray bytes = imageBytes(format.constData(), Qt::darkCyan);
    const QString filePath = upload(fileName, bytes);
    QVERIFY(!filePath.isEmpty());
    const HttpReply redirect = m_admin->get(
        u"/media/show/"_s + (encodePath ? encoded(filePath) : filePath) + u"/"_s + filter);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.location().host(), m_sandbox.url().host());
    QCOMPARE(redirect.location().path(), u"/media/cache/"_s + filter + u"/"_s + filePath);
    const HttpReply image = m_admin->follow(redirect);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), mimeType);
    QCOMPARE(image.body, bytes);
}

void TestSandboxMedia::unknownFilesAndNonImagesShowTheDefaultPicture_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("unknown path") << QString() << QByteArray();
}

void TestSandboxMedia::unknownFilesAndNonImagesShowTheDefaultPicture()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString filePath =
        fileName.isEmpty() ? u"a/b/c/d/nothing.png"_s : upload(fileName, content);
    QVERIFY(!filePath.isEmpty());
    const HttpReply redirect =
        m_admin->get(u"/media/show/"_s + encoded(filePath) + u"/thumbnail"_s);
    QCOMPARE(redirect.status, 302);
    QVERIFY(redirect.location().path().startsWith(u"/media/cache/thumbnail/"_s));
    QVERIFY(!redirect.location().path().contains(u"/a/b/c/d/"_s));
    const HttpReply picture = m_admin->follow(redirect);
    QCOMPARE(picture.status, 200);
    QCOMPARE(picture.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(!QImage::fromData(picture.body, "PNG").isNull());
}

void TestSandboxMedia::showNeedsASessionButTheCacheDoesNot()
{
    const QByteArray bytes = imageBytes("PNG", Qt::yellow);
    const QString filePath = upload(u"public.png"_s, bytes);
    HttpClient anonymous(m_sandbox.url());
    const HttpReply show = anonymous.get(u"/media/show/"_s + encoded(filePath) + u"/thumbnail"_s);
    QCOMPARE(show.status, 401);
    QVERIFY(show.header("Content-Type").startsWith("text/html"));
    const HttpReply cached = anonymous.get(u"/media/cache/thumbnail/"_s + filePath);
    QCOMPARE(cached.status, 200);
    QCOMPARE(cached.body, bytes);
    const HttpReply missing = anonymous.get(u"/media/cache/thumbnail/a/b/c/d/none.png"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json().isObject());
}

void TestSandboxMedia::uploadedImageBecomesAConnectionsLogo()
{
    QCOMPARE(m_admin
                 ->postJson(u"/rest/connections"_s,
                            "{\"code\":\"magento\",\"label\":\"Magento\",\"flow_type\":\"other\"}")
                 .status,
             201);
    const QString filePath = upload(u"magento.png"_s, imageBytes("PNG", Qt::magenta));
    const HttpReply updated = m_admin->postJson(u"/rest/connections/magento"_s,
                                                compact({{u"label"_s, u"Magento"_s},
                                                         {u"flow_type"_s, u"other"_s},
                                                         {u"image"_s, filePath},
                                                         {u"user_role_id"_s, u"1"_s},
                                                         {u"user_group_id"_s, QJsonValue::Null}}));
    QCOMPARE(updated.status, 204);
    const HttpReply list = m_admin->get(SandboxFixture::defaultTypesQuery());
    const QByteArray image = "\"image\":\"" + filePath.toUtf8().replace("/", "\\/") + "\"";
    QVERIFY(list.body.contains(image));
    QCOMPARE(m_admin->get(u"/rest/connections/magento"_s).json()[u"image"_s].toString(), filePath);
}

QTEST_GUILESS_MAIN(TestSandboxMedia)
#include "tst_sandbox_media.moc"
