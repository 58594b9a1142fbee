#pragma once

#include "net/PimNetworkAccessManager.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QUrlQuery>

#include <functional>

// A canned answer of the fake network (tests only).
struct FakeAnswer
{
    enum class Timing { Soon, Delayed, Hang };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport failure
    QString errorString;
    QList<QSslError::SslError> sslErrors; // reported through QNetworkAccessManager::sslErrors
    Timing timing = Timing::Soon;
    int delayMs = 0;

    static FakeAnswer json(int status, const QByteArray &body);
    static FakeAnswer html(int status, const QByteArray &body);
    static FakeAnswer empty(int status);
    static FakeAnswer redirect(const QByteArray &location, int status = 302);
    static FakeAnswer bytes(const QByteArray &body, const QByteArray &contentType);
    static FakeAnswer failure(QNetworkReply::NetworkError error, const QString &message);
    static FakeAnswer tls(QSslError::SslError problem);
    static FakeAnswer hang();
    FakeAnswer delayed(int milliseconds) const;
    FakeAnswer withHeader(const QByteArray &name, const QByteArray &value) const;
};

// A request as the fake network saw it, after PimNetworkAccessManager::prepareRequest().
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    QByteArray cookieHeader; // what the real manager would have sent from the cookie jar

    QString path() const { return url.path(QUrl::FullyEncoded); }
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QUrlQuery form() const;       // an x-www-form-urlencoded body
    QJsonObject jsonBody() const; // a JSON object body
};

class FakeReply;

// A PimNetworkAccessManager whose network is a table of canned answers (Nextcloud's tests, in
// spirit): canned, failing (refused, TLS), hanging and slow replies. Requests are prepared by
// the real PimNetworkAccessManager::prepareRequest and recorded with their body; cookies are
// loaded from and saved to the cookie jar as the real manager does.
class FakeNetworkAccessManager : public PimNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeAnswer(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    // Paths are compared with QUrl::path(FullyEncoded): "/rest/connections".
    void setAnswer(const QByteArray &method, const QString &path, const FakeAnswer &answer);
    // Used once, before any setAnswer() of the same route; queued answers go first in order.
    void queueAnswer(const QByteArray &method, const QString &path, const FakeAnswer &answer);
    void setHandler(const QByteArray &method, const QString &path, Handler handler);
    // For routes that have none: 404 with an HTML body.
    void setDefaultAnswer(const FakeAnswer &answer) { m_default = answer; }

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QByteArray &method, const QString &path) const;
    int count(const QByteArray &method, const QString &path) const
    {
        return int(requestsTo(method, path).size());
    }
    RecordedRequest last() const { return m_requests.value(m_requests.size() - 1); }
    void clearRequests() { m_requests.clear(); }
    // Replies created and not finished (hanging ones, for instance).
    int openReplies() const;
    int abortedReplies() const { return m_aborted; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    static QString key(const QByteArray &method, const QString &path);

    QHash<QString, FakeAnswer> m_answers;
    QHash<QString, QList<FakeAnswer>> m_queues;
    QHash<QString, Handler> m_handlers;
    FakeAnswer m_default;
    QList<RecordedRequest> m_requests;
    QList<QPointer<FakeReply>> m_replies;
    int m_aborted = 0;
};
