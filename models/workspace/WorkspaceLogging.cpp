#include "workspace/WorkspaceLogging.h"

Q_LOGGING_CATEGORY(lcWorkspace, "pim.workspace")
