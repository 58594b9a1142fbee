#include "widgets/CopyButton.h"

#include "style/Icons.h"

#include <QToolTip>

CopyButton::CopyButton(Clipboard *clipboard, Clipboard::Kind kind, std::function<QString()> value,
                       const QString &what, QWidget *parent)
    : QToolButton(parent)
    , m_clipboard(clipboard)
    , m_kind(kind)
    , m_value(std::move(value))
{
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    // Several on a screen: each says what it copies.
    setAccessibleName(tr("Copy %1").arg(what));
    setAccessibleDescription(tr("Copies %1 to the clipboard").arg(what));
    m_feedback.setSingleShot(true);
    m_feedback.setInterval(std::chrono::milliseconds(1500));
    connect(&m_feedback, &QTimer::timeout, this, &CopyButton::restore);
    connect(this, &QToolButton::clicked, this, &CopyButton::copy);
    restore();
}

void CopyButton::copy()
{
    if (!m_clipboard || !m_value)
        return;
    const QString value = m_value();
    if (value.isEmpty())
        return;
    m_clipboard->copy(value, m_kind);
    setIcon(Icons::icon(Icons::Name::Check, Theme::Tone::Positive));
    setToolTip(tr("Copied"));
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), tr("Copied"), this);
    m_feedback.start();
    emit copied();
}

void CopyButton::restore()
{
    setIcon(Icons::icon(Icons::Name::Copy));
    setToolTip(tr("Copy to clipboard"));
}
