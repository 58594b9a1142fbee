#include "SandboxRun.h"

#include "BareSync.h"
#include "BenchSeed.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

SandboxRun::~SandboxRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxRun::start(const QString &program, QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--seed"), QStringLiteral("empty"),
                              QStringLiteral("--admin"), user() + u':' + password()});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    const QByteArray prefix = "pim-sandbox listening on ";
    while (m_process.waitForReadyRead(15000) || m_process.canReadLine()) {
        if (!m_process.canReadLine())
            continue;
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith(prefix)) {
            m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
            return true;
        }
    }
    *error = QStringLiteral("%1 did not say where it listens").arg(program);
    return false;
}

bool SandboxRun::seed(int connections, QString *error)
{
    QNetworkAccessManager network;
    *error = bareSignIn(&network, m_url, user(), password());
    if (!error->isEmpty())
        return false;
    for (int i = 0; i < connections; ++i) {
        const QString code = QStringLiteral("connection_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const char *flow = i % 5 < 2 ? "data_source" : i % 5 < 4 ? "data_destination" : "other";
        QNetworkRequest json = bareRequest(m_url, QStringLiteral("/rest/connections"));
        json.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QJsonObject body;
        body.insert(u"code", code);
        body.insert(u"label", QStringLiteral("Connection %1").arg(i + 1));
        body.insert(u"flow_type", QString::fromLatin1(flow));
        const BareAnswer created =
            bareWait(&network, "POST", json, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (created.status != 201) {
            *error = QStringLiteral("cannot create %1 (HTTP %2)").arg(code).arg(created.status);
            return false;
        }

        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1.png\"").arg(code));
        file.setBody(benchLogoPng(i));
        multipart->append(file);
        QNetworkReply *reply =
            network.post(bareRequest(m_url, QStringLiteral("/image-media")), multipart);
        multipart->setParent(reply);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QString filePath =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"filePath").toString();
        reply->deleteLater();
        if (filePath.isEmpty()) {
            *error = QStringLiteral("cannot upload the logo of %1").arg(code);
            return false;
        }

        QNetworkRequest update = bareRequest(m_url, QStringLiteral("/rest/connections/") + code);
        update.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        body.insert(u"image", filePath);
        body.insert(u"auditable", i % 5 != 4);
        body.insert(u"user_role_id", QStringLiteral("1"));
        body.insert(u"user_group_id", QJsonValue());
        const BareAnswer updated =
            bareWait(&network, "POST", update, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (updated.status != 204) {
            *error = QStringLiteral("cannot set the logo of %1 (HTTP %2: %3)")
                         .arg(code)
                         .arg(updated.status)
                         .arg(QString::fromUtf8(updated.body.left(200)));
            return false;
        }
    }
    return true;
}
