#include "style/Icons.h"
#include "style/PaletteIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QTest>

namespace {

const Icons::Name AllNames[] = {
    Icons::Name::Add,     Icons::Name::Back,       Icons::Name::Check,      Icons::Name::Close,
    Icons::Name::Copy,    Icons::Name::Delete,     Icons::Name::Error,      Icons::Name::Hide,
    Icons::Name::Image,   Icons::Name::Info,       Icons::Name::Key,        Icons::Name::Lock,
    Icons::Name::More,    Icons::Name::Refresh,    Icons::Name::Regenerate, Icons::Name::Show,
    Icons::Name::Unlock,  Icons::Name::Warning,    Icons::Name::Search,     Icons::Name::Server,
    Icons::Name::Offline, Icons::Name::Connection, Icons::Name::Chart,
};

// The colour of the most opaque pixel: the icon's ink.
QColor inkOf(const QImage &image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha())
                best = c;
        }
    }
    return best;
}

int inkPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).alpha() > 0;
    return count;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void everyIconIsEmbeddedAndDraws()
    {
        for (const Icons::Name name : AllNames) {
            QVERIFY2(QFile::exists(Icons::path(name)), qPrintable(Icons::path(name)));
            const QIcon icon = Icons::icon(name);
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(QSize(24, 24)).toImage();
            QVERIFY2(inkPixels(image) > 10, qPrintable(Icons::path(name)));
        }
    }

    void rendersAtTheDevicePixelRatio()
    {
        const QIcon icon = Icons::icon(Icons::Name::Copy);
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32)); // drawn for the screen, not scaled up
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }

    void followsThePalette()
    {
        QPalette light;
        light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        QApplication::setPalette(light);
        const QIcon icon = Icons::icon(Icons::Name::Add); // one QIcon, re-rendered
        QCOMPARE(inkOf(icon.pixmap(QSize(24, 24)).toImage()).rgb(), QColor(0x10, 0x10, 0x10).rgb());

        QPalette dark;
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        QApplication::setPalette(dark);
        QCOMPARE(inkOf(icon.pixmap(QSize(24, 24)).toImage()).rgb(), QColor(0xee, 0xee, 0xee).rgb());
    }

    void disabledIconsUseTheDisabledColour()
    {
        QPalette palette;
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(palette);
        const QIcon icon = Icons::icon(Icons::Name::Delete);
        QCOMPARE(inkOf(icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage()).rgb(),
                 QColor(0x80, 0x80, 0x80).rgb());
    }

    void recoloringReplacesCurrentColor()
    {
        const QByteArray svg = R"(<svg stroke="currentColor"><circle fill="currentColor"/></svg>)";
        QCOMPARE(PaletteIconEngine::recolored(svg, QColor(0x12, 0x34, 0x56)),
                 QByteArray(R"(<svg stroke="#123456"><circle fill="#123456"/></svg>)"));
    }

    void appIconLoadsThroughTheSvgPlugin()
    {
        // The app icon is a plain QIcon on an SVG file: Qt's svg icon engine plugin draws it.
        const QIcon icon(QStringLiteral(":/icons/app.svg"));
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(64, 64), 2.0);
        QCOMPARE(pixmap.size(), QSize(128, 128));
        QVERIFY(inkPixels(pixmap.toImage()) > 1000);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
