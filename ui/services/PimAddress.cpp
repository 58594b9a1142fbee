#include "services/PimAddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace PimAddress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PimAddress", text);
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Check check(const QString &input)
{
    Check result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter the address of the PIM, for example https://pim.example.com.");
        return result;
    }
    // No scheme typed: https, the only sensible default for a password.
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        result.error = tr("This is not a valid address. Type it as https://pim.example.com.");
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        result.error = tr("The address must start with https:// (or http://).");
        return result;
    }
    if (url.host().isEmpty()) {
        result.error = tr("This address has no server name. Type it as https://pim.example.com.");
        return result;
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        result.error = tr("Leave the username and password out of the address: type them in "
                          "their own fields.");
        return result;
    }

    // The PIM's root: pasted page addresses lose their page.
    QString path = url.path();
    for (const QLatin1String page :
         {QLatin1String("/user/login"), QLatin1String("/user/login-check")}) {
        if (path.endsWith(page))
            path.chop(page.size());
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);

    QUrl normalised;
    normalised.setScheme(scheme);
    normalised.setHost(url.host());
    normalised.setPort(url.port());
    normalised.setPath(path);
    result.url = normalised;
    result.insecure = scheme == QLatin1String("http") && !isLoopback(url.host());
    return result;
}

QUrl withHttps(const QUrl &url)
{
    QUrl secure = url;
    secure.setScheme(QStringLiteral("https"));
    if (secure.port() == 80)
        secure.setPort(-1);
    return secure;
}

} // namespace PimAddress
