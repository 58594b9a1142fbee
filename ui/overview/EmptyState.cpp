#include "overview/EmptyState.h"

#include "style/Theme.h"
#include "widgets/IconWidget.h"
#include "widgets/WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new IconWidget(this))
    , m_title(new WrappingLabel(this))
    , m_text(new WrappingLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setExtent(64);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    // What the PIM says (an error's message) is shown too: never read as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignHCenter);
    m_action->setObjectName(QStringLiteral("emptyAction"));
    m_action->setAutoDefault(false);

    // One centred column of readable width; the labels fill it and centre their lines.
    auto *column = new QWidget(this);
    column->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 70);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(10);
    inner->addWidget(m_icon, 0, Qt::AlignHCenter);
    inner->addSpacing(4);
    inner->addWidget(m_title);
    inner->addWidget(m_text);
    inner->addSpacing(8);
    inner->addWidget(m_action, 0, Qt::AlignHCenter);

    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    applyPalette();
}

void EmptyState::setContent(Icons::Name icon, const QString &title, const QString &text,
                            const QString &actionText)
{
    m_icon->setIcon(Icons::icon(icon));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(text);
}

void EmptyState::setActionEnabled(bool enabled, const QString &reason)
{
    m_action->setEnabled(enabled);
    m_action->setToolTip(enabled ? QString() : reason);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::applyPalette()
{
    Theme::useSecondaryText(m_text, palette());
}

void EmptyState::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
