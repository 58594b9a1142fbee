// The Data flows page in the window against a real pim-sandbox (docs/pim-api.md §10): the demo's
// eight days on 2026-12-01 (UTC), the charts' numbers equal to the PIM's JSON, the connection
// choosers, the business errors opening their source, the reasons of empty charts (no tracked
// connection, tracking off, flow type "Other", another user's username), and the copy shown
// offline with its time.
#include "Children.h"
#include "HttpClient.h"
#include "MonitoringFixture.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "domain/AuditCounts.h"
#include "items/ConnectionListModel.h"
#include "monitoring/BusinessErrorsModel.h"
#include "monitoring/ChartPanel.h"
#include "monitoring/ConnectionPicker.h"
#include "monitoring/DataFlowsChartModel.h"
#include "monitoring/DataFlowsPage.h"
#include "charts/DayChart.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "overview/OverviewPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace WindowDriver;

namespace {

// The four charts: object name, and the route whose "<all>" they show.
struct ChartRoute
{
    QString name;
    QString query;
    WeeklyAudit::Shape shape;
};

const QList<ChartRoute> Charts = {
    {u"productCreated"_s, u"weekly?event_type=product_created"_s, WeeklyAudit::Shape::Events},
    {u"productUpdated"_s, u"weekly?event_type=product_updated"_s, WeeklyAudit::Shape::Events},
    {u"productSent"_s, u"weekly?event_type=product_read"_s, WeeklyAudit::Shape::Events},
    {u"errorCount"_s, u"weekly-error"_s, WeeklyAudit::Shape::Errors},
};

} // namespace

class TestDataFlowsPage : public WindowTest
{
    Q_OBJECT

protected:
    // The demo's history on a fixed day; the reasons start from an empty PIM.
    SandboxProcess::Options sandboxOptions() const override
    {
        SandboxProcess::Options options;
        options.extraArguments = {u"--today"_s, u"2026-12-01"_s, u"--timezone"_s, u"UTC"_s};
        if (!QByteArray(QTest::currentTestFunction()).startsWith("reason"))
            options.seed = u"demo"_s;
        return options;
    }

private slots:
    void chartsShowThePimsNumbers();
    void choosersChangeTheSeries();
    void businessErrorsOpenTheirSource();
    void reasonsWithoutTrackedConnections();
    void reasonWrongUsername();
    void offlineShowsTheCopyAsOf();

private:
    // Ctrl+D in the window: the page shown (built the first time), then `beforeAnswer` run on
    // it, then an answer on it.
    DataFlowsPage *openDataFlows(const std::function<void(DataFlowsPage *)> &beforeAnswer = {});
    // The PIM's answer to /rest/connections/audit/<query>, read by the model layer.
    WeeklyAudit pimAudit(const QString &query, WeeklyAudit::Shape shape);
    // The chart `name` shows `series`: the model's rows and the line's points, day by day.
    void compareChart(DataFlowsPage *page, const QString &name, const AuditSeries &series);
    QString reasonOf(DataFlowsPage *page, const QString &name);
    static void choose(ConnectionPicker *picker, const QString &code);
};

DataFlowsPage *
TestDataFlowsPage::openDataFlows(const std::function<void(DataFlowsPage *)> &beforeAnswer)
{
    activate(*m_window);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
    auto *page = child<DataFlowsPage>(m_window.get(), u"dataFlowsPage"_s);
    // The answer comes later, never from inside the request (Monitoring.h).
    QSignalSpy finished(page, &DataFlowsPage::loadFinished);
    if (beforeAnswer)
        beforeAnswer(page);
    if (!page->isVisible() || !(finished.count() > 0 || finished.wait(Wait)) || page->isLoading())
        QTest::qFail("the Data flows page did not load", __FILE__, __LINE__);
    return page;
}

WeeklyAudit TestDataFlowsPage::pimAudit(const QString &query, WeeklyAudit::Shape shape)
{
    const HttpReply reply = m_admin->get(u"/rest/connections/audit/"_s + query);
    QString error;
    const auto audit = WeeklyAudit::fromJson(shape, reply.body, &error);
    if (reply.status != 200 || !audit)
        qWarning() << query << reply.status << error;
    return audit.value_or(WeeklyAudit());
}

void TestDataFlowsPage::compareChart(DataFlowsPage *page, const QString &name,
                                     const AuditSeries &series)
{
    auto *model = child<DataFlowsChartModel>(page, name + u"Model"_s);
    QLineSeries *line = child<DayChart>(page, name + u"Chart"_s)->line();
    const QList<AuditDay> days = series.days();
    QCOMPARE(days.size(), 8); // the previous day, then the week (§10, rule 3)
    QCOMPARE(model->rowCount(), days.size());
    QCOMPARE(line->count(), days.size());
    for (int row = 0; row < days.size(); ++row) {
        QCOMPARE(model->dateAt(row), days.at(row).date);
        QCOMPARE(model->countAt(row), days.at(row).count);
        QCOMPARE(model->isPreviousDay(row), row == 0);
        QCOMPARE(line->at(row), QPointF(row, qreal(days.at(row).count)));
    }
    QCOMPARE(model->total(), series.total);
    QCOMPARE(model->today(), series.lastDay());
    QVERIFY(child<ChartPanel>(page, name)->isChartShown());
    const QString tip = child<DayChart>(page, name + u"Chart"_s)->toolTipFor(days.size() - 1);
    QVERIFY2(tip.contains(QLocale().toString(days.constLast().date, QLocale::LongFormat)) &&
                 tip.endsWith(u": "_s + QLocale().toString(days.constLast().count)),
             qPrintable(tip));
}

QString TestDataFlowsPage::reasonOf(DataFlowsPage *page, const QString &name)
{
    return child<ChartPanel>(page, name)->reason();
}

void TestDataFlowsPage::choose(ConnectionPicker *picker, const QString &code)
{
    const int index = picker->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    picker->setCurrentIndex(index);
    QCOMPARE(picker->currentCode(), code);
}

void TestDataFlowsPage::chartsShowThePimsNumbers()
{
    QVERIFY(openSignedIn());
    // The page is built when first opened; its models are watched before the numbers come.
    QVERIFY(!m_window->findChild<DataFlowsPage *>());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    auto watch = [&](QAbstractItemModel *model) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    };
    DataFlowsPage *page = openDataFlows([&](DataFlowsPage *opened) {
        QVERIFY(!opened->hasData());
        for (const ChartRoute &chart : Charts)
            watch(opened->findChild<DataFlowsChartModel *>(chart.name + u"Model"_s));
        watch(opened->findChild<BusinessErrorsModel *>(u"businessErrorsModel"_s));
    });
    QCOMPARE(testers.size(), size_t(5));
    QVERIFY(!page->isFromCache());
    for (const ChartRoute &chart : Charts) {
        const WeeklyAudit audit = pimAudit(chart.query, chart.shape);
        QVERIFY(audit.all());
        compareChart(page, chart.name, *audit.all());
        if (QTest::currentTestFailed())
            return;
    }
    // The demo's own numbers: the first of the 8 days is not in the total (§10, rule 3).
    auto *created = child<DataFlowsChartModel>(page, u"productCreatedModel"_s);
    QCOMPARE(created->dateAt(0), QDate(2026, 11, 24));
    QCOMPARE(created->countAt(0), 14);
    QCOMPARE(created->total(), 123);
    QCOMPARE(created->today(), 12);
    QCOMPARE(child<DataFlowsChartModel>(page, u"productSentModel"_s)->total(), 1032);
    QCOMPARE(child<DataFlowsChartModel>(page, u"errorCountModel"_s)->total(), 15);
    QCOMPARE(child<QLabel>(child<ChartPanel>(page, u"productUpdated"_s), u"total"_s)->text(),
             u"Total over the last 7 days: 360"_s);

    // F5 asks again; Esc goes back to the overview.
    QSignalSpy finished(page, &DataFlowsPage::loadFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(finished.wait(Wait));
    QCOMPARE(created->total(), 123);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->overview()->isVisible());
    QVERIFY(!page->isVisible());
}

void TestDataFlowsPage::choosersChangeTheSeries()
{
    QVERIFY(openSignedIn());
    DataFlowsPage *page = openDataFlows();
    auto *outbound = child<ConnectionPicker>(page, u"outboundPicker"_s);
    // "All", the tracked destination and the App, named once the Apps are read.
    QCOMPARE(outbound->count(), 3);
    QTRY_VERIFY(outbound->findText(u"Content Translator"_s) >= 0);
    QVERIFY(outbound->findText(u"Web Shop"_s) >= 0);

    const WeeklyAudit read =
        pimAudit(u"weekly?event_type=product_read"_s, WeeklyAudit::Shape::Events);
    for (const QString &code : {u"web_shop"_s, u"content_translator"_s}) {
        choose(outbound, code);
        QVERIFY(read.find(code));
        compareChart(page, u"productSent"_s, *read.find(code));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(child<DataFlowsChartModel>(page, u"productSentModel"_s)->total(), 278);
    choose(outbound, AuditSeries::allCode());
    QCOMPARE(child<DataFlowsChartModel>(page, u"productSentModel"_s)->total(), 1032);

    // Retail Hub is a source with tracking off: listed as such, and its charts say why.
    auto *inbound = child<ConnectionPicker>(page, u"inboundPicker"_s);
    QCOMPARE(inbound->itemText(inbound->findData(u"retail_hub"_s)), u"Retail Hub (not tracked)"_s);
    choose(inbound, u"erp"_s);
    compareChart(page, u"productUpdated"_s,
                 *pimAudit(u"weekly?event_type=product_updated"_s, WeeklyAudit::Shape::Events)
                      .find(u"erp"_s));
    choose(inbound, u"retail_hub"_s);
    for (const QString &chart : {u"productCreated"_s, u"productUpdated"_s})
        QVERIFY2(reasonOf(page, chart).startsWith(u"Tracking is off for “Retail Hub”"_s),
                 qPrintable(reasonOf(page, chart)));
    // Its "its settings" link opens its page, where tracking is turned on.
    auto *reason = child<QLabel>(child<ChartPanel>(page, u"productCreated"_s), u"reason"_s);
    QVERIFY(reason->text().contains(u"href=\"settings:retail_hub\""_s));
    emit reason->linkActivated(u"settings:retail_hub"_s);
    QVERIFY(waitPageLoaded(*m_window));
    QCOMPARE(WindowDriver::page(*m_window)->code(), u"retail_hub"_s);
}

void TestDataFlowsPage::businessErrorsOpenTheirSource()
{
    QVERIFY(openSignedIn());
    DataFlowsPage *page = openDataFlows();
    auto *model = child<BusinessErrorsModel>(page, u"businessErrorsModel"_s);
    const HttpReply counts =
        m_admin->get(u"/rest/connections/audit/error-count-per-connection?error_type=business"_s);
    QCOMPARE(counts.body, "{\"erp\":9}");
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->codeAt(0), u"erp"_s);
    QCOMPARE(model->countAt(0), 9);
    QCOMPARE(model->index(0, BusinessErrorsModel::SourceColumn).data().toString(), u"ERP"_s);
    QCOMPARE(model->index(0, BusinessErrorsModel::CountColumn).data().toString(),
             u"9 business errors"_s);

    QSignalSpy requested(page, &DataFlowsPage::errorMonitoringRequested);
    auto *view = child<QTreeView>(page, u"businessErrorsView"_s);
    view->scrollTo(model->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(0, 0)).center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"erp"_s);
    // The window opens the source's error monitoring (docs/pim-api.md §9.3).
    auto *errors = child<ErrorMonitoringPage>(m_window.get(), u"errorMonitoringPage"_s);
    QTRY_VERIFY(errors->isVisible());
    QCOMPARE(errors->code(), u"erp"_s);
}

void TestDataFlowsPage::reasonsWithoutTrackedConnections()
{
    QVERIFY(openSignedIn());
    DataFlowsPage *page = openDataFlows();
    // Nothing at all: the PIM's invitation, with a link to create one.
    QVERIFY(reasonOf(page, u"productCreated"_s)
                .contains(u"Want to see some fancy charts about your source connections?"_s));
    QVERIFY(reasonOf(page, u"productSent"_s)
                .contains(u"Want to see some fancy charts about your destination connections?"_s));
    QVERIFY(reasonOf(page, u"productCreated"_s).contains(u"href=\"create\""_s));
    QVERIFY(reasonOf(page, u"productCreated"_s).contains(u"here."_s));

    // A connection of the flow type "Other" is never counted.
    createOverHttp(u"misc"_s, u"other"_s);
    refreshAndWait(*m_window, 1);
    QTRY_VERIFY2(reasonOf(page, u"errorCount"_s)
                     .contains(u"Connections with the flow type “Other” are never counted."_s),
                 qPrintable(reasonOf(page, u"errorCount"_s)));

    // A source whose tracking is off (the PIM creates them so).
    createOverHttp(u"dam"_s);
    refreshAndWait(*m_window, 2);
    QTRY_VERIFY2(reasonOf(page, u"productCreated"_s)
                     .startsWith(u"None of your source connections is tracked."_s),
                 qPrintable(reasonOf(page, u"productCreated"_s)));
    QVERIFY(reasonOf(page, u"productSent"_s).contains(u"destination connections?"_s));
    auto *errors = child<ConnectionPicker>(page, u"errorsPicker"_s);
    choose(errors, u"dam"_s);
    QVERIFY(reasonOf(page, u"errorCount"_s).startsWith(u"Tracking is off for “dam”"_s));
}

void TestDataFlowsPage::reasonWrongUsername()
{
    HttpClient api(m_sandbox->url());
    const auto erp = MonitoringFixture::apiConnection(*m_admin, u"erp"_s, u"data_source"_s, true);
    const auto shop =
        MonitoringFixture::apiConnection(*m_admin, u"shop"_s, u"data_destination"_s, true);
    QVERIFY(!erp.token.isEmpty() && !shop.token.isEmpty());
    // The shop's connector signs in with the ERP's username: its reads are not counted (§5).
    QVERIFY(!api.accessToken(shop.clientId, shop.secret, erp.username, erp.password).isEmpty());
    QVERIFY(openSignedIn());
    QTRY_VERIFY(!m_window->workspace()->wrongCredentials().isEmpty());
    DataFlowsPage *page = openDataFlows();
    const QString expected = u"The connector of “shop” calls the API with another user's "
                             u"username ("_s +
                             erp.username + u"): those calls are not counted."_s;
    QTRY_VERIFY2(reasonOf(page, u"productSent"_s).startsWith(expected),
                 qPrintable(reasonOf(page, u"productSent"_s)));
    choose(child<ConnectionPicker>(page, u"outboundPicker"_s), u"shop"_s);
    QVERIFY(reasonOf(page, u"productSent"_s).startsWith(expected));
    // The ERP is tracked and used with its own username: its (empty) week is drawn.
    QVERIFY(child<ChartPanel>(page, u"productCreated"_s)->isChartShown());
    QCOMPARE(child<DataFlowsChartModel>(page, u"productCreatedModel"_s)->total(), 0);
}

void TestDataFlowsPage::offlineShowsTheCopyAsOf()
{
    QVERIFY(openSignedIn());
    DataFlowsPage *page = openDataFlows();
    const QDateTime fetched = page->asOf();
    QVERIFY(fetched.isValid());
    m_window.reset();
    m_sandbox->stop();

    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Offline, Wait);
    page = openDataFlows();
    QVERIFY(page->hasData());
    QVERIFY(page->isFromCache());
    QCOMPARE(page->asOf(), fetched);
    const QString asOf = QLocale().toString(fetched.toLocalTime(), QLocale::ShortFormat);
    auto *label = child<QLabel>(page, u"asOf"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Offline: as of "_s + asOf);
    QCOMPARE(child<DataFlowsChartModel>(page, u"productCreatedModel"_s)->total(), 123);
    QCOMPARE(child<DataFlowsChartModel>(page, u"productSentModel"_s)->total(), 1032);
    QVERIFY(child<ChartPanel>(page, u"productCreated"_s)->isChartShown());
}

QTEST_MAIN(TestDataFlowsPage)
#include "tst_dataflowspage.moc"
