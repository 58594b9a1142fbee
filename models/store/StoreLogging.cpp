#include "store/StoreLogging.h"

Q_LOGGING_CATEGORY(lcCache, "pim.store.cache")
Q_LOGGING_CATEGORY(lcSecrets, "pim.store.secrets")
Q_LOGGING_CATEGORY(lcInstances, "pim.store.instances")
