#pragma once

// The fixture of the tst_mainwindow_* tests: for each test function, a fresh pim-sandbox, the
// real Workspace and cache on a temporary file, the fake keychain of tests/store, a Clipboard
// and a pre-answered MessageBox (every pre-answer must be used by the end of the test). A test
// class derives from it and lists its own test functions.
#include "SandboxProcess.h"
#include "WindowDriver.h"
#include "workspace/Workspace.h"

#include <QModelIndex>
#include <QObject>

#include <memory>

class Clipboard;
class ConnectionCache;
class ConnectionGridView;
class FakeSecretBackend;
class HttpClient;
class InstanceRegistry;
class MessageBox;
class QTemporaryDir;
class SecretStore;

class WindowTest : public QObject
{
    Q_OBJECT

public:
    WindowTest();
    ~WindowTest() override;

protected:
    // How init() starts the sandbox (default: empty, the sandbox's clock and zone).
    virtual SandboxProcess::Options sandboxOptions() const;

    // A connection made by the administrator over HTTP, as the PIM answered its creation.
    struct Created
    {
        QString clientId;
        QString secret;
        QString username;
        QString password;
    };

    MainWindow::Dependencies dependencies(Workspace::Options options = {}) const;
    // A window over the fixture's stores, shown; short retry intervals.
    std::unique_ptr<MainWindow> makeWindow(Workspace::Options options = {});
    // Started as `--server URL --user admin` with PIM_PASSWORD=admin (and --offline).
    static void startSignedIn(MainWindow &window, const QUrl &url, bool offline = false);
    // A window signed in to the fixture's sandbox, online: m_window.
    bool openSignedIn();
    // The window active again after a dialog closed (a window manager does it on a desktop).
    static void activate(QWidget &window);
    Created createOverHttp(const QString &code,
                           const QString &flowType = QStringLiteral("data_source"));
    // F5, then the list has `rows` connections.
    void refreshAndWait(MainWindow &window, int rows);
    // The tile of a connection in the overview's sections, and the view showing it.
    static QModelIndex tileIndex(MainWindow &window, const QString &code,
                                 ConnectionGridView **view);
    // The connection's page opened (MainWindow::openConnection, what Enter on a tile does) and
    // its details loaded.
    bool openLoaded(const QString &code);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpClient> m_admin;
    std::unique_ptr<ConnectionCache> m_cache;
    FakeSecretBackend *m_keychain = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<InstanceRegistry> m_registry;
    std::unique_ptr<Clipboard> m_clipboard;
    std::unique_ptr<MessageBox> m_box;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase();
    void init();
    void cleanup();
};
