#pragma once

#include <QLoggingCategory>

// The logging category of the translations ("pim.i18n").
Q_DECLARE_LOGGING_CATEGORY(lcTranslations)
