#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// The three flow types of a connection (docs/pim-api.md §3). The enum order is the order of
// the overview's sections: "Data sources", "Data destinations", "Others".
enum class FlowType { Source = 0, Destination = 1, Other = 2 };

namespace FlowTypes {

// The PIM's wire names: data_source, data_destination, other.
QString toApi(FlowType type);
std::optional<FlowType> fromApi(const QString &name);

// Translated names for the screens and the CLI's table.
QString displayName(FlowType type);  // "Data source"
QString sectionTitle(FlowType type); // "Data sources" (docs/pim-api.md §7)
QString description(FlowType type);  // one sentence on what it is for

} // namespace FlowTypes

Q_DECLARE_METATYPE(FlowType)
