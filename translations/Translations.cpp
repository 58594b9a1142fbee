#include "Translations.h"

#include "TranslationsLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {

const QString Directory = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("pim-connections_");

// Loads the file of locale's first user-interface language that has one (fr_CA falls back to
// fr); the translator stays with application only when it was installed.
bool installFile(QCoreApplication *application, const QLocale &locale, const QString &name,
                 const QString &directory)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator)) {
        qCDebug(lcTranslations) << "installed" << translator->filePath();
        return true;
    }
    delete translator;
    return false;
}

} // namespace

void install(QCoreApplication *application, const QLocale &locale)
{
    // English first: the source strings are English, but "%n connection(s)" needs its two
    // forms spelled out; the user's language, installed after it, takes precedence.
    auto *english = new QTranslator(application);
    if (english->load(Directory + u'/' + Prefix + QStringLiteral("en.qm")) &&
        QCoreApplication::installTranslator(english)) {
        qCDebug(lcTranslations) << "installed the English plural forms";
    } else {
        delete english;
        qCWarning(lcTranslations) << "the English plural forms are missing from the resources";
    }

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    if (!installFile(application, locale, QStringLiteral("pim-connections"), Directory))
        qCInfo(lcTranslations) << "no translation for" << locale.uiLanguages()
                               << "; the interface stays in English";
    installFile(application, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QStringList languages()
{
    QStringList result;
    const QStringList files =
        QDir(Directory).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(Prefix.size()).chopped(3); // ".qm"
        if (language != QLatin1String("en"))
            result.append(language);
    }
    return result;
}

} // namespace Translations
