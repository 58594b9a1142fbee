#pragma once

#include "FakePim.h"
#include "domain/Connection.h"
#include "domain/Permissions.h"
#include "domain/WrongCredentials.h"

#include <QList>

#include <functional>

// A PIM's connection settings in memory, on the fake network (tests only): the back-office
// sign-in of FakePim, and the routes of docs/pim-api.md §2 over a list of connections with
// their secrets, so that the workspace can list, read, create, update, regenerate and delete.
// Only the rules the tests need are checked (label length, unique code, unknown code).
class FakeConnectionsPim
{
public:
    explicit FakeConnectionsPim(FakeNetworkAccessManager *network);

    FakePim auth;
    QList<ConnectionDetails> connections; // the server's state, secrets included
    WrongCredentials wrongCredentials;
    bool limitReached = false;
    QList<UserRole> roles;
    QList<UserGroup> groups;

    // Adds a connection (with fresh credentials) and its routes; returns it.
    ConnectionDetails add(const QString &code, const QString &label, FlowType flowType,
                          const QString &image = QString());
    ConnectionDetails *find(const QString &code);
    // The bytes a logo's thumbnail answers (a small PNG).
    static QByteArray logoBytes();

private:
    using ConnectionHandler =
        std::function<FakeAnswer(ConnectionDetails &, const RecordedRequest &)>;

    void addRoutes(const QString &code);
    // A route of one connection, behind the sign-in: "does not exist" once it is gone.
    void protectConnection(const QByteArray &method, const QString &path, const QString &code,
                           ConnectionHandler handle);
    FakeAnswer list() const;
    FakeAnswer create(const RecordedRequest &request);

    FakeNetworkAccessManager *m_network;
    int m_nextId = 1;
};
