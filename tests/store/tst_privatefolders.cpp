// PrivateFolders: the app's data and config folders become 0700 and their files 0600, also on an
// install made before the rule (0755 folders, 0644 files).
#include "store/PrivateFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions Shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions SharedFolder = Shared | QFileDevice::ExeOwner |
                                                  QFileDevice::ExeUser | QFileDevice::ExeGroup |
                                                  QFileDevice::ExeOther;

bool writeFile(const QString &path, QFileDevice::Permissions mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("x") == 1 && file.setPermissions(mode);
}

bool onlyOwner(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return !(QFile::permissions(path) & others);
}

} // namespace

class TestPrivateFolders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"pim-connections"_s);
        QCoreApplication::setOrganizationName(u"pim-connections"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void anOldInstallIsClosed()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString app = root.filePath(u"org/app"_s);
        QVERIFY(QDir().mkpath(app));
        QVERIFY(QFile::setPermissions(root.filePath(u"org"_s), SharedFolder));
        QVERIFY(QFile::setPermissions(app, SharedFolder));
        QVERIFY(writeFile(app + u"/cache.sqlite"_s, Shared));
        QVERIFY(writeFile(app + u"/cache.sqlite-wal"_s, Shared));
        QVERIFY(writeFile(root.filePath(u"org/settings.conf"_s), Shared));

        QString error;
        QVERIFY2(PrivateFolders::restrict(root.filePath(u"org"_s), &error), qPrintable(error));
        const QStringList paths = {root.filePath(u"org"_s), app, app + u"/cache.sqlite"_s,
                                   app + u"/cache.sqlite-wal"_s,
                                   root.filePath(u"org/settings.conf"_s)};
        for (const QString &path : paths)
            QVERIFY2(onlyOwner(path), qPrintable(path));
        QVERIFY(QFile::permissions(app) & QFileDevice::ExeOwner); // still a usable folder
        QVERIFY(!(QFile::permissions(app + u"/cache.sqlite"_s) & QFileDevice::ExeOwner));
    }

    void aMissingFolderIsMadePrivate()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"new/inner"_s);
        QString error;
        QVERIFY2(PrivateFolders::restrict(folder, &error), qPrintable(error));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(onlyOwner(folder));
    }

    void aLinkIsNotFollowed()
    {
        QTemporaryDir root, outside;
        const QString target = outside.filePath(u"shared.txt"_s);
        QVERIFY(writeFile(target, Shared));
        QVERIFY(QFile::link(target, root.filePath(u"link"_s)));
        QString error;
        QVERIFY(PrivateFolders::restrict(root.path(), &error));
        QCOMPARE(QFile::permissions(target), Shared); // not the app's file: left alone
    }

    void theAppFoldersAreTheOrganisationsFolders()
    {
        const QStringList folders = PrivateFolders::appFolders();
        QCOMPARE(folders.size(), 2);
        for (const QString &folder : folders)
            QVERIFY2(folder.endsWith(u"/pim-connections"_s), qPrintable(folder));
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(data.startsWith(folders.first() + u'/') || data == folders.first());
        QVERIFY(PrivateFolders::restrictAppFolders().isEmpty());
        for (const QString &folder : folders)
            QVERIFY(onlyOwner(folder));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFolders)
#include "tst_privatefolders.moc"
