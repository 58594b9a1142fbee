#pragma once

#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class BusinessErrorFilterModel;
class BusinessErrorTableModel;
class BusinessErrorTableView;
class EmptyState;
class ErrorDetailsPane;
class ErrorMonitoringHelper;
class MessageBar;
class QLabel;
class QLineEdit;
class QPushButton;

// The error monitoring of one source connection or connected App (docs/pim-api.md §9.3): what
// the page of a connection shows under its own header, and the "Error monitoring" tab of an
// App's page. It first reads the connection's flow type and tracking (Workspace::loadDetails for
// a connection; Monitoring::loadAppSettings, or the settings the App page has, for an App), then:
//  - not a source: "For now, monitoring page is only available for source connection.";
//  - not tracked: "Unmonitored connection", with a button that turns tracking on (for a
//    connection, Workspace::updateConnection with auditable; for an App, saveAppSettings);
//  - else the up to 100 latest business errors (Monitoring::loadBusinessErrors), newest first,
//    with the search "Search in error messages" (filtering as you type, with its count), the
//    chosen error in full under the table, and "Export to CSV…" (what is shown, written off
//    the GUI thread); or "Awesome! No error found!".
// Offline, what the cache has is shown with the time it was read ("as of").
class ErrorMonitoringPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, NotSource, Unmonitored, NoError, List, Failed };
    Q_ENUM(State)

    explicit ErrorMonitoringPanel(QWidget *parent = nullptr);
    ~ErrorMonitoringPanel() override;

    // Not owned; null when no PIM is open (the panel is cleared).
    void setWorkspace(Workspace *workspace);
    // A connection of Connection settings.
    void showConnection(const QString &code);
    // A connected App, by its connection code; `settings` when the caller has them (else read).
    void showApp(const QString &connectionCode,
                 const std::optional<AppMonitoringSettings> &settings = std::nullopt);
    // The App's settings changed elsewhere (its page saved them): the state follows.
    void setAppSettings(const AppMonitoringSettings &settings);
    void reload();
    void clear();

    // "Export to CSV…": asks where (a Save dialog), then exportTo().
    void exportCsv();
    // Writes the errors shown (search and order applied) to this file, off the GUI thread.
    void exportTo(const QString &path);

    // The zone of "Day and time" (this computer's by default).
    void setTimeZone(const QTimeZone &zone);

    State state() const { return m_state; }
    QString code() const { return m_code; }
    bool isBusy() const { return m_busyCount > 0; }
    bool isFromCache() const { return m_fromCache; }
    // The errors in the table's order, as shown (the search applied).
    QList<BusinessError> shownErrors() const;
    MessageBar *messageBar() const { return m_message; }

signals:
    void stateChanged(ErrorMonitoringPanel::State state);
    void busyChanged(bool busy);
    // Tracking was turned on from the "Unmonitored connection" state.
    void trackingEnabled(const QString &code);
    // An export ended: an empty error when the file is written.
    void exportFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Subject { None, Connection, App };

    // Drops the answers under way (and their busy marks); the new generation.
    quint64 abandon();
    void load();
    void loadSettings(quint64 generation);
    void evaluate(FlowType flowType, bool auditable);
    void loadErrors(quint64 generation);
    void showErrors(const QList<BusinessError> &errors, const QDateTime &asOf, bool fromCache);
    void fail(const ApiError &error);
    void activateTracking();
    void trackingSaved(quint64 generation, const ApiError &error);
    void setState(State state);
    void setBusy(bool busy);
    void applyWriteState();
    void refreshCounts();
    void showChosen();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    QPointer<Workspace> m_workspace;
    MessageBar *m_message;
    ErrorMonitoringHelper *m_helper;
    QWidget *m_toolbar;
    QLineEdit *m_search;
    QLabel *m_results;
    QPushButton *m_export;
    BusinessErrorTableModel *m_model;
    BusinessErrorFilterModel *m_proxy;
    BusinessErrorTableView *m_table;
    ErrorDetailsPane *m_chosen;
    QWidget *m_list;
    EmptyState *m_empty;

    Subject m_subject = Subject::None;
    QString m_code;
    std::optional<Workspace::Details> m_connection; // a connection's, for turning tracking on
    std::optional<AppMonitoringSettings> m_appSettings;
    State m_state = State::Idle;
    bool m_fromCache = false; // the settings or the errors came from the cache
    quint64 m_generation = 0; // bumped by each load and clear(): late answers are dropped
    int m_busyCount = 0;
};
