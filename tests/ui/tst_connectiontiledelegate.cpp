#include "items/ConnectionListModel.h"
#include "overview/ConnectionTileDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

// The logo of a tile, as ConnectionTileDelegate::paint() draws it: a tile image at the size it
// is shown is drawn as it is, a larger one scaled down, both centred in the logo box and at the
// device pixel ratio of what they are painted on.
class TestConnectionTileDelegate : public QObject
{
    Q_OBJECT

private slots:
    void logoIsDrawnCentredAtItsSize_data();
    void logoIsDrawnCentredAtItsSize();
};

namespace {

// A logo of one colour with a frame of another, `frame` pixels thick (one pixel once shown):
// its edges show where it was drawn.
QImage framedLogo(const QSize &size, int frame)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::red);
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(0, 0), size).adjusted(frame, frame, -frame, -frame), Qt::blue);
    return image;
}

} // namespace

void TestConnectionTileDelegate::logoIsDrawnCentredAtItsSize_data()
{
    QTest::addColumn<QSize>("logo");  // in device pixels
    QTest::addColumn<qreal>("ratio"); // of the surface painted on
    QTest::addColumn<QSize>("shown"); // in device pixels
    // The height of the logo box is 72: a square logo is shown 72×72 (device-independent).
    QTest::newRow("at the size shown, ratio 1") << QSize(72, 72) << 1.0 << QSize(72, 72);
    QTest::newRow("at the size shown, ratio 2") << QSize(144, 144) << 2.0 << QSize(144, 144);
    QTest::newRow("larger, scaled down") << QSize(144, 144) << 1.0 << QSize(72, 72);
    // A wide one: as wide as the widest logo box (the cell below is the widest there is).
    QTest::newRow("wide, at the size shown") << QSize(275, 68) << 1.0 << QSize(275, 68);
    QTest::newRow("wide, larger") << QSize(550, 136) << 1.0 << QSize(275, 68);
}

void TestConnectionTileDelegate::logoIsDrawnCentredAtItsSize()
{
    QFETCH(QSize, logo);
    QFETCH(qreal, ratio);
    QFETCH(QSize, shown);

    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(index, u"ERP"_qs, Qt::DisplayRole);
    model.setData(index, u"erp"_qs, ConnectionListModel::CodeRole);
    model.setData(index, u"a/b/erp.png"_qs, ConnectionListModel::ImageRole);
    model.setData(index, framedLogo(logo, qMax(1, logo.width() / shown.width())),
                  ConnectionListModel::LogoRole);

    ConnectionTileDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = QApplication::palette();
    option.fontMetrics = QFontMetrics(QApplication::font());
    option.state = QStyle::State_Enabled;
    const int width = 2 * (ConnectionTileDelegate::MinTileWidth + ConnectionTileDelegate::Gap) - 1;
    option.rect = QRect(0, 0, width, ConnectionTileDelegate::cellHeight(option.fontMetrics));

    QImage canvas((QSizeF(option.rect.size()) * ratio).toSize(),
                  QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        delegate.paint(&painter, option, index);
    }

    // The logo's frame, in device pixels: centred in the logo box, `shown` large.
    const QRect box = ConnectionTileDelegate::logoRect(option.rect, option.fontMetrics);
    const QPointF centre = QPointF(box.center()) * ratio;
    const QRect drawn(QPoint(qRound(centre.x() - shown.width() / 2.0 + ratio),
                             qRound(centre.y() - shown.height() / 2.0 + ratio)),
                      shown);
    auto isRed = [](QRgb rgb) {
        return qRed(rgb) > 160 && qBlue(rgb) < 120;
    };
    auto isBlue = [](QRgb rgb) {
        return qBlue(rgb) > 160 && qRed(rgb) < 120;
    };
    QVERIFY(isBlue(canvas.pixel(drawn.center())));
    // The frame's four sides, each found within a pixel of where it should be.
    auto redNear = [&](QPoint p, QPoint step) {
        for (int k = -1; k <= 1; ++k) {
            if (isRed(canvas.pixel(p + k * step)))
                return true;
        }
        return false;
    };
    const QPoint mid = drawn.center();
    QVERIFY2(redNear({drawn.left(), mid.y()}, {1, 0}), "left edge");
    QVERIFY2(redNear({drawn.right(), mid.y()}, {1, 0}), "right edge");
    QVERIFY2(redNear({mid.x(), drawn.top()}, {0, 1}), "top edge");
    QVERIFY2(redNear({mid.x(), drawn.bottom()}, {0, 1}), "bottom edge");
    // Nothing of it outside.
    QVERIFY(!isBlue(canvas.pixel(drawn.left() - 3, mid.y())));
    QVERIFY(!isBlue(canvas.pixel(drawn.right() + 3, mid.y())));
    QVERIFY(!isBlue(canvas.pixel(mid.x(), drawn.top() - 3)));
    QVERIFY(!isBlue(canvas.pixel(mid.x(), drawn.bottom() + 3)));
}

QTEST_MAIN(TestConnectionTileDelegate)
#include "tst_connectiontiledelegate.moc"
