#include "widgets/FieldMessage.h"

#include "widgets/IconWidget.h"
#include "style/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new IconWidget(this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    refresh();
}

void FieldMessage::setHint(const QString &hint)
{
    m_hint = hint;
    refresh();
}

void FieldMessage::setMessage(Theme::Tone tone, const QString &text)
{
    m_tone = text.isEmpty() ? Theme::Tone::Neutral : tone;
    m_text = text;
    refresh();
}

QString FieldMessage::shownText() const
{
    return m_text.isEmpty() ? m_hint : m_text;
}

void FieldMessage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

void FieldMessage::refresh()
{
    const QString text = shownText();
    setVisible(!text.isEmpty());
    m_label->setText(text);
    setAccessibleName(text);

    QPalette palette = this->palette();
    QFont font = this->font();
    if (m_text.isEmpty()) {
        // A hint: smaller and quieter than the field's own text.
        const QColor soft = Theme::secondaryText(palette);
        palette.setColor(QPalette::Active, QPalette::WindowText, soft);
        palette.setColor(QPalette::Inactive, QPalette::WindowText, soft);
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.92);
        m_icon->hide();
    } else {
        palette.setColor(QPalette::WindowText, Theme::foreground(m_tone, palette));
        Icons::Name name = Icons::Name::Info;
        if (m_tone == Theme::Tone::Negative)
            name = Icons::Name::Error;
        else if (m_tone == Theme::Tone::Warning)
            name = Icons::Name::Warning;
        else if (m_tone == Theme::Tone::Positive)
            name = Icons::Name::Check;
        m_icon->setIcon(Icons::icon(name, m_tone));
        m_icon->setExtent(QFontMetrics(font).height());
        m_icon->show();
    }
    m_label->setPalette(palette);
    m_label->setFont(font);
}
