#pragma once

// How the widget tests reach the parts of a screen: by the object name each part is given in its
// constructor (the name a user never sees), as any other client of the widget would, rather than
// through getters kept for the tests.
//
// child<T>() is for a part that must be there: when it is missing, the test fails at the line
// that asked for it, naming what was looked for, and stops (an exception QTest reports as the
// end of the run), rather than crashing on a null pointer a few lines later. Call it from the
// test function, not from a slot or a lambda run by the event loop. To wait for a part that may
// not be there yet, use QObject::findChild or shownDialog() in QTRY_VERIFY.
#include <QByteArray>
#include <QObject>
#include <QTest>
#include <QWidget>

#include <source_location>

namespace Children {

struct Missing
{
};

} // namespace Children

// The T called `name` under `parent` (at any depth); with no name, the first T found (for a
// part of which there is only one, such as a dialog).
template<class T>
T *child(const QObject *parent, const QString &name = QString(),
         std::source_location where = std::source_location::current())
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found) {
        const QByteArray message =
            QByteArray("no ") + T::staticMetaObject.className() +
            (name.isEmpty() ? QByteArray() : " named \"" + name.toUtf8() + '"') + " in " +
            (parent ? QByteArray(parent->metaObject()->className()) + " \"" +
                          parent->objectName().toUtf8() + '"'
                    : QByteArray("(null)"));
        QTest::qFail(message.constData(), where.file_name(), int(where.line()));
        throw Children::Missing();
    }
    return found;
}

// The dialog of type T the window shows now, or null (a dialog deleted on close is gone once
// hidden, even before it is deleted).
template<class T> T *shownDialog(const QObject *window)
{
    for (T *dialog : window->findChildren<T *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
