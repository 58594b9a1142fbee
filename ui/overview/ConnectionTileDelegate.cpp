#include "overview/ConnectionTileDelegate.h"

#include "items/ConnectionListModel.h"
#include "style/Icons.h"
#include "widgets/PlaceholderLogo.h"
#include "widgets/PlainText.h"
#include "style/Theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

constexpr int Padding = 12;    // inside the card, around the logo
constexpr int LogoHeight = 72; // the logo's box; wide logos get the card's width
constexpr int LabelGap = 10;   // between the logo and the label
constexpr int MarkGap = 4;     // between the warning mark and the label
constexpr qreal Radius = 6;

int markExtent(const QFontMetrics &metrics)
{
    return metrics.height();
}

QRect labelLine(const QRect &cell, const QFontMetrics &metrics)
{
    const QRect logo = ConnectionTileDelegate::logoRect(cell, metrics);
    const QRect tile = ConnectionTileDelegate::tileRect(cell);
    return QRect(tile.left() + Padding / 2, logo.bottom() + 1 + LabelGap, tile.width() - Padding,
                 metrics.height());
}

// Where the mark and the label go on the label line: centred together, the label elided.
struct LabelLayout
{
    QRect mark; // empty without a mark
    QRect text;
    QString elided;
};

LabelLayout layOut(const QRect &cell, const QFontMetrics &metrics, const QString &label,
                   bool marked)
{
    const QRect line = labelLine(cell, metrics);
    const int mark = marked ? markExtent(metrics) + MarkGap : 0;
    LabelLayout result;
    result.elided = metrics.elidedText(label, Qt::ElideRight, line.width() - mark);
    const int textWidth = metrics.horizontalAdvance(result.elided);
    const int left = line.left() + (line.width() - mark - textWidth) / 2;
    if (marked)
        result.mark = QRect(left, line.top(), markExtent(metrics), markExtent(metrics));
    result.text = QRect(left + mark, line.top(), textWidth + 1, line.height());
    return result;
}

} // namespace

ConnectionTileDelegate::ConnectionTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_warning(Icons::icon(Icons::Name::Warning, Theme::Tone::Warning))
{}

int ConnectionTileDelegate::cellHeight(const QFontMetrics &metrics)
{
    return Padding + LogoHeight + LabelGap + metrics.height() + Padding + Gap;
}

QRect ConnectionTileDelegate::tileRect(const QRect &cell)
{
    return cell.adjusted(Gap / 2, Gap / 2, -Gap / 2, -Gap / 2);
}

QRect ConnectionTileDelegate::logoRect(const QRect &cell, const QFontMetrics &metrics)
{
    Q_UNUSED(metrics)
    const QRect tile = tileRect(cell);
    return QRect(tile.left() + Padding, tile.top() + Padding, tile.width() - 2 * Padding,
                 LogoHeight);
}

QSize ConnectionTileDelegate::largestLogoSize()
{
    // ConnectionGridView::relayout(): a cell is less than twice the narrowest one.
    const QRect widest(0, 0, 2 * (MinTileWidth + Gap) - 1, 1);
    return QSize(tileRect(widest).width() - 2 * Padding, LogoHeight);
}

QRect ConnectionTileDelegate::warningRect(const QRect &cell, const QFontMetrics &metrics,
                                          const QString &label)
{
    return layOut(cell, metrics, label, true).mark;
}

QSize ConnectionTileDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    Q_UNUSED(index)
    return QSize(m_cellWidth, cellHeight(option.fontMetrics));
}

void ConnectionTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QString label = index.data(Qt::DisplayRole).toString();
    const QString code = index.data(ConnectionListModel::CodeRole).toString();
    const bool marked = index.data(ConnectionListModel::HasWrongCredentialsRole).toBool();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The card: Base on the page's Window colour, a hairline frame that darkens under the
    // mouse, the highlight colour around the selected (keyboard) tile.
    const QRectF card = QRectF(tileRect(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = selected ? Theme::mix(base, highlight, 0.10) : base;
    QColor frame = Theme::mix(base, text, hovered ? 0.35 : 0.16);
    qreal frameWidth = 1;
    if (selected || focused) {
        frame = highlight;
        frameWidth = 2;
    }
    painter->setPen(QPen(frame, frameWidth));
    painter->setBrush(fill);
    painter->drawRoundedRect(card.adjusted(frameWidth / 2 - 0.5, frameWidth / 2 - 0.5,
                                           0.5 - frameWidth / 2, 0.5 - frameWidth / 2),
                             Radius, Radius);

    // The logo, or its placeholder.
    const QRect logoBox = logoRect(option.rect, option.fontMetrics);
    const QImage logo = index.data(ConnectionListModel::LogoRole).value<QImage>();
    if (!logo.isNull()) {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QSize fitted = logo.size().scaled(logoBox.size(), Qt::KeepAspectRatio);
        // Small logos are not blown up past twice their size: they would look blurred.
        const QSize shown = logo.width() * 2 < fitted.width() * ratio
                                ? (QSizeF(logo.size()) * 2 / ratio).toSize()
                                : fitted;
        const QRect target(QPoint(logoBox.center().x() - shown.width() / 2 + 1,
                                  logoBox.center().y() - shown.height() / 2 + 1),
                           shown);
        if ((QSizeF(shown) * ratio).toSize() == logo.size()) {
            // Already at the size drawn (a tile image made at the tile bound, LogoCache): drawn
            // as is, with no scaled copy.
            painter->drawImage(target, logo);
        } else {
            const QString key = index.data(ConnectionListModel::ImageRole).toString();
            painter->drawPixmap(target, scaledLogo(logo, key, shown, ratio));
        }
    } else {
        PlaceholderLogo::paint(painter, logoBox, label, code, palette);
    }

    // The label, and the warning mark before it.
    const LabelLayout line = layOut(option.rect, option.fontMetrics, label, marked);
    if (marked) {
        m_warning.paint(painter, line.mark, Qt::AlignCenter,
                        option.state.testFlag(QStyle::State_Enabled) ? QIcon::Normal
                                                                     : QIcon::Disabled);
    }
    painter->setFont(option.font);
    painter->setPen(palette.color(option.state.testFlag(QStyle::State_Enabled) ? QPalette::Active
                                                                               : QPalette::Disabled,
                                  QPalette::Text));
    painter->drawText(line.text, Qt::AlignLeft | Qt::AlignVCenter, line.elided);
    painter->restore();
}

QPixmap ConnectionTileDelegate::scaledLogo(const QImage &logo, const QString &key,
                                           const QSize &logical, qreal ratio) const
{
    // Scaling a logo down smoothly is not cheap: done once per logo, size and screen.
    const QString cacheKey = key + QLatin1Char('|') + QString::number(logo.cacheKey()) +
                             QLatin1Char('|') + QString::number(logical.width()) +
                             QLatin1Char('x') + QString::number(logical.height()) +
                             QLatin1Char('@') + QString::number(ratio);
    if (const QPixmap *cached = m_scaled.object(cacheKey))
        return *cached;
    QPixmap pixmap = QPixmap::fromImage(logo.scaled((QSizeF(logical) * ratio).toSize(),
                                                    Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_scaled.insert(cacheKey, new QPixmap(pixmap));
    return pixmap;
}

bool ConnectionTileDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString label = index.data(Qt::DisplayRole).toString();
    const bool marked = index.data(ConnectionListModel::HasWrongCredentialsRole).toBool();
    const QRect mark = marked ? warningRect(option.rect, option.fontMetrics, label) : QRect();
    // On the mark: who used the client ID with another username, and when (docs/pim-api.md §7).
    // Elsewhere: the whole label (and the same warning when there is one).
    const bool onMark = mark.adjusted(-2, -2, 2, 2).contains(event->pos());
    const QString text = onMark
                             ? index.data(ConnectionListModel::WrongCredentialsTextRole).toString()
                             : index.data(Qt::ToolTipRole).toString();
    // The label is the PIM's text: shown as it is, never as markup.
    QToolTip::showText(event->globalPos(), PlainText::toolTip(text), view->viewport(),
                       onMark ? mark : tileRect(option.rect));
    return true;
}
