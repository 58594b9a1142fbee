#include "services/Clipboard.h"

#include "style/UiLog.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

#include <cmath>

namespace {

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

Clipboard::Clipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard ? clipboard : QGuiApplication::clipboard())
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &Clipboard::clearIfUnchanged);
    m_tickTimer.setInterval(std::chrono::seconds(1));
    connect(&m_tickTimer, &QTimer::timeout, this,
            [this]() { emit secondsLeftChanged(secondsLeft()); });
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfUnchanged);
}

Clipboard::~Clipboard()
{
    // Leaving a secret behind when the window closes would defeat the countdown.
    if (!m_digest.isEmpty() && holdsOurSecret() && m_clipboard)
        m_clipboard->clear(QClipboard::Clipboard);
}

QList<std::pair<QString, QByteArray>> Clipboard::secretHints()
{
    QList<std::pair<QString, QByteArray>> hints;
#if defined(Q_OS_WIN)
    // Clipboard history (Win+V) and cloud clipboard skip content carrying these formats.
    const QByteArray zero(4, '\0'); // a DWORD 0
    hints.append({QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFrom"
                                 "MonitorProcessing\""),
                  QByteArray(4, '\1')});
    hints.append({QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboard"
                                 "History\""),
                  zero});
    hints.append({QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloud"
                                 "Clipboard\""),
                  zero});
#elif defined(Q_OS_MACOS)
    hints.append({QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArray()});
#else
    // KDE's Klipper and other Unix clipboard managers do not record a "secret".
    hints.append({QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret")});
#endif
    return hints;
}

void Clipboard::copy(const QString &text, Kind kind)
{
    if (!m_clipboard)
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    if (kind == Kind::Secret) {
        for (const auto &[format, value] : secretHints())
            mime->setData(format, value);
    }
    m_clipboard->setMimeData(mime, QClipboard::Clipboard); // the clipboard owns mime

    if (kind == Kind::Plain) {
        // A plain value replaces a pending secret on the clipboard: nothing left to clear.
        stopCountdown();
        return;
    }
    m_digest = digestOf(text);
    m_deadline = QDeadlineTimer(m_delay);
    m_clearTimer.start(m_delay);
    if (m_delay >= std::chrono::seconds(1))
        m_tickTimer.start();
    emit secondsLeftChanged(secondsLeft());
    qCDebug(lcUi) << "secret copied; clearing in" << m_delay.count() << "ms"; // never the value
}

void Clipboard::setClearDelay(std::chrono::milliseconds delay)
{
    m_delay = std::max(delay, std::chrono::milliseconds(0));
}

int Clipboard::secondsLeft() const
{
    if (!m_clearTimer.isActive())
        return 0;
    return int(std::ceil(double(m_deadline.remainingTime()) / 1000.0));
}

bool Clipboard::holdsOurSecret() const
{
    return m_clipboard && !m_digest.isEmpty() &&
           digestOf(m_clipboard->text(QClipboard::Clipboard)) == m_digest;
}

void Clipboard::stopCountdown()
{
    const bool wasPending = !m_digest.isEmpty();
    m_digest.clear();
    m_clearTimer.stop();
    m_tickTimer.stop();
    if (wasPending)
        emit secondsLeftChanged(0);
}

void Clipboard::clearIfUnchanged()
{
    const bool ours = holdsOurSecret();
    stopCountdown();
    if (!ours)
        return; // the user copied something else since: leave it
    m_clipboard->clear(QClipboard::Clipboard);
    qCDebug(lcUi) << "secret cleared from the clipboard";
    emit cleared();
}
