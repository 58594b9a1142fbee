#include "widgets/PageHeader.h"

#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/BusyStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString Separator = QStringLiteral(" › ");
} // namespace

PageHeader::PageHeader(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_breadcrumb(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_titleRow(new QHBoxLayout)
    , m_trailing(new QHBoxLayout)
    , m_busy(new BusyStrip(this))
{
    setUpBack(m_back, tr("Back"), tr("Back (Esc)"));
    setUpBreadcrumb(m_breadcrumb);
    setUpTitle(m_title);
    setUpSubtitle(m_subtitle);

    auto *crumbRow = new QHBoxLayout;
    crumbRow->setSpacing(4);
    crumbRow->addWidget(m_back);
    crumbRow->addWidget(m_breadcrumb, 1);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_titleRow->setContentsMargins(6, 0, 0, 0);
    m_titleRow->setSpacing(12);
    m_titleRow->addLayout(titles, 1);
    m_trailing->setSpacing(6);
    m_titleRow->addLayout(m_trailing);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(14, 8, 20, 12);
    text->setSpacing(6);
    text->addLayout(crumbRow);
    text->addLayout(m_titleRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(text);
    layout->addWidget(m_busy);

    connect(m_back, &QToolButton::clicked, this, &PageHeader::backRequested);
    connect(m_breadcrumb, &QLabel::linkActivated, this, &PageHeader::linkActivated);
    applyPalette();
}

void PageHeader::setBreadcrumb(const QList<Crumb> &crumbs)
{
    m_crumbs = crumbs;
    QStringList parts{tr("System").toHtmlEscaped()};
    for (const Crumb &crumb : crumbs) {
        parts.append(crumb.link.isEmpty()
                         ? crumb.text.toHtmlEscaped()
                         : QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(crumb.link.toHtmlEscaped(), crumb.text.toHtmlEscaped()));
    }
    m_breadcrumb->setText(parts.join(Separator));
}

QString PageHeader::breadcrumb() const
{
    QStringList parts{tr("System")};
    for (const Crumb &crumb : m_crumbs)
        parts.append(crumb.text);
    return parts.join(Separator);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setToolTip(title);
    m_title->setAccessibleName(title);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::title() const
{
    return m_title->text();
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::setLeadingWidget(QWidget *widget)
{
    widget->setParent(this);
    m_titleRow->insertWidget(0, widget, 0, Qt::AlignVCenter);
}

void PageHeader::addTrailingWidget(QWidget *widget)
{
    widget->setParent(this);
    m_trailing->addWidget(widget, 0, Qt::AlignVCenter);
}

void PageHeader::setBusy(bool busy)
{
    m_busy->setBusy(busy);
}

void PageHeader::applyPalette()
{
    for (QLabel *label : {m_breadcrumb, m_subtitle}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Theme::secondaryText(palette()));
        label->setPalette(p);
    }
}

void PageHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PageHeader::setUpBack(QToolButton *back, const QString &name, const QString &toolTip)
{
    back->setObjectName(QStringLiteral("back"));
    back->setIcon(Icons::icon(Icons::Name::Back));
    back->setAutoRaise(true);
    back->setAccessibleName(name);
    back->setToolTip(toolTip);
}

void PageHeader::setUpBreadcrumb(QLabel *breadcrumb)
{
    breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    breadcrumb->setTextFormat(Qt::RichText); // built from escaped crumbs
    breadcrumb->setAccessibleName(tr("Location"));
    // The links are reached with the mouse; the keyboard has the back button and Esc.
    breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
}

void PageHeader::setUpTitle(QLabel *title)
{
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::PlainText);
    title->setMinimumWidth(80);
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void PageHeader::setUpSubtitle(QLabel *subtitle)
{
    subtitle->setObjectName(QStringLiteral("subtitle"));
    subtitle->setTextFormat(Qt::PlainText);
    subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
}
