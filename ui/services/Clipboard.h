#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QClipboard;

// Copies values to the system clipboard (KeePassXC's Clipboard lesson, as an injectable object
// rather than a singleton).
//
// A Secret (a secret, a password) is marked with the "do not record" hints clipboard managers
// and history services honour (x-kde-passwordManagerHint: secret on Unix,
// ExcludeClipboardContentFromMonitorProcessing and friends on Windows, the concealed type on
// macOS), and is cleared after clearDelay() -- 30 s by default -- counting down once a second,
// but only if the clipboard still holds what was copied: something the user copied since is
// never touched. It is also cleared (on the same condition) when the application quits or this
// object is destroyed. Plain values (client id, username) are copied without hints and left.
//
// Only a SHA-256 digest of the last secret is kept, to recognise it on the clipboard.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Plain, Secret };

    // clipboard: the one to use (QGuiApplication::clipboard() when null).
    explicit Clipboard(QClipboard *clipboard = nullptr, QObject *parent = nullptr);
    ~Clipboard() override;

    void copy(const QString &text, Kind kind);

    std::chrono::milliseconds clearDelay() const { return m_delay; }
    void setClearDelay(std::chrono::milliseconds delay);

    // Seconds until the pending secret is cleared, 0 when none is pending.
    int secondsLeft() const;
    bool isClearPending() const { return m_clearTimer.isActive(); }

    // The MIME formats that mark a secret on this platform, with their values.
    static QList<std::pair<QString, QByteArray>> secretHints();

public slots:
    // Clears the clipboard if it still holds the secret this object copied last.
    void clearIfUnchanged();

signals:
    // Once a second while a secret waits to be cleared, then 0.
    void secondsLeftChanged(int seconds);
    // The secret was removed from the clipboard (not emitted when the clipboard had changed).
    void cleared();

private:
    bool holdsOurSecret() const;
    void stopCountdown();

    QPointer<QClipboard> m_clipboard;
    std::chrono::milliseconds m_delay{std::chrono::seconds(30)};
    QTimer m_clearTimer;
    QTimer m_tickTimer;
    QDeadlineTimer m_deadline;
    QByteArray m_digest; // of the secret last copied; empty when none
};
