#pragma once

#include <QCache>
#include <QIcon>
#include <QPixmap>
#include <QStyledItemDelegate>

// Paints one connection of the overview's grid (docs/pim-api.md §7) from the roles of
// ConnectionListModel: a card with the connection's logo (fitted, or the PlaceholderLogo from
// its initials while there is no image or it is not loaded yet), the label under it cut short
// with an ellipsis, and a warning mark before the label when the connection is listed by
// wrong-credentials-combination. Hovering the mark shows who used the connection's client ID
// and when; hovering the rest of the tile shows the whole label.
//
// The view decides the cell size (setCellWidth, the width of a grid column); the tile is drawn
// inside the cell with half the gap on every side, so neighbouring tiles are Gap pixels apart.
// Only colours of the palette are used: it follows dark themes.
class ConnectionTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int MinTileWidth = 140; // docs/pim-api.md §7: columns at least 140 px wide
    static constexpr int Gap = 20;           // docs/pim-api.md §7: 20 px apart

    explicit ConnectionTileDelegate(QObject *parent = nullptr);

    void setCellWidth(int width) { m_cellWidth = width; }
    int cellWidth() const { return m_cellWidth; }
    // The height of a cell for this font: the tile, plus the gap.
    static int cellHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Geometry of the parts of a tile drawn in `cell` (public for tests).
    static QRect tileRect(const QRect &cell);
    static QRect logoRect(const QRect &cell, const QFontMetrics &metrics);
    // The largest logo box a tile can have (a cell is narrower than two minimal columns), in
    // device-independent pixels: what LogoCache::setTileBound() is given, times the ratio.
    static QSize largestLogoSize();
    // The warning mark, or an empty rect when the tile has none.
    static QRect warningRect(const QRect &cell, const QFontMetrics &metrics, const QString &label);

private:
    QPixmap scaledLogo(const QImage &logo, const QString &key, const QSize &logical,
                       qreal ratio) const;

    int m_cellWidth = MinTileWidth + Gap;
    QIcon m_warning; // one icon (its engine caches the rendered pixmaps)
    mutable QCache<QString, QPixmap> m_scaled{64};
};
