#pragma once

// tst_hygiene's search for secrets where they must not be: every secret the session saw, in
// each form it could take once written somewhere (raw, UTF-16, percent-encoded, JSON- and
// Symfony-escaped), looked for in bytes, in every file under a folder, and in all the process
// logged.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

struct Leak
{
    QString secret; // its name ("client secret, first"), never its value
    QString form;
    QString where;
};

class SecretScan
{
public:
    // A secret the session really saw; `what` names it in messages. False when it is too short
    // to be told apart from chance (then it is not kept).
    bool add(const QString &what, const QString &value);
    qsizetype size() const { return m_seen.size(); }

    QList<Leak> scan(const QByteArray &bytes, const QString &where) const;
    // Every file under `root`, hidden ones too, except those under `skip` (an unreadable file
    // counts as a leak: it could not be checked).
    QList<Leak> scanFiles(const QString &root, const QString &skip) const;

    static QList<QPair<QString, QByteArray>> formsOf(const QString &value);
    static QString describe(const QList<Leak> &leaks);

private:
    QList<QPair<QString, QString>> m_seen; // name, value
};

// Every message the process logs, whatever its category or level (they may come from other
// threads), kept; debug and info are not printed. QTest's own output does not go through it.
namespace LogCapture {
void start();
void stop();
QByteArray text(); // one message a line, "category: message"
qsizetype count();
void dropLast();
} // namespace LogCapture
