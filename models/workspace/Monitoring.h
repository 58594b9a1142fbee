#pragma once

#include "domain/ApiError.h"
#include "domain/AuditCounts.h"
#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"
#include "store/CachedMonitoring.h"

#include <QDate>
#include <QImage>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class Workspace;

// The monitoring half of the PIM's Connect menu for one PIM (docs/pim-api.md §9 to §11): the
// Data flows dashboard, the business errors of a source connection, and the connected Apps.
// Owned by its Workspace (Workspace::monitoring()), which it uses for the network, the cache
// and the connectivity; screens and the CLI use this and never the jobs.
//
// Reads: when the workspace can reach the PIM, the answer comes from the PIM and is kept in the
// offline cache (then `fromCache` is false and `asOf` is now); when it cannot (offline, or
// forced offline), from the cache with the time it was fetched (`fromCache` true). A read that
// is in neither gives an Offline error. A 403/404 on the Apps routes gives an error of kind
// Unavailable whose message() explains why (feature off, right missing): not a failure to show
// as an error.
// Writes (App settings, App deletion) are refused with the workspace's write reason when it
// cannot write. Every callback is called once, on the GUI thread, unless `context` is gone.
class Monitoring : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiError &error, const T &value)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    template<typename T> struct Answer
    {
        T value{};
        QDateTime asOf; // UTC: when the PIM gave it
        bool fromCache = false;
    };

    explicit Monitoring(Workspace *workspace);
    ~Monitoring() override;

    // The Data flows dashboard: the three event types, the errors per day and the business
    // errors per source, for the 8 days ending with endDate (default: the PIM's today).
    void loadDataFlows(std::optional<QDate> endDate, QObject *context,
                       Callback<Answer<DataFlows>> done);
    // The latest business errors of a source connection (up to 100, newest first).
    void loadBusinessErrors(const QString &code, QObject *context,
                            Callback<Answer<QList<BusinessError>>> done);
    // The connected Apps with their monitoring settings when they were read.
    void loadApps(QObject *context, Callback<Answer<QList<CachedApp>>> done);
    // One App's monitoring settings (flow type, tracked), read from the PIM (or the cache).
    void loadAppSettings(const QString &code, QObject *context,
                         Callback<Answer<AppMonitoringSettings>> done);
    void saveAppSettings(const QString &code, const AppMonitoringSettings &settings,
                         QObject *context, DoneCallback done);
    // Deletes the App and its authorisation on the PIM, then refreshes the connections.
    void deleteApp(const QString &code, QObject *context, DoneCallback done);
    // The App's logo from its absolute URL (another server: no cookie is sent), with a timeout
    // and the image guards of LogoDecoder, scaled to fit `bound`; kept in memory.
    void loadAppLogo(const ConnectedApp &app, const QSize &bound, QObject *context,
                     Callback<QImage> done);
    // How long a logo download may go without data (20 s by default).
    void setLogoTimeout(std::chrono::milliseconds timeout);
    // The Apps last known (from loadApps): the overview shows them and counts them toward the
    // connection limit.
    QList<CachedApp> knownApps() const;

signals:
    // The Apps last known changed (loaded, settings saved, deleted).
    void appsChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};
