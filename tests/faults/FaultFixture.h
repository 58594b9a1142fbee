#pragma once

// What the fault suite's tests share: a pim-sandbox with one connection, a FaultServer in front
// of it, and the table of results each test prints (qInfo) at its end.
#include "FaultServer.h"
#include "HttpClient.h"
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace FaultFixture {

inline const QString Password = QStringLiteral("Adm1n-Fault-Pw-41c9");
inline const QString Code = QStringLiteral("fault_target");
inline const QString Label = QStringLiteral("Fault target");

// The details route of the connection (where most faults are served).
inline QRegularExpression detailsRoute()
{
    return QRegularExpression(QStringLiteral("^/rest/connections/") + Code + QStringLiteral("$"));
}

// The list route (GET /rest/connections?search=...).
inline QRegularExpression listRoute()
{
    return QRegularExpression(QStringLiteral("^/rest/connections(\\?.*)?$"));
}

// Starts the sandbox (an admin with Password) and creates the connection Code. False with the
// reason in *why.
inline bool startSandbox(SandboxProcess *sandbox, QString *why)
{
    SandboxProcess::Options options;
    options.admin = QStringLiteral("admin:") + Password;
    if (!sandbox->start(options)) {
        *why = sandbox->errorString();
        return false;
    }
    HttpClient admin(sandbox->url());
    if (!admin.signIn(QStringLiteral("admin"), Password)) {
        *why = QStringLiteral("cannot sign in to the sandbox");
        return false;
    }
    const QJsonObject body{{QStringLiteral("code"), Code},
                           {QStringLiteral("label"), Label},
                           {QStringLiteral("flow_type"), QStringLiteral("data_source")}};
    const HttpReply created = admin.postJson(QStringLiteral("/rest/connections"),
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (created.status != 201) {
        *why = QStringLiteral("cannot create the connection: HTTP %1").arg(created.status);
        return false;
    }
    return true;
}

// One row of the printed table.
class ResultTable
{
public:
    explicit ResultTable(QString layer)
        : m_layer(std::move(layer))
    {
    }
    void add(const QString &fault, const QString &outcome, const QString &message)
    {
        m_rows.append({fault, outcome, QString(message).replace(u'\n', u' ')});
    }
    // | layer | fault | outcome | message |, one qInfo() a line.
    void print() const
    {
        qInfo().noquote() << QStringLiteral("| %1 fault | outcome | message |").arg(m_layer);
        for (const QStringList &row : m_rows)
            qInfo().noquote() << QStringLiteral("| %1 | %2 | %3 |").arg(row.at(0), row.at(1),
                                                                        row.at(2));
    }

private:
    QString m_layer;
    QList<QStringList> m_rows;
};

} // namespace FaultFixture
