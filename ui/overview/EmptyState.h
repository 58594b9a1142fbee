#pragma once

#include "style/Icons.h"

#include <QWidget>

class IconWidget;
class QLabel;
class QPushButton;

// A centred message where a list would be: an icon, a title, a sentence and one action button
// (the overview's "No connection declared yet.", "No connection matches…", "Loading…").
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // An empty actionText hides the button.
    void setContent(Icons::Name icon, const QString &title, const QString &text,
                    const QString &actionText = QString());
    void setActionEnabled(bool enabled, const QString &reason = QString());

    QString title() const;
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    IconWidget *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};
