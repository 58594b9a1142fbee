#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The address of a PIM, checked and normalised in one place: as typed in the sign-in dialog or
// given with --server (the app's and the CLI's), as kept in the list of PIMs, and as named in
// keychain entries. Pure (no network), QtCore only; tests/domain/tst_pimaddress.cpp.
//
//   "pim.example.com"                      → https://pim.example.com (no scheme: https)
//   "127.0.0.1:35545"                      → https://127.0.0.1:35545
//   " HTTPS://PIM.Example.com:443/pim/ "   → https://pim.example.com/pim (a path prefix stays)
//   "https://pim.example.com/user/login"   → https://pim.example.com (the sign-in pages of
//                                            docs/pim-api.md §1, pasted from the browser)
//   "http://localhost:8080"                → http://localhost:8080 (http on loopback only)
//
// Refused, each with its own translated message (error()): an empty address, a scheme other
// than http and https, plain http to another machine than this one (the password would travel
// in clear), a username or password in the address, a query, a fragment, an invalid port, a
// malformed or missing server name.
class PimAddress
{
    Q_DECLARE_TR_FUNCTIONS(PimAddress)

public:
    enum class Problem {
        None,
        Empty,
        NotWeb,    // another scheme (ftp://, file://) or a scheme without "//"
        PlainHttp, // http:// to another machine than this one
        UserInfo,  // "https://user:password@host"
        NoHost,
        BadHost,
        BadPort,
        Query,
        Fragment,
        Malformed, // anything else QUrl refuses (a space in the path...)
    };

    PimAddress() = default;

    // What a person typed or pasted; surrounding spaces are ignored.
    static PimAddress parse(const QString &text);
    // An address held as a QUrl (the list of PIMs, a keychain key): the same rules.
    static PimAddress fromUrl(const QUrl &url);

    bool isValid() const { return m_problem == Problem::None; }
    // Valid, or refused only because it is plain http to another machine: an address kept
    // from before that rule, which the list of PIMs keeps (and the session refuses to use).
    bool isWellFormed() const { return isValid() || m_problem == Problem::PlainHttp; }
    Problem problem() const { return m_problem; }
    // The normalised address when well-formed (for PlainHttp: the http address), else empty.
    // Use it only after checking isValid() (or isWellFormed(), knowingly).
    QUrl url() const { return m_url; }
    // The same address with https (and without http's default port), when well-formed: what
    // the sign-in dialog offers instead of a refused http address.
    QUrl httpsUrl() const;
    // Translated: what is wrong and how to write it; empty when valid.
    QString error() const;

    // localhost, 127.0.0.0/8 and ::1 (also as ::ffff:127.x.y.z), as QUrl writes hosts.
    static bool isLoopbackHost(const QString &host);

private:
    static PimAddress refused(Problem problem, const QString &detail = QString());

    Problem m_problem = Problem::Empty;
    QUrl m_url;
    QString m_detail; // the server name or port refused, for the message
};
