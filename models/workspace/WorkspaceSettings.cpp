#include "workspace/WorkspaceSettings.h"

#include <QSettings>

namespace {

const QString keepSecretsKey = QStringLiteral("offline/keepConnectionSecrets");

} // namespace

namespace WorkspaceSettings {

bool keepSecretsInKeychain(const QSettings &settings)
{
    return settings.value(keepSecretsKey, true).toBool();
}

void setKeepSecretsInKeychain(QSettings &settings, bool keep)
{
    settings.setValue(keepSecretsKey, keep);
}

} // namespace WorkspaceSettings
