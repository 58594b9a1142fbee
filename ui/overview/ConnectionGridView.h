#pragma once

#include <QListView>

class ConnectionTileDelegate;

// A grid of connection tiles (docs/pim-api.md §7): a QListView in IconMode over a
// ConnectionListModel (or a proxy of it) with uniform cells painted by ConnectionTileDelegate.
// The columns are at least ConnectionTileDelegate::MinTileWidth wide and share the width; the
// view is exactly as tall as its rows (no scroll bar of its own: the page scrolls), so several
// grids can be stacked in one scroll area, one per section.
//
// A click, Enter or Return asks to open the tile's connection; Delete asks to delete it. An
// arrow key that would leave the grid (Up on the first row, Down on the last one, Left on the
// first tile, Right on the last) emits leaveRequested(), so the page can move on to the
// neighbouring section: keyboard navigation flows across sections.
class ConnectionGridView : public QListView
{
    Q_OBJECT

public:
    explicit ConnectionGridView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    int columnCount() const { return m_columns; }
    // The height the rows need at the current width.
    int neededHeight() const;
    QString currentCode() const;
    // Makes the tile at this visual column of the first (or last) row current, clamped.
    void enterAt(int column, bool fromAbove);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void openRequested(const QString &code);
    void deleteRequested(const QString &code);
    // key: Qt::Key_Up, Key_Down, Key_Left or Key_Right; column: the current tile's column.
    void leaveRequested(int key, int column);
    // The current tile moved (keyboard): its rectangle in this view's coordinates, so a
    // scroll area around the page can bring it into view.
    void currentTileMoved(const QRect &rect);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateHeight();
    QString codeAt(const QModelIndex &index) const;

    ConnectionTileDelegate *m_delegate;
    int m_columns = 1;
};
