// ConnectionListModel: named roles, and refreshes applied as diffs (never a reset; an
// unchanged list emits nothing), checked with QAbstractItemModelTester and signal spies.
#include "items/ConnectionListModel.h"
#include "ModelTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using M = ConnectionListModel;

namespace {

QStringList codes(const M &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row).data(M::CodeRole).toString();
    return list;
}

QList<Connection> list(std::initializer_list<const char *> codes)
{
    QList<Connection> result;
    for (const char *code : codes)
        result.append(conn(QString::fromLatin1(code)));
    return result;
}

WrongCredentials wrongFor(const QString &code, const QString &user)
{
    WrongCredentials wrong;
    wrong.byCode.insert(code, {WrongCredentialsUse{
                                  user, QDateTime(QDate(2020, 1, 2), QTime(12, 34, 23), Qt::UTC)}});
    return wrong;
}

} // namespace

class TestConnectionListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roleNames();
    void roles();
    void firstFillInsertsOnce();
    void insertInTheMiddle();
    void removeRanges();
    void labelChangeTouchesOneRowAndItsRoles();
    void otherChangesNameTheirRoles();
    void reorderMovesRows();
    void unchangedRefreshEmitsNothing();
    void everythingAtOnce();
    void duplicatesAreDropped();
    void randomRefreshesKeepTheServersOrder();
    void wrongCredentialsMarkRows();
    void clearRemovesRows();

private:
    M *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestConnectionListModel::init()
{
    m_model = new M(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestConnectionListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestConnectionListModel::roleNames()
{
    const QHash<int, QByteArray> names = m_model->roleNames();
    for (const char *name :
         {"code", "label", "flowType", "flowTypeName", "image", "auditable", "type", "logo",
          "hasWrongCredentials", "wrongCredentialsUses", "wrongCredentialsText", "connection",
          "serverOrder", "display", "decoration", "toolTip"})
        QVERIFY2(names.values().contains(QByteArray(name)), name);
    QCOMPARE(names.value(M::FlowTypeNameRole), QByteArray("flowTypeName"));
}

void TestConnectionListModel::roles()
{
    Connection c =
        conn(u"shop"_s, u"Shop with a very long label"_s, FlowType::Destination, u"a/b.png"_s);
    c.auditable = true;
    c.type = u"app"_s;
    m_model->setConnections({conn(u"erp"_s), c});
    const QModelIndex index = m_model->index(1);
    QCOMPARE(index.data(M::CodeRole).toString(), u"shop"_s);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), u"Shop with a very long label"_s);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), u"Shop with a very long label"_s);
    QCOMPARE(index.data(M::FlowTypeRole).toInt(), int(FlowType::Destination));
    QCOMPARE(index.data(M::FlowTypeNameRole).toString(), u"Data destination"_s);
    QCOMPARE(index.data(M::ImageRole).toString(), u"a/b.png"_s);
    QCOMPARE(index.data(M::AuditableRole).toBool(), true);
    QCOMPARE(index.data(M::TypeRole).toString(), u"app"_s);
    QVERIFY(!index.data(M::LogoRole).isValid()); // no cache
    QCOMPARE(index.data(M::HasWrongCredentialsRole).toBool(), false);
    QCOMPARE(index.data(M::ConnectionRole).value<Connection>(), c);
    QCOMPARE(index.data(M::ServerOrderRole).toInt(), 1);
    QCOMPARE(m_model->rowOf(u"shop"_s), 1);
    QCOMPARE(m_model->rowOf(u"nope"_s), -1);
    QCOMPARE(m_model->countOf(FlowType::Source), 1);
    QCOMPARE(m_model->countOf(FlowType::Destination), 1);
    QCOMPARE(m_model->countOf(FlowType::Other), 0);
}

void TestConnectionListModel::firstFillInsertsOnce()
{
    ModelSignals s(m_model);
    m_model->setConnections(list({"a", "b", "c"}));
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(s.inserted.first().at(1).toInt(), 0);
    QCOMPARE(s.inserted.first().at(2).toInt(), 2);
    QCOMPARE(s.total(), 1);
    QCOMPARE(codes(*m_model), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void TestConnectionListModel::insertInTheMiddle()
{
    m_model->setConnections(list({"a", "b", "c"}));
    ModelSignals s(m_model);
    m_model->setConnections(list({"a", "x", "y", "b", "c"}));
    QCOMPARE(s.inserted.size(), 1);
    QCOMPARE(s.inserted.first().at(1).toInt(), 1);
    QCOMPARE(s.inserted.first().at(2).toInt(), 2);
    QCOMPARE(s.total(), 1);
    QCOMPARE(codes(*m_model), (QStringList{u"a"_s, u"x"_s, u"y"_s, u"b"_s, u"c"_s}));
}

void TestConnectionListModel::removeRanges()
{
    m_model->setConnections(list({"a", "b", "c", "d", "e", "f"}));
    ModelSignals s(m_model);
    m_model->setConnections(list({"a", "d", "f"}));
    QCOMPARE(s.removed.size(), 2); // e, then b..c
    QCOMPARE(s.removed.at(0).at(1).toInt(), 4);
    QCOMPARE(s.removed.at(0).at(2).toInt(), 4);
    QCOMPARE(s.removed.at(1).at(1).toInt(), 1);
    QCOMPARE(s.removed.at(1).at(2).toInt(), 2);
    QCOMPARE(s.total(), 2);
    QCOMPARE(codes(*m_model), (QStringList{u"a"_s, u"d"_s, u"f"_s}));
}

void TestConnectionListModel::labelChangeTouchesOneRowAndItsRoles()
{
    m_model->setConnections(list({"a", "b", "c"}));
    ModelSignals s(m_model);
    QList<Connection> fresh = list({"a", "b", "c"});
    fresh[1].label = u"Bee"_s;
    m_model->setConnections(fresh);
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(s.changed.first().at(1).toModelIndex().row(), 1);
    const auto roles = s.changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(M::LabelRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Qt::ToolTipRole));
    QVERIFY(!roles.contains(M::FlowTypeRole));
    QVERIFY(!roles.contains(M::LogoRole));
    QCOMPARE(m_model->index(1).data().toString(), u"Bee"_s);
}

void TestConnectionListModel::otherChangesNameTheirRoles()
{
    m_model->setConnections(list({"a"}));
    ModelSignals s(m_model);
    QList<Connection> fresh = list({"a"});
    fresh[0].flowType = FlowType::Other;
    fresh[0].image = u"x.png"_s;
    fresh[0].auditable = true;
    m_model->setConnections(fresh);
    QCOMPARE(s.changed.size(), 1);
    const auto roles = s.changed.first().at(2).value<QList<int>>();
    for (int role : {int(M::FlowTypeRole), int(M::FlowTypeNameRole), int(M::ImageRole),
                     int(M::LogoRole), int(Qt::DecorationRole), int(M::AuditableRole)})
        QVERIFY2(roles.contains(role), qPrintable(QString::number(role)));
    QVERIFY(!roles.contains(M::LabelRole));
}

void TestConnectionListModel::reorderMovesRows()
{
    m_model->setConnections(list({"a", "b", "c", "d"}));
    ModelSignals s(m_model);
    m_model->setConnections(list({"d", "a", "b", "c"}));
    QCOMPARE(codes(*m_model), (QStringList{u"d"_s, u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(s.moved.size(), 1);
    QCOMPARE(s.inserted.size(), 0);
    QCOMPARE(s.removed.size(), 0);
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(s.changed.size(), 0);
}

void TestConnectionListModel::unchangedRefreshEmitsNothing()
{
    QList<Connection> fresh = list({"a", "b", "c"});
    fresh[2].image = u"c.png"_s;
    m_model->setConnections(fresh);
    m_model->setWrongCredentials(wrongFor(u"b"_s, u"someone"_s));
    ModelSignals s(m_model);
    QSignalSpy any(m_model, &M::anyWrongCredentialsChanged);
    m_model->setConnections(fresh);
    m_model->setWrongCredentials(wrongFor(u"b"_s, u"someone"_s));
    QCOMPARE(s.total(), 0);
    QCOMPARE(any.size(), 0);
}

void TestConnectionListModel::everythingAtOnce()
{
    m_model->setConnections(list({"a", "b", "c", "d", "e"}));
    ModelSignals s(m_model);
    QList<Connection> fresh = list({"e", "a", "n", "c", "m"});
    fresh[3].label = u"Sea"_s;
    m_model->setConnections(fresh);
    QCOMPARE(m_model->connections(), fresh);
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(s.layout.size(), 0);
    QCOMPARE(s.changed.size(), 1);
}

void TestConnectionListModel::duplicatesAreDropped()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"twice"_s));
    m_model->setConnections(list({"a", "b", "a"}));
    QCOMPARE(codes(*m_model), (QStringList{u"a"_s, u"b"_s}));
}

void TestConnectionListModel::randomRefreshesKeepTheServersOrder()
{
    QRandomGenerator random(20240601);
    const QStringList pool{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s};
    for (int round = 0; round < 300; ++round) {
        QStringList picked = pool;
        for (int i = picked.size() - 1; i > 0; --i)
            picked.swapItemsAt(i, random.bounded(i + 1));
        picked = picked.mid(0, random.bounded(pool.size() + 1));
        QList<Connection> fresh;
        for (const QString &code : picked) {
            Connection c = conn(code);
            if (random.bounded(3) == 0)
                c.label = code + u" v"_s + QString::number(random.bounded(2));
            c.flowType = FlowType(random.bounded(3));
            fresh.append(c);
        }
        ModelSignals s(m_model);
        m_model->setConnections(fresh);
        QCOMPARE(m_model->connections(), fresh);
        QCOMPARE(s.reset.size(), 0);
    }
}

void TestConnectionListModel::wrongCredentialsMarkRows()
{
    m_model->setConnections(list({"a", "b", "c"}));
    ModelSignals s(m_model);
    QSignalSpy any(m_model, &M::anyWrongCredentialsChanged);
    m_model->setWrongCredentials(wrongFor(u"b"_s, u"someone"_s));
    QCOMPARE(s.total(), 1);
    QCOMPARE(s.changed.first().at(0).toModelIndex().row(), 1);
    const auto roles = s.changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(M::HasWrongCredentialsRole));
    QVERIFY(roles.contains(M::WrongCredentialsTextRole));
    QVERIFY(!roles.contains(M::LabelRole));
    QCOMPARE(any.size(), 1);
    QCOMPARE(any.first().first().toBool(), true);
    QVERIFY(m_model->hasAnyWrongCredentials());

    const QModelIndex b = m_model->index(1);
    QVERIFY(b.data(M::HasWrongCredentialsRole).toBool());
    QVERIFY(b.data(M::WrongCredentialsTextRole).toString().contains(u"someone"_s));
    QVERIFY(b.data(Qt::ToolTipRole).toString().startsWith(u"B\n\n"_s));
    const QVariantList uses = b.data(M::WrongCredentialsUsesRole).toList();
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().toMap().value(u"username"_s).toString(), u"someone"_s);
    QCOMPARE(uses.first().toMap().value(u"date"_s).toDateTime(),
             QDateTime(QDate(2020, 1, 2), QTime(12, 34, 23), Qt::UTC));

    // A row that appears later gets its marks; an empty answer clears them.
    m_model->setWrongCredentials(wrongFor(u"z"_s, u"other"_s));
    QVERIFY(!m_model->hasAnyWrongCredentials());
    m_model->setConnections(list({"a", "b", "c", "z"}));
    QVERIFY(m_model->index(3).data(M::HasWrongCredentialsRole).toBool());
    s.clear();
    m_model->setWrongCredentials(WrongCredentials());
    QCOMPARE(s.changed.size(), 1);
    QVERIFY(!m_model->hasAnyWrongCredentials());
}

void TestConnectionListModel::clearRemovesRows()
{
    m_model->setConnections(list({"a", "b"}));
    ModelSignals s(m_model);
    m_model->clear();
    QCOMPARE(s.removed.size(), 1);
    QCOMPARE(s.reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestConnectionListModel)
#include "tst_connectionlistmodel.moc"
