// The start-up benchmark's hook (FirstPaintProbe): the real pim-connections, started with
// PIM_CONNECTIONS_FIRST_PAINT_EXIT=1 in a throwaway HOME, prints "first-paint <ms> <peak KiB>"
// once the overview is painted and quits with 0: with no PIM known, with tiles from the PIM,
// and with the cached tiles under --offline.
#include "SandboxProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noPimKnown();
    void tilesFromThePimThenFromTheCache();

private:
    // Runs the app with these arguments; returns its standard output, or fails the test.
    QByteArray run(const QStringList &arguments, const QString &password = QString());

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestFirstPaint::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QByteArray TestFirstPaint::run(const QStringList &arguments, const QString &password)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"PIM_CONNECTIONS_FIRST_PAINT_EXIT"_s, u"1"_s);
    env.remove(u"PIM_PASSWORD"_s);
    if (!password.isEmpty())
        env.insert(u"PIM_PASSWORD"_s, password);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PIM_CONNECTIONS_PATH), arguments);
    if (!app.waitForFinished(30000)) {
        app.kill();
        app.waitForFinished();
        qWarning() << app.readAllStandardError();
        return {};
    }
    if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
        qWarning() << "exit" << app.exitCode() << app.readAllStandardError();
        return {};
    }
    return app.readAllStandardOutput();
}

void TestFirstPaint::noPimKnown()
{
    const QByteArray out = run({u"--offline"_s});
    QVERIFY2(
        QRegularExpression(u"^first-paint \\d+ \\d+\\n$"_s).match(QString::fromUtf8(out)).hasMatch(),
        out.constData());
}

void TestFirstPaint::tilesFromThePimThenFromTheCache()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    const QStringList signIn = {u"--server"_s, sandbox.url().toString(), u"--user"_s, u"admin"_s};
    const QRegularExpression line(u"^first-paint (\\d+) (\\d+)\\n$"_s);
    const QByteArray online = run(signIn, u"admin"_s);
    QVERIFY2(line.match(QString::fromUtf8(online)).hasMatch(), online.constData());
    // The cache now holds the demo connections: --offline paints them.
    const QByteArray offline = run(signIn + QStringList{u"--offline"_s});
    QVERIFY2(line.match(QString::fromUtf8(offline)).hasMatch(), offline.constData());
#ifdef Q_OS_LINUX
    // Its own peak memory (VmHWM): some MiB, not 0.
    QVERIFY2(line.match(QString::fromUtf8(offline)).captured(2).toLongLong() > 4096,
             offline.constData());
#endif
}

QTEST_GUILESS_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
