#include "monitoring/ChartPanel.h"

#include "monitoring/ChartModule.h"
#include "monitoring/DataFlowsChartModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString &name, const QString &title, Theme::Tone tone, QWidget *parent)
    : Card(title, parent)
    , m_model(new DataFlowsChartModel(title, this))
    , m_total(new QLabel(this))
    , m_today(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(nullptr)
    , m_reason(createReasonLabel(this))
{
    setObjectName(name);
    m_model->setObjectName(name + QStringLiteral("Model"));
    QString missing;
    m_chart = ChartModule::createDayChart(m_model, tone, m_stack, &missing);
    if (!m_chart) {
        // No charts module (a broken installation): the numbers stay, with why there is no
        // drawing.
        auto *why = new QLabel(
            tr("The chart cannot be drawn: the charts module could not be loaded (%1).")
                .arg(missing),
            m_stack);
        why->setWordWrap(true);
        why->setTextFormat(Qt::PlainText);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_chart = why;
    }
    m_chart->setObjectName(name + QStringLiteral("Chart"));

    m_total->setObjectName(QStringLiteral("total"));
    m_today->setObjectName(QStringLiteral("today"));
    for (QLabel *label : {m_total, m_today})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_reason);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(16);
    legend->addWidget(m_total);
    legend->addWidget(m_today);
    legend->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(titleLabel());
    layout->addLayout(legend);
    layout->addWidget(m_stack, 1);

    for (QLabel *label : {m_total, m_today})
        quiet(label);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartPanel::updateLegend);
    updateLegend();
    showReason(tr("Loading…"));
}

void ChartPanel::showChart()
{
    m_stack->setCurrentWidget(m_chart);
    m_reason->clear();
    updateLegend();
}

void ChartPanel::showReason(const QString &text)
{
    m_reason->setText(text);
    m_stack->setCurrentWidget(m_reason);
    updateLegend();
}

bool ChartPanel::isChartShown() const
{
    return m_stack->currentWidget() == m_chart;
}

QString ChartPanel::reason() const
{
    return isChartShown() ? QString() : m_reason->text();
}

void ChartPanel::updateLegend()
{
    const bool shown = isChartShown();
    m_total->setVisible(shown);
    m_today->setVisible(shown);
    m_total->setText(
        tr("Total over the last 7 days: %1").arg(QLocale().toString(m_model->total())));
    m_today->setText(tr("Today: %1").arg(QLocale().toString(m_model->today())));
    m_chart->setAccessibleDescription(m_total->text() + QLatin1Char(' ') + m_today->text());
}
