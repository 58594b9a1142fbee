// The overview's model of the connected Apps (docs/pim-api.md §11.2): the roles the tiles read,
// the changes it tells, the logos.
#include "items/AppListModel.h"
#include "items/ConnectionFilterProxyModel.h"
#include "items/ConnectionListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CachedApp app(const QString &code, const QString &name, std::optional<QString> author = {})
{
    CachedApp cached;
    cached.app.connectionCode = code;
    cached.app.name = name;
    cached.app.author = author;
    cached.app.logo = u"https://apps.example.com/"_s + code + u".png"_s;
    return cached;
}

QImage logo()
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::red);
    return image;
}

} // namespace

class TestAppListModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAreTheTilesOnes();
    void sameAppsTellOnlyChanges();
    void otherAppsReplaceTheRows();
    void logos();
    void filteredLikeConnections();
};

void TestAppListModel::rolesAreTheTilesOnes()
{
    AppListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApps({app(u"translator"_s, u"Content Translator"_s, u"Lingo Workshop"_s),
                   app(u"nameless"_s, QString())});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), u"Content Translator"_s);
    QCOMPARE(first.data(ConnectionListModel::LabelRole).toString(), u"Content Translator"_s);
    QCOMPARE(first.data(ConnectionListModel::CodeRole).toString(), u"translator"_s);
    QCOMPARE(first.data(ConnectionListModel::ImageRole).toString(),
             u"https://apps.example.com/translator.png"_s);
    QVERIFY(!first.data(ConnectionListModel::LogoRole).isValid());
    QCOMPARE(first.data(ConnectionListModel::HasWrongCredentialsRole).toBool(), false);
    QCOMPARE(first.data(Qt::ToolTipRole).toString(),
             u"Content Translator\nDeveloped by Lingo Workshop"_s);
    QCOMPARE(first.data(AppListModel::AppRole).value<CachedApp>().app.name,
             u"Content Translator"_s);
    // Without a name, the code; without an author, no "Developed by".
    QCOMPARE(model.index(1).data().toString(), u"nameless"_s);
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), u"nameless"_s);
    QCOMPARE(model.rowOf(u"nameless"_s), 1);
    QCOMPARE(model.rowOf(u"missing"_s), -1);
}

void TestAppListModel::sameAppsTellOnlyChanges()
{
    AppListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApps({app(u"a"_s, u"A"_s), app(u"b"_s, u"B"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setApps({app(u"a"_s, u"A"_s), app(u"b"_s, u"B"_s)});
    QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);
    CachedApp tracked = app(u"b"_s, u"B"_s);
    tracked.settings = AppMonitoringSettings{FlowType::Source, true};
    model.setApps({app(u"a"_s, u"A"_s), tracked});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(inserted.count() + removed.count(), 0);
    QVERIFY(model.appAt(1).settings.has_value());
}

void TestAppListModel::otherAppsReplaceTheRows()
{
    AppListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApps({app(u"a"_s, u"A"_s), app(u"b"_s, u"B"_s)});
    model.setLogo(u"a"_s, logo());
    model.setLogo(u"b"_s, logo());
    model.setApps({app(u"b"_s, u"B"_s), app(u"c"_s, u"C"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ConnectionListModel::CodeRole).toString(), u"b"_s);
    QCOMPARE(model.index(1).data(ConnectionListModel::CodeRole).toString(), u"c"_s);
    // The logo of an App that stays is kept; a gone App's is forgotten.
    QVERIFY(model.hasLogo(u"b"_s));
    QVERIFY(!model.hasLogo(u"a"_s));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasLogo(u"b"_s));
}

void TestAppListModel::logos()
{
    AppListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApps({app(u"a"_s, u"A"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLogo(u"a"_s, logo());
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ConnectionListModel::LogoRole));
    QCOMPARE(model.index(0).data(ConnectionListModel::LogoRole).value<QImage>().size(),
             QSize(8, 8));
    model.setLogo(u"a"_s, QImage());
    QVERIFY(!model.index(0).data(ConnectionListModel::LogoRole).isValid());
    // A logo for an App not (or no longer) listed changes no row.
    changed.clear();
    model.setLogo(u"other"_s, logo());
    QCOMPARE(changed.count(), 0);
}

void TestAppListModel::filteredLikeConnections()
{
    // The overview's search goes through the connections' proxy: name or code, in the PIM's order.
    AppListModel model;
    model.setApps({app(u"translator"_s, u"Content Translator"_s), app(u"dam"_s, u"Asset Bank"_s),
                   app(u"shop_sync"_s, u"Shop Sync"_s)});
    ConnectionFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Content Translator"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"Shop Sync"_s);
    proxy.setFilterText(u"ASSET"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(u"shop_"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Shop Sync"_s);
}

QTEST_GUILESS_MAIN(TestAppListModel)
#include "tst_applistmodel.moc"
