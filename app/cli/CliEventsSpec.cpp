// The event subscription and event log commands' specs and help texts (docs/pim-api.md §8).
#include "CliCommandSpec.h"

namespace {
constexpr bool Offline = true, NeedsPim = false;
constexpr bool Confirms = true, NoQuestion = false;
const QString Code = QStringLiteral("CODE");
} // namespace

QList<CliCommandSpec> CliCommands::events()
{
    return {
        {QStringLiteral("webhook"),
         Code,
         {},
         {},
         Offline,
         NoQuestion,
         QStringLiteral("webhook CODE"),
         tr("show a connection's event subscription (secret included)"),
         tr("Shows the event subscription of a connection: whether it is on, the URL the PIM "
            "sends product events to, the secret that signs them, whether events carry product "
            "UUIDs, and how many of the PIM's active subscriptions are used. --json prints the "
            "PIM's answer. With --offline: the offline copy, and the secret kept in the "
            "keychain. Exit code 1 where the PIM has no Events API.")},
        {QStringLiteral("webhook-set"),
         Code,
         {QStringLiteral("url"), QStringLiteral("enabled"), QStringLiteral("uuid")},
         {},
         NeedsPim,
         NoQuestion,
         QStringLiteral("webhook-set CODE [--url URL] [--enabled yes|no] [--uuid yes|no]"),
         tr("change a connection's event subscription"),
         tr("Reads the event subscription, applies the changes given and saves it; what is not "
            "given stays as it is. --url \"\" removes the URL. --uuid is \"Use product UUID "
            "instead of product identifier\" (PIM 7 and later). The PIM refuses a URL that is not "
            "http or https or that is internal, and more active subscriptions than its limit. "
            "Prints the subscription saved.")},
        {QStringLiteral("webhook-test"),
         Code,
         {},
         {},
         NeedsPim,
         NoQuestion,
         QStringLiteral("webhook-test CODE"),
         tr("have the PIM send a test request to the subscription's URL"),
         tr("Asks the PIM to send one signed request to the saved URL, as the \"Test\" button "
            "does, and prints the PIM's status line (\"200 OK\"...). Exit code 1 when the URL "
            "did not answer with success.")},
        {QStringLiteral("webhook-regenerate-secret"),
         Code,
         {},
         {},
         NeedsPim,
         Confirms,
         QStringLiteral("webhook-regenerate-secret CODE [--yes]"),
         tr("give an event subscription a new secret, and print it"),
         tr("Regenerates the secret that signs the events sent to the URL. The receiving "
            "server must be updated with the new secret, or it refuses the events. Asks for "
            "confirmation unless --yes is given.")},
        {QStringLiteral("event-logs"),
         Code,
         {QStringLiteral("level"), QStringLiteral("search")},
         {QStringLiteral("all")},
         Offline,
         NoQuestion,
         QStringLiteral("event-logs CODE [--level info,notice,warning,error] [--search TEXT] "
                        "[--all]"),
         tr("list the event logs of a connection, newest first"),
         tr("Lists the event logs of a connection's subscription, newest first: date and time "
            "(this computer's time zone), level and message; the PIM keeps the error and warning "
            "logs of the last 72 hours and the last 100 info and notice logs. --level keeps "
            "those levels, --search the logs whose message or context contains every word. "
            "Prints the first 25 unless --all is given. --json prints the PIM's answer (with "
            "--all, every page in one). With --offline: the last page kept.")},
        {QStringLiteral("event-logs-download"),
         QStringLiteral("CODE FILE"),
         {},
         {},
         NeedsPim,
         NoQuestion,
         QStringLiteral("event-logs-download CODE FILE"),
         tr("save the event logs of a connection to a text file"),
         tr("Saves every event log of the connection, oldest first, one per line, to FILE, as "
            "the PIM's \"Download logs\" button does. The file is replaced only once the whole "
            "download has arrived.")},
    };
}
