#pragma once

#include "store/CachedMonitoring.h"

#include <QWidget>

class Clipboard;
class FieldMessage;
class FlowTypeChooser;
class QCheckBox;
class QLabel;

// The "Settings" tab of a connected App's page (docs/pim-api.md §11.2): what the PIM says of the
// App, read-only (its connection code, its username, the scopes it was granted, its
// categories), then its two settings, editable: the flow type and "Track in Data flows
// dashboard" (only for a source or a destination: "Other" turns it off). A change of either
// emits settingsEdited() with both; the page saves it at once.
class AppSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit AppSettingsForm(Clipboard *clipboard, QWidget *parent = nullptr);

    void setApp(const ConnectedApp &app);
    // The saved settings (never emits settingsEdited); nullopt: not known yet (controls off).
    void setSettings(const std::optional<AppMonitoringSettings> &settings);
    AppMonitoringSettings settings() const;
    // Writing refused (offline, read from the cache, a save under way): the controls are
    // disabled and say why.
    void setWriteEnabled(bool enabled, const QString &reason = QString());

    QString usernameText() const;
    QString scopesText() const;

signals:
    void settingsEdited(const AppMonitoringSettings &settings);

private:
    void applyEnabled();
    void edited();

    FlowTypeChooser *m_flowType;
    QCheckBox *m_tracked;
    FieldMessage *m_trackedHint;
    QLabel *m_code;
    QLabel *m_username;
    QLabel *m_scopes;
    QLabel *m_categories;
    QString m_usernameValue;
    bool m_known = false;
    bool m_writeEnabled = false;
    QString m_reason;
};
