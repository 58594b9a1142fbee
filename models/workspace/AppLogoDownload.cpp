#include "workspace/AppLogoDownload.h"

#include "net/ErrorMapping.h"
#include "net/HttpAnswer.h"
#include "net/PimNetworkAccessManager.h"
#include "workspace/WorkspaceLogging.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr int MaxRedirects = 3;

} // namespace

AppLogoDownload::AppLogoDownload(QNetworkAccessManager *network, const QUrl &url, int timeoutMs,
                                 qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_timeoutMs(timeoutMs)
    , m_maxBytes(maxBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(lcWorkspace) << "the logo at" << m_url.host() << "timed out";
        ApiError error = ApiError::make(ApiError::Kind::Timeout);
        error.address = m_url;
        error.waitedMs = m_timeoutMs;
        finish(error);
    });
    // However steadily it trickles in, a download ends (see NetworkJob::deadline()).
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcWorkspace) << "the logo at" << m_url.host() << "did not end in time";
        ApiError error = ApiError::make(ApiError::Kind::Timeout);
        error.address = m_url;
        error.waitedMs = m_deadline.interval();
        error.deadlinePassed = true;
        finish(error);
    });
}

AppLogoDownload::~AppLogoDownload()
{
    dropReply();
}

void AppLogoDownload::start()
{
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != u"https" && scheme != u"http") || m_url.host().isEmpty()) {
        const ApiError error =
            failure(ApiError::Kind::Validation, tr("The App's logo address \"%1\" is not a web "
                                                   "address.")
                                                    .arg(m_url.toDisplayString()));
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    get(m_url);
}

void AppLogoDownload::get(const QUrl &url)
{
    QNetworkRequest request(url);
    // Another server: the PIM's session cookie is neither sent nor replaced, and no header of
    // the back office is added (PimNetworkAccessManager treats it as it treats the public API).
    request.setAttribute(PimNetworkAccessManager::PublicApiAttribute, true);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    m_bytes.clear();
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    // Qt holds little before onReadyRead() reads it, so the cap applies as the bytes come.
    HttpAnswer::limitReadBuffer(reply);
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        // Never ignored; kept for the message when the manager did not record them itself.
        QStringList reasons =
            reply->property(PimNetworkAccessManager::sslErrorsProperty).toStringList();
        for (const QSslError &error : errors) {
            if (!reasons.contains(error.errorString()))
                reasons.append(error.errorString());
        }
        reply->setProperty(PimNetworkAccessManager::sslErrorsProperty, reasons);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && tooLarge(length.toLongLong()))
            finish(failure(ApiError::Kind::Validation, {}));
    });
    connect(reply, &QNetworkReply::readyRead, this, &AppLogoDownload::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64 total) {
        m_timer.start(m_timeoutMs);
        if (tooLarge(total))
            finish(failure(ApiError::Kind::Validation, {}));
    });
    connect(reply, &QNetworkReply::finished, this, &AppLogoDownload::onFinished);
    m_timer.start(m_timeoutMs);
    if (!m_deadline.isActive())
        m_deadline.start(m_deadlineMs);
}

void AppLogoDownload::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    m_bytes += m_reply->readAll();
    if (tooLarge(m_bytes.size()))
        finish(failure(ApiError::Kind::Validation, {}));
}

void AppLogoDownload::onFinished()
{
    if (!m_reply || m_done)
        return;
    onReadyRead();
    if (m_done)
        return;
    HttpAnswer answer = HttpAnswer::fromReply(m_reply);
    m_bytes += answer.body;
    if (!answer.hasHttpStatus() || answer.error == QNetworkReply::SslHandshakeFailedError) {
        ApiError error = ErrorMapping::fromTransport(answer);
        error.address = m_url;
        finish(error);
        return;
    }
    if (answer.isRedirect()) {
        const bool downgrade =
            answer.url.scheme() == u"https" && answer.location.scheme() != u"https";
        if (m_redirects < MaxRedirects && !downgrade) {
            ++m_redirects;
            dropReply();
            get(answer.location);
            return;
        }
    }
    if (answer.status < 200 || answer.status >= 300) {
        finish(failure(ApiError::Kind::Validation,
                       tr("The App's logo could not be downloaded from %1 (HTTP %2).")
                           .arg(m_url.toDisplayString())
                           .arg(answer.status)));
        return;
    }
    finish(ApiError());
}

ApiError AppLogoDownload::failure(ApiError::Kind kind, const QString &detail) const
{
    // A sentence of its own: ApiError's sentences speak of the PIM, and this is another server.
    const QString text =
        !detail.isEmpty()
            ? detail
            : tr("The App's logo at %1 is larger than %2, so it is not shown.")
                  .arg(m_url.toDisplayString(), QLocale().formattedDataSize(m_maxBytes));
    ApiError error = ApiError::make(kind, 0, text);
    error.address = m_url;
    return error;
}

void AppLogoDownload::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_deadline.stop();
    dropReply();
    const QByteArray bytes = error.isError() ? QByteArray() : m_bytes;
    m_bytes.clear();
    emit finished(error, bytes);
    deleteLater();
}

void AppLogoDownload::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}
