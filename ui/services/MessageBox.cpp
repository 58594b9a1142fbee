#include "services/MessageBox.h"

#include "style/Theme.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QPushButton>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageBox", text);
}

// A question whose confirmation cannot be undone: the confirm button is styled as destructive
// and Cancel is the default.
MessageBox::Question destructive(const QString &title, const QString &text,
                                 const QString &informativeText, const QString &confirmText,
                                 Icons::Name confirmIcon)
{
    MessageBox::Question q;
    q.title = title;
    q.text = text;
    q.informativeText = informativeText;
    q.confirmText = confirmText;
    q.confirmIcon = confirmIcon;
    q.destructive = true;
    return q;
}

// docs/pim-api.md §7 (words) and §3 (every token of the client or the user is revoked).
MessageBox::Question regeneration(const QString &text, const QString &informativeText)
{
    return destructive(QCoreApplication::translate("MessageBox", "Confirm regeneration"), text,
                       informativeText, QCoreApplication::translate("MessageBox", "Regenerate"),
                       Icons::Name::Regenerate);
}

} // namespace

MessageBox::Question MessageBox::regenerateSecret()
{
    // docs/pim-api.md §7 (words) and §3 (every token of the client is revoked).
    return regeneration(tr("Are you sure you want to regenerate the connection secret?"),
                        tr("The current secret stops working at once and its access tokens are "
                           "revoked. Connectors that still use it get 401 (unauthorized) errors "
                           "until they are given the new secret."));
}

MessageBox::Question MessageBox::regenerateEventSecret()
{
    return regeneration(tr("Are you sure you want to regenerate the event subscription secret?"),
                        tr("The PIM signs its requests with the new secret at once: the receivers "
                           "of the events must be updated with it, or they reject them."));
}

MessageBox::Question MessageBox::regeneratePassword()
{
    return regeneration(tr("Are you sure you want to regenerate the connection password?"),
                        tr("The current password stops working at once and its access tokens "
                           "are revoked. Connectors that still use it get 401 (unauthorized) "
                           "errors until they are given the new password."));
}

MessageBox::Question MessageBox::deleteConnection(const QString &label)
{
    return destructive(
        tr("Confirm deletion"), tr("Are you sure you want to delete the connection?"),
        tr("“%1”, its API user and its credentials are removed from the PIM. Connectors that use "
           "this connection get 401 (unauthorized) errors until they are given new credentials. "
           "This cannot be undone.")
            .arg(label),
        tr("Delete"), Icons::Name::Delete);
}

MessageBox::Question MessageBox::deleteApp(const QString &name)
{
    // docs/pim-api.md §11.2 (words); §11.1: the deletion removes the App's authorisation too.
    Question q;
    q.title = tr("Confirm deletion");
    q.text = tr("Are you sure you want to delete the app? Not sure about the impacts?");
    q.informativeText =
        tr("“%1”, its connection and its authorisation to access the PIM are removed. The App "
           "stops working with this PIM until it is connected again from the App Store, which "
           "asks for the authorisation again. This cannot be undone.")
            .arg(name);
    q.confirmText = tr("Delete");
    q.confirmIcon = Icons::Name::Delete;
    q.destructive = true;
    return q;
}

MessageBox::Question MessageBox::unsavedChanges()
{
    Question q;
    q.title = tr("Unsaved changes");
    q.text = tr("There are unsaved changes.");
    q.informativeText = tr("Save them before leaving this page, or discard them?");
    q.confirmText = tr("Save");
    q.alternativeText = tr("Discard");
    q.icon = QMessageBox::Question;
    return q;
}

void MessageBox::setNextAnswer(Answer answer)
{
    m_nextAnswers.append(answer);
}

void MessageBox::ask(QWidget *parent, const Question &question, QObject *context,
                     std::function<void(Answer)> done)
{
    m_lastQuestion = question;
    ++m_askedCount;
    if (!m_nextAnswers.isEmpty()) {
        const Answer answer = m_nextAnswers.takeFirst();
        if (done)
            done(answer);
        return;
    }

    QMessageBox *box = create(parent, question);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(box, &QMessageBox::finished, box, [box, guard, hasContext, done]() {
        if ((hasContext && !guard) || !done)
            return;
        Answer answer = Answer::Cancel;
        if (QAbstractButton *clicked = box->clickedButton()) {
            switch (box->buttonRole(clicked)) {
            case QMessageBox::AcceptRole:
                answer = Answer::Confirm;
                break;
            case QMessageBox::DestructiveRole:
                answer = Answer::Alternative;
                break;
            default:
                break;
            }
        }
        done(answer);
    });
    box->open();
}

QMessageBox *MessageBox::create(QWidget *parent, const Question &question)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setIcon(question.icon);
    box->setWindowTitle(question.title);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    box->setTextFormat(Qt::PlainText);

    // Roles decide the platform's button order; the answer is read from the role.
    QPushButton *confirm = box->addButton(question.confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setAccessibleName(question.confirmText);
    if (question.confirmIcon)
        confirm->setIcon(Icons::icon(*question.confirmIcon, question.destructive
                                                                ? Theme::Tone::Negative
                                                                : Theme::Tone::Neutral));
    if (question.destructive) {
        // The palette's own colours, only the label in the "negative" tone of the theme.
        QPalette palette = confirm->palette();
        palette.setColor(QPalette::Active, QPalette::ButtonText,
                         Theme::foreground(Theme::Tone::Negative, palette));
        palette.setColor(QPalette::Inactive, QPalette::ButtonText,
                         Theme::foreground(Theme::Tone::Negative, palette));
        confirm->setPalette(palette);
        confirm->setProperty("destructive", true);
    }
    if (!question.alternativeText.isEmpty()) {
        QPushButton *alternative =
            box->addButton(question.alternativeText, QMessageBox::DestructiveRole);
        alternative->setObjectName(QStringLiteral("alternativeButton"));
        alternative->setAccessibleName(question.alternativeText);
    }
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(cancel->text().remove(QLatin1Char('&')));
    // A destructive question is never confirmed by pressing Enter without reading it.
    if (question.destructive)
        box->setDefaultButton(cancel);
    else
        box->setDefaultButton(confirm);
    box->setEscapeButton(cancel);
    return box;
}
