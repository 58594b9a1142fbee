// pim-connections-cli: the connections of an Akeneo PIM from the command line, with the app's
// list of PIMs, offline copy and keychain (README, "Command line").

#include "store/CacheDatabase.h"
#include "CliArguments.h"
#include "CliCompletion.h"
#include "store/PrivateFolders.h"
#include "CliExit.h"
#include "CliInstance.h"
#include "CliRunner.h"
#include "store/ConnectionCache.h"
#include "store/InstanceRegistry.h"
#include "store/QtKeychainBackend.h"
#include "store/SecretStore.h"
#include "TerminalPrompt.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

int usageError(const QString &message)
{
    printTo(stderr, CliCommands::program() + QStringLiteral(": ") + message + u'\n' +
                        CliCommands::usageHint() + u'\n');
    return CliExit::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names: the same settings (list of PIMs), cache file and keychain service.
    QCoreApplication::setApplicationName(QStringLiteral("pim-connections"));
    QCoreApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    Translations::install(&app); // the system locale's language
    // The library's progress notes and warnings are for the app's log, not the terminal
    // (QT_LOGGING_RULES still turns them on: it takes precedence over these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("pim.*.debug=false\npim.*.info=false\npim.*.warning=false"));

    // The shell completions' hidden command: the offline copy's codes, no network.
    if (CliCompletion::isRequested(QCoreApplication::arguments())) {
        InstanceRegistry registry(std::make_unique<QSettings>());
        const QStringList codes = CliCompletion::codes(QCoreApplication::arguments(), &registry,
                                                       CacheDatabase::defaultPath());
        for (const QString &code : codes)
            printTo(stdout, code + u'\n');
        return CliExit::Success;
    }

    CliArguments arguments;
    QString message;
    switch (CliArguments::parse(QCoreApplication::arguments(), &arguments, &message)) {
    case CliArguments::Outcome::Help:
    case CliArguments::Outcome::Version:
        printTo(stdout, message);
        return CliExit::Success;
    case CliArguments::Outcome::Error:
        return usageError(message);
    case CliArguments::Outcome::Run:
        break;
    }
    // The cache and the settings hold client ids and usernames: only the user may read them.
    for (const QString &failure : PrivateFolders::restrictAppFolders())
        printTo(stderr, CliCommands::program() + QStringLiteral(": ") + failure + u'\n');

    InstanceRegistry registry(std::make_unique<QSettings>());
    bool added = false;
    const std::optional<PimInstance> instance = CliInstance::resolve(
        &registry, arguments.server, arguments.user, arguments.offline, &message, &added);
    if (!instance)
        return usageError(message);

    ConnectionCache cache(CacheDatabase::defaultPath());
    SecretStore secrets(std::make_unique<QtKeychainBackend>());
    secrets.setTimeout(std::chrono::seconds(10));

    CliRunner::Environment environment;
    environment.password = qEnvironmentVariable("PIM_PASSWORD");
    environment.interactive = TerminalPrompt::isInteractive();
    CliRunner runner(arguments, *instance, &cache, &secrets, environment);
    QObject::connect(&runner, &CliRunner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    const int exitCode = QCoreApplication::exec();
    // Never signed in: nothing was cached nor kept in the keychain for it; a mistyped address
    // or username does not stay in the app's list.
    if (added && !runner.hasSignedIn())
        registry.remove(instance->id);
    return exitCode;
}
