#include "store/PrivateFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

namespace PrivateFolders {

namespace {

constexpr QFileDevice::Permissions FolderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser;

bool setMode(const QString &path, QFileDevice::Permissions mode, QString *error)
{
    if (QFile::permissions(path) == mode || QFile::setPermissions(path, mode))
        return true;
    if (error) {
        *error = QCoreApplication::translate("PrivateFolders",
                                             "The permissions of %1 cannot be restricted to "
                                             "your user.")
                     .arg(QDir::toNativeSeparators(path));
    }
    return false;
}

// The folder of `path` right below `home`'s standard parent (…/share or …/.config), so that the
// organisation's folder is restricted and not only the application's.
QString organisationFolder(const QString &path)
{
    const QString organisation = QCoreApplication::organizationName();
    const int at = organisation.isEmpty() ? -1 : path.indexOf(u'/' + organisation + u'/');
    if (at >= 0)
        return path.left(at + organisation.size() + 1);
    return path;
}

} // namespace

bool restrict(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error) {
            *error = QCoreApplication::translate("PrivateFolders", "The folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(folder));
        }
        return false;
    }
    bool ok = setMode(folder, FolderMode, error);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            continue; // never follow a link out of the app's folders
        if (info.isDir())
            ok = setMode(info.filePath(), FolderMode, ok ? error : nullptr) && ok;
        else if (info.isFile())
            ok = setMode(info.filePath(), FileMode, ok ? error : nullptr) && ok;
    }
    return ok;
}

QStringList appFolders()
{
    QStringList folders;
    for (const auto location :
         {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation}) {
        const QString path = QStandardPaths::writableLocation(location);
        if (path.isEmpty())
            continue;
        const QString folder = organisationFolder(path);
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

QStringList restrictAppFolders()
{
    QStringList failures;
    for (const QString &folder : appFolders()) {
        QString error;
        if (!restrict(folder, &error))
            failures.append(error);
    }
    return failures;
}

} // namespace PrivateFolders
