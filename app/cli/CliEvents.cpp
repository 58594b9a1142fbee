#include "CliEvents.h"

#include "CliConnectionCommands.h"
#include "CliExit.h"
#include "CliOutput.h"
#include "workspace/Events.h"
#include "workspace/Workspace.h"

namespace {

template<typename T> using Answer = Events::Answer<T>;

const QStringList Commands{
    QStringLiteral("webhook"),      QStringLiteral("webhook-set"),
    QStringLiteral("webhook-test"), QStringLiteral("webhook-regenerate-secret"),
    QStringLiteral("event-logs"),   QStringLiteral("event-logs-download")};

} // namespace

CliEvents::CliEvents(CliConnectionCommands *commands)
    : QObject(commands)
    , m_commands(commands)
{}

bool CliEvents::handles(const QString &command)
{
    return Commands.contains(command);
}

void CliEvents::run()
{
    const QString &name = m_commands->m_args.command.name;
    if (name == u"webhook")
        show();
    else if (name == u"webhook-set")
        set();
    else if (name == u"webhook-test")
        test();
    else if (name == u"webhook-regenerate-secret")
        regenerate();
    else if (name == u"event-logs")
        logs();
    else if (name == u"event-logs-download")
        download();
}

Events *CliEvents::events() const
{
    return m_commands->m_workspace->events();
}

void CliEvents::noteAsOf(bool fromCache, const QString &sentence, const QDateTime &asOf)
{
    if (fromCache)
        CliOutput::writeError(sentence.arg(m_commands->m_instance.name, CliOutput::dateTime(asOf)));
}

void CliEvents::printSubscription(const EventSubscriptionForm &form)
{
    if (m_commands->m_args.json) {
        CliOutput::write(form.toSymfonyJson().toJson() + '\n');
        return;
    }
    const EventSubscription &s = form.subscription;
    QString secret = tr("none yet (the PIM makes one at the first save)");
    if (s.hasSecret())
        secret =
            s.secret->isEmpty() ? tr("not kept in the keychain") : CliOutput::printable(*s.secret);
    const QString uuid = s.usesUuid ? CliOutput::yesNo(*s.usesUuid) : tr("not offered by this PIM");
    CliOutput::write(CliOutput::fields({
        {tr("Connection"), CliOutput::printable(s.connectionCode)},
        {tr("Enabled"), CliOutput::yesNo(s.enabled)},
        {tr("URL"), s.url ? CliOutput::printable(*s.url) : tr("none")},
        {tr("Secret"), secret},
        {tr("Product UUID"), uuid},
        //: %1 subscriptions enabled on the PIM, %2 its limit
        {tr("Active subscriptions"),
         tr("%1 of %2").arg(form.activeLimit.current).arg(form.activeLimit.limit)},
    }));
    if (form.activationBlocked()) // docs/pim-api.md §8.6, the PIM's words
        CliOutput::write(tr("You can connect up to %1 connections to the Event subscription "
                            "feature. You have reached this limit.\n")
                             .arg(form.activeLimit.limit));
}

void CliEvents::show()
{
    events()->loadSubscription(
        m_commands->m_args.argument, this,
        [this](const ApiError &error, const Answer<EventSubscriptionForm> &form) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            //: %1 is the PIM's name, %2 a date and time
            noteAsOf(form.fromCache, tr("Offline — the event subscription kept for %1 as of %2"),
                     form.asOf);
            printSubscription(form.value);
            m_commands->finish(CliExit::Success);
        });
}

void CliEvents::set()
{
    const QString code = m_commands->m_args.argument;
    events()->loadSubscription(
        code, this,
        [this, code](const ApiError &error, const Answer<EventSubscriptionForm> &current) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            const CliArguments &args = m_commands->m_args;
            EventSubscriptionUpdate update =
                EventSubscriptionUpdate::from(current.value.subscription);
            update.code = code;
            if (args.has(QStringLiteral("url")))
                update.url = args.value(QStringLiteral("url")).trimmed();
            if (args.enabled)
                update.enabled = *args.enabled;
            if (args.usesUuid)
                update.usesUuid = *args.usesUuid;
            events()->saveSubscription(update, this, [this](const ApiError &saveError) {
                if (saveError) {
                    m_commands->fail(saveError);
                    return;
                }
                // Read back: the first save makes the secret (§8.3).
                show();
            });
        });
}

void CliEvents::test()
{
    const QString code = m_commands->m_args.argument;
    events()->loadSubscription(
        code, this, [this, code](const ApiError &error, const Answer<EventSubscriptionForm> &form) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            const EventSubscription &s = form.value.subscription;
            if (!s.url || s.url->isEmpty()) {
                m_commands->fail(CliExit::Refused,
                                 tr("The event subscription of %1 has no URL to test: set one "
                                    "with webhook-set --url.")
                                     .arg(code));
                return;
            }
            events()->testUrl(code, *s.url, s.secret.value_or(QString()), this,
                              [this](const ApiError &testError, const ReachabilityResult &result) {
                                  if (testError) {
                                      m_commands->fail(testError);
                                      return;
                                  }
                                  if (m_commands->m_args.json)
                                      CliOutput::write(result.toSymfonyJson().toJson() + '\n');
                                  else
                                      CliOutput::write(CliOutput::printable(result.text()) + u'\n');
                                  m_commands->finish(result.success ? CliExit::Success
                                                                    : CliExit::Refused);
                              });
        });
}

void CliEvents::regenerate()
{
    const QString code = m_commands->m_args.argument;
    m_commands->confirmThen(
        tr("Regenerate the event subscription secret of %1? The server that receives the events "
           "must be updated with the new secret, or it refuses them.")
            .arg(code),
        [this, code] {
            events()->regenerateSecret(
                code, this, [this](const ApiError &error, const EventSubscriptionForm &form) {
                    if (error) {
                        m_commands->fail(error);
                        return;
                    }
                    printSubscription(form);
                    m_commands->finish(CliExit::Success);
                });
        });
}

void CliEvents::logs()
{
    const CliArguments &args = m_commands->m_args;
    const EventLogSearch search{args.levels, {}, {}, args.value(QStringLiteral("search"))};
    events()->searchLogs(args.argument, search, this,
                         [this, search](const ApiError &error, const Answer<EventLogPage> &page) {
                             if (error) {
                                 m_commands->fail(error);
                                 return;
                             }
                             //: %1 is the PIM's name, %2 a date and time
                             noteAsOf(page.fromCache,
                                      tr("Offline — the last page of event logs kept for %1 as of "
                                         "%2, whatever its search"),
                                      page.asOf);
                             if (m_commands->m_args.has(QStringLiteral("all")) && !page.fromCache)
                                 collectPages(search, page.value, 1);
                             else
                                 printLogs(page.value);
                         });
}

void CliEvents::collectPages(const EventLogSearch &search, EventLogPage page, int pages)
{
    if (page.isLast() || pages >= MaxPages) {
        page.searchAfter.clear();
        printLogs(page);
        return;
    }
    events()->nextLogs(
        m_commands->m_args.argument, search, page.searchAfter, this,
        [this, search, page, pages](const ApiError &error, const EventLogPage &next) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            EventLogPage all = page;
            all.results += next.results;
            all.searchAfter = next.searchAfter;
            collectPages(search, all, pages + 1);
        });
}

void CliEvents::printLogs(const EventLogPage &page)
{
    if (m_commands->m_args.json) {
        CliOutput::write(page.toSymfonyJson().toJson() + '\n');
        m_commands->finish(CliExit::Success);
        return;
    }
    if (page.results.isEmpty()) {
        CliOutput::write(tr("There is no log for the moment.\n"));
        m_commands->finish(CliExit::Success);
        return;
    }
    QList<QStringList> rows{{tr("Datetime"), tr("Level"), tr("Message")}};
    for (const EventLogEntry &entry : page.results)
        rows.append({CliOutput::dateTime(entry.dateTime()),
                     CliOutput::printable(entry.level.toUpper()),
                     CliOutput::printable(entry.message)});
    CliOutput::write(CliOutput::table(rows));
    //: %1 logs shown, %2 logs the PIM has for this search
    CliOutput::write(tr("%1 of %2 logs\n").arg(page.results.size()).arg(page.total));
    m_commands->finish(CliExit::Success);
}

void CliEvents::download()
{
    const CliArguments &args = m_commands->m_args;
    const QString file = args.secondArgument;
    events()->downloadLogs(args.argument, file, this, {}, [this, file](const ApiError &error) {
        if (error) {
            m_commands->fail(error);
            return;
        }
        if (!m_commands->m_args.json)
            CliOutput::write(tr("Saved the event logs to %1.\n").arg(file));
        m_commands->finish(CliExit::Success);
    });
}
