#pragma once

#include "domain/BusinessError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

// The business errors of one connection (docs/pim-api.md §9.3) as the error monitoring table
// shows them, one row per error in the PIM's order (newest first), three columns: "Day and
// time" (in the user's time zone), "Business error message" (the message, then each
// documentation sentence as plain text: a route's title is never a link here) and "Details"
// (Product name with the ID, Family, Locale, Channel; one a line, only those known).
//
// SortRole gives the instant (UTC milliseconds) in the first column and the display text in
// the others; ErrorRole the whole BusinessError, for the search and the details pane.
class BusinessErrorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateTimeColumn, MessageColumn, DetailsColumn, ColumnCount };
    enum Role {
        ErrorRole = Qt::UserRole + 1, // BusinessError
        SortRole,                     // qint64 for DateTimeColumn, else QString
    };
    Q_ENUM(Role)

    explicit BusinessErrorTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every row (a reset: the list is read whole, at most 100 errors).
    void setErrors(const QList<BusinessError> &errors);
    QList<BusinessError> errors() const { return m_errors; }
    BusinessError errorAt(int row) const { return m_errors.value(row); }

    // The zone of the "Day and time" column; this computer's by default.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // The column headers (also the CSV's).
    static QString columnTitle(Column column);
    // "Day and time" as shown: the date and time in the user's locale.
    static QString dateTimeText(const BusinessError &error, const QTimeZone &zone);
    // The message, then each documentation sentence on a line of its own.
    static QString messageText(const BusinessError &error);
    // "Product name: Sneaker with the ID sneaker-01" (or "Product with the ID sneaker-01" when
    // its name is its identifier), "Family: shoes", "Locale: en_US", "Channel: ecommerce": the
    // known ones, one a line.
    static QString detailsText(const BusinessError &error);

private:
    QList<BusinessError> m_errors;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
