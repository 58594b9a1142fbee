#pragma once

#include "SandboxProcess.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class PimClient;

// The one place where the end-to-end suite chooses the PIM it talks to.
//
// With PIM_E2E_URL, PIM_E2E_USER and PIM_E2E_PASSWORD set, the suite runs against that PIM
// (a user's staging Akeneo): nothing is started, and the only connections created or deleted
// are the suite's own, whose codes start with "e2e_" (newCode()); cleanup() deletes them.
// PIM_E2E_VIEWER_USER and PIM_E2E_VIEWER_PASSWORD name an optional user without "Manage
// connections settings" for the Forbidden checks.
// Without PIM_E2E_URL, start() starts a pim-sandbox on a free loopback port.
//
// Parts that need control over the server (its TTLs, filling it to the limit, stopping it)
// skip on a PIM of the user's: E2E_REQUIRE_SANDBOX.
class E2eTarget
{
public:
    struct Account
    {
        QString username;
        QString password;
        bool isValid() const { return !username.isEmpty() && !password.isEmpty(); }
    };

    // The sandbox the suite starts when no PIM is given: demo data, an admin, and a viewer
    // without the manage right.
    static SandboxProcess::Options sandboxOptions();
    // True when PIM_E2E_URL is set (then PIM_E2E_USER and PIM_E2E_PASSWORD must be too).
    static bool remoteRequested();

    E2eTarget();
    ~E2eTarget();
    E2eTarget(const E2eTarget &) = delete;
    E2eTarget &operator=(const E2eTarget &) = delete;

    // Reads the environment, or starts a sandbox with `options`. False with errorString().
    bool start(const SandboxProcess::Options &options = sandboxOptions());
    // Starts a sandbox with `options` whatever the environment, for a test that needs one of
    // its own (a TTL, the limit): call it after E2E_REQUIRE_SANDBOX on the suite's target.
    bool startSandbox(const SandboxProcess::Options &options);

    bool isSandbox() const { return m_sandbox != nullptr; }
    // The sandbox process (nullptr on a PIM of the user's), to stop or pause it.
    SandboxProcess *sandbox() const { return m_sandbox.get(); }
    QUrl url() const { return m_url; }
    Account admin() const { return m_admin; }
    // A user without "Manage connections settings"; invalid when none was given.
    Account viewer() const { return m_viewer; }
    QString errorString() const { return m_error; }
    // "pim-sandbox at http://127.0.0.1:40123" or "the PIM at https://...", for messages.
    QString describe() const;

    // A new client for this PIM with `account`'s credentials, not signed in yet.
    std::unique_ptr<PimClient> newClient(const Account &account) const;

    // A fresh connection code "e2e_" + 12 random lowercase letters and digits, remembered so
    // that cleanup() deletes its connection.
    QString newCode();
    // The same shape, not remembered: for names that are never created (an unknown user).
    static QString randomCode();
    // Deletes every connection made with newCode() that may still exist, as the admin, with a
    // client of its own (whatever state the tested client is in). Refuses any code that does
    // not start with "e2e_". Returns what could not be cleaned (empty when all went).
    QStringList cleanup();

    static constexpr char CodePrefix[] = "e2e_";

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QUrl m_url;
    Account m_admin;
    Account m_viewer;
    QString m_error;
    QStringList m_codes; // in creation order
};

// In a test function: skips it (with the reason) unless the suite runs on a sandbox.
#define E2E_REQUIRE_SANDBOX(target, why)                                                           \
    do {                                                                                           \
        if (!(target).isSandbox())                                                                 \
            QSKIP("needs pim-sandbox (" why "); skipped on a PIM given with PIM_E2E_URL");         \
    } while (false)

// In a test function: skips it unless a user without the manage right is known.
#define E2E_REQUIRE_VIEWER(target)                                                                 \
    do {                                                                                           \
        if (!(target).viewer().isValid())                                                          \
            QSKIP("needs a user without \"Manage connections settings\": set "                     \
                  "PIM_E2E_VIEWER_USER and PIM_E2E_VIEWER_PASSWORD");                              \
    } while (false)
