#include "TranslationsLog.h"

Q_LOGGING_CATEGORY(lcTranslations, "pim.i18n", QtInfoMsg)
