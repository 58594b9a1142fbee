#pragma once

#include <QLocale>

class QCoreApplication;

// The translators of every executable (the window, pim-connections-cli, pim-sandbox), built
// into the resources under ":/i18n/" (translations/CMakeLists.txt). Called once by main()
// before the first translated string, and by the tests that check words with numbers.
namespace Translations {

// Installs, in this order (a later translator takes precedence over an earlier one):
//  1. the English plural forms (pim-connections_en.qm: "1 connection", "3 connections");
//  2. when the locale's language is not English, our file for it (pim-connections_fr.qm for
//     fr_FR or fr_CA...), when there is one;
//  3. Qt's own strings for that language (qtbase_<lang>.qm from QLibraryInfo's
//     TranslationsPath: the buttons of QMessageBox, QDialogButtonBox...), when present.
// The translators are children of application. The user interface's language follows the
// system locale (LANG, LC_MESSAGES, LANGUAGE); tests pass another locale.
void install(QCoreApplication *application, const QLocale &locale = QLocale());

// The languages we have a file for besides English ("fr", "de"), from the resources.
QStringList languages();

} // namespace Translations
