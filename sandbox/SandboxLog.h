#pragma once

#include <QLoggingCategory>

// One logging category per module of the sandbox. Debug output is off by default; turn it on
// with QT_LOGGING_RULES="pim.sandbox.*.debug=true". No category ever logs a secret, a password,
// a token or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxStore)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxMedia)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSeed)
