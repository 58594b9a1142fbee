#pragma once

#include <QLoggingCategory>

// One logging category per part of the local storage. Never log a secret or a password.
Q_DECLARE_LOGGING_CATEGORY(lcCache)     // pim.store.cache: the SQLite cache
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)   // pim.store.secrets: the keychain
Q_DECLARE_LOGGING_CATEGORY(lcInstances) // pim.store.instances: the list of PIMs
