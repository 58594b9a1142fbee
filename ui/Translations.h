#pragma once

class QCoreApplication;

// The app's translators: the English plural forms (translations/pim-connections_en.ts), then
// the system language's file when there is one. Called once by main(), and by the tests that
// check words with numbers.
namespace Translations {

void install(QCoreApplication *application);

} // namespace Translations
