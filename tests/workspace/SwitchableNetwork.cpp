#include "SwitchableNetwork.h"

#include "FakeReply.h"

#include <QTest>

QNetworkReply *SwitchableNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                                QIODevice *outgoingData)
{
    if (forbidden) {
        const QByteArray what = "a request was made: " + request.url().toEncoded();
        QTest::qFail(what.constData(), __FILE__, __LINE__);
    }
    if (down) {
        ++refusedWhileDown;
        const QNetworkRequest prepared = prepareRequest(request);
        const char *method = op == GetOperation      ? "GET"
                             : op == PostOperation   ? "POST"
                             : op == DeleteOperation ? "DELETE"
                                                     : "OTHER";
        triedWhileDown.append(QString::fromLatin1(method) + QLatin1Char(' ') +
                              prepared.url().path(QUrl::FullyEncoded));
        return new FakeReply(this, op, prepared,
                             FakeAnswer::failure(QNetworkReply::ConnectionRefusedError,
                                                 QStringLiteral("Connection refused")));
    }
    return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
}
