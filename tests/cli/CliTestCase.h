#pragma once

// What the tests of pim-connections-cli share: a pim-sandbox on loopback seeded with the demo,
// its administrator, and the CLI with a private HOME that signs in as it (PIM_PASSWORD).
#include "CliProcess.h"
#include "HttpClient.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <optional>

namespace CliTest {

inline const QString AdminPassword = QStringLiteral("Adm1n-Cli-Pw-7f3e");

// GET /rest/connections with the settings page's search (docs/pim-api.md §2).
QString defaultTypesQuery();
QByteArray fileBytes(const QString &path);

} // namespace CliTest

// The base of the CLI's test cases (not a test itself).
class CliTestCase : public QObject
{
protected:
    // Starts the sandbox (with these arguments added) and prepares the CLI; false with the
    // reason in errorString().
    bool startSandbox(const QStringList &extraArguments = {});
    QString errorString() const { return m_sandbox.errorString(); }
    // The CLI as the administrator; once addPim() ran, it uses that PIM without options.
    CliProcess::Result cli(const QStringList &arguments) const { return m_cli->run(arguments); }
    // The first run with --server and --user, which adds the sandbox to the app's PIMs.
    CliProcess::Result addPim() const;
    // The sandbox's back office, signed in as the administrator.
    HttpClient &admin();
    // A token of the public API with these credentials (docs/pim-api.md §5); empty if refused.
    QString accessToken(const QJsonObject &details, const QString &password) const;

    SandboxProcess m_sandbox;
    std::optional<CliProcess> m_cli;
    std::optional<HttpClient> m_http;
    QString m_url;
};
