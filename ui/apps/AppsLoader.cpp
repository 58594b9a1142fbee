#include "apps/AppsLoader.h"

#include "items/AppListModel.h"
#include "style/UiLog.h"
#include "workspace/Monitoring.h"
#include "workspace/Workspace.h"

namespace {

// The tiles' logo box is 72 px high and about twice as wide; room for HiDPI screens.
const QSize LogoBound(320, 160);

} // namespace

AppsLoader::AppsLoader(QObject *parent)
    : QObject(parent)
    , m_model(new AppListModel(this))
{}

AppsLoader::~AppsLoader() = default;

void AppsLoader::setWorkspace(Workspace *workspace)
{
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->monitoring(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_logoAsked.clear();
    m_model->clear();
    setAvailable(true, QString());
    if (!workspace)
        return;
    // The cache's Apps with the cache's connections; then the PIM's, once it can be reached and
    // after each refresh of the list.
    connect(workspace, &Workspace::snapshotLoaded, this, &AppsLoader::reload);
    connect(workspace, &Workspace::connectivityChanged, this,
            [this](Workspace::Connectivity state) {
                if (state == Workspace::Connectivity::Online)
                    reload();
            });
    connect(workspace, &Workspace::syncedAtChanged, this, [this]() {
        if (m_workspace->connectivity() == Workspace::Connectivity::Online)
            reload();
    });
    connect(workspace->monitoring(), &Monitoring::appsChanged, this, &AppsLoader::sync);
    sync();
    if (workspace->connectivity() == Workspace::Connectivity::Online)
        reload();
}

void AppsLoader::reload()
{
    if (!m_workspace)
        return;
    m_workspace->monitoring()->loadApps(
        this, [this](const ApiError &error, const Monitoring::Answer<QList<CachedApp>> &) {
            if (error.kind == ApiError::Kind::Unavailable) {
                // Not an error to show: this PIM has no Apps for this user (docs/pim-api.md §11.2).
                setAvailable(false, error.message());
            } else if (!error.isError()) {
                setAvailable(true, QString());
            } else {
                qCInfo(lcUi) << "the connected Apps could not be read:" << error.message();
            }
            sync();
        });
}

void AppsLoader::sync()
{
    if (!m_workspace)
        return;
    m_model->setApps(m_available ? m_workspace->monitoring()->knownApps() : QList<CachedApp>());
    requestLogos();
}

void AppsLoader::requestLogos()
{
    for (const CachedApp &cached : m_model->apps()) {
        const ConnectedApp &app = cached.app;
        if (!app.logo || app.logo->isEmpty())
            continue;
        const QString key = app.connectionCode + QLatin1Char('|') + *app.logo;
        if (m_logoAsked.contains(key))
            continue;
        m_logoAsked.insert(key);
        const QString code = app.connectionCode;
        m_workspace->monitoring()->loadAppLogo(
            app, LogoBound, this, [this, code](const ApiError &error, const QImage &logo) {
                if (error.isError()) {
                    // The tile keeps the initials; the address is not asked again until the
                    // next workspace.
                    qCInfo(lcUi) << "no logo for the App" << code << ":" << error.message();
                    return;
                }
                m_model->setLogo(code, logo);
            });
    }
}

void AppsLoader::setAvailable(bool available, const QString &reason)
{
    m_reason = reason;
    if (available == m_available)
        return;
    m_available = available;
    if (!available)
        qCInfo(lcUi) << "connected Apps unavailable on this PIM:" << reason;
    emit availabilityChanged(available);
}
