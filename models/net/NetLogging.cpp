#include "net/NetLogging.h"

Q_LOGGING_CATEGORY(lcPimNet, "pim.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPimSession, "pim.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPimModel, "pim.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPimLogo, "pim.logo", QtInfoMsg)
