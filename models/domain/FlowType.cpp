#include "domain/FlowType.h"

#include <QCoreApplication>

#include <iterator>

namespace {

// Everything said about a flow type, in the enum's order (docs/pim-api.md §3 and §7).
struct Texts
{
    const char *api;
    const char *name;
    const char *section;
    const char *description;
};

constexpr Texts texts[] = {
    {"data_source", QT_TRANSLATE_NOOP("FlowType", "Data source"),
     QT_TRANSLATE_NOOP("FlowType", "Data sources"),
     QT_TRANSLATE_NOOP("FlowType", "Data entering the PIM, for example from an ERP or a DAM.")},
    {"data_destination", QT_TRANSLATE_NOOP("FlowType", "Data destination"),
     QT_TRANSLATE_NOOP("FlowType", "Data destinations"),
     QT_TRANSLATE_NOOP("FlowType", "Data leaving the PIM, for example to an e-commerce platform "
                                   "or for syndication.")},
    {"other", QT_TRANSLATE_NOOP("FlowType", "Other"), QT_TRANSLATE_NOOP("FlowType", "Others"),
     QT_TRANSLATE_NOOP("FlowType", "Neither a source nor a destination. Its data flows are not "
                                   "monitored: prefer a source or a destination when you can.")},
};
static_assert(std::size(texts) == std::size_t(FlowType::Other) + 1);

const Texts &textsOf(FlowType type)
{
    const int index = int(type);
    return texts[index >= 0 && index < int(std::size(texts)) ? index : int(FlowType::Other)];
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FlowType", text);
}

} // namespace

namespace FlowTypes {

QString toApi(FlowType type)
{
    return QString::fromLatin1(textsOf(type).api);
}

std::optional<FlowType> fromApi(const QString &name)
{
    // Exact names only (docs/pim-api.md §3): no trimming, no case folding.
    for (int i = 0; i < int(std::size(texts)); ++i) {
        if (name == QLatin1String(texts[i].api))
            return FlowType(i);
    }
    return std::nullopt;
}

QString displayName(FlowType type)
{
    return translated(textsOf(type).name);
}

QString sectionTitle(FlowType type)
{
    return translated(textsOf(type).section);
}

QString description(FlowType type)
{
    return translated(textsOf(type).description);
}

} // namespace FlowTypes
