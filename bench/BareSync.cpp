#include "BareSync.h"

#include "RequestLog.h"
#include "net/DownloadImageJob.h"
#include "net/ListConnectionsJob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

QNetworkRequest bareRequest(const QUrl &base, const QString &pathAndQuery)
{
    QUrl url = base.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setRawHeader("X-Requested-With", "XMLHttpRequest");
    request.setTransferTimeout(30000);
    return request;
}

BareAnswer bareWait(QNetworkAccessManager *network, const QByteArray &verb,
                    const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    BareAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0)
        answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

QString bareSignIn(QNetworkAccessManager *network, const QUrl &base, const QString &user,
                   const QString &password)
{
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const BareAnswer page =
        bareWait(network, "GET", bareRequest(base, QStringLiteral("/user/login")));
    static const QRegularExpression token(
        QStringLiteral(R"(name="_csrf_token"\s+value="([^"]*)\")"));
    const QRegularExpressionMatch match = token.match(QString::fromUtf8(page.body));
    if (!match.hasMatch())
        return QStringLiteral("no sign-in form at %1 (%2)").arg(base.toString(), page.error);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("_username"), user);
    form.addQueryItem(QStringLiteral("_password"), password);
    form.addQueryItem(QStringLiteral("_csrf_token"), match.captured(1));
    form.addQueryItem(QStringLiteral("_target_path"), QString());
    QNetworkRequest check = bareRequest(base, QStringLiteral("/user/login-check"));
    check.setHeader(QNetworkRequest::ContentTypeHeader,
                    QStringLiteral("application/x-www-form-urlencoded"));
    const BareAnswer signedIn =
        bareWait(network, "POST", check, form.toString(QUrl::FullyEncoded).toUtf8());
    network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    if (signedIn.status != 302)
        return QStringLiteral("sign-in refused (HTTP %1)").arg(signedIn.status);
    return QString();
}

BareSyncResult runBareSync(const QUrl &base, const QString &user, const QString &password,
                           bool getEachConnection, RequestLog *log)
{
    BareSyncResult result;
    QNetworkAccessManager network;
    network.setAutoDeleteReplies(true);
    if (log)
        log->watch(&network);
    QElapsedTimer clock;
    clock.start();
    result.error = bareSignIn(&network, base, user, password);
    if (!result.error.isEmpty())
        return result;

    QEventLoop loop;
    int pending = 0;
    auto send = [&](const QString &path, auto onBody) {
        ++pending;
        QNetworkReply *reply = network.get(bareRequest(base, path));
        if (log)
            QObject::connect(reply, &QNetworkReply::redirected, log,
                             [log, reply] { log->redirected(reply); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, onBody] {
            if (reply->error() != QNetworkReply::NoError && result.error.isEmpty())
                result.error = reply->errorString();
            onBody(reply->readAll());
            if (--pending == 0)
                loop.quit();
        });
    };
    const QString list = QStringLiteral("/rest/connections?") +
                         ListConnectionsJob::defaultSearch().toString(QUrl::FullyEncoded);
    send(list, [&](const QByteArray &body) {
        const QJsonArray items = QJsonDocument::fromJson(body).array();
        for (const QJsonValue &item : items) {
            const QJsonObject connection = item.toObject();
            ++result.connections;
            if (getEachConnection) {
                send(QStringLiteral("/rest/connections/") + connection.value(u"code").toString(),
                     [](const QByteArray &) {});
            }
            const QString image = connection.value(u"image").toString();
            if (!image.isEmpty()) {
                ++result.logos;
                send(DownloadImageJob::pathFor(image, DownloadImageJob::Filter::Thumbnail),
                     [](const QByteArray &) {});
            }
        }
    });
    send(QStringLiteral("/rest/connections/wrong-credentials-combination"),
         [](const QByteArray &) {});
    send(QStringLiteral("/rest/connections/max-limit-reached"), [](const QByteArray &) {});
    loop.exec();
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    return result;
}
