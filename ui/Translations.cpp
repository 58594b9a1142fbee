#include "Translations.h"

#include "UiLog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication *application)
{
    // English first: a later translator (the user's language) takes precedence over it.
    auto *english = new QTranslator(application);
    if (english->load(QStringLiteral(":/i18n/pim-connections_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        qCWarning(lcUi) << "the English plural forms are missing from the resources";

    auto *local = new QTranslator(application);
    if (QLocale().language() != QLocale::English &&
        local->load(QLocale(), QStringLiteral("pim-connections"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace Translations
