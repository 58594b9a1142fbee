// The start-up benchmark's hook (FirstPaintProbe): the real pim-connections, started with
// PIM_CONNECTIONS_FIRST_PAINT_EXIT=1 in a throwaway HOME, prints where its start went
// ("phases <name>=<ns>...", app/StartupPhases.h, in the order they came) then
// "first-paint <ms> <peak KiB>" once the overview is painted, and quits with 0: with no PIM
// known, with tiles from the PIM, and with the cached tiles under --offline.
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
    // The phases line then the first-paint line, as FirstPaintProbe prints them: the phases'
    // names (`snapshot` only when the offline copy of the PIM opened at start is read before the
    // window is shown) in that order, each at or after the one before.
    static QRegularExpressionMatch firstPaint(const QByteArray &out);
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

QRegularExpressionMatch TestFirstPaint::firstPaint(const QByteArray &out)
{
    static const QRegularExpression lines(
        u"^phases main=(\\d+) qapplication=(\\d+) set-up=(\\d+) window=(\\d+)"
        u"(?: snapshot=(\\d+))? paint=(\\d+) painted=(\\d+)\\n"
        u"first-paint (\\d+) (\\d+)\\n$"_s);
    QRegularExpressionMatch match = lines.match(QString::fromUtf8(out));
    if (!match.hasMatch())
        return match;
    qlonglong before = 0;
    for (int i = 1; i <= 7; ++i) {
        if (match.captured(i).isEmpty())
            continue; // no snapshot
        const qlonglong at = match.captured(i).toLongLong();
        if (at < before)
            return QRegularExpressionMatch(); // out of order: no match
        before = at;
    }
    return match;
}

void TestFirstPaint::noPimKnown()
{
    const QByteArray out = run({u"--offline"_s});
    QVERIFY2(firstPaint(out).hasMatch(), out.constData());
}

void TestFirstPaint::tilesFromThePimThenFromTheCache()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.seed = u"demo"_s;
    QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
    const QStringList signIn = {u"--server"_s, sandbox.url().toString(), u"--user"_s, u"admin"_s};
    const QByteArray online = run(signIn, u"admin"_s);
    QVERIFY2(firstPaint(online).hasMatch(), online.constData());
    // The cache now holds the demo connections: --offline paints them.
    const QByteArray offline = run(signIn + QStringList{u"--offline"_s});
    QVERIFY2(firstPaint(offline).hasMatch(), offline.constData());
#ifdef Q_OS_LINUX
    // Its own peak memory (VmHWM): some MiB, not 0.
    QVERIFY2(firstPaint(offline).captured(9).toLongLong() > 4096, offline.constData());
#endif
    // The PIM current since then, opened at start from its offline copy: read before the
    // window is shown, and marked.
    const QByteArray cached = run({u"--offline"_s});
    const QRegularExpressionMatch match = firstPaint(cached);
    QVERIFY2(match.hasMatch(), cached.constData());
    QVERIFY2(!match.captured(5).isEmpty(), cached.constData());
}

QTEST_GUILESS_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
