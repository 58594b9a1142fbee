// The overview's proxy: sections in the PIM's order (docs/pim-api.md §7), the server's order
// inside each, a text filter on label or code ignoring case and accents, counts per section.
#include "items/ConnectionFilterProxyModel.h"
#include "items/ConnectionListModel.h"
#include "ModelTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using M = ConnectionListModel;
using P = ConnectionFilterProxyModel;

class TestConnectionFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsByFlowTypeThenServerOrder();
    void filter_data();
    void filter();
    void flowTypeFilter();
    void counts();
    void countsChangedOnlyWhenTheyChange();
    void flowTypeChangeMovesTheRowToItsSection();
    void folding();
    void countText();

private:
    QStringList codes() const;

    M *m_model = nullptr;
    P *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestConnectionFilterProxyModel::init()
{
    m_model = new M(this);
    m_proxy = new P(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    // Server order (creation order): mixed flow types.
    m_model->setConnections({conn(u"magento"_s, u"Magento"_s, FlowType::Destination),
                             conn(u"erp"_s, u"ERP"_s, FlowType::Source),
                             conn(u"misc"_s, u"Miscellaneous"_s, FlowType::Other),
                             conn(u"cafe_sud"_s, u"Café Süd"_s, FlowType::Source),
                             conn(u"shopify"_s, u"Shopify"_s, FlowType::Destination),
                             conn(u"dam"_s, u"DAM"_s, FlowType::Source)});
}

void TestConnectionFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestConnectionFilterProxyModel::codes() const
{
    QStringList list;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        list << m_proxy->index(row, 0).data(M::CodeRole).toString();
    return list;
}

void TestConnectionFilterProxyModel::groupsByFlowTypeThenServerOrder()
{
    QCOMPARE(codes(), (QStringList{u"erp"_s, u"cafe_sud"_s, u"dam"_s, u"magento"_s, u"shopify"_s,
                                   u"misc"_s}));
    QCOMPARE(m_proxy->firstRowOf(FlowType::Source), 0);
    QCOMPARE(m_proxy->firstRowOf(FlowType::Destination), 3);
    QCOMPARE(m_proxy->firstRowOf(FlowType::Other), 5);
    // A new connection joins the end of its section.
    QList<Connection> list = m_model->connections();
    list.append(conn(u"pim2"_s, u"PIM 2"_s, FlowType::Source));
    m_model->setConnections(list);
    QCOMPARE(codes(), (QStringList{u"erp"_s, u"cafe_sud"_s, u"dam"_s, u"pim2"_s, u"magento"_s,
                                   u"shopify"_s, u"misc"_s}));
}

void TestConnectionFilterProxyModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{u"erp"_s,     u"cafe_sud"_s, u"dam"_s,
                                                       u"magento"_s, u"shopify"_s,  u"misc"_s};
    QTest::newRow("label, other case") << u"SHOP"_s << QStringList{u"shopify"_s};
    QTest::newRow("code") << u"cafe_"_s << QStringList{u"cafe_sud"_s};
    QTest::newRow("without accents") << u"cafe sud"_s << QStringList{u"cafe_sud"_s};
    QTest::newRow("with accents, other case") << u"CAFÉ"_s << QStringList{u"cafe_sud"_s};
    QTest::newRow("umlaut") << u"sud"_s << QStringList{u"cafe_sud"_s};
    QTest::newRow("in several sections")
        << u"m"_s << QStringList{u"dam"_s, u"magento"_s, u"misc"_s};
    QTest::newRow("trimmed") << u"  erp "_s << QStringList{u"erp"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{};
}

void TestConnectionFilterProxyModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(text);
    QCOMPARE(codes(), expected);
}

void TestConnectionFilterProxyModel::flowTypeFilter()
{
    m_proxy->setFlowTypeFilter(FlowType::Destination);
    QCOMPARE(codes(), (QStringList{u"magento"_s, u"shopify"_s}));
    m_proxy->setFilterText(u"shop"_s);
    QCOMPARE(codes(), (QStringList{u"shopify"_s}));
    m_proxy->setFlowTypeFilter(std::nullopt);
    m_proxy->setFilterText(QString());
    QCOMPARE(codes().size(), 6);
}

void TestConnectionFilterProxyModel::counts()
{
    QCOMPARE(m_proxy->countOf(FlowType::Source), 3);
    QCOMPARE(m_proxy->countOf(FlowType::Destination), 2);
    QCOMPARE(m_proxy->countOf(FlowType::Other), 1);
    m_proxy->setFilterText(u"a"_s); // cafe_sud, dam, magento, erp? no: "ERP" has no a
    QCOMPARE(m_proxy->countOf(FlowType::Source), 2);
    QCOMPARE(m_proxy->countOf(FlowType::Destination), 1);
    QCOMPARE(m_proxy->countOf(FlowType::Other), 1); // "Miscellaneous"
    m_proxy->setFilterText(u"erp"_s);
    QCOMPARE(m_proxy->countOf(FlowType::Destination), 0);
    QCOMPARE(m_proxy->firstRowOf(FlowType::Destination), -1);
}

void TestConnectionFilterProxyModel::countsChangedOnlyWhenTheyChange()
{
    QSignalSpy changed(m_proxy, &P::countsChanged);
    m_proxy->setFilterText(u"shop"_s);
    QCOMPARE(changed.size(), 1);
    m_proxy->setFilterText(u"shopi"_s); // same rows
    QCOMPARE(changed.size(), 1);
    m_proxy->setFilterText(QString());
    QCOMPARE(changed.size(), 2);
    changed.clear();
    QList<Connection> list = m_model->connections();
    list[0].label = u"Magento 2"_s; // a label: counts unchanged
    m_model->setConnections(list);
    QCOMPARE(changed.size(), 0);
    list.removeLast();
    m_model->setConnections(list);
    QCOMPARE(changed.size(), 1);
}

void TestConnectionFilterProxyModel::flowTypeChangeMovesTheRowToItsSection()
{
    QSignalSpy changed(m_proxy, &P::countsChanged);
    QList<Connection> list = m_model->connections();
    list[2].flowType = FlowType::Source; // misc becomes a source
    m_model->setConnections(list);
    QCOMPARE(codes(), (QStringList{u"erp"_s, u"misc"_s, u"cafe_sud"_s, u"dam"_s, u"magento"_s,
                                   u"shopify"_s}));
    QCOMPARE(m_proxy->countOf(FlowType::Other), 0);
    QCOMPARE(changed.size(), 1);
}

void TestConnectionFilterProxyModel::folding()
{
    QCOMPARE(P::folded(u"Café Süd ÉTÉ"_s), u"cafe sud ete"_s);
    QCOMPARE(P::folded(u"ＣＡＦＥ ﬁne"_s), u"cafe fine"_s); // compatibility forms too
}

void TestConnectionFilterProxyModel::countText()
{
    QCOMPARE(P::countText(3), u"3 connection(s)"_s);
}

QTEST_MAIN(TestConnectionFilterProxyModel)
#include "tst_connectionfilterproxymodel.moc"
