#pragma once

#include "net/NetworkJob.h"
#include "domain/Permissions.h"

// GET /rest/user_role/ (docs/pim-api.md §2): the roles a connection's user can have.
class UserRolesJob : public NetworkJob
{
    Q_OBJECT

public:
    explicit UserRolesJob(PimSession *session, QObject *parent = nullptr);

signals:
    void succeeded(const QList<UserRole> &roles);

protected:
    QNetworkReply *sendRequest() override;
    void handleAnswer(const HttpAnswer &answer) override;
    QString describe() const override { return QStringLiteral("GET /rest/user_role/"); }
};
