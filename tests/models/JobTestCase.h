#pragma once

// The base of the jobs' test cases (not a test itself): a PimClient for https://pim.test/ over
// a FakeNetworkAccessManager, made again for each test (makeClient() from init(),
// deleteClient() from cleanup()), and a temporary folder.
#include "FakeNetworkAccessManager.h"
#include "RouteTable.h"
#include "net/PimSession.h"

#include <QTemporaryDir>
#include <QTest>

class JobTestCase : public QObject
{
protected:
    void makeClient()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_client = new PimClient(m_network, this);
        QVERIFY(m_client->session()->setBaseUrl(QStringLiteral("https://pim.test/")));
    }
    void deleteClient()
    {
        delete m_client;
        delete m_network;
        m_client = nullptr;
        m_network = nullptr;
    }

    QTemporaryDir m_dir;
    FakeNetworkAccessManager *m_network = nullptr;
    PimClient *m_client = nullptr;
};
