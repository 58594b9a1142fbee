#pragma once

#include "domain/Connection.h"

#include <QAbstractItemModel>
#include <QSignalSpy>

#include <memory>
#include <vector>

inline Connection conn(const QString &code, const QString &label = QString(),
                       FlowType type = FlowType::Source, const QString &image = QString())
{
    Connection c;
    c.code = code;
    c.label = label.isEmpty() ? code.toUpper() : label;
    c.flowType = type;
    c.image = image;
    return c;
}

// Every structural and data signal of a model, to assert what a change emitted.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {}

    int total() const
    {
        return int(inserted.size() + removed.size() + moved.size() + changed.size() + reset.size() +
                   layout.size());
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};
