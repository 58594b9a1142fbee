#include "widgets/PlaceholderLogo.h"
#include "style/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTest>

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

} // namespace

class TestPlaceholderLogo : public QObject
{
    Q_OBJECT

private slots:
    void initials_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words") << "Magento 2 - Prod"
                                   << "magento2_prod"
                                   << "M2";
        QTest::newRow("accents") << "Café Süd"
                                 << "caf_s_d"
                                 << "CS";
        QTest::newRow("one word") << "Bynder"
                                  << "bynder"
                                  << "BY";
        QTest::newRow("acronym") << "ERP"
                                 << "erp"
                                 << "ER";
        QTest::newRow("camel case") << "PimCore"
                                    << "pimcore"
                                    << "PC";
        QTest::newRow("punctuation") << "e-commerce (FR)"
                                     << "e_commerce_fr"
                                     << "EC";
        QTest::newRow("emoji skipped") << "🚀 Launch"
                                       << "__launch"
                                       << "LA";
        QTest::newRow("digits") << "3M"
                                << "3m"
                                << "3M";
        QTest::newRow("one letter") << "X"
                                    << "xxx"
                                    << "X";
        QTest::newRow("lowercase") << "shopify store"
                                   << "shopifystore"
                                   << "SS";
        QTest::newRow("combining mark kept")
            << QString::fromUtf8("E\u0301lan vital") << "elan" << QString::fromUtf8("E\u0301V");
        QTest::newRow("empty label: code") << ""
                                           << "magento_prod"
                                           << "MP";
        QTest::newRow("symbols only: code") << "***"
                                            << "erp"
                                            << "ER";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << "?";
    }

    void initials()
    {
        QFETCH(QString, label);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(PlaceholderLogo::initials(label, code), expected);
    }

    void hueIsStableAndSpread()
    {
        QCOMPARE(PlaceholderLogo::hue("erp"), PlaceholderLogo::hue("erp"));
        QCOMPARE(PlaceholderLogo::hue("ERP"), PlaceholderLogo::hue("erp")); // codes ignore case
        QSet<int> hues;
        for (const char *code : {"erp", "magento", "bynder", "shopify", "dam", "salsify"}) {
            const int hue = PlaceholderLogo::hue(code);
            QVERIFY(hue >= 0 && hue < 360);
            hues.insert(hue);
        }
        QVERIFY(hues.size() >= 5);
    }

    void readableInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void readableInLightAndDark()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        for (int i = 0; i < 200; ++i) {
            const QString code = QStringLiteral("connection_%1").arg(i);
            const PlaceholderLogo::Colors colors = PlaceholderLogo::colors(code, palette);
            QVERIFY2(Theme::contrastRatio(colors.foreground, colors.background) >= 4.5,
                     qPrintable(code));
            // A dark theme gets a dark tile, a light theme a light one.
            QCOMPARE(colors.background.lightnessF() < 0.5, dark);
        }
    }

    void pixmapIsSharpAtEveryRatio_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("1.5x") << 1.5;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("3x") << 3.0;
    }

    void pixmapIsSharpAtEveryRatio()
    {
        QFETCH(qreal, ratio);
        const QPixmap pixmap = PlaceholderLogo::pixmap("Magento 2 - Prod", "magento2_prod",
                                                       QSize(64, 64), ratio, lightPalette());
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
        QCOMPARE(pixmap.size(), (QSizeF(64, 64) * ratio).toSize()); // device pixels
        const QImage image = pixmap.toImage();
        // The middle of the tile is painted; a corner stays transparent (rounded).
        QVERIFY(qAlpha(image.pixel(image.width() / 2, image.height() / 4)) > 0);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(QColor(image.pixel(image.width() / 8, image.height() / 2)).rgb(),
                 PlaceholderLogo::colors("magento2_prod", lightPalette()).background.rgb());
    }
};

QTEST_MAIN(TestPlaceholderLogo)
#include "tst_placeholderlogo.moc"
