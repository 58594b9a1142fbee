#include "domain/FlowType.h"

#include <QCoreApplication>

namespace FlowTypes {

QString toApi(FlowType type)
{
    switch (type) {
    case FlowType::Source:
        return QStringLiteral("data_source");
    case FlowType::Destination:
        return QStringLiteral("data_destination");
    case FlowType::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<FlowType> fromApi(const QString &name)
{
    // Exact names only (docs/pim-api.md §3): no trimming, no case folding.
    if (name == QLatin1String("data_source"))
        return FlowType::Source;
    if (name == QLatin1String("data_destination"))
        return FlowType::Destination;
    if (name == QLatin1String("other"))
        return FlowType::Other;
    return std::nullopt;
}

QString displayName(FlowType type)
{
    switch (type) {
    case FlowType::Source:
        return QCoreApplication::translate("FlowType", "Data source");
    case FlowType::Destination:
        return QCoreApplication::translate("FlowType", "Data destination");
    case FlowType::Other:
        return QCoreApplication::translate("FlowType", "Other");
    }
    return {};
}

QString sectionTitle(FlowType type)
{
    switch (type) {
    case FlowType::Source:
        return QCoreApplication::translate("FlowType", "Data sources");
    case FlowType::Destination:
        return QCoreApplication::translate("FlowType", "Data destinations");
    case FlowType::Other:
        return QCoreApplication::translate("FlowType", "Others");
    }
    return {};
}

QString description(FlowType type)
{
    switch (type) {
    case FlowType::Source:
        return QCoreApplication::translate(
            "FlowType", "Data entering the PIM, for example from an ERP or a DAM.");
    case FlowType::Destination:
        return QCoreApplication::translate(
            "FlowType", "Data leaving the PIM, for example to an e-commerce platform or for "
                        "syndication.");
    case FlowType::Other:
        return QCoreApplication::translate(
            "FlowType", "Neither a source nor a destination. Its data flows are not monitored: "
                        "prefer a source or a destination when you can.");
    }
    return {};
}

} // namespace FlowTypes
