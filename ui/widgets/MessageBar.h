#pragma once

#include <QFrame>
#include <QMap>
#include <QStringList>

struct ApiError;
class IconWidget;
class WrappingLabel;
class QPushButton;
class QToolButton;

// A non-modal message inside a page or over the overview (never a modal box for a network
// error): an icon and a text in the tone of its type, an optional action button ("Retry") and
// a close button. Hidden until a message is shown; the text can be selected and copied.
// Screen readers get an alert when a message appears.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Info, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the bar with this message; actionText adds a button that emits actionTriggered().
    void showMessage(Type type, const QString &text, const QString &actionText = QString());
    // An error of a call to the PIM, in its own words (ApiError::message()).
    void showError(const ApiError &error, const QString &actionText = QString());
    // A refusal of a form's values (docs/pim-api.md §4), for the bar above the form: returns the
    // messages of the fields the form shows (`formFields`: field -> its messages, one per line)
    // and shows the rest here (the limit, a field the form does not have, an error that is not
    // about fields); hidden when there is no rest.
    QMap<QString, QString> showFieldErrors(const ApiError &error, const QStringList &formFields);

    Type type() const { return m_type; }
    QString text() const;
    QString actionText() const;
    bool isClosable() const;
    void setClosable(bool closable);

public slots:
    // Hides the bar (as the close button does) and emits dismissed().
    void dismiss();

signals:
    void actionTriggered();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyType();

    Type m_type = Type::Info;
    IconWidget *m_icon;
    WrappingLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
};
