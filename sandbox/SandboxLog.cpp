#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "pim.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "pim.sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxStore, "pim.sandbox.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxAuth, "pim.sandbox.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxOAuth, "pim.sandbox.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxMedia, "pim.sandbox.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxSeed, "pim.sandbox.seed", QtInfoMsg)
