#pragma once

#include <QString>
#include <QTimeZone>

class Clock;
class ConnectionService;
class MediaLibrary;
class Store;

// --seed demo, on a new store only: two source connections (an ERP and a retail collaboration
// platform, which is not tracked) and one destination (an e-commerce platform), each with its
// logo (original artwork built into the binary, see demo/), a connected App (a translation
// service, tracked as a destination), and eight days of history for the Data flows dashboard and
// the error monitoring (DemoHistory).
class DemoSeeder
{
public:
    DemoSeeder(ConnectionService &service, MediaLibrary &media, Store &store, const Clock &clock,
               const QTimeZone &adminZone);

    bool seed(QString *error);

private:
    bool addApp(QString *error);

    ConnectionService &m_service;
    MediaLibrary &m_media;
    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_adminZone;
};
