#pragma once

#include <QTreeView>

class EventLogModel;

// The list of event logs (docs/pim-api.md §8.7): Datetime, Level, Message, and under each entry
// with a context, unfolded on demand, its indented JSON across the whole width. Scrolls item by
// item, so that ten thousand rows of different heights never have to be measured at once, and
// says when the user comes near the end (nearEnd()), for the next page to be fetched.
class EventLogTree : public QTreeView
{
    Q_OBJECT

public:
    explicit EventLogTree(EventLogModel *model, QWidget *parent = nullptr);

    EventLogModel *logModel() const { return m_model; }
    // Whether the last rows are in view or close to it.
    bool isNearEnd() const;

    // Rows from the end at which nearEnd() is emitted.
    static constexpr int NearEndRows = 15;

    // Exact widths for "resize to contents" (the rows' heights are worked out without them).
    int sizeHintForColumn(int column) const override;

signals:
    // The view shows the last rows or comes within NearEndRows of them (also when everything
    // fits): time to fetch the next page. Emitted again after each change; callers ignore it
    // while a page is on its way.
    void nearEnd();

private:
    class Delegate;

    void checkNearEnd();

    EventLogModel *m_model;
    Delegate *m_delegate;
};
