#include "widgets/RevealButton.h"

#include "style/Icons.h"

#include <QLineEdit>

RevealButton::RevealButton(QLineEdit *edit, const QString &what, QWidget *parent)
    : QToolButton(parent)
    , m_edit(edit)
    , m_what(what)
{
    setCheckable(true);
    setAutoRaise(true);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::toggled, this, &RevealButton::apply);
    apply(false);
}

void RevealButton::apply(bool revealed)
{
    if (m_edit)
        m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    setIcon(Icons::icon(revealed ? Icons::Name::Hide : Icons::Name::Show));
    const QString text = revealed ? tr("Hide %1").arg(m_what) : tr("Show %1").arg(m_what);
    setToolTip(text);
    setAccessibleName(text);
}
