#include "domain/PimAddress.h"

#include <QStringList>

#include <algorithm>

namespace {

const QString http = QStringLiteral("http");
const QString https = QStringLiteral("https");

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The length of the URI scheme `text` starts with (RFC 3986: a letter, then letters, digits, "+",
// "-" or "."), 0 when it does not start with a letter. Scanned by hand: a regular expression
// here would load and compile PCRE2 at each start, for the PIMs the registry reads.
qsizetype schemeLength(const QString &text)
{
    auto isLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    if (text.isEmpty() || !isLetter(text.front()))
        return 0;
    qsizetype length = 1;
    while (length < text.size()) {
        const QChar c = text.at(length);
        if (!isLetter(c) && !(c >= u'0' && c <= u'9') && c != u'+' && c != u'-' && c != u'.')
            break;
        ++length;
    }
    return length;
}

int defaultPort(const QString &scheme)
{
    return scheme == https ? 443 : 80;
}

// The path without trailing slashes nor a pasted sign-in page (docs/pim-api.md §1: the form
// is GET /user/login, posted to /user/login-check); a prefix before them stays.
QString rootPath(QString path)
{
    auto chopSlashes = [&path] {
        while (path.endsWith(u'/'))
            path.chop(1);
    };
    chopSlashes();
    for (const QLatin1String page :
         {QLatin1String("/user/login-check"), QLatin1String("/user/login")}) {
        if (path.endsWith(page)) {
            path.chop(page.size());
            break;
        }
    }
    chopSlashes();
    return path;
}

} // namespace

PimAddress PimAddress::refused(Problem problem, const QString &detail)
{
    PimAddress address;
    address.m_problem = problem;
    address.m_detail = detail;
    return address;
}

PimAddress PimAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refused(Problem::Empty);

    // "scheme://..." as typed, or no scheme at all: https. A scheme without "//" ("mailto:x",
    // "https:/pim") is refused; "host:8080" is a host and its port.
    QString scheme = https;
    QString full = trimmed;
    const qsizetype schemeEnd = schemeLength(trimmed);
    const QStringView afterScheme = QStringView(trimmed).mid(schemeEnd);
    if (schemeEnd > 0 && afterScheme.startsWith(QLatin1String("://")))
        scheme = trimmed.left(schemeEnd).toLower();
    else if (schemeEnd > 0 && afterScheme.startsWith(u':') &&
             (afterScheme.size() == 1 || afterScheme.at(1) < u'0' || afterScheme.at(1) > u'9'))
        return refused(Problem::NotWeb); // a scheme and ":", not a host and its port
    else
        full = https + QLatin1String("://") + trimmed;
    if (scheme != https && scheme != http)
        return refused(Problem::NotWeb);

    // The authority is split here so that each of its faults gets its own message (QUrl only
    // says "invalid").
    const QString rest = full.mid(scheme.size() + 3);
    const auto endAt = std::find_if(rest.cbegin(), rest.cend(),
                                    [](QChar c) { return c == u'/' || c == u'?' || c == u'#'; });
    const qsizetype end = endAt == rest.cend() ? -1 : endAt - rest.cbegin();
    const QString authority = end < 0 ? rest : rest.left(end);
    if (authority.contains(u'@'))
        return refused(Problem::UserInfo);
    QString host = authority;
    QString port;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return refused(Problem::BadHost, authority);
        host = authority.left(close + 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return refused(Problem::BadHost, authority);
        port = after.mid(1);
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        host = authority.left(colon);
        port = authority.mid(colon + 1);
        if (port.contains(u':')) // an IPv6 address without its brackets
            return refused(Problem::BadHost, authority);
    }
    if (host.isEmpty())
        return refused(Problem::NoHost);
    if (!port.isEmpty() &&
        (!allDigits(port) || port.size() > 5 || port.toInt() < 1 || port.toInt() > 65535))
        return refused(Problem::BadPort, port);
    if (const QUrl probe(scheme + QLatin1String("://") + host, QUrl::StrictMode);
        !probe.isValid() || probe.host().isEmpty())
        return refused(Problem::BadHost, host);

    // The path as pasted from a browser's address bar or typed ("/my pim" → "/my%20pim").
    QUrl url(full, QUrl::TolerantMode);
    if (!url.isValid())
        return refused(Problem::Malformed);
    if (url.hasQuery())
        return refused(Problem::Query);
    if (url.hasFragment())
        return refused(Problem::Fragment);

    // QUrl has already lower-cased the host and written IP addresses in their usual form.
    url.setScheme(scheme);
    url = url.adjusted(QUrl::NormalizePathSegments);
    url.setPath(rootPath(url.path(QUrl::FullyEncoded)), QUrl::TolerantMode);
    if (url.port() == defaultPort(scheme))
        url.setPort(-1);

    PimAddress address;
    address.m_url = url;
    address.m_problem =
        scheme == http && !isLoopbackHost(url.host()) ? Problem::PlainHttp : Problem::None;
    return address;
}

PimAddress PimAddress::fromUrl(const QUrl &url)
{
    if (url.isEmpty())
        return refused(Problem::Empty);
    if (!url.isValid())
        return refused(Problem::Malformed);
    return parse(url.toString(QUrl::FullyEncoded));
}

QUrl PimAddress::httpsUrl() const
{
    if (!isWellFormed())
        return {};
    QUrl url = m_url;
    url.setScheme(https);
    if (url.port() == defaultPort(http) || url.port() == defaultPort(https))
        url.setPort(-1);
    return url;
}

bool PimAddress::isLoopbackHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name == QLatin1String("::1"))
        return true;
    const QString v4 = name.startsWith(QLatin1String("::ffff:")) ? name.mid(7) : name;
    const QStringList parts = v4.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (!allDigits(part) || part.size() > 3 || part.toInt() > 255)
            return false;
    }
    return parts.first().toInt() == 127;
}

QString PimAddress::error() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the address of the PIM, for example https://pim.example.com.");
    case Problem::NotWeb:
        return tr("The address must start with https://, for example https://pim.example.com.");
    case Problem::PlainHttp:
        return tr("This address is not encrypted (http://): your password would travel in "
                  "clear. Use https:// instead; http:// is accepted only for a PIM on this "
                  "computer.");
    case Problem::UserInfo:
        return tr("Leave the username and password out of the address (the part before "
                  "\"@\"): they are asked for separately.");
    case Problem::NoHost:
        return tr("The address has no server name. Type it as https://pim.example.com.");
    case Problem::BadHost:
        return tr("\"%1\" is not a valid server name. Type the address as "
                  "https://pim.example.com.")
            .arg(m_detail);
    case Problem::BadPort:
        return tr("\"%1\" is not a valid port: a port is a number from 1 to 65535.").arg(m_detail);
    case Problem::Query:
        return tr("Remove the part after \"?\": the address of a PIM has no query.");
    case Problem::Fragment:
        return tr("Remove the part after \"#\": it names a page of the PIM, not its address.");
    case Problem::Malformed:
        return tr("This is not a valid address. Type it as https://pim.example.com.");
    }
    return {};
}
