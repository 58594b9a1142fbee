// AppStyle: the standard icons Qt asks for while a window is built are the app's own, so that
// building the window loads no image format plugin (bench/README.md, start-up).
#include "style/AppStyle.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void standardIconsAreOurs();
    void buildingAWindowLoadsNoImagePlugin();
};

namespace {

// The image format plugins mapped into this process (Linux: /proc/self/maps).
QStringList imagePluginsLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/")) {
            const QString path = QString::fromUtf8(line.mid(line.indexOf('/')));
            if (!found.contains(path))
                found.append(path);
        }
    }
    return found;
}

} // namespace

void TestAppStyle::initTestCase()
{
    QApplication::setStyle(new AppStyle);
}

void TestAppStyle::standardIconsAreOurs()
{
    QStyle *style = QApplication::style();
    for (const auto pixmap : {QStyle::SP_LineEditClearButton,
                              QStyle::SP_ToolBarHorizontalExtensionButton,
                              QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon icon = style->standardIcon(pixmap);
        QVERIFY(!icon.isNull());
        const QImage drawn = icon.pixmap(QSize(16, 16)).toImage();
        QVERIFY(!drawn.isNull());
        bool inked = false;
        for (int y = 0; y < drawn.height() && !inked; ++y)
            for (int x = 0; x < drawn.width() && !inked; ++x)
                inked = qAlpha(drawn.pixel(x, y)) > 0;
        QVERIFY2(inked, "the icon draws nothing");
    }
    // The others are the underlying style's.
    QVERIFY(!style->standardIcon(QStyle::SP_MessageBoxWarning).isNull());
}

void TestAppStyle::buildingAWindowLoadsNoImagePlugin()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/maps");
#endif
    QVERIFY(QFile::exists(u"/proc/self/maps"_s));
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s);
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *search = new QLineEdit(central);
    search->setClearButtonEnabled(true);
    layout->addWidget(search);
    window.setCentralWidget(central);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    search->setText(u"erp"_s); // the clear button fades in
    QTest::qWait(400);
    const QImage shown = window.grab().toImage();
    QCOMPARE(imagePluginsLoaded(), QStringList());
    // To look at it: PIM_TEST_PICTURES=DIR saves the window (writing a PNG loads the plugins).
    if (const QString dir = qEnvironmentVariable("PIM_TEST_PICTURES"); !dir.isEmpty())
        shown.save(dir + u"/appstyle-window.png"_s);
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
