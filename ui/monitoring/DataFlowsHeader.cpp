#include "monitoring/DataFlowsHeader.h"
#include "widgets/PageHeader.h"

#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/BusyStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

DataFlowsHeader::DataFlowsHeader(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_breadcrumb(new QLabel(this))
    , m_title(new QLabel(tr("Data flows"), this))
    , m_helper(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_busy(new BusyStrip(this))
{
    PageHeader::setUpBack(m_back, tr("Back to the connections"),
                          tr("Back to the connections (Esc)"));
    PageHeader::setUpBreadcrumb(m_breadcrumb);
    m_breadcrumb->setText(tr("System › %1 › %2")
                              .arg(QStringLiteral("<a href=\"#connections\">%1</a>")
                                       .arg(tr("Connections").toHtmlEscaped()),
                                   tr("Data flows").toHtmlEscaped()));

    PageHeader::setUpTitle(m_title);

    m_helper->setObjectName(QStringLiteral("helper"));
    m_helper->setWordWrap(true);
    m_helper->setText(tr("Here, you can track the data flow between your PIM and third parties."));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_asOf->hide();

    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setIcon(Icons::icon(Icons::Name::Refresh));
    m_refresh->setAutoRaise(true);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    setRefreshEnabled(true);

    auto *crumbRow = new QHBoxLayout;
    crumbRow->setSpacing(4);
    crumbRow->addWidget(m_back);
    crumbRow->addWidget(m_breadcrumb, 1);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title, 1, Qt::AlignVCenter);
    titleRow->addWidget(m_asOf, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_refresh, 0, Qt::AlignVCenter);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(14, 8, 20, 12);
    text->setSpacing(4);
    text->addLayout(crumbRow);
    auto *indented = new QVBoxLayout;
    indented->setContentsMargins(6, 0, 0, 0);
    indented->setSpacing(4);
    indented->addLayout(titleRow);
    indented->addWidget(m_helper);
    text->addLayout(indented);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(text);
    layout->addWidget(m_busy);

    connect(m_back, &QToolButton::clicked, this, &DataFlowsHeader::backRequested);
    connect(m_breadcrumb, &QLabel::linkActivated, this, &DataFlowsHeader::backRequested);
    connect(m_refresh, &QToolButton::clicked, this, &DataFlowsHeader::refreshRequested);
    applyPalette();
}

void DataFlowsHeader::setBusy(bool busy)
{
    m_busy->setBusy(busy);
}

void DataFlowsHeader::setAsOf(const QDateTime &asOf, bool fromCache)
{
    m_asOf->setVisible(asOf.isValid());
    if (!asOf.isValid())
        return;
    const QString when = QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat);
    m_asOf->setText(fromCache ? tr("Offline: as of %1").arg(when) : tr("As of %1").arg(when));
    m_asOf->setToolTip(fromCache ? tr("The PIM cannot be reached: these are the numbers this "
                                      "computer kept when it last reached it.")
                                 : QString());
}

QString DataFlowsHeader::asOfText() const
{
    return m_asOf->isVisibleTo(this) ? m_asOf->text() : QString();
}

void DataFlowsHeader::setRefreshEnabled(bool enabled, const QString &reason)
{
    m_refresh->setEnabled(enabled);
    m_refresh->setToolTip(
        enabled ? tr("Refresh the Data flows from the PIM (%1)")
                      .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText))
                : reason);
}

void DataFlowsHeader::applyPalette()
{
    for (QLabel *label : {m_breadcrumb, m_helper, m_asOf}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Theme::secondaryText(palette()));
        label->setPalette(p);
    }
}

void DataFlowsHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
