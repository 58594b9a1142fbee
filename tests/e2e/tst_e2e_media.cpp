// Logos end to end (docs/pim-api.md §2): a real PNG made here is uploaded with POST
// /image-media, set as a connection's image, downloaded through /media/show/.../thumbnail (and
// its redirect to the cache) and decoded by LogoCache, then removed again.
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "E2eImages.h"
#include "E2eJobs.h"
#include "E2eTarget.h"
#include "items/LogoCache.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// Distinct enough from any default picture: a PIM's "no image" is grey.
const QColor LogoColor(0x1e, 0x90, 0xff);

} // namespace

class TestE2eMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void uploadThenDownloadTheThumbnail();
    void logoCacheDecodesTheThumbnail();
    void connectionImageSetShownAndRemoved();
    void unknownImageGivesTheDefaultPicture();

private:
    // Uploads a new PNG of LogoColor; the PIM's file path, or empty (with a failure).
    QString upload();

    E2eTarget m_target;
    std::unique_ptr<PimClient> m_client;
    QTemporaryDir m_files;
};

void TestE2eMedia::initTestCase()
{
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    qInfo("running against %s", qPrintable(m_target.describe()));
    QVERIFY(m_files.isValid());
    m_client = m_target.newClient(m_target.admin());
    E2E_VERIFY_OK(E2e::signIn(m_client->session()));
}

void TestE2eMedia::cleanup()
{
    const QStringList problems = m_target.cleanup();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestE2eMedia::cleanupTestCase()
{
    cleanup();
}

QString TestE2eMedia::upload()
{
    const QString file = m_files.filePath(u"e2e-logo.png"_s);
    if (!QFile::exists(file) && !E2eImages::writePng(file, LogoColor)) {
        qWarning("cannot write %s", qPrintable(file));
        return {};
    }
    const auto uploaded = E2e::call(m_client->uploadImage(file), &UploadImageJob::succeeded);
    if (uploaded.error) {
        qWarning("upload: %s", qPrintable(E2e::describe(uploaded.error)));
        return {};
    }
    if (uploaded.value.originalFilename != QLatin1String("e2e-logo.png")) {
        qWarning("originalFilename: %s", qPrintable(uploaded.value.originalFilename));
        return {};
    }
    return uploaded.value.filePath;
}

void TestE2eMedia::uploadThenDownloadTheThumbnail()
{
    const QString path = upload();
    QVERIFY(!path.isEmpty());
    // "a/b/c/d/<sha1>_<file name>" (docs/pim-api.md §2): four one-character folders, then the file.
    static const QRegularExpression shape(u"^([0-9a-f]/){4}[0-9a-f]{40}_.*png$"_s);
    QVERIFY2(shape.match(path).hasMatch(), qPrintable(path));

    // A PIM answers 302 to its cache; the job follows it and gives the bytes.
    QByteArray bytes;
    QString contentType;
    const ApiError error = E2e::run(m_client->downloadImage(path), &DownloadImageJob::succeeded,
                                    [&](const QByteArray &b, const QString &type) {
                                        bytes = b;
                                        contentType = type;
                                    });
    E2E_VERIFY_OK(error);
    QVERIFY2(contentType.startsWith(u"image/"_s), qPrintable(contentType));
    const QImage thumbnail = QImage::fromData(bytes);
    QVERIFY(!thumbnail.isNull());
    QVERIFY2(E2eImages::centreIs(thumbnail, LogoColor),
             qPrintable(E2eImages::centreName(thumbnail)));

    // The preview filter too.
    const ApiError previewError = E2e::run(
        m_client->downloadImage(path, DownloadImageJob::Filter::Preview),
        &DownloadImageJob::succeeded, [&](const QByteArray &b, const QString &) { bytes = b; });
    E2E_VERIFY_OK(previewError);
    QVERIFY(E2eImages::centreIs(QImage::fromData(bytes), LogoColor));
}

void TestE2eMedia::logoCacheDecodesTheThumbnail()
{
    const QString path = upload();
    QVERIFY(!path.isEmpty());
    LogoCache *logos = m_client->logos();
    QSignalSpy ready(logos, &LogoCache::logoReady);
    QSignalSpy failed(logos, &LogoCache::logoFailed);
    QSignalSpy downloaded(logos, &LogoCache::logoDownloaded);
    logos->request(path);
    QVERIFY(logos->isPending(path));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), E2e::WaitMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.constFirst().at(1).toString()));
    QCOMPARE(ready.constFirst().constFirst().toString(), path);
    QCOMPARE(downloaded.size(), 1); // the raw bytes, for the offline cache
    QVERIFY(!downloaded.constFirst().at(1).toByteArray().isEmpty());
    const QImage logo = logos->logo(path);
    QVERIFY(!logo.isNull());
    QVERIFY(logo.width() <= logos->maxLogoSize().width());
    QVERIFY2(E2eImages::centreIs(logo, LogoColor), qPrintable(E2eImages::centreName(logo)));
}

void TestE2eMedia::connectionImageSetShownAndRemoved()
{
    const QString path = upload();
    QVERIFY(!path.isEmpty());
    const QString code = m_target.newCode();
    const auto created =
        E2e::call(m_client->createConnection(code, u"E2E with logo"_s, FlowType::Destination),
                  &CreateConnectionJob::succeeded);
    E2E_VERIFY_OK(created.error);

    ConnectionUpdate update = ConnectionUpdate::from(created.value);
    update.image = path;
    E2E_VERIFY_OK(E2e::run(m_client->updateConnection(update)));
    const auto withImage = E2e::call(m_client->getConnection(code), &GetConnectionJob::succeeded);
    E2E_VERIFY_OK(withImage.error);
    QCOMPARE(withImage.value.connection.image, path);

    // The overview: the tile's logo arrives once the list has it.
    ConnectionsController controller(m_client.get());
    QSignalSpy refreshed(&controller, &ConnectionsController::refreshed);
    controller.refresh();
    QVERIFY(refreshed.wait(E2e::WaitMs));
    ConnectionListModel *model = controller.model();
    const int row = model->rowOf(code);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row).data(ConnectionListModel::ImageRole).toString(), path);
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(model->rowOf(code))
                                  .data(ConnectionListModel::LogoRole)
                                  .value<QImage>()
                                  .isNull(),
                             E2e::WaitMs);
    const QImage tile =
        model->index(model->rowOf(code)).data(ConnectionListModel::LogoRole).value<QImage>();
    QVERIFY2(E2eImages::centreIs(tile, LogoColor), qPrintable(E2eImages::centreName(tile)));

    // No image again: null on the wire, empty in the client.
    update.image.clear();
    E2E_VERIFY_OK(E2e::run(m_client->updateConnection(update)));
    const auto without = E2e::call(m_client->getConnection(code), &GetConnectionJob::succeeded);
    E2E_VERIFY_OK(without.error);
    QVERIFY(without.value.connection.image.isEmpty());
    controller.refresh();
    QVERIFY(refreshed.wait(E2e::WaitMs));
    QVERIFY(model->index(model->rowOf(code)).data(ConnectionListModel::LogoRole).isNull());
}

void TestE2eMedia::unknownImageGivesTheDefaultPicture()
{
    // Section 2: an unknown file redirects to a default picture, which is not our logo.
    QByteArray bytes;
    const ApiError error = E2e::run(
        m_client->downloadImage(u"0/1/2/3/0123456789abcdef0123456789abcdef01234567_none.png"_s),
        &DownloadImageJob::succeeded, [&](const QByteArray &b, const QString &) { bytes = b; });
    E2E_VERIFY_OK(error);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!E2eImages::centreIs(QImage::fromData(bytes), LogoColor));
}

QTEST_MAIN(TestE2eMedia)
#include "tst_e2e_media.moc"
