// pim-screenshot-tour: drives the real window (MainWindow with the real cache, keychain and
// network) through the screens the README shows and saves each as a PNG:
//   pim-screenshot-tour OUTDIR DEMO_URL EMPTY_URL DEMO_PID
// DEMO_URL is a pim-sandbox with demo data, EMPTY_URL one without connections (user admin,
// password admin on both); DEMO_PID is the demo sandbox's process, stopped (SIGTERM) for the
// offline picture. scripts/screenshots starts both and runs this under xvfb-run in a
// throwaway HOME and keyring. PIM_TOUR_PALETTE=dark takes the pictures in the Fusion style with a
// dark palette, as a desktop in a dark theme gives it (the README shows one). Not a test: it waits for the
// screens, it asserts nothing; it exits non-zero when a screen does not come (so the script fails
// instead of saving wrong pictures).
#include "style/AppStyle.h"
#include "DarkPalette.h"
#include "Translations.h"
#include "apps/AppPage.h"
#include "connection/ConnectionPage.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/CreateConnectionDialog.h"
#include "events/EventLogModel.h"
#include "events/EventLogTree.h"
#include "events/EventLogsView.h"
#include "events/EventSubscriptionPart.h"
#include "items/ConnectionListModel.h"
#include "monitoring/DataFlowsPage.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "monitoring/ErrorMonitoringPanel.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewPage.h"
#include "services/MessageBox.h"
#include "store/CacheDatabase.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "window/MainWindow.h"
#include "window/MonitoringPages.h"
#include "window/StartOptions.h"
#include "workspace/Monitoring.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

#include <signal.h>

namespace {

QString outDir;
int failures = 0;

bool waitFor(const char *what, const std::function<bool()> &condition, int timeoutMs = 20000)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    std::fprintf(stderr, "screenshot-tour: gave up waiting for %s\n", what);
    ++failures;
    return false;
}

// Lets the logos decode and the layout settle before the picture.
void settle()
{
    QTest::qWait(600);
}

void save(const QImage &image, const QString &name)
{
    const QString path = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (!image.save(path)) {
        std::fprintf(stderr, "screenshot-tour: could not write %s\n", qPrintable(path));
        ++failures;
        return;
    }
    std::printf("screenshot-tour: %s\n", qPrintable(path));
}

void saveWidget(QWidget *widget, const QString &name)
{
    save(widget->grab().toImage(), name);
}

// A dialog over its window, the window dimmed a little, as the user sees it. No window manager
// runs under xvfb: a plain title bar with the dialog's title is drawn above it, and a frame.
void saveDialogOver(QWidget *window, QWidget *dialog, const QString &name)
{
    QImage picture = window->grab().toImage();
    const QImage box = dialog->grab().toImage();
    const qreal ratio = picture.devicePixelRatio();
    const QSize boxSize = box.size() / box.devicePixelRatio();
    const int titleHeight = dialog->fontMetrics().height() + 12;
    QPainter painter(&picture);
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70));
    const QPoint at((picture.width() / ratio - boxSize.width()) / 2,
                    (picture.height() / ratio - boxSize.height()) / 3 + titleHeight);
    const QRect title(at.x(), at.y() - titleHeight, boxSize.width(), titleHeight);
    painter.fillRect(title, dialog->palette().color(QPalette::Window).darker(112));
    QFont bold = dialog->font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(dialog->palette().color(QPalette::WindowText));
    painter.drawText(title, Qt::AlignCenter, dialog->windowTitle());
    painter.drawImage(at, box);
    painter.setPen(QColor(0, 0, 0, 110));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(title.topLeft(), QSize(boxSize.width(), boxSize.height() + titleHeight))
                         .adjusted(-1, -1, 0, 0));
    painter.end();
    save(picture, name);
}

StartOptions signIn(const QString &url)
{
    StartOptions options;
    options.server = QUrl(url);
    options.username = QStringLiteral("admin");
    options.password = QStringLiteral("admin");
    return options;
}

bool online(MainWindow &window)
{
    return window.workspace() &&
           window.workspace()->connectivity() == Workspace::Connectivity::Online &&
           !window.workspace()->isBusy();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pim-connections"));
    QApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    Translations::install(&app);
    // The app's style (app/main.cpp), on Fusion for the dark palette.
    if (qEnvironmentVariable("PIM_TOUR_PALETTE") == QLatin1String("dark")) {
        QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setStyle(new AppStyle);
    }
    QApplication::setApplicationDisplayName(QObject::tr("PIM Connections"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: pim-screenshot-tour OUTDIR DEMO_URL EMPTY_URL DEMO_PID\n");
        return 2;
    }
    outDir = args.at(1);
    QDir().mkpath(outDir);

    ConnectionCache cache(CacheDatabase::defaultPath());
    SecretStore secrets(std::make_unique<QtKeychainBackend>());
    InstanceRegistry registry(std::make_unique<QSettings>());
    registry.setStores(&cache, &secrets);
    MessageBox messageBox;

    MainWindow::Dependencies dependencies;
    dependencies.registry = &registry;
    dependencies.cache = &cache;
    dependencies.secrets = &secrets;
    dependencies.messageBox = &messageBox;
    auto window = std::make_unique<MainWindow>(dependencies);
    window->resize(1100, 760);
    window->show();
    window->start(signIn(args.at(2)));

    // 1. The overview of the demo PIM, with its connected App.
    if (waitFor("the demo overview", [&]() {
            return online(*window) && window->workspace()->model()->rowCount() > 0 &&
                   window->overview()->appsSection()->count() > 0;
        })) {
        settle();
        saveWidget(window.get(), QStringLiteral("overview"));
    }

    // 1b. The File menu open (its "Keep Connection Secrets for Offline Use" setting): a popup is
    // a window of its own, so the screen is grabbed where the main window is.
    if (QMenu *file = window->menuBar()->actions().value(0)
                          ? window->menuBar()->actions().value(0)->menu()
                          : nullptr) {
        const QRect bar = window->menuBar()->actionGeometry(window->menuBar()->actions().value(0));
        file->popup(window->menuBar()->mapToGlobal(bar.bottomLeft()));
        QTest::qWait(300);
        const QRect area = window->frameGeometry();
        save(window->screen()
                 ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                 .toImage(),
             QStringLiteral("file-menu"));
        file->close();
    }

    // 1c. The Data flows dashboard of the demo PIM (View › Data Flows).
    window->findChild<QAction *>(QStringLiteral("dataFlowsAction"))->trigger();
    auto *dataFlows = window->findChild<DataFlowsPage *>(QStringLiteral("dataFlowsPage"));
    if (waitFor("the Data flows",
                [&]() { return dataFlows->hasData() && !dataFlows->isLoading(); })) {
        settle();
        saveWidget(window.get(), QStringLiteral("data-flows"));
    }
    window->showOverview();

    // 2. A connection's page.
    ConnectionListModel *model = window->workspace()->model();
    QString code;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->connectionAt(row).flowType == FlowType::Destination) {
            code = model->connectionAt(row).code;
            break;
        }
    }
    if (code.isEmpty() && model->rowCount() > 0)
        code = model->connectionAt(0).code;
    window->openConnection(code); // the page is built when first opened
    auto *page = window->findChild<ConnectionPage *>(QStringLiteral("connectionPage"));
    auto *panel = page ? page->findChild<CredentialsPanel *>(QStringLiteral("credentials"))
                       : nullptr;
    if (!page || !panel) {
        std::fprintf(stderr, "pim-screenshot-tour: no connection page\n");
        return 1;
    }
    if (waitFor("the connection page", [&]() { return page->isLoaded(); })) {
        settle();
        saveWidget(window.get(), QStringLiteral("connection-page"));
    }

    // 2a. Its event subscription (the demo's web_shop has one), and its event logs with the
    // newest entry's context unfolded.
    EventSubscriptionPart *events = page->eventSubscription();
    if (waitFor("the event subscription", [&]() { return events->isLoaded(); })) {
        // In its page, scrolled into view.
        page->findChild<QScrollArea *>()->ensureWidgetVisible(events, 0, 0);
        settle();
        saveWidget(window.get(), QStringLiteral("event-subscription"));
        events->findChild<QPushButton *>(QStringLiteral("eventsLogs"))->click();
        EventLogsView *logs = page->eventLogs();
        if (waitFor("the event logs", [&]() {
                return logs && !logs->isLoading() && logs->model()->entryCount() > 0;
            })) {
            logs->resize(1000, 620);
            logs->tree()->expand(logs->model()->index(0, 0));
            settle();
            saveWidget(logs, QStringLiteral("event-logs"));
            logs->close();
        }
    }

    // 2b. A tracked source connection's error monitoring.
    QString source;
    for (int row = 0; row < model->rowCount() && source.isEmpty(); ++row) {
        const Connection c = model->connectionAt(row);
        if (c.flowType == FlowType::Source && c.auditable)
            source = c.code;
    }
    window->openErrorMonitoring(source);
    ErrorMonitoringPanel *errors = window->monitoringPages()->errorPage()->panel();
    if (waitFor("the error monitoring",
                [&]() { return errors->state() == ErrorMonitoringPanel::State::List; })) {
        settle();
        saveWidget(window.get(), QStringLiteral("error-monitoring"));
    }

    // 2c. The connected App's page.
    const QList<CachedApp> apps = window->workspace()->monitoring()->knownApps();
    window->openApp(apps.isEmpty() ? QString() : apps.first().app.connectionCode);
    AppPage *appPage = window->monitoringPages()->appPage();
    if (waitFor("the App's page", [&]() { return appPage->isVisible() && appPage->isLoaded(); })) {
        settle();
        saveWidget(window.get(), QStringLiteral("app-page"));
    }
    window->monitoringPages()->goBack();
    window->openConnection(code);
    waitFor("the connection page again", [&]() { return page->isLoaded(); });

    // 3. A confirmation popin ("Confirm regeneration"), over that page.
    {
        QMessageBox *box = MessageBox::create(window.get(), MessageBox::regenerateSecret());
        box->show();
        QTest::qWait(300);
        saveDialogOver(window.get(), box, QStringLiteral("confirm-regeneration"));
        box->close();
    }
    window->showOverview();

    // 4. The create dialog, filled in.
    window->findChild<QPushButton *>(QStringLiteral("create"))->click();
    auto *dialog = window->findChild<CreateConnectionDialog *>();
    if (waitFor("the create dialog", [&]() { return dialog && dialog->isVisible(); })) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("label")),
                         QStringLiteral("Shopware Store EU"));
        settle();
        saveDialogOver(window.get(), dialog, QStringLiteral("create-dialog"));

        // 5. Saved: the new connection's page with its password shown once.
        dialog->save();
        if (waitFor("the new connection's page", [&]() {
                return window->isShowingConnection() && page->isLoaded() &&
                       panel->isPasswordShown();
            })) {
            settle();
            saveWidget(window.get(), QStringLiteral("password-shown-once"));
        }
    }
    page->clear();
    window->showOverview();

    // 6. The empty state: another PIM, without connections (added and switched to).
    window->start(signIn(args.at(3)));
    if (waitFor("the empty state",
                [&]() { return online(*window) && window->overview()->isEmptyStateShown(); })) {
        settle();
        saveWidget(window.get(), QStringLiteral("empty-state"));
    }

    // 7. Offline: the demo PIM stopped, the window opened on it again shows its cached copy.
    window.reset();
    const qint64 demoPid = args.at(4).toLongLong();
    if (demoPid <= 0 || ::kill(pid_t(demoPid), SIGTERM) != 0) {
        std::fprintf(stderr, "screenshot-tour: could not stop the demo sandbox\n");
        return 1;
    }
    QTest::qWait(500);
    window = std::make_unique<MainWindow>(dependencies);
    window->resize(1100, 760);
    window->show();
    window->start(signIn(args.at(2)));
    if (waitFor("the offline overview", [&]() {
            return window->workspace() &&
                   window->workspace()->connectivity() == Workspace::Connectivity::Offline &&
                   !window->workspace()->isBusy() && window->workspace()->model()->rowCount() > 0;
        })) {
        settle();
        saveWidget(window.get(), QStringLiteral("offline-overview"));
    }
    window.reset();
    return failures == 0 ? 0 : 1;
}
