#include "items/BusinessErrorTableModel.h"

#include <QLocale>
#include <QStringList>

BusinessErrorTableModel::BusinessErrorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int BusinessErrorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int BusinessErrorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString BusinessErrorTableModel::columnTitle(Column column)
{
    switch (column) {
    case DateTimeColumn:
        return tr("Day and time");
    case MessageColumn:
        return tr("Business error message");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

QString BusinessErrorTableModel::dateTimeText(const BusinessError &error, const QTimeZone &zone)
{
    const QDateTime local = error.localDateTime(zone);
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString BusinessErrorTableModel::messageText(const BusinessError &error)
{
    QStringList lines{error.message};
    for (const ErrorDocumentation &documentation : error.documentation) {
        const QString text = documentation.text().trimmed();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString BusinessErrorTableModel::detailsText(const BusinessError &error)
{
    QStringList lines;
    if (error.product) {
        const ErrorProduct &p = *error.product;
        // docs/pim-api.md §9.3: "Product name", "with the ID".
        // A product without a name has its identifier as label: said once.
        const bool named = !p.label.isEmpty() && p.label != p.identifier;
        if (named && !p.identifier.isEmpty())
            lines.append(tr("Product name: %1 with the ID %2").arg(p.label, p.identifier));
        else if (named)
            lines.append(tr("Product name: %1").arg(p.label));
        else if (!p.identifier.isEmpty())
            lines.append(tr("Product with the ID %1").arg(p.identifier));
        if (!p.family.isEmpty())
            lines.append(tr("Family: %1").arg(p.family));
    }
    if (!error.locale.isEmpty())
        lines.append(tr("Locale: %1").arg(error.locale));
    if (!error.scope.isEmpty())
        lines.append(tr("Channel: %1").arg(error.scope));
    return lines.join(QLatin1Char('\n'));
}

QVariant BusinessErrorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BusinessError &error = m_errors.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateTimeColumn:
            return dateTimeText(error, m_zone);
        case MessageColumn:
            return messageText(error);
        case DetailsColumn:
            return detailsText(error);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        // The instant with its offset, so that two zones can be compared.
        if (column == DateTimeColumn)
            return QLocale().toString(error.localDateTime(m_zone), QLocale::LongFormat);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
    case ErrorRole:
        return QVariant::fromValue(error);
    case SortRole:
        if (column == DateTimeColumn)
            return error.dateTime.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant BusinessErrorTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

void BusinessErrorTableModel::setErrors(const QList<BusinessError> &errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

void BusinessErrorTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_errors.isEmpty())
        emit dataChanged(index(0, DateTimeColumn), index(rowCount() - 1, DateTimeColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}
