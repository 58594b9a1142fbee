#pragma once

#include "domain/ValidationError.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// Every failure of a call to the PIM, as one value (see the jobs in models/net). Widgets and
// the CLI show message(); they never look at HTTP statuses themselves.
struct ApiError
{
    enum class Kind {
        None,       // success
        Network,    // the server cannot be reached (DNS, refused, reset)
        Timeout,    // no answer in time
        Tls,        // the certificate was refused; never ignored silently
        SignedOut,  // 401 or a redirect to /user/login, still so after signing in again
        Forbidden,  // 403: the user lacks "Manage connections settings" (docs/pim-api.md §1.5)
        NotFound,   // 404
        Validation, // 422 with reason keys (docs/pim-api.md §4), or 400 {"message"} (docs/pim-api.md §2)
        Server,     // 5xx, or another unexpected status
        Malformed,  // an answer that is not what docs/pim-api.md says (HTML, truncated JSON...)
        Cancelled,  // the caller cancelled the job
        // Signing in was refused: wrong username or password (the login form sent us back to
        // /user/login, docs/pim-api.md §1.2). Distinct from SignedOut, where signing in again may help.
        SignInRefused,
        // The operation needs the PIM and it cannot be used now (offline, signed out, or started
        // with --offline): nothing was sent. `detail` is then a translated sentence saying why
        // (see Workspace::writeDisabledReason()), and message() is that sentence.
        Offline,
        // The PIM has the route but not for this user or not in this edition: a feature turned
        // off (404 on the connected-App routes, docs/pim-api.md §11.2) or a right the user lacks
        // (403, "Manage apps", §11.3). Not a failure to retry: `detail` is then a translated
        // sentence saying which and what to do, and message() is that sentence.
        Unavailable,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // The server's own words (a 400's "message", an OAuth "message") or the low-level reason
    // (Qt's network error string, the JSON parser's complaint). Never contains a secret.
    QString detail;
    // For Validation: the violations of a 422 in the server's order; a 400 {"message"}
    // becomes one error on the field "" whose reason is the server's message.
    FieldErrors fieldErrors;
    // For Network, Timeout and Tls: the PIM's address that was tried (the jobs set it), which
    // message() names; empty when not known.
    QUrl address;
    // For Timeout: how long was waited (milliseconds, 0 when not known), and whether it was the
    // request's overall deadline that passed (the PIM was still sending) rather than silence.
    int waitedMs = 0;
    bool deadlinePassed = false;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static ApiError make(Kind kind, int httpStatus = 0, const QString &detail = QString());

    // A translated sentence that says what happened and what to do next.
    QString message() const;
    // The translated validation texts for one field ("" for the whole form), one a line.
    QString fieldMessage(const QString &field) const;
    // A 422 that refuses a creation because the PIM's limit of connections is reached: the
    // PIM's answer is the truth about the limit (docs/pim-api.md §3, §11.1), not a number here.
    bool saysLimitReached() const;
    // A short translated name of the kind ("Network failure"), for titles and logs.
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
