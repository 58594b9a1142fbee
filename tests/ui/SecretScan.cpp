#include "SecretScan.h"

#include "domain/SymfonyJson.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

bool SecretScan::add(const QString &what, const QString &value)
{
    if (value.size() < 8)
        return false;
    m_seen.append({what, value});
    return true;
}

QList<QPair<QString, QByteArray>> SecretScan::formsOf(const QString &value)
{
    QList<QPair<QString, QByteArray>> forms;
    auto add = [&forms](const QString &name, const QByteArray &bytes) {
        for (const auto &f : std::as_const(forms))
            if (f.second == bytes)
                return;
        forms.append({name, bytes});
    };
    add(u"raw"_s, value.toUtf8());
    add(u"UTF-16"_s, QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2));
    add(u"percent-encoded"_s, QUrl::toPercentEncoding(value));
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    add(u"JSON-escaped"_s, json.mid(2, json.size() - 4)); // without [" and "]
    const QByteArray symfony = SymfonyJson::escapeString(value);
    add(u"Symfony-JSON-escaped"_s, symfony.mid(1, symfony.size() - 2));
    return forms;
}

QList<Leak> SecretScan::scan(const QByteArray &bytes, const QString &where) const
{
    QList<Leak> leaks;
    for (const auto &[what, value] : m_seen) {
        for (const auto &[form, needle] : formsOf(value)) {
            if (bytes.contains(needle))
                leaks.append({what, form, where});
        }
    }
    return leaks;
}

QList<Leak> SecretScan::scanFiles(const QString &root, const QString &skip) const
{
    QList<Leak> leaks;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skip.isEmpty() && path.startsWith(skip))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            leaks.append({u"(unreadable file)"_s, file.errorString(), path});
            continue;
        }
        leaks += scan(file.readAll(), path);
    }
    return leaks;
}

QString SecretScan::describe(const QList<Leak> &leaks)
{
    QStringList lines;
    for (const Leak &leak : leaks)
        lines.append(leak.secret + u" (" + leak.form + u") in " + leak.where);
    return lines.join(u"; "_s);
}

namespace LogCapture {
namespace {

QMutex mutex;
QStringList logged;
QtMessageHandler previous = nullptr;

void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        logged.append(QString::fromUtf8(context.category ? context.category : "") + u": "_s +
                      message);
    }
    if (previous && type != QtDebugMsg && type != QtInfoMsg)
        previous(type, context, message);
}

} // namespace

void start()
{
    previous = qInstallMessageHandler(keep);
}

void stop()
{
    qInstallMessageHandler(previous);
}

QByteArray text()
{
    QMutexLocker lock(&mutex);
    return logged.join(u'\n').toUtf8();
}

qsizetype count()
{
    QMutexLocker lock(&mutex);
    return logged.size();
}

void dropLast()
{
    QMutexLocker lock(&mutex);
    if (!logged.isEmpty())
        logged.removeLast();
}

} // namespace LogCapture
