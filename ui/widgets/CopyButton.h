#pragma once

#include "services/Clipboard.h"

#include <QPointer>
#include <QTimer>
#include <QToolButton>

#include <functional>

// "Copy to clipboard": a tool button that copies a value through the Clipboard service (secrets
// marked and cleared later) and says "Copied" for a moment: a check mark in place of its icon
// and a tooltip at the button.
class CopyButton : public QToolButton
{
    Q_OBJECT

public:
    // value: read at the moment of the click; what: the field's name for screen readers.
    CopyButton(Clipboard *clipboard, Clipboard::Kind kind, std::function<QString()> value,
               const QString &what, QWidget *parent = nullptr);

    // True while the "Copied" feedback is shown.
    bool isShowingCopied() const { return m_feedback.isActive(); }

public slots:
    void copy();

signals:
    void copied();

private:
    void restore();

    QPointer<Clipboard> m_clipboard;
    Clipboard::Kind m_kind;
    std::function<QString()> m_value;
    QTimer m_feedback;
};
