#pragma once

class QSettings;

// The user's settings that the window and the CLI share (one QSettings of the app), so that
// both treat the keychain alike.
namespace WorkspaceSettings {

// "Keep connection secrets in the keychain for offline use" (on by default).
bool keepSecretsInKeychain(const QSettings &settings);
void setKeepSecretsInKeychain(QSettings &settings, bool keep);

} // namespace WorkspaceSettings
