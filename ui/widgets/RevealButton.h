#pragma once

#include <QPointer>
#include <QToolButton>

class QLineEdit;

// The eye next to a masked field: a checkable, focusable tool button that shows or masks the
// text of its line edit. Its tooltip and accessible name say what it does now ("Show secret").
class RevealButton : public QToolButton
{
    Q_OBJECT

public:
    // what: the thing shown, lowercase, for "Show %1" ("secret", "password").
    RevealButton(QLineEdit *edit, const QString &what, QWidget *parent = nullptr);

    bool isRevealed() const { return isChecked(); }
    // Masks the field again (leaving a page, clearing a value).
    void conceal() { setChecked(false); }

private:
    void apply(bool revealed);

    QPointer<QLineEdit> m_edit;
    QString m_what;
};
