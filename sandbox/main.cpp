// pim-sandbox: a local PIM that speaks docs/pim-api.md §1 to §5 and §8 to §12.
#include "Clock.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "SignalWatcher.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pim-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIM_SANDBOX_VERSION));
    // Its help and start-up errors follow the system locale; what it answers over HTTP never
    // goes through tr() (the PIM's bytes are English).
    Translations::install(&app);

    SandboxOptions options;
    QString message;
    switch (SandboxOptions::parse(QCoreApplication::arguments(), &options, &message)) {
    case SandboxOptions::Outcome::Help:
    case SandboxOptions::Outcome::Version:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case SandboxOptions::Outcome::Error:
        std::fprintf(stderr, "pim-sandbox: %s\n%s\n", qPrintable(message),
                     qPrintable(QCoreApplication::translate(
                         "main", "Try 'pim-sandbox --help' for more information.")));
        return 2;
    case SandboxOptions::Outcome::Run:
        break;
    }

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    const Clock systemClock;
    const RunningClock pinnedClock(options.clockStart.isValid() ? options.clockStart
                                                                : QDateTime::currentDateTimeUtc());
    const Clock &clock = options.clockStart.isValid() ? pinnedClock : systemClock;
    SandboxServer server(options, clock);
    if (!server.start(&message)) {
        std::fprintf(stderr, "pim-sandbox: %s\n", qPrintable(message));
        return 1;
    }
    // The first line on stdout, which scripts and tests wait for.
    std::printf("pim-sandbox listening on %s\n",
                server.url().toString(QUrl::FullyEncoded).toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
