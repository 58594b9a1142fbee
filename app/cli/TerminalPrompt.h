#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;

// Asks a question on the terminal and reads one line from standard input without blocking the
// event loop (a QSocketNotifier tells when the line is there). For a password, echo is turned
// off (termios) while the user types, and restored afterwards, also when the program is
// interrupted with Ctrl+C.
class TerminalPrompt : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(const std::optional<QString> &line)>; // nullopt: end of input

    explicit TerminalPrompt(QObject *parent = nullptr);
    ~TerminalPrompt() override;

    // Standard input and standard error are a terminal: someone can answer.
    static bool isInteractive();

    // Writes `question` to standard error and answers with the line typed (without its end).
    // One question at a time.
    void ask(const QString &question, bool echo, Answer answer);

private:
    void readLine();
    void finish(const std::optional<QString> &line);

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    Answer m_answer;
    bool m_echoOff = false;
};
