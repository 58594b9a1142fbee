#include "window/LastPage.h"

#include <QSettings>

namespace {

const QString InstanceKey = QStringLiteral("window/lastPage/instance");
const QString KindKey = QStringLiteral("window/lastPage/kind");
const QString CodeKey = QStringLiteral("window/lastPage/code");

struct KindName
{
    LastPage::Kind kind;
    const char *name;
};

constexpr KindName KindNames[] = {
    {LastPage::Kind::Overview, "overview"},
    {LastPage::Kind::Connection, "connection"},
    {LastPage::Kind::DataFlows, "dataFlows"},
    {LastPage::Kind::ErrorMonitoring, "errorMonitoring"},
    {LastPage::Kind::App, "app"},
};

} // namespace

void LastPage::save(QSettings &settings) const
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            settings.setValue(KindKey, QLatin1String(entry.name));
    }
    settings.setValue(InstanceKey, instanceId);
    settings.setValue(CodeKey, code);
}

std::optional<LastPage> LastPage::load(QSettings &settings)
{
    const QString instanceId = settings.value(InstanceKey).toString();
    const QString kindName = settings.value(KindKey).toString();
    const QString code = settings.value(CodeKey).toString();
    if (instanceId.isEmpty())
        return std::nullopt;
    for (const KindName &entry : KindNames) {
        if (kindName != QLatin1String(entry.name))
            continue;
        const bool needsCode = entry.kind != Kind::Overview && entry.kind != Kind::DataFlows;
        if (needsCode && code.isEmpty())
            return std::nullopt;
        return LastPage{instanceId, entry.kind, needsCode ? code : QString()};
    }
    return std::nullopt;
}
