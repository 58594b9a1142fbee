#pragma once

#include <QString>

class ConnectionService;
class MediaLibrary;

// --seed demo, on a new store only: two source connections (an ERP and a retail collaboration
// platform) and one destination (an e-commerce platform), each with its logo (original artwork
// built into the binary, see demo/).
class DemoSeeder
{
public:
    DemoSeeder(ConnectionService &service, MediaLibrary &media);

    bool seed(QString *error);

private:
    ConnectionService &m_service;
    MediaLibrary &m_media;
};
