#include "overview/OverviewHeader.h"

#include "domain/ValidationError.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/BusyStrip.h"
#include "widgets/SearchField.h"
#include "widgets/WrappingLabel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

OverviewHeader::OverviewHeader(QWidget *parent)
    : QWidget(parent)
    , m_breadcrumb(new QLabel(this))
    , m_title(new QLabel(tr("Connections"), this))
    , m_count(new WrappingLabel(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_create(new QPushButton(Icons::icon(Icons::Name::Add), tr("Create"), this))
    , m_busy(new BusyStrip(this))
    , m_topRow(new QHBoxLayout)
    , m_titleRow(new QHBoxLayout)
{
    //: The breadcrumb of the overview, as in the PIM's menu.
    m_breadcrumb->setText(tr("System › Connections"));
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setAccessibleName(tr("Location"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(m_title->text());
    m_title->setObjectName(QStringLiteral("title"));

    m_count->setObjectName(QStringLiteral("countSentence"));
    m_count->setSelectableFromPointer(Qt::TextSelectableByMouse);

    m_search->setObjectName(QStringLiteral("search"));
    SearchField::setUp(m_search, tr("Search by label or code"), tr("Search connections"));
    m_search->setToolTip(
        tr("Search connections (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setIcon(Icons::icon(Icons::Name::Refresh));
    m_refresh->setAutoRaise(true);
    m_refresh->setAccessibleName(tr("Refresh"));
    setRefreshEnabled(true);
    m_refresh->setFocusPolicy(Qt::StrongFocus);

    m_create->setObjectName(QStringLiteral("create"));
    m_create->setAccessibleName(tr("Create a connection"));
    m_create->setDefault(false);
    m_create->setAutoDefault(false);

    m_topRow->setContentsMargins(0, 0, 0, 0);
    m_topRow->addWidget(m_breadcrumb, 1, Qt::AlignVCenter);

    m_titleRow->setSpacing(8);
    m_titleRow->addWidget(m_title, 1, Qt::AlignVCenter);
    m_titleRow->addWidget(m_search, 0, Qt::AlignVCenter);
    m_titleRow->addWidget(m_refresh, 0, Qt::AlignVCenter);
    m_titleRow->addWidget(m_create, 0, Qt::AlignVCenter);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(20, 14, 20, 12);
    text->setSpacing(4);
    text->addLayout(m_topRow);
    text->addLayout(m_titleRow);
    text->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(text);
    layout->addWidget(m_busy);

    setTabOrder(m_search, m_refresh);
    setTabOrder(m_refresh, m_create);

    connect(m_search, &QLineEdit::textChanged, this, &OverviewHeader::searchTextChanged);
    connect(m_refresh, &QToolButton::clicked, this, &OverviewHeader::refreshRequested);
    connect(m_create, &QPushButton::clicked, this, &OverviewHeader::createRequested);

    applyPalette();
    setCount(0);
    updateCreate();
}

void OverviewHeader::setCount(int connections, int apps)
{
    m_connections = connections;
    m_apps = apps;
    // Section 3: the limit counts connections and connected Apps (§11.1); the PIM says when it
    // is reached, its number is not ours to know.
    const QString limit =
        m_limitReached ? ValidationKeys::message(ValidationKeys::limitReached())
                       : tr("Your PIM sets how many third-parties and Apps you can connect.");
    const QString have = apps == 0 ? tr("You have %n connection(s).", nullptr, connections)
                                   : tr("You have %1 and %2.")
                                         .arg(tr("%n connection(s)", nullptr, connections),
                                              tr("%n connected App(s)", nullptr, apps));
    m_count->setText(have + QLatin1Char(' ') + limit);
}

QString OverviewHeader::countText() const
{
    return m_count->text();
}

void OverviewHeader::setLimitReached(bool reached)
{
    m_limitReached = reached;
    setCount(m_connections, m_apps);
    updateCreate();
}

void OverviewHeader::setWriteEnabled(bool enabled, const QString &reason)
{
    m_writeEnabled = enabled;
    m_writeReason = enabled ? QString() : reason;
    updateCreate();
}

void OverviewHeader::setBusy(bool busy)
{
    m_busy->setBusy(busy);
}

void OverviewHeader::setTrailingWidget(QWidget *widget)
{
    if (m_trailing)
        m_topRow->removeWidget(m_trailing);
    m_trailing = widget;
    if (widget)
        m_topRow->addWidget(widget, 0, Qt::AlignVCenter);
}

void OverviewHeader::addTitleAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    m_titleRow->insertWidget(m_titleRow->indexOf(m_search), button, 0, Qt::AlignVCenter);
    setTabOrder(button, m_search);
}

void OverviewHeader::updateCreate()
{
    // A disabled button still shows its tooltip: it says why (docs/pim-api.md §3).
    m_create->setEnabled(m_writeEnabled && !m_limitReached);
    if (m_limitReached)
        m_create->setToolTip(ValidationKeys::message(ValidationKeys::limitReached()));
    else if (!m_writeEnabled)
        m_create->setToolTip(m_writeReason);
    else
        m_create->setToolTip(
            tr("Create a new connection (%1)")
                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_create->setAccessibleDescription(m_create->isEnabled() ? QString() : m_create->toolTip());
}

void OverviewHeader::applyPalette()
{
    for (QLabel *label : std::initializer_list<QLabel *>{m_breadcrumb, m_count})
        Theme::useSecondaryText(label, palette());
}

void OverviewHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void OverviewHeader::setRefreshEnabled(bool enabled, const QString &reason)
{
    m_refresh->setEnabled(enabled);
    m_refresh->setToolTip(
        enabled ? tr("Refresh the list from the PIM (%1)")
                      .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText))
                : reason);
}
