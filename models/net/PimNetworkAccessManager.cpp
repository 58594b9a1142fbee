#include "net/PimNetworkAccessManager.h"

#include "net/NetLogging.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>

PimNetworkAccessManager::PimNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    // Jobs follow redirects themselves (see the class comment).
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(this, &QNetworkAccessManager::sslErrors, this,
            &PimNetworkAccessManager::recordSslErrors);
}

void PimNetworkAccessManager::setDefaultTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds > 0 ? milliseconds : DefaultTransferTimeoutMs;
}

QNetworkRequest PimNetworkAccessManager::prepareRequest(const QNetworkRequest &request) const
{
    QNetworkRequest prepared = request;
    const bool publicApi = request.attribute(PublicApiAttribute).toBool();
    if (publicApi) {
        // Section 5: the public API is stateless; the back-office cookie has no business there.
        prepared.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        prepared.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    } else if (!prepared.hasRawHeader("X-Requested-With")) {
        // Section 1.3: without it, a real PIM answers some routes with a redirect.
        prepared.setRawHeader("X-Requested-With", "XMLHttpRequest");
    }
    if (prepared.transferTimeout() <= 0)
        prepared.setTransferTimeout(m_transferTimeoutMs);
    prepared.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);
    if (!prepared.header(QNetworkRequest::UserAgentHeader).isValid()) {
        prepared.setHeader(QNetworkRequest::UserAgentHeader,
                           QStringLiteral("PimConnections/%1 (Qt %2)")
                               .arg(QCoreApplication::applicationVersion().isEmpty()
                                        ? QStringLiteral(PIM_CONNECTIONS_VERSION)
                                        : QCoreApplication::applicationVersion(),
                                    QLatin1String(qVersion())));
    }
    return prepared;
}

namespace {

const char *verb(QNetworkAccessManager::Operation op)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return "CUSTOM";
    }
}

} // namespace

QNetworkReply *PimNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                      QIODevice *outgoingData)
{
    const QNetworkRequest prepared = prepareRequest(request);
    // The URL only: bodies may hold secrets (see NetLogging.h).
    qCDebug(lcPimNet).noquote() << verb(op) << prepared.url().toDisplayString();
    return QNetworkAccessManager::createRequest(op, prepared, outgoingData);
}

void PimNetworkAccessManager::recordSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails and the job reports Kind::Tls with these reasons.
    QStringList reasons = reply->property(sslErrorsProperty).toStringList();
    for (const QSslError &error : errors) {
        if (!reasons.contains(error.errorString()))
            reasons.append(error.errorString());
    }
    reply->setProperty(sslErrorsProperty, reasons);
    qCWarning(lcPimNet) << "TLS errors for" << reply->url().host() << reasons;
}

bool PimNetworkAccessManager::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool PimNetworkAccessManager::isLoginPath(const QString &path)
{
    // "/user/login", also under a path prefix ("/pim/user/login") and with a trailing slash;
    // not "/user/login-check".
    QStringView p(path);
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.endsWith(QLatin1String("/user/login"));
}

PimNetworkAccessManager::RedirectKind PimNetworkAccessManager::redirectKind(const QUrl &from,
                                                                            const QUrl &target)
{
    const QUrl resolved = from.resolved(target);
    if (resolved.host().compare(from.host(), Qt::CaseInsensitive) == 0 &&
        isLoginPath(resolved.path()))
        return RedirectKind::SignedOut;
    return sameOrigin(from, resolved) ? RedirectKind::Follow : RedirectKind::Refuse;
}
