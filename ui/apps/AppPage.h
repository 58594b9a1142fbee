#pragma once

#include "store/CachedMonitoring.h"

#include <QPointer>
#include <QWidget>

class AppSettingsForm;
class Clipboard;
class ConnectionLogo;
class ErrorMonitoringPanel;
class MessageBar;
class MessageBox;
class PageHeader;
class QAction;
class QTabWidget;
class QToolButton;
class QVBoxLayout;
class Workspace;

// A connected App's page (docs/pim-api.md §11.2), a page of the main window: the header (back,
// "System › Connected Apps › <name>", the App's logo or its initials, its name, "Developed by …",
// a "…" menu with Delete), then two tabs: "Settings" (AppSettingsForm: what the PIM says of the
// App, and its flow type and tracking, saved at once through Monitoring::saveAppSettings) and
// "Error monitoring" (ErrorMonitoringPanel for the App's connection code).
//
// An App is not a connection of Connection settings (§11.1): this page never offers its
// credentials, their regeneration or the connection settings form. Deleting asks first
// (MessageBox::deleteApp) and goes through Monitoring::deleteApp, which removes the App's
// authorisation too. Offline, what the cache has is shown and writing is disabled with the reason.
class AppPage : public QWidget
{
    Q_OBJECT

public:
    AppPage(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent = nullptr);
    ~AppPage() override;

    // Not owned; null when no PIM is open. Closes the App shown.
    void setWorkspace(Workspace *workspace);
    // Shows the App with this connection code.
    void open(const QString &connectionCode);
    void clear();
    void setStatusArea(QWidget *area);

    QString code() const { return m_code; }
    QString name() const;
    bool isLoaded() const { return m_loaded; }
    bool isFromCache() const { return m_fromCache; }
    std::optional<AppMonitoringSettings> settings() const { return m_settings; }
    MessageBar *messageBar() const { return m_message; }
    ErrorMonitoringPanel *errorMonitoring() const { return m_errors; }
    PageHeader *header() const { return m_header; }

public slots:
    // "Delete…": asks "Confirm deletion", then deletes.
    void askDelete();
    void showErrorMonitoring();

signals:
    void backRequested();
    // The App and its settings are on screen (after open()).
    void loaded(const QString &code);
    void settingsSaved(const QString &code);
    void deleted(const QString &code, const QString &name);

private:
    void showApp(const CachedApp &app);
    void loadSettings();
    void saveSettings(const AppMonitoringSettings &settings);
    void applyWriteState();
    void setBusy(bool busy);
    void onTabChanged();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    Clipboard *m_clipboard;
    MessageBox *m_messageBox;
    QPointer<Workspace> m_workspace;
    PageHeader *m_header;
    ConnectionLogo *m_logo;
    QToolButton *m_more;
    QAction *m_delete;
    QVBoxLayout *m_statusSlot;
    MessageBar *m_message;
    MessageBar *m_notice;
    QTabWidget *m_tabs;
    AppSettingsForm *m_form;
    ErrorMonitoringPanel *m_errors;

    QString m_code;
    ConnectedApp m_app;
    std::optional<AppMonitoringSettings> m_settings;
    bool m_loaded = false;
    bool m_fromCache = false;
    bool m_saving = false;
    bool m_errorsShown = false; // the monitoring tab was opened for this App
    quint64 m_generation = 0;   // bumped by open() and clear(): late answers are dropped
    int m_busyCount = 0;
};
