#pragma once

#include <QLoggingCategory>

// pim.workspace: connectivity, sync to the cache and the keychain. Never a secret or password.
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
