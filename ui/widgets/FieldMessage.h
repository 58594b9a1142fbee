#pragma once

#include "style/Theme.h"

#include <QWidget>

class IconWidget;
class QLabel;

// The line under a form field: a neutral hint ("Letters, numbers and underscores only"), or,
// over it, an error or a warning in its tone with its icon. Hidden when there is nothing to say.
// The text wraps, so long translations stay inside the form.
class FieldMessage : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // A neutral explanation, shown while there is no message.
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }

    // An error (Tone::Negative), a warning or an info over the hint; an empty text clears it.
    void setMessage(Theme::Tone tone, const QString &text);
    void clearMessage() { setMessage(Theme::Tone::Neutral, QString()); }

    QString message() const { return m_text; }
    Theme::Tone tone() const { return m_tone; }
    bool hasMessage() const { return !m_text.isEmpty(); }
    // What is shown now: the message, or else the hint.
    QString shownText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    IconWidget *m_icon;
    QLabel *m_label;
    QString m_hint;
    QString m_text;
    Theme::Tone m_tone = Theme::Tone::Neutral;
};
