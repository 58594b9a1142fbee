#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class AppListModel;
class Workspace;

// Keeps the overview's AppListModel in step with a Workspace's connected Apps (docs/pim-api.md
// §11.2): reads them (Monitoring::loadApps) once the cached snapshot is in, when the PIM can be
// reached and after each refresh from it, follows Monitoring::appsChanged (settings saved, an App deleted), and
// asks for each App's logo once (Monitoring::loadAppLogo).
//
// A PIM without Apps for this user (the feature off, the right missing: an Unavailable answer) is
// not a failure: isAvailable() turns false, unavailableReason() says why, the model is empty.
class AppsLoader : public QObject
{
    Q_OBJECT

public:
    explicit AppsLoader(QObject *parent = nullptr);
    ~AppsLoader() override;

    AppListModel *model() const { return m_model; }
    // Not owned; null empties the model.
    void setWorkspace(Workspace *workspace);
    void reload();

    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

signals:
    void availabilityChanged(bool available);

private:
    void sync();
    void requestLogos();
    void setAvailable(bool available, const QString &reason);

    QPointer<Workspace> m_workspace;
    AppListModel *m_model;
    QSet<QString> m_logoAsked; // "code|address": asked once per address
    bool m_available = true;
    QString m_reason;
};
