#include "charts/DayChart.h"

#include "charts/DayChartRoles.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

// A step of 1, 2 or 5 times a power of ten giving at most `ticks` intervals up to `most`: the y
// axis counts in whole numbers.
qint64 niceStep(qint64 most, int ticks)
{
    const qint64 raw = std::max<qint64>(1, (most + ticks - 1) / ticks);
    qint64 magnitude = 1;
    while (magnitude * 10 <= raw)
        magnitude *= 10;
    for (const qint64 factor : {1, 2, 5, 10}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QString dayLabel(const QDate &date)
{
    //: A day under a Data flows chart: the short weekday and the day of the month ("Tue 1").
    return QLocale().toString(date, QCoreApplication::translate("DayChart", "ddd d"));
}

} // namespace

QWidget *pim_create_day_chart(QAbstractItemModel *model, int tone, QWidget *parent)
{
    return new DayChart(model, Theme::Tone(tone), parent);
}

DayChart::DayChart(QAbstractItemModel *model, Theme::Tone tone, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_tone(tone)
    , m_line(new QLineSeries(this))
    , m_area(new QAreaSeries(m_line))
    , m_days(new QCategoryAxis)
    , m_counts(new QValueAxis)
{
    m_line->setObjectName(model->objectName() + QStringLiteral("Line"));
    m_line->setName(name());
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 14, 6, 2));
    // The area is the faint fill under the line; the line is drawn on its own, so that the
    // area's outline does not close down to the axis.
    chart->addSeries(m_area);
    chart->addSeries(m_line);
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_area), static_cast<QAbstractSeries *>(m_line)}) {
        series->attachAxis(m_days);
        series->attachAxis(m_counts);
    }
    m_line->setPointsVisible(true);
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_days->setTruncateLabels(false);
    // Whole numbers, exact up to qint64 (Qt Charts drops the labels of a "%lld" format when it
    // localises numbers, so it does not).
    m_counts->setLabelFormat(QStringLiteral("%lld"));
    m_counts->setMinorTickCount(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setMinimumHeight(180);
    setMouseTracking(true);

    connect(model, &QAbstractItemModel::modelReset, this, &DayChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &DayChart::rebuild);
    applyPalette();
    rebuild();
}

int DayChart::rows() const
{
    return m_model ? m_model->rowCount() : 0;
}

QString DayChart::name() const
{
    return m_model ? m_model->headerData(DayChartRoles::NameColumn, Qt::Horizontal).toString()
                   : QString();
}

QDate DayChart::dateAt(int row) const
{
    return m_model ? m_model->index(row, 0).data(DayChartRoles::Date).toDate() : QDate();
}

qint64 DayChart::countAt(int row) const
{
    return m_model ? m_model->index(row, 0).data(DayChartRoles::Count).toLongLong() : 0;
}

bool DayChart::isPreviousDay(int row) const
{
    return m_model && m_model->index(row, 0).data(DayChartRoles::PreviousDay).toBool();
}

void DayChart::rebuild()
{
    QList<QPointF> points;
    const int rows = this->rows();
    points.reserve(rows);
    for (int row = 0; row < rows; ++row)
        points.append(QPointF(row, qreal(countAt(row))));
    m_line->replace(points);

    for (const QString &label : m_days->categoriesLabels())
        m_days->remove(label);
    int first = 0;
    while (first < rows && isPreviousDay(first))
        ++first;
    for (int row = first; row < rows; ++row)
        m_days->append(dayLabel(dateAt(row)), row);
    // The previous day is left of the plot: the line enters from the edge (§10, rule 3).
    m_days->setRange(first - 0.45, std::max(first, rows - 1) + 0.45);

    qint64 most = 0; // the scale: the largest count, the previous day's included
    for (int row = 0; row < rows; ++row)
        most = std::max(most, countAt(row));
    const qint64 step = niceStep(std::max<qint64>(most, 4), 4);
    // Whole-number ticks from 0, one step of room above the highest point for its label.
    const qint64 top = (most / step + 1) * step;
    m_counts->setRange(0, qreal(top));
    m_counts->setTickCount(int(top / step) + 1);
    setAccessibleName(name());
    viewport()->update();
}

QString DayChart::toolTipFor(int row) const
{
    if (row < 0 || row >= rows())
        return {};
    //: A point's tooltip in a Data flows chart: the day (on its own line), then "Products
    //: created: 12".
    return tr("%1\n%2: %3")
        .arg(QLocale().toString(dateAt(row), QLocale::LongFormat), name(),
             QLocale().toString(countAt(row)));
}

int DayChart::rowAt(const QPoint &viewportPos) const
{
    if (rows() == 0)
        return -1;
    const QPointF scenePos = mapToScene(viewportPos);
    const QPointF inChart = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().adjusted(-8, -8, 8, 8).contains(inChart))
        return -1;
    const int row = qRound(chart()->mapToValue(inChart, m_area).x());
    if (row < 0 || row >= rows() || isPreviousDay(row))
        return -1;
    return row;
}

bool DayChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipFor(row), viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void DayChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_model)
        return;
    painter->save();
    painter->setPen(palette().color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics metrics(small);
    for (int row = 0; row < rows(); ++row) {
        if (isPreviousDay(row))
            continue;
        const QString text = QLocale().toString(countAt(row));
        const QPointF point = chart()->mapToScene(
            chart()->mapToPosition(QPointF(row, qreal(countAt(row))), m_area));
        const int width = metrics.horizontalAdvance(text);
        painter->drawText(QPointF(point.x() - width / 2.0, point.y() - 7), text);
    }
    painter->restore();
}

void DayChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void DayChart::applyPalette()
{
    const QPalette &p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const QColor accent = m_tone == Theme::Tone::Neutral ? p.color(QPalette::Highlight)
                                                         : Theme::foreground(m_tone, p);
    const QColor quiet = Theme::withContrast(Theme::mix(text, base, 0.35), base, 4.5);
    const QColor grid = Theme::mix(base, text, 0.12);
    chart()->setBackgroundBrush(base);
    chart()->setBackgroundPen(Qt::NoPen);
    setBackgroundBrush(base);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_days), static_cast<QAbstractAxis *>(m_counts)}) {
        axis->setLabelsBrush(quiet);
        axis->setLabelsFont(small);
        axis->setLinePen(QPen(Theme::mix(base, text, 0.3), 1));
        axis->setGridLinePen(QPen(grid, 1));
    }
    m_line->setPen(QPen(accent, 2));
    m_area->setPen(Qt::NoPen);
    m_area->setBrush(Theme::mix(base, accent, Theme::isDark(p) ? 0.25 : 0.14));
    viewport()->update();
}
