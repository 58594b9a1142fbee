#include "AfterFirstPaint.h"
#include "AppCommandLine.h"
#include "FirstPaintProbe.h"
#include "SingleInstance.h"
#include "StartupPhases.h"
#include "Translations.h"
#include "items/LogoCache.h"
#include "overview/OverviewPage.h"
#include "store/CacheDatabase.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/PrivateFolders.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "style/AppStyle.h"
#include "window/MainWindow.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QApplication>
#include <QIcon>
#include <QScreen>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    StartupPhases::mark("main");
    QApplication app(argc, argv);
    FirstPaintProbe::markApplicationStart();
    QApplication::setApplicationName(QStringLiteral("pim-connections"));
    QApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pim-connections"));
    // Before any widget: the standard icons Qt asks for while the window is built are ours.
    QApplication::setStyle(new AppStyle);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    Translations::install(&app);
    QApplication::setApplicationDisplayName(QObject::tr("PIM Connections"));

    AppCommandLine::Options options;
    QString message;
    switch (AppCommandLine::parse(QApplication::arguments(),
                                  QProcessEnvironment::systemEnvironment(), &options, &message)) {
    case AppCommandLine::Outcome::Help:
    case AppCommandLine::Outcome::Version:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case AppCommandLine::Outcome::Error:
        std::fprintf(stderr, "pim-connections: %s\n", qPrintable(message));
        return 2;
    case AppCommandLine::Outcome::Run:
        break;
    }

    // One window per user: a later start hands its command line to the running app and ends
    // (not the start-up benchmark's runs, which quit after their first frame).
    SingleInstance instance(SingleInstance::defaultServerName());
    const bool single = !FirstPaintProbe::isRequested();
    if (single && instance.sendToRunning(QApplication::arguments()))
        return 0;
    QString listenError;
    if (single && !instance.listen(&listenError))
        std::fprintf(stderr, "pim-connections: a later start will open a second window (%s)\n",
                     qPrintable(listenError));

    // The cache and the settings hold client ids and usernames: only the user may read them.
    for (const QString &failure : PrivateFolders::restrictAppFolders())
        std::fprintf(stderr, "pim-connections: %s\n", qPrintable(failure));
    // The cache's file is opened once the first frame is on screen, or sooner when a request
    // needs it: the start reads its copy of what the first frame shows (see StartCopy), so that
    // SQLite is not loaded before that frame.
    ConnectionCache cache(CacheDatabase::defaultPath(), nullptr, 2000,
                          ConnectionCache::Opening::WhenNeeded);
    SecretStore secrets(std::make_unique<QtKeychainBackend>());
    InstanceRegistry registry(std::make_unique<QSettings>());
    registry.setStores(&cache, &secrets);
    // The offline copy of the PIM the window opens first is read while the window is built,
    // and its logos' thumbnails decoded at the size the tiles draw them on the primary screen
    // (the window's screen, unless another was remembered: then they are decoded again).
    const std::optional<PimInstance> first =
        options.server.isEmpty() ? registry.current() : std::nullopt;
    if (first) {
        const qreal ratio = QGuiApplication::primaryScreen()
                                ? QGuiApplication::primaryScreen()->devicePixelRatio()
                                : 1.0;
        cache.prefetchSnapshot(first->id,
                               {MainWindow::tileBound(ratio), &LogoCache::decodeThumbnailAhead});
    }
    QSettings settings;

    MainWindow::Dependencies dependencies;
    dependencies.registry = &registry;
    dependencies.cache = &cache;
    dependencies.secrets = &secrets;
    dependencies.settings = &settings;
    dependencies.workspaceOptions.keepSecretsInKeychain =
        WorkspaceSettings::keepSecretsInKeychain(settings);
    StartupPhases::mark("set-up");
    MainWindow window(dependencies);
    StartupPhases::mark("window");
    if (FirstPaintProbe::isRequested()) // the start-up benchmark (bench/)
        FirstPaintProbe::install(window.overview());
    AfterFirstPaint::call(window.overview(), std::chrono::milliseconds(250),
                          std::chrono::seconds(2), [&cache] { cache.openNow(); });
    if (first) {
        // A PIM to open and no dialog to ask anything: its offline copy first, then the window.
        window.start(options);
        if (FirstPaintProbe::isRequested() && window.workspace()) {
            QObject::connect(
                window.workspace(), &Workspace::snapshotLoaded, &window,
                [] { StartupPhases::mark("snapshot"); }, Qt::SingleShotConnection);
        }
        window.showOnceFilled(std::chrono::milliseconds(250));
    } else {
        window.show();
        window.start(options);
    }
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window,
                     [&window](const QStringList &arguments) {
                         // PIM_PASSWORD stays with the later process: the environment is not
                         // passed on, the window asks for the password if it needs one.
                         AppCommandLine::Options later;
                         QString ignored;
                         if (AppCommandLine::parse(arguments, QProcessEnvironment(), &later,
                                                   &ignored) == AppCommandLine::Outcome::Run)
                             window.openFromCommandLine(later);
                     });
    const int code = app.exec();
    // The PIM the next start opens: its start copy is written as the cache closes.
    if (const std::optional<PimInstance> current = registry.current())
        cache.setStartInstance(current->id);
    return code;
}
