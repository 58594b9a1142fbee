#include "FakeReply.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTimer>

namespace {

// The error a real QNetworkReply reports along with an HTTP error status.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 500)
        return QNetworkReply::UnknownServerError;
    if (status >= 400)
        return QNetworkReply::UnknownContentError;
    return QNetworkReply::NoError;
}

} // namespace

FakeReply::FakeReply(FakeNetworkAccessManager *manager, QNetworkAccessManager::Operation op,
                     const QNetworkRequest &request, const FakeAnswer &answer)
    : QNetworkReply(manager)
    , m_manager(manager)
    , m_answer(answer)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    switch (answer.timing) {
    case FakeAnswer::Timing::Soon:
        QTimer::singleShot(0, this, &FakeReply::deliver);
        break;
    case FakeAnswer::Timing::Delayed:
        QTimer::singleShot(answer.delayMs, this, &FakeReply::deliver);
        break;
    case FakeAnswer::Timing::Hang:
        break;
    }
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &message)
{
    if (error != QNetworkReply::NoError) {
        setError(error, message);
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_answer.error != QNetworkReply::NoError) {
        if (!m_answer.sslErrors.isEmpty()) {
            QList<QSslError> errors;
            for (QSslError::SslError problem : std::as_const(m_answer.sslErrors))
                errors.append(QSslError(problem));
            emit sslErrors(errors);
            emit m_manager->sslErrors(this, errors); // as QNetworkAccessManager does
        }
        finishWith(m_answer.error, m_answer.errorString);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
    for (const auto &[name, value] : std::as_const(m_answer.headers))
        setRawHeader(name, value);
    // As a real server's answer has it (an answer without any header line is one whose header
    // Qt dropped: HttpAnswer::headerDropped).
    if (!hasRawHeader("Content-Length"))
        setRawHeader("Content-Length", QByteArray::number(m_answer.body.size()));
    const bool saveCookies =
        request()
            .attribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Automatic)
            .toInt() == QNetworkRequest::Automatic;
    if (saveCookies && m_manager->cookieJar()) {
        for (const auto &[name, value] : std::as_const(m_answer.headers)) {
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
                m_manager->cookieJar()->setCookiesFromUrl(QNetworkCookie::parseCookies(value),
                                                          url());
        }
    }
    m_body = m_answer.body;
    emit metaDataChanged();
    emit downloadProgress(m_body.size(), m_body.size());
    if (!m_body.isEmpty())
        emit readyRead();
    if (isFinished())
        return; // aborted from a slot
    const QNetworkReply::NetworkError error = errorForStatus(m_answer.status);
    finishWith(error, error == QNetworkReply::NoError
                          ? QString()
                          : QStringLiteral("Server replied: %1").arg(m_answer.status));
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    ++m_manager->m_aborted;
    m_body.clear();
    finishWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}
