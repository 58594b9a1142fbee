#include "style/UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "pim.ui", QtInfoMsg)
