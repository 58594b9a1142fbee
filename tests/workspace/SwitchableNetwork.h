#pragma once

#include "FakeNetworkAccessManager.h"

#include <QStringList>

// The fake network with two switches (tests only): `down` makes every request fail as a server
// that refuses connections would (the PIM cannot be reached); `forbidden` makes any request a
// test failure (a workspace forced offline must not make one).
class SwitchableNetwork : public FakeNetworkAccessManager
{
    Q_OBJECT

public:
    using FakeNetworkAccessManager::FakeNetworkAccessManager;

    bool down = false;
    bool forbidden = false;
    int refusedWhileDown = 0;
    QStringList triedWhileDown; // "POST /rest/connections" ...

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};
