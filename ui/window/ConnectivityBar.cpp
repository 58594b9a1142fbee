#include "window/ConnectivityBar.h"

#include "widgets/MessageBar.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QVBoxLayout>

ConnectivityBar::ConnectivityBar(QWidget *parent)
    : QWidget(parent)
    , m_bar(new MessageBar(this))
{
    setObjectName(QStringLiteral("connectivityBar"));
    m_bar->setObjectName(QStringLiteral("offlineBar"));
    m_bar->setClosable(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    connect(m_bar, &MessageBar::actionTriggered, this, [this]() {
        if (m_workspace)
            m_workspace->refresh();
    });
    hide();
}

void ConnectivityBar::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::connectivityChanged, this, &ConnectivityBar::refresh);
        connect(workspace, &Workspace::syncedAtChanged, this, &ConnectivityBar::refresh);
        connect(workspace, &Workspace::busyChanged, this, &ConnectivityBar::refresh);
    }
    refresh();
}

QString ConnectivityBar::text() const
{
    return isHidden() ? QString() : m_bar->text();
}

QString ConnectivityBar::offlineText(const QDateTime &syncedAt)
{
    if (!syncedAt.isValid())
        return tr("Offline — no copy of the connections is saved on this computer yet.");
    const QString when = QLocale().toString(syncedAt.toLocalTime(), QLocale::ShortFormat);
    return tr("Offline — showing connections as of %1.").arg(when);
}

void ConnectivityBar::refresh()
{
    if (!m_workspace || m_workspace->connectivity() != Workspace::Connectivity::Offline) {
        hide();
        return;
    }
    const bool forced = m_workspace->isForcedOffline();
    QString text = offlineText(m_workspace->syncedAt());
    if (forced) {
        text += QLatin1Char(' ') + tr("The app was started with --offline: nothing is asked "
                                      "of the PIM, and changes cannot be made.");
    } else if (const ApiError reason = m_workspace->offlineReason(); reason.isError()) {
        text += QLatin1Char(' ') + reason.message();
    }
    // While a retry runs, the button would do nothing: hide it.
    const QString action = forced || m_workspace->isBusy() ? QString() : tr("Retry");
    m_bar->showMessage(MessageBar::Type::Warning, text, action);
    show();
}
