#include "monitoring/DataFlowsPage.h"

#include "items/ConnectionListModel.h"
#include "monitoring/BusinessErrorsModel.h"
#include "monitoring/BusinessErrorsPanel.h"
#include "monitoring/ChartPanel.h"
#include "monitoring/ChartReason.h"
#include "monitoring/ConnectionPicker.h"
#include "monitoring/DataFlowsChartModel.h"
#include "monitoring/DataFlowsHeader.h"
#include "monitoring/DataFlowsSection.h"
#include "widgets/MessageBar.h"
#include "workspace/Monitoring.h"
#include "workspace/Workspace.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int Margin = 20; // the page's side margins, as the overview's

// The connections of a chart: its audits' codes, in the PIM's order, each once.
QStringList countedCodes(const QList<const WeeklyAudit *> &audits)
{
    QStringList codes;
    for (const WeeklyAudit *audit : audits) {
        for (const QString &code : audit->connectionCodes()) {
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    return codes;
}

} // namespace

DataFlowsPage::DataFlowsPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new DataFlowsHeader(this))
    , m_statusSlot(new QVBoxLayout)
    , m_message(new MessageBar(this))
    , m_businessErrors(nullptr)
{
    setObjectName(QStringLiteral("dataFlowsPage"));
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &DataFlowsPage::updateAll);
    m_message->setObjectName(QStringLiteral("pageMessage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dataFlowsContent"));
    content->setBackgroundRole(QPalette::Window);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(Margin, 12, Margin, Margin);
    column->setSpacing(22);

    Section inbound = makeSection(QStringLiteral("inbound"), tr("Inbound"), tr("Data connections"),
                                  FlowType::Source);
    addChart(
        inbound, QStringLiteral("productCreated"), tr("Products created"),
        [](const DataFlows &f) -> const WeeklyAudit & { return f.productCreated; },
        Theme::Tone::Info);
    addChart(
        inbound, QStringLiteral("productUpdated"), tr("Products updated"),
        [](const DataFlows &f) -> const WeeklyAudit & { return f.productUpdated; },
        Theme::Tone::Info);
    Section outbound = makeSection(QStringLiteral("outbound"), tr("Outbound"), tr("Destinations"),
                                   FlowType::Destination);
    addChart(
        outbound, QStringLiteral("productSent"), tr("Products sent"),
        [](const DataFlows &f) -> const WeeklyAudit & { return f.productRead; },
        Theme::Tone::Positive);
    Section errors = makeSection(QStringLiteral("errors"), tr("Errors on data sources"),
                                 tr("Data connections"), FlowType::Source);
    errors.widget->setHelper(
        tr("Here you can see the total number of errors, including business errors."));
    addChart(
        errors, QStringLiteral("errorCount"), tr("Error count per day"),
        [](const DataFlows &f) -> const WeeklyAudit & { return f.errors; }, Theme::Tone::Negative);
    m_businessErrors = new BusinessErrorsPanel(errors.widget);
    errors.widget->addCard(m_businessErrors, 1);
    connect(m_businessErrors, &BusinessErrorsPanel::errorMonitoringRequested, this,
            &DataFlowsPage::errorMonitoringRequested);
    connect(m_businessErrors, &Card::linkActivated, this, &DataFlowsPage::onLink);
    // The outbound row: one chart, as wide as one of the inbound ones.
    outbound.widget->addCard(new QWidget(outbound.widget), 1);
    m_sections = {inbound, outbound, errors};
    for (const Section &section : std::as_const(m_sections))
        column->addWidget(section.widget);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dataFlowsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setBackgroundRole(QPalette::Window);

    m_statusSlot->setContentsMargins(Margin, 8, Margin, 0);
    m_statusSlot->setSpacing(6);
    auto *messageRow = new QVBoxLayout;
    messageRow->setContentsMargins(Margin, 8, Margin, 0);
    messageRow->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(m_statusSlot);
    layout->addLayout(messageRow);
    layout->addWidget(scroll, 1);

    connect(m_header, &DataFlowsHeader::backRequested, this, &DataFlowsPage::backRequested);
    connect(m_header, &DataFlowsHeader::refreshRequested, this, &DataFlowsPage::reload);
    connect(m_message, &MessageBar::actionTriggered, this, &DataFlowsPage::reload);
    showEverywhere(tr("Sign in to a PIM first."));
}

DataFlowsPage::~DataFlowsPage() = default;

DataFlowsPage::Section DataFlowsPage::makeSection(const QString &name, const QString &title,
                                                  const QString &pickerLabel, FlowType flowType)
{
    Section section{new DataFlowsSection(name, title, pickerLabel, this), flowType, {}};
    connect(section.widget->picker(), &ConnectionPicker::codeChanged, this, [this, name]() {
        for (Section &s : m_sections) {
            if (s.widget->objectName() == name && m_flows)
                updateSection(s);
        }
    });
    return section;
}

DataFlowsPage::Chart
DataFlowsPage::addChart(Section &section, const QString &name, const QString &title,
                        std::function<const WeeklyAudit &(const DataFlows &)> audit,
                        Theme::Tone tone)
{
    auto *panel = new ChartPanel(name, title, tone, section.widget);
    section.widget->addCard(panel, 1);
    connect(panel, &Card::linkActivated, this, &DataFlowsPage::onLink);
    Chart chart{panel, std::move(audit)};
    section.charts.append(chart);
    return chart;
}

void DataFlowsPage::setWorkspace(Workspace *workspace)
{
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->model(), nullptr, this, nullptr);
        disconnect(m_workspace->monitoring(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_updateTimer.stop();
    ++m_generation;
    m_flows.reset();
    m_asOf = {};
    m_fromCache = false;
    m_appsAsked = false;
    m_header->setAsOf({}, false);
    m_message->hide();
    setLoading(false);
    showEverywhere(workspace ? tr("Loading…") : tr("Sign in to a PIM first."));
    applyRefreshState();
    if (!workspace)
        return;
    // What the reasons and the choosers rest on: the list, its marks, the write state, the Apps.
    // Many changes in a row (a refreshed list) make one update.
    ConnectionListModel *model = workspace->model();
    auto later = [this]() {
        m_updateTimer.start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [later](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // A logo decoded changes nothing here.
                const QList<int> pictures = {ConnectionListModel::LogoRole, Qt::DecorationRole};
                if (roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [&](int role) {
                        return !pictures.contains(role);
                    }))
                    later();
            });
    connect(workspace, &Workspace::wrongCredentialsChanged, this, later);
    connect(workspace, &Workspace::canWriteChanged, this, later);
    connect(workspace->monitoring(), &Monitoring::appsChanged, this, later);
    connect(workspace, &Workspace::connectivityChanged, this,
            [this](Workspace::Connectivity connectivity) {
                applyRefreshState();
                // Back online while showing the copy: the PIM's numbers replace it.
                if (connectivity == Workspace::Connectivity::Online && m_fromCache && isVisible())
                    reload();
            });
}

void DataFlowsPage::setStatusArea(QWidget *area)
{
    if (area && area->parentWidget() != this)
        m_statusSlot->addWidget(area);
}

void DataFlowsPage::reload()
{
    if (!m_workspace)
        return;
    const quint64 generation = ++m_generation;
    m_message->hide();
    setLoading(true);
    m_workspace->monitoring()->loadDataFlows(
        std::nullopt, this,
        [this, generation](const ApiError &error, const Monitoring::Answer<DataFlows> &answer) {
            onAnswer(generation, error, answer.value, answer.asOf, answer.fromCache);
        });
}

void DataFlowsPage::onAnswer(quint64 generation, const ApiError &error, const DataFlows &flows,
                             const QDateTime &asOf, bool fromCache)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (error.isError()) {
        m_message->showError(error, tr("Retry"));
        // What was shown stays; with nothing shown yet, each panel says why.
        if (!m_flows)
            showEverywhere(error.message().toHtmlEscaped());
    } else {
        m_flows = flows;
        m_asOf = asOf;
        m_fromCache = fromCache;
        m_header->setAsOf(asOf, fromCache);
        updateAll();
        askAppNames();
    }
    emit loadFinished();
}

void DataFlowsPage::askAppNames()
{
    // Apps are counted but are not in the list of connections (docs/pim-api.md §10): their names
    // come from the connected Apps, read once (appsChanged() then names them).
    if (m_appsAsked || !m_workspace || !m_flows)
        return;
    const QStringList codes = countedCodes({&m_flows->productCreated, &m_flows->productUpdated,
                                            &m_flows->productRead, &m_flows->errors});
    const bool unnamed = std::any_of(codes.cbegin(), codes.cend(), [this](const QString &code) {
        return labelOf(code) == code && m_workspace->model()->rowOf(code) < 0;
    });
    if (!unnamed)
        return;
    m_appsAsked = true;
    // A PIM without connected Apps answers Unavailable: the codes stay as they are.
    m_workspace->monitoring()->loadApps(this, [](const ApiError &, const auto &) {});
}

void DataFlowsPage::updateAll()
{
    if (!m_flows)
        return;
    for (Section &section : m_sections)
        updateSection(section);
    updateBusinessErrors();
}

void DataFlowsPage::updateSection(Section &section)
{
    QList<const WeeklyAudit *> audits;
    for (const Chart &chart : std::as_const(section.charts))
        audits.append(&chart.audit(*m_flows));
    const QStringList counted = countedCodes(audits);
    const ChartFacts facts = factsFor(section.flowType, counted);

    // "All", the counted connections, then the untracked ones of the flow type.
    QList<ConnectionPicker::Entry> entries;
    for (const QString &code : counted)
        entries.append({code, labelOf(code), true});
    for (const Connection &c : facts.connections) {
        if (c.flowType == section.flowType && !counted.contains(c.code))
            entries.append({c.code, c.label, false});
    }
    ConnectionPicker *picker = section.widget->picker();
    picker->setEntries(entries);
    const QString code = picker->currentCode();

    for (const Chart &chart : std::as_const(section.charts)) {
        const AuditSeries *series = chart.audit(*m_flows).find(code);
        chart.panel->model()->setSeries(series ? *series : AuditSeries());
        const QString reason =
            ChartReason::forSelection(facts, code, chart.panel->model()->isAllZero());
        if (reason.isEmpty() && !chart.panel->model()->isEmpty())
            chart.panel->showChart();
        else
            chart.panel->showReason(reason.isEmpty() ? tr("Nothing counted yet.") : reason);
    }
}

void DataFlowsPage::updateBusinessErrors()
{
    const ErrorCounts &counts = m_flows->businessErrors;
    m_businessErrors->model()->setCounts(counts,
                                         [this](const QString &code) { return labelOf(code); });
    if (!counts.counts.isEmpty()) {
        m_businessErrors->showList();
        return;
    }
    QStringList counted;
    const QString reason = ChartReason::forSelection(factsFor(FlowType::Source, counted),
                                                     AuditSeries::allCode(), true);
    m_businessErrors->showReason(reason);
}

ChartFacts DataFlowsPage::factsFor(FlowType flowType, const QStringList &counted) const
{
    ChartFacts facts;
    facts.flowType = flowType;
    facts.counted = counted;
    if (m_workspace) {
        facts.connections = m_workspace->model()->connections();
        facts.wrongCredentials = m_workspace->wrongCredentials();
        facts.canCreate = m_workspace->canWrite() && !m_workspace->limitReached();
    }
    return facts;
}

QString DataFlowsPage::labelOf(const QString &code) const
{
    if (!m_workspace)
        return code;
    const ConnectionListModel *model = m_workspace->model();
    if (const int row = model->rowOf(code); row >= 0) {
        const QString label = model->connectionAt(row).label;
        return label.isEmpty() ? code : label;
    }
    // A connected App: counted like a connection, but not in the list (docs/pim-api.md §10).
    for (const CachedApp &app : m_workspace->monitoring()->knownApps()) {
        if (app.app.connectionCode == code && !app.app.name.isEmpty())
            return app.app.name;
    }
    return code;
}

void DataFlowsPage::onLink(const QString &link)
{
    if (link == ChartReason::createLink())
        emit createRequested();
    else if (const auto code = ChartReason::settingsCode(link))
        emit openConnectionRequested(*code);
}

void DataFlowsPage::showEverywhere(const QString &text)
{
    for (const Section &section : std::as_const(m_sections)) {
        for (const Chart &chart : section.charts) {
            chart.panel->model()->clear();
            chart.panel->showReason(text);
        }
    }
    m_businessErrors->showReason(text);
}

void DataFlowsPage::setLoading(bool loading)
{
    m_loading = loading;
    m_header->setBusy(loading);
}

void DataFlowsPage::applyRefreshState()
{
    const bool forced = m_workspace && m_workspace->isForcedOffline();
    m_header->setRefreshEnabled(
        m_workspace && !forced,
        forced ? tr("The app was started with --offline: nothing is asked of the PIM.")
               : tr("Sign in to a PIM first."));
}
