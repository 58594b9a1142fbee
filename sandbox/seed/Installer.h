#pragma once

#include <QString>

class ConnectionService;
class Store;

// What a PIM has from its installation: roles, user groups and sample products (on a new store),
// the people who sign in (from the command line, on every start) and connected Apps (--app, once
// each).
class Installer
{
public:
    Installer(Store &store, ConnectionService &service);

    bool installPermissions(QString *error);
    // The catalogue's three sample products (on a new store, and on one from before products).
    bool installProducts(qint64 now, QString *error);
    bool ensurePerson(const QString &username, const QString &password, bool canManage,
                      const QString &timeZone, QString *error);
    // Adds the App unless a connection with that code (any type) is already there.
    bool ensureApp(const QString &code, const QString &label, QString *error);

private:
    Store &m_store;
    ConnectionService &m_service;
};
