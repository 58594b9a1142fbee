#include "CliMonitoring.h"

#include "CliConnectionCommands.h"
#include "CliExit.h"
#include "CliMonitoringOutput.h"
#include "CliOutput.h"
#include "workspace/Monitoring.h"
#include "workspace/Workspace.h"

namespace {

template<typename T> using Answer = Monitoring::Answer<T>;

const QStringList Commands{QStringLiteral("dashboard"),    QStringLiteral("errors"),
                           QStringLiteral("apps"),         QStringLiteral("app"),
                           QStringLiteral("app-settings"), QStringLiteral("delete-app")};

} // namespace

CliMonitoring::CliMonitoring(CliConnectionCommands *commands)
    : QObject(commands)
    , m_commands(commands)
{}

bool CliMonitoring::handles(const QString &command)
{
    return Commands.contains(command);
}

void CliMonitoring::run()
{
    const QString &name = m_commands->m_args.command.name;
    if (name == u"dashboard")
        dashboard();
    else if (name == u"errors")
        errors();
    else if (name == u"apps")
        apps();
    else if (name == u"app")
        app();
    else if (name == u"app-settings")
        appSettings();
    else if (name == u"delete-app")
        deleteApp();
}

Monitoring *CliMonitoring::monitoring() const
{
    return m_commands->m_workspace->monitoring();
}

void CliMonitoring::noteAsOf(bool fromCache, const QString &sentence, const QDateTime &asOf)
{
    if (fromCache)
        CliOutput::writeError(sentence.arg(m_commands->m_instance.name, CliOutput::dateTime(asOf)));
}

void CliMonitoring::dashboard()
{
    const CliArguments &args = m_commands->m_args;
    monitoring()->loadDataFlows(
        args.endDate, this, [this](const ApiError &error, const Answer<DataFlows> &flows) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            //: %1 is the PIM's name, %2 a date and time
            noteAsOf(flows.fromCache, tr("Offline — the Data flows of %1 as of %2"), flows.asOf);
            const AuditEventType type =
                m_commands->m_args.eventType.value_or(AuditEventType::ProductCreated);
            if (m_commands->m_args.json)
                CliOutput::write(flows.value.events(type).toSymfonyJson().toJson() + '\n');
            else
                CliOutput::write(CliMonitoringOutput::dashboard(flows.value, type));
            m_commands->finish(CliExit::Success);
        });
}

void CliMonitoring::errors()
{
    const QString code = m_commands->m_args.argument;
    monitoring()->loadBusinessErrors(
        code, this,
        [this, code](const ApiError &error, const Answer<QList<BusinessError>> &answer) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            //: %1 is the PIM's name, %2 a date and time
            noteAsOf(answer.fromCache, tr("Offline — the errors kept for %1 as of %2"),
                     answer.asOf);
            const CliArguments &args = m_commands->m_args;
            QList<BusinessError> shown =
                BusinessErrors::filtered(answer.value, args.value(QStringLiteral("search")));
            std::stable_sort(shown.begin(), shown.end(),
                             [](const BusinessError &a, const BusinessError &b) {
                                 return a.dateTime > b.dateTime; // newest first
                             });
            if (args.json)
                CliOutput::write(BusinessError::listToSymfonyJson(shown).toJson() + '\n');
            else if (args.has(QStringLiteral("csv")))
                CliOutput::write(CliMonitoringOutput::errorsCsv(shown));
            else
                CliOutput::write(CliMonitoringOutput::errorsText(shown, answer.value.size()));
            m_commands->finish(CliExit::Success);
        });
}

void CliMonitoring::apps()
{
    monitoring()->loadApps(
        this, [this](const ApiError &error, const Answer<QList<CachedApp>> &apps) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            //: %1 is the PIM's name, %2 a date and time
            noteAsOf(apps.fromCache, tr("Offline — the connected Apps of %1 as of %2"), apps.asOf);
            if (m_commands->m_args.json) {
                QList<ConnectedApp> list;
                for (const CachedApp &item : apps.value)
                    list.append(item.app);
                CliOutput::write(ConnectedApp::listToSymfonyJson(list).toJson() + '\n');
            } else {
                CliOutput::write(CliMonitoringOutput::appsTable(apps.value));
            }
            m_commands->finish(CliExit::Success);
        });
}

void CliMonitoring::app()
{
    const QString code = m_commands->m_args.argument;
    monitoring()->loadApps(this, [this, code](const ApiError &error,
                                              const Answer<QList<CachedApp>> &apps) {
        if (error) {
            m_commands->fail(error);
            return;
        }
        noteAsOf(apps.fromCache, tr("Offline — the connected Apps of %1 as of %2"), apps.asOf);
        const auto found =
            std::find_if(apps.value.begin(), apps.value.end(), [&code](const CachedApp &item) {
                return item.app.connectionCode == code;
            });
        if (found == apps.value.end()) {
            m_commands->fail(CliExit::Refused,
                             tr("There is no connected App %1 on %2.")
                                 .arg(code, m_commands->m_instance.baseUrl.toDisplayString()));
            return;
        }
        const ConnectedApp app = found->app;
        if (m_commands->m_args.json) {
            CliOutput::write(app.toSymfonyJson().toJson() + '\n');
            m_commands->finish(CliExit::Success);
            return;
        }
        monitoring()->loadAppSettings(
            code, this,
            [this, app](const ApiError &settingsError, const Answer<AppMonitoringSettings> &read) {
                if (!settingsError) {
                    CliOutput::write(CliMonitoringOutput::appText(app, read.value));
                    m_commands->finish(CliExit::Success);
                    return;
                }
                const bool notKept = settingsError.kind == ApiError::Kind::Offline;
                CliOutput::write(CliMonitoringOutput::appText(
                    app, std::nullopt,
                    notKept ? tr("not in the offline copy") : tr("not available")));
                // Without "Manage apps", the settings are refused: said, and exit code 1.
                if (notKept)
                    m_commands->finish(CliExit::Success);
                else
                    m_commands->fail(settingsError);
            });
    });
}

void CliMonitoring::appSettings()
{
    const QString code = m_commands->m_args.argument;
    monitoring()->loadAppSettings(
        code, this,
        [this, code](const ApiError &error, const Answer<AppMonitoringSettings> &current) {
            if (error) {
                m_commands->fail(error);
                return;
            }
            const CliArguments &args = m_commands->m_args;
            if (!args.flowType && !args.auditable) {
                if (args.json)
                    CliOutput::write(current.value.toSymfonyJson().toJson() + '\n');
                else
                    CliOutput::write(CliMonitoringOutput::settingsText(current.value));
                m_commands->finish(CliExit::Success);
                return;
            }
            AppMonitoringSettings wanted = current.value;
            if (args.flowType)
                wanted.flowType = *args.flowType;
            if (args.auditable)
                wanted.auditable = *args.auditable;
            saveSettings(code, wanted);
        });
}

void CliMonitoring::saveSettings(const QString &code, AppMonitoringSettings settings)
{
    // docs/pim-api.md §3: flow type other is never tracked (the web UI forces it).
    if (settings.flowType == FlowType::Other && settings.auditable) {
        if (m_commands->m_args.auditable.value_or(false))
            CliOutput::writeError(
                tr("An App of flow type other is not tracked: --tracked yes is ignored."));
        settings.auditable = false;
    }
    monitoring()->saveAppSettings(code, settings, this, [this, settings](const ApiError &error) {
        if (error) {
            m_commands->fail(error);
            return;
        }
        if (m_commands->m_args.json)
            CliOutput::write(settings.toSymfonyJson().toJson() + '\n');
        else
            CliOutput::write(CliMonitoringOutput::settingsText(settings));
        m_commands->finish(CliExit::Success);
    });
}

void CliMonitoring::deleteApp()
{
    const QString code = m_commands->m_args.argument;
    m_commands->confirmThen(
        tr("Delete the App %1? Its connection and authorizations are deleted too: it can no "
           "longer call the PIM.")
            .arg(code),
        [this, code] {
            monitoring()->deleteApp(code, this, [this, code](const ApiError &error) {
                if (error) {
                    m_commands->fail(error);
                    return;
                }
                if (!m_commands->m_args.json)
                    CliOutput::write(tr("Deleted the App %1.\n").arg(code));
                m_commands->finish(CliExit::Success);
            });
        });
}
