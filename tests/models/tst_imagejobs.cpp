// The image jobs (docs/pim-api.md §2): the upload streams a multipart file and refuses what it
// cannot send; the download follows same-origin redirects only, and refuses huge answers.
#include "JobTestCase.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestImageJobs : public JobTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { makeClient(); }
    void cleanup() { deleteClient(); }

    void uploadStreamsAMultipartFile();
    void uploadRefusesBeforeSending_data();
    void uploadRefusesBeforeSending();
    void downloadFollowsSameOriginRedirects();
    void downloadRefusesOtherOrigins();
    void downloadStopsRedirectLoops();
    void downloadRefusesHugeAnswers();

private:
    QString m_image;
    QByteArray m_imageBytes;
};

void TestImageJobs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_image = m_dir.filePath(u"logo café.png"_s);
    QImage image(16, 8, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(m_image));
    QFile file(m_image);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_imageBytes = file.readAll();
}

void TestImageJobs::uploadStreamsAMultipartFile()
{
    m_network->setAnswer(
        "POST", u"/image-media"_s,
        FakeAnswer::json(
            200,
            R"({"originalFilename":"logo caf\u00e9.png","filePath":"a\/b\/c\/d\/1f_logo.png"})"));
    auto *job = m_client->uploadImage(m_image);
    QSignalSpy result(job, &UploadImageJob::succeeded);
    QVERIFY(!runJob(job).isError());
    const auto uploaded = result.first().first().value<UploadedImage>();
    QCOMPARE(uploaded.filePath, u"a/b/c/d/1f_logo.png"_s);
    QCOMPARE(uploaded.originalFilename, u"logo café.png"_s);

    const RecordedRequest request = m_network->last();
    const QByteArray contentType =
        request.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
    QByteArray boundary = contentType.mid(contentType.indexOf("boundary=") + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    QVERIFY2(request.body.startsWith(QByteArray("--" + boundary)),
             request.body.left(200).constData());
    const QByteArray disposition = "Content-Disposition: form-data; name=\"file\"; filename=\"" +
                                   QStringLiteral("logo café.png").toUtf8() + '"';
    QVERIFY(request.body.contains(disposition));
    QVERIFY(request.body.contains("Content-Type: image/png"));
    QVERIFY(request.body.contains(m_imageBytes));
    QVERIFY(request.body.trimmed().endsWith(QByteArray("--" + boundary + "--")));
    QCOMPARE(request.header("X-Requested-With"), QByteArray("XMLHttpRequest"));
}

void TestImageJobs::uploadRefusesBeforeSending_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("not an accepted extension") << u"notes.txt"_s;
    QTest::newRow("no extension") << u"logo"_s;
    QTest::newRow("missing file") << u"missing.png"_s;
}

void TestImageJobs::uploadRefusesBeforeSending()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    if (file != u"missing.png"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    const ApiError error = runJob(m_client->uploadImage(path));
    QCOMPARE(error.kind, Kind::Validation);
    QVERIFY(error.message().contains(QFileInfo(path).fileName()));
    QVERIFY(!error.fieldMessage(u"image"_s).isEmpty());
    QCOMPARE(m_network->requests().size(), 0);
}

void TestImageJobs::downloadFollowsSameOriginRedirects()
{
    m_network->setAnswer("GET", u"/media/show/a%2Fb%2Fc%2Fd%2F1f_logo.png/thumbnail"_s,
                         FakeAnswer::redirect("/media/cache/thumbnail/a/b/c/d/1f_logo.png"));
    m_network->setAnswer("GET", u"/media/cache/thumbnail/a/b/c/d/1f_logo.png"_s,
                         FakeAnswer::bytes(m_imageBytes, "image/png"));
    auto *job = m_client->downloadImage(u"a/b/c/d/1f_logo.png"_s);
    QSignalSpy result(job, &DownloadImageJob::succeeded);
    QVERIFY(!runJob(job).isError());
    QCOMPARE(result.first().at(0).toByteArray(), m_imageBytes);
    QCOMPARE(result.first().at(1).toString(), u"image/png"_s);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(1).url.toString(),
             u"https://pim.test/media/cache/thumbnail/a/b/c/d/1f_logo.png"_s);
}

void TestImageJobs::downloadRefusesOtherOrigins()
{
    m_network->setAnswer("GET", u"/media/show/x.png/thumbnail"_s,
                         FakeAnswer::redirect("https://evil.test/x.png"));
    const ApiError error = runJob(m_client->downloadImage(u"x.png"_s));
    QCOMPARE(error.kind, Kind::Server);
    QVERIFY(error.detail.contains(u"evil.test"_s));
    QCOMPARE(m_network->requests().size(), 1);
}

void TestImageJobs::downloadStopsRedirectLoops()
{
    m_network->setAnswer("GET", u"/media/show/x.png/thumbnail"_s,
                         FakeAnswer::redirect("/media/show/x.png/thumbnail"));
    const ApiError error = runJob(m_client->downloadImage(u"x.png"_s));
    QCOMPARE(error.kind, Kind::Server);
    QCOMPARE(m_network->requests().size(), NetworkJob::MaxRedirects + 1);
}

void TestImageJobs::downloadRefusesHugeAnswers()
{
    m_network->setAnswer(
        "GET", u"/media/show/x.png/thumbnail"_s,
        FakeAnswer::bytes(QByteArray(DownloadImageJob::MaxImageSize + 1, 'x'), "image/png"));
    QCOMPARE(runJob(m_client->downloadImage(u"x.png"_s)).kind, Kind::Malformed);
}

QTEST_MAIN(TestImageJobs)
#include "tst_imagejobs.moc"
