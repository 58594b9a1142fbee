#pragma once

#include "style/Icons.h"

#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

// The one way the app asks the user to confirm something (KeePassXC's MessageBox lesson,
// without its global state).
//
// - An instance is created by whoever builds the windows and handed to the widgets that ask
//   (dependency injection); tests make their own, so nothing leaks from one test to another.
// - ask() never blocks: the box is window-modal and opened with QDialog::open(), and the answer
//   arrives through a callback (no nested event loop, by design).
// - A test pre-answers with setNextAnswer(): the next ask() is answered at once, before ask()
//   returns, without showing anything, and the answer is consumed (queued answers go in
//   order). lastQuestion() tells the test what was asked.
// - The callback is dropped when its context object is destroyed before the answer.
class MessageBox
{
public:
    enum class Answer {
        Cancel,      // Cancel, Esc, closing the box
        Confirm,     // the question's confirm button ("Regenerate", "Delete", "Save")
        Alternative, // the optional third button ("Discard")
    };

    struct Question
    {
        QString title;           // the window title, "Confirm deletion"
        QString text;            // the question, "Are you sure you want to delete...?"
        QString informativeText; // what will happen
        QString confirmText;     // "Delete"
        QString alternativeText; // empty: no third button
        QMessageBox::Icon icon = QMessageBox::Warning;
        std::optional<Icons::Name> confirmIcon;
        bool destructive = false; // confirm is styled as destructive; Cancel stays the default
    };

    // The confirmations of docs/pim-api.md §7.
    static Question regenerateSecret();
    static Question regeneratePassword();
    // The secret of a connection's event subscription (docs/pim-api.md §8.4, §8.9): the
    // receivers must switch to the new one.
    static Question regenerateEventSecret();
    static Question deleteConnection(const QString &label);
    // Deleting a connected App (docs/pim-api.md §11.2): its authorisation goes with it.
    static Question deleteApp(const QString &name);
    // Leaving a page with unsaved changes: Save / Discard / Cancel.
    static Question unsavedChanges();

    MessageBox() = default;
    MessageBox(const MessageBox &) = delete;
    MessageBox &operator=(const MessageBox &) = delete;

    // Asks the question over parent's window and later calls done(answer), unless context has
    // been destroyed by then. With a pre-answer queued, calls done() before returning.
    void ask(QWidget *parent, const Question &question, QObject *context,
             std::function<void(Answer)> done);

    // For tests: answers the next ask() without showing a box. Consumed once.
    void setNextAnswer(Answer answer);
    bool hasPendingAnswers() const { return !m_nextAnswers.isEmpty(); }
    // The last question given to ask(), answered or still open.
    const std::optional<Question> &lastQuestion() const { return m_lastQuestion; }
    // How many questions ask() received.
    int askedCount() const { return m_askedCount; }

    // The box a question shows (unopened, deleted on close). Public for the gallery and tests:
    // the confirm button is the one with AcceptRole, Cancel is the default and escape button.
    static QMessageBox *create(QWidget *parent, const Question &question);

private:
    QList<Answer> m_nextAnswers;
    std::optional<Question> m_lastQuestion;
    int m_askedCount = 0;
};
