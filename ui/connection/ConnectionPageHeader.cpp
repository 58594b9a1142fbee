#include "connection/ConnectionPageHeader.h"
#include "widgets/PageHeader.h"

#include "connection/ConnectionLogo.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/BusyStrip.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionPageHeader::ConnectionPageHeader(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_breadcrumb(new QLabel(this))
    , m_logo(new ConnectionLogo(48, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_monitoring(new QPushButton(Icons::icon(Icons::Name::Warning), tr("Error monitoring"), this))
    , m_save(new QPushButton(Icons::icon(Icons::Name::Check), tr("Save"), this))
    , m_more(new QToolButton(this))
    , m_delete(
          new QAction(Icons::icon(Icons::Name::Delete, Theme::Tone::Negative), tr("Delete…"), this))
    , m_busy(new BusyStrip(this))
{
    PageHeader::setUpBack(m_back, tr("Back to the connections"),
                          tr("Back to the connections (Esc)"));
    PageHeader::setUpBreadcrumb(m_breadcrumb);
    connect(m_breadcrumb, &QLabel::linkActivated, this, &ConnectionPageHeader::backRequested);
    PageHeader::setUpTitle(m_title);
    PageHeader::setUpSubtitle(m_subtitle);

    m_monitoring->setObjectName(QStringLiteral("errorMonitoring"));
    m_monitoring->setAutoDefault(false);
    m_monitoring->setToolTip(tr("The business errors this connection got from the PIM's API"));
    connect(m_monitoring, &QPushButton::clicked, this,
            &ConnectionPageHeader::errorMonitoringRequested);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAccessibleName(tr("Save the connection"));
    m_save->setAutoDefault(false);

    m_delete->setObjectName(QStringLiteral("deleteConnection"));
    auto *menu = new QMenu(m_more);
    menu->addAction(m_delete);
    m_more->setObjectName(QStringLiteral("more"));
    m_more->setIcon(Icons::icon(Icons::Name::More));
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setAutoRaise(true);
    m_more->setAccessibleName(tr("More actions"));
    m_more->setToolTip(tr("More actions"));
    connect(m_delete, &QAction::triggered, this, &ConnectionPageHeader::deleteRequested);
    connect(m_back, &QToolButton::clicked, this, &ConnectionPageHeader::backRequested);
    connect(m_save, &QPushButton::clicked, this, &ConnectionPageHeader::saveRequested);

    auto *crumbRow = new QHBoxLayout;
    crumbRow->setSpacing(4);
    crumbRow->addWidget(m_back);
    crumbRow->addWidget(m_breadcrumb, 1);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_logo, 0, Qt::AlignVCenter);
    titleRow->addLayout(titles, 1);
    titleRow->addWidget(m_monitoring, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_save, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_more, 0, Qt::AlignVCenter);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(14, 8, 20, 12);
    text->setSpacing(6);
    text->addLayout(crumbRow);
    auto *indented = new QHBoxLayout;
    indented->setContentsMargins(6, 0, 0, 0);
    indented->addLayout(titleRow);
    text->addLayout(indented);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(text);
    layout->addWidget(m_busy);

    setTabOrder(m_back, m_monitoring);
    setTabOrder(m_monitoring, m_save);
    setTabOrder(m_save, m_more);
    applyPalette();
}

void ConnectionPageHeader::setConnection(const QString &label, const QString &code,
                                         FlowType flowType)
{
    m_label = label;
    m_title->setText(label);
    m_title->setToolTip(label);
    m_title->setAccessibleName(label);
    m_subtitle->setText(FlowTypes::displayName(flowType) + QStringLiteral("  ·  ") + code);
    m_logo->setConnection(label, code);
    // The breadcrumb, with "Connections" as a link back to the overview.
    m_breadcrumb->setText(tr("System › %1 › %2")
                              .arg(QStringLiteral("<a href=\"#connections\">%1</a>")
                                       .arg(tr("Connections").toHtmlEscaped()),
                                   label.toHtmlEscaped()));
}

void ConnectionPageHeader::setLogo(const QImage &logo)
{
    m_logo->setImage(logo);
}

void ConnectionPageHeader::setBusy(bool busy)
{
    m_busy->setBusy(busy);
}

void ConnectionPageHeader::setSaveEnabled(bool enabled, const QString &reason)
{
    m_save->setEnabled(enabled);
    m_save->setToolTip(
        enabled ? tr("Save the changes (%1)")
                      .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
                : reason);
}

void ConnectionPageHeader::setDeleteEnabled(bool enabled, const QString &reason)
{
    m_delete->setEnabled(enabled);
    m_delete->setToolTip(enabled ? QString() : reason);
    m_delete->setStatusTip(m_delete->toolTip());
}

QString ConnectionPageHeader::title() const
{
    return m_title->text();
}

QString ConnectionPageHeader::breadcrumb() const
{
    return tr("System › %1 › %2").arg(tr("Connections"), m_label);
}

void ConnectionPageHeader::applyPalette()
{
    for (QLabel *label : {m_breadcrumb, m_subtitle})
        Theme::useSecondaryText(label, palette());
}

void ConnectionPageHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
