// ConnectionsController against the real server: each refresh is diffed into the model (an
// unchanged PIM emits nothing), max-limit-reached follows the limit of 50 (docs/pim-api.md §3),
// and the roles and groups load for the edit screen.
#include "items/ConnectionListModel.h"
#include "workspace/ConnectionsController.h"
#include "E2eJobs.h"
#include "E2eTarget.h"
#include "items/LogoCache.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// Every signal by which a model says it changed.
struct ModelChanges
{
    explicit ModelChanges(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {}
    qsizetype total() const
    {
        return inserted.size() + removed.size() + moved.size() + changed.size() + reset.size() +
               layout.size();
    }
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};

const QString LimitMessage = u"You reached this PIM's limit of connections and connected Apps."_s;

} // namespace

class TestE2eController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void refreshesAreDiffs();
    void limitOfFifty();

private:
    // Runs a refresh to its end; false (with the error) when it failed.
    static bool refresh(ConnectionsController &controller);
    // Waits until every logo the model asked for has arrived or failed, so that a later
    // refresh is not mixed up with a logo's dataChanged.
    static bool settleLogos(ConnectionsController &controller, PimClient &client);

    E2eTarget m_target;
    std::unique_ptr<PimClient> m_client;
};

void TestE2eController::initTestCase()
{
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    qInfo("running against %s", qPrintable(m_target.describe()));
    m_client = m_target.newClient(m_target.admin());
    E2E_VERIFY_OK(E2e::signIn(m_client->session()));
}

void TestE2eController::cleanup()
{
    const QStringList problems = m_target.cleanup();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestE2eController::cleanupTestCase()
{
    cleanup();
}

bool TestE2eController::refresh(ConnectionsController &controller)
{
    QSignalSpy refreshed(&controller, &ConnectionsController::refreshed);
    QSignalSpy failed(&controller, &ConnectionsController::errorOccurred);
    controller.refresh();
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, E2e::WaitMs))
        return false;
    if (!failed.isEmpty()) {
        qWarning("refresh: %s",
                 qPrintable(E2e::describe(qvariant_cast<ApiError>(failed.constFirst().first()))));
        return false;
    }
    return !controller.isBusy();
}

bool TestE2eController::settleLogos(ConnectionsController &controller, PimClient &client)
{
    // Downloaded, decoded, and announced by the model: it tells the rows of a frame's logos at
    // the frame's end (LogoPendingRole stays true until then), and that dataChanged() must not
    // land in a later step's count.
    const ConnectionListModel *model = controller.model();
    const LogoCache *logos = client.logos();
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row);
                const QString image = index.data(ConnectionListModel::ImageRole).toString();
                if (!image.isEmpty() && (logos->isPending(image) ||
                                         index.data(ConnectionListModel::LogoPendingRole).toBool()))
                    return false;
            }
            return true;
        },
        E2e::WaitMs);
}

void TestE2eController::refreshesAreDiffs()
{
    ConnectionsController controller(m_client.get());
    QAbstractItemModelTester tester(controller.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionListModel *model = controller.model();
    QVERIFY(refresh(controller));
    QVERIFY(controller.lastRefreshed().isValid());
    QVERIFY(settleLogos(controller, *m_client));
    const int before = model->rowCount();

    // A new connection: one row inserted, nothing else.
    const QString code = m_target.newCode();
    const auto created =
        E2e::call(m_client->createConnection(code, u"E2E diffed"_s, FlowType::Destination),
                  &CreateConnectionJob::succeeded);
    E2E_VERIFY_OK(created.error);
    ModelChanges changes(model);
    QVERIFY(refresh(controller));
    QCOMPARE(changes.inserted.size(), 1);
    QCOMPARE(changes.inserted.constFirst().at(1).toInt(),
             changes.inserted.constFirst().at(2).toInt());
    QCOMPARE(changes.reset.size(), 0);
    QCOMPARE(changes.removed.size(), 0);
    QCOMPARE(model->rowCount(), before + 1);
    const int row = model->rowOf(code);
    QCOMPARE(changes.inserted.constFirst().at(1).toInt(), row);
    QCOMPARE(model->index(row).data(ConnectionListModel::LabelRole).toString(), u"E2E diffed"_s);
    QCOMPARE(model->index(row).data(ConnectionListModel::FlowTypeRole).toInt(),
             int(FlowType::Destination));

    // Nothing changed on the PIM: not one signal.
    changes.clear();
    QVERIFY(refresh(controller));
    QCOMPARE(changes.total(), 0);

    // A new label: one dataChanged, on that row, naming the label.
    ConnectionUpdate update = ConnectionUpdate::from(created.value);
    update.label = u"E2E diffed again"_s;
    E2E_VERIFY_OK(E2e::run(m_client->updateConnection(update)));
    QVERIFY(refresh(controller));
    QCOMPARE(changes.total(), 1);
    QCOMPARE(changes.changed.size(), 1);
    QCOMPARE(changes.changed.constFirst().at(0).toModelIndex().row(), model->rowOf(code));
    const auto roles = changes.changed.constFirst().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ConnectionListModel::LabelRole));
    QVERIFY(!roles.contains(ConnectionListModel::CodeRole));
    QCOMPARE(model->index(model->rowOf(code)).data(ConnectionListModel::LabelRole).toString(),
             u"E2E diffed again"_s);

    // Deleted: one row removed.
    changes.clear();
    E2E_VERIFY_OK(E2e::run(m_client->deleteConnection(code)));
    QVERIFY(refresh(controller));
    QCOMPARE(changes.removed.size(), 1);
    QCOMPARE(changes.inserted.size(), 0);
    QCOMPARE(changes.reset.size(), 0);
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(model->rowOf(code), -1);
}

void TestE2eController::limitOfFifty()
{
    E2E_REQUIRE_SANDBOX(m_target, "filling the PIM to its limit of 50 connections");
    // 47 connected Apps (they count in the limit, docs/pim-api.md §3, but are not listed) and 3
    // connections made with the client: 50.
    SandboxProcess::Options options = E2eTarget::sandboxOptions();
    options.seed = u"empty"_s;
    for (int i = 1; i <= 47; ++i)
        options.extraArguments << u"--app"_s << u"e2e_app_%1:E2E App %1"_s.arg(i);
    E2eTarget full;
    QVERIFY2(full.startSandbox(options), qPrintable(full.errorString()));
    const auto client = full.newClient(full.admin());
    ConnectionsController controller(client.get());
    QSignalSpy limitChanged(&controller, &ConnectionsController::limitReachedChanged);

    QVERIFY(refresh(controller));
    QCOMPARE(controller.model()->rowCount(), 0); // Apps are not connections of the list
    QVERIFY(!controller.limitReached());
    for (int i = 1; i <= 3; ++i) {
        const auto limit = E2e::call(client->maxLimitReached(), &MaxLimitReachedJob::succeeded);
        E2E_VERIFY_OK(limit.error);
        QVERIFY(!limit.value);
        E2E_VERIFY_OK(E2e::run(
            client->createConnection(full.newCode(), u"E2E filler %1"_s.arg(i), FlowType::Source)));
    }
    const auto limit = E2e::call(client->maxLimitReached(), &MaxLimitReachedJob::succeeded);
    E2E_VERIFY_OK(limit.error);
    QVERIFY(limit.value);
    QVERIFY(refresh(controller));
    QVERIFY(controller.limitReached());
    QCOMPARE(limitChanged.size(), 1);
    QCOMPARE(controller.model()->rowCount(), 3);

    // The 51st: refused for the whole form (field ""), with the limit's words.
    const ApiError refused =
        E2e::run(client->createConnection(full.newCode(), u"E2E one too many"_s, FlowType::Source));
    E2E_COMPARE_KIND(refused, Kind::Validation);
    QCOMPARE(refused.httpStatus, 422);
    QCOMPARE(refused.fieldErrors.size(), 1);
    QCOMPARE(refused.fieldErrors.constFirst().field, QString());
    QCOMPARE(refused.fieldMessage(QString()), LimitMessage);
    QCOMPARE(refused.message(), LimitMessage);

    // One deleted: room again.
    E2E_VERIFY_OK(E2e::run(client->deleteConnection(controller.model()->connectionAt(0).code)));
    QVERIFY(refresh(controller));
    QVERIFY(!controller.limitReached());
    QCOMPARE(limitChanged.size(), 2);
}

QTEST_MAIN(TestE2eController)
#include "tst_e2e_controller.moc"
