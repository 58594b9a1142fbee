#pragma once

#include <QString>
#include <QStringList>

// The app's folders hold every connection's client id and username (the cache) and the list of
// PIMs (the settings): nobody but the user may read them. The folders are made 0700 and the
// files in them 0600, on every start, which also fixes an install made before this rule.
namespace PrivateFolders {

// Makes `folder` (created when missing) and every folder below it 0700 and every file 0600.
// False with a message naming the path when one of them cannot be changed.
bool restrict(const QString &folder, QString *error);

// The app's data folder (the cache) and config folder (settings), at the organisation's level,
// as QStandardPaths gives them for the current application and organisation names.
QStringList appFolders();

// restrict() on each of appFolders(); the failures, translated, one per folder (empty: all
// done). Cheap (a few chmod calls): run once at start, before anything is written.
QStringList restrictAppFolders();

} // namespace PrivateFolders
