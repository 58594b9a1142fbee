#pragma once

// The bodies of a network manager's replies, read without consuming them (peeked at on
// readyRead, before the job reads everything at finished): in tst_hygiene, the access and
// refresh tokens "Test credentials" obtains, which the app never shows.
#include <QChildEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QStringList>

class ReplySniffer : public QObject
{
public:
    void watch(QNetworkAccessManager *network)
    {
        if (network && !m_watched.contains(network)) {
            m_watched.append(network);
            network->installEventFilter(this);
        }
    }
    QStringList tokens() const { return m_tokens; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            // The reply is still being constructed: look at it once it is whole, which is
            // before any answer (posted events are handled in order).
            QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
            QMetaObject::invokeMethod(
                this,
                [this, child]() {
                    if (auto *reply = qobject_cast<QNetworkReply *>(child.data()))
                        attach(reply);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void attach(QNetworkReply *reply)
    {
        connect(reply, &QNetworkReply::readyRead, this, [this, reply]() {
            const QJsonDocument doc = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()));
            if (!doc.isObject())
                return;
            for (const QString &key :
                 {QStringLiteral("access_token"), QStringLiteral("refresh_token")}) {
                const QString value = doc.object().value(key).toString();
                if (!value.isEmpty() && !m_tokens.contains(value))
                    m_tokens.append(value);
            }
        });
    }

    QList<QPointer<QNetworkAccessManager>> m_watched;
    QStringList m_tokens;
};
