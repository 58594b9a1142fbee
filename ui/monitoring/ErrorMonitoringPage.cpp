#include "monitoring/ErrorMonitoringPage.h"

#include "items/ConnectionListModel.h"
#include "monitoring/ErrorMonitoringPanel.h"
#include "widgets/PageHeader.h"
#include "workspace/Workspace.h"

#include <QVBoxLayout>

namespace {
constexpr int Margin = 20; // the page's side margins, as the other pages'
const QString ConnectionsLink = QStringLiteral("#connections");
const QString ConnectionLink = QStringLiteral("#connection");
} // namespace

ErrorMonitoringPage::ErrorMonitoringPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(this))
    , m_statusSlot(new QVBoxLayout)
    , m_panel(new ErrorMonitoringPanel(this))
{
    setObjectName(QStringLiteral("errorMonitoringPage"));
    m_header->setObjectName(QStringLiteral("errorMonitoringHeader"));
    m_header->setTitle(tr("Error monitoring"));

    m_statusSlot->setContentsMargins(Margin, 0, Margin, 0);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(Margin, 12, Margin, Margin);
    body->addWidget(m_panel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(m_statusSlot);
    layout->addLayout(body, 1);

    connect(m_header, &PageHeader::backRequested, this, &ErrorMonitoringPage::backRequested);
    connect(m_header, &PageHeader::linkActivated, this, [this](const QString &link) {
        if (link == ConnectionLink)
            emit connectionRequested(code());
        else
            emit overviewRequested();
    });
    connect(m_panel, &ErrorMonitoringPanel::busyChanged, m_header, &PageHeader::setBusy);
}

void ErrorMonitoringPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_panel->setWorkspace(workspace);
    clear();
}

void ErrorMonitoringPage::open(const QString &code)
{
    QString label = code;
    FlowType flowType = FlowType::Source;
    ConnectionListModel *model = m_workspace ? m_workspace->model() : nullptr;
    if (const int row = model ? model->rowOf(code) : -1; row >= 0) {
        label = model->connectionAt(row).label;
        flowType = model->connectionAt(row).flowType;
    }
    m_header->setSubtitle(label + QStringLiteral("  ·  ") + FlowTypes::displayName(flowType) +
                          QStringLiteral("  ·  ") + code);
    m_header->setBreadcrumb({{tr("Connections"), ConnectionsLink},
                             {label, ConnectionLink},
                             {tr("Error monitoring"), QString()}});
    m_panel->showConnection(code);
}

void ErrorMonitoringPage::clear()
{
    m_header->setSubtitle(QString());
    m_header->setBreadcrumb({{tr("Connections"), ConnectionsLink}});
    m_panel->clear();
}

void ErrorMonitoringPage::setStatusArea(QWidget *area)
{
    if (!area)
        return;
    m_statusSlot->addWidget(area);
    m_statusSlot->setContentsMargins(Margin, 10, Margin, 0);
}

QString ErrorMonitoringPage::code() const
{
    return m_panel->code();
}
