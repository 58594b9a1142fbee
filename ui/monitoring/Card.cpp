#include "monitoring/Card.h"

#include "style/Theme.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
{
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    setAccessibleName(title);
}

QLabel *Card::createReasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("reason"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setMargin(16);
    connect(label, &QLabel::linkActivated, this, &Card::linkActivated);
    quiet(label);
    return label;
}

void Card::quiet(QLabel *label)
{
    m_quiet.append(label);
    applyPalette();
}

void Card::applyPalette()
{
    const QPalette &p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor soft =
        Theme::withContrast(Theme::mix(p.color(QPalette::Text), base, 0.35), base, 4.5);
    for (QLabel *label : std::as_const(m_quiet)) {
        QPalette lp = label->palette();
        lp.setColor(QPalette::WindowText, soft);
        label->setPalette(lp);
    }
    update();
}

void Card::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void Card::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    painter.setPen(
        QPen(Theme::mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.16), 1));
    painter.setBrush(p.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}
