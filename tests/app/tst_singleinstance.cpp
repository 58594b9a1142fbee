// One window app per user: a later process hands its command line to the one running.
// Two instances of SingleInstance on a socket in a private folder; the later one sends from a
// thread of its own (as another process would, while the first one's event loop runs).
#include "SingleInstance.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <unistd.h>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString socketPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QFuture<bool> sendFromAnotherThread(const QString &name, const QStringList &arguments)
    {
        return QtConcurrent::run([name, arguments]() {
            SingleInstance later(name);
            return later.sendToRunning(arguments);
        });
    }

private slots:
    void theFirstListensAndTheLaterHandsOver()
    {
        const QString name = socketPath("handover");
        SingleInstance first(name);
        QVERIFY(!first.sendToRunning({QStringLiteral("pim-connections")}, 500));
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        const QStringList arguments{QStringLiteral("pim-connections"), QStringLiteral("--server"),
                                    QStringLiteral("http://pim.example:8080")};
        QFuture<bool> sent = sendFromAnotherThread(name, arguments);
        QVERIFY(received.wait());
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());

        // And again: the listener keeps listening.
        sent = sendFromAnotherThread(name, {QStringLiteral("pim-connections")});
        QVERIFY(received.wait());
        QCOMPARE(received.count(), 2);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());
    }

    void onlyTheUserMayConnect()
    {
        const QString name = socketPath("private");
        SingleInstance first(name);
        QVERIFY(first.listen());
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(name).permissions() & others, QFile::Permissions());
    }

    void aSocketLeftByACrashIsTakenOver()
    {
        const QString name = socketPath("stale");
        // The file of a process that ended without closing its socket.
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance later(name);
        QVERIFY(!later.sendToRunning({QStringLiteral("pim-connections")}, 500));
        QString error;
        QVERIFY2(later.listen(&error), qPrintable(error));
    }

    void theDefaultNameIsPerUserAndSettingsInTheRuntimeFolder()
    {
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([config]() { qputenv("XDG_CONFIG_HOME", config); });
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("one"))));
        const QString name = SingleInstance::defaultServerName();
        QCOMPARE(SingleInstance::defaultServerName(), name);
        // Other settings (a test's, the benchmark's): another window app.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("two"))));
        QVERIFY(SingleInstance::defaultServerName() != name);
        QVERIFY(QFileInfo(name).fileName().startsWith(
            QStringLiteral("pim-connections-%1-").arg(::getuid())));
        QCOMPARE(QFileInfo(QFileInfo(name).path()).permissions() &
                     (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
