#include "widgets/MessageBar.h"

#include "domain/ApiError.h"
#include "domain/ValidationError.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/IconWidget.h"
#include "widgets/WrappingLabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {

// How each type of message looks and is announced, in the order of MessageBar::Type.
struct Look
{
    Theme::Tone tone;
    Icons::Name icon;
    const char *name; // for screen readers
};

const Look &lookOf(MessageBar::Type type)
{
    static const Look looks[] = {
        {Theme::Tone::Info, Icons::Name::Info, QT_TRANSLATE_NOOP("MessageBar", "Information")},
        {Theme::Tone::Positive, Icons::Name::Check, QT_TRANSLATE_NOOP("MessageBar", "Success")},
        {Theme::Tone::Warning, Icons::Name::Warning, QT_TRANSLATE_NOOP("MessageBar", "Warning")},
        {Theme::Tone::Negative, Icons::Name::Error, QT_TRANSLATE_NOOP("MessageBar", "Error")},
    };
    return looks[int(type)];
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new IconWidget(this))
    , m_label(new WrappingLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    const int gap = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(gap + 2, 6, 6, 6);
    layout->setSpacing(gap > 0 ? gap : 8);
    // Centred: a one-line message (the usual case) lines up with its buttons.
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    m_icon->setExtent(QFontMetrics(font()).height() + 2);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSelectableFromPointer(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setMinimumWidth(120);
    m_label->setObjectName(QStringLiteral("messageText"));

    m_action->setObjectName(QStringLiteral("actionButton"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);

    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::icon(Icons::Name::Close));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    hide();
    applyType();
}

void MessageBar::showMessage(Type type, const QString &text, const QString &actionText)
{
    m_type = type;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyType();
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::showError(const ApiError &error, const QString &actionText)
{
    showMessage(Type::Error, error.message(), actionText);
}

QMap<QString, QString> MessageBar::showFieldErrors(const ApiError &error,
                                                   const QStringList &formFields)
{
    hide();
    if (error.kind != ApiError::Kind::Validation || error.fieldErrors.isEmpty()) {
        if (error.isError())
            showError(error);
        return {};
    }
    const ValidationKeys::FormErrors laidOut =
        ValidationKeys::forForm(error.fieldErrors, formFields);
    if (!laidOut.elsewhere.isEmpty())
        showMessage(Type::Error, laidOut.elsewhere.join(QLatin1Char('\n')));
    return laidOut.onFields;
}

QString MessageBar::text() const
{
    return m_label->text();
}

QString MessageBar::actionText() const
{
    return m_action->isHidden() ? QString() : m_action->text();
}

bool MessageBar::isClosable() const
{
    return !m_close->isHidden();
}

void MessageBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBar::dismiss()
{
    hide();
    emit dismissed();
}

void MessageBar::applyType()
{
    const Look &look = lookOf(m_type);
    m_icon->setIcon(Icons::icon(look.icon, look.tone));
    setAccessibleName(tr(look.name));
    setAccessibleDescription(m_label->text());
    update();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    const Theme::Tone tone = lookOf(m_type).tone;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::border(tone, palette()), 1));
    painter.setBrush(Theme::background(tone, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    // An accent on the leading edge, in the tone, for those who do not tell tints apart.
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::foreground(tone, palette()));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRectF accent(rtl ? width() - 4.0 : 0.0, 0, 4, height());
    painter.setClipRect(accent);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
}
