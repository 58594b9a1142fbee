// The event subscription part of a connection's page and its event logs window against a real
// pim-sandbox seeded with the demo (docs/pim-api.md §8): the switch, the URL and Save; "Test"
// against a receiver on 127.0.0.1 started here; the secret regenerated after its popin; a
// validation error and the limit of §8.6 at their field; a PIM without the Events API; the
// logs' filters, paging as the user scrolls, an entry's context unfolded, and the download.
#include "Children.h"
#include "EventsFixture.h"
#include "HttpClient.h"
#include "SandboxProcess.h"
#include "WebhookReceiver.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "domain/ApiError.h"
#include "events/EventLogModel.h"
#include "events/EventLogTree.h"
#include "events/EventLogsDownload.h"
#include "events/EventLogsView.h"
#include "events/EventSubscriptionPart.h"
#include "items/ConnectionListModel.h"
#include "services/MessageBox.h"
#include "widgets/CopyButton.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDebug>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;
using namespace EventsFixture;

class TestMainWindowEvents : public WindowTest
{
    Q_OBJECT

public:
    TestMainWindowEvents() { qRegisterMetaType<ApiError>(); }

protected:
    SandboxProcess::Options sandboxOptions() const override
    {
        SandboxProcess::Options options;
        options.seed = u"demo"_s;
        if (QByteArray(QTest::currentTestFunction()) == "unavailableSaysSo")
            options.extraArguments = {u"--no-events-api"_s};
        return options;
    }

private slots:
    void switchUrlAndSave();
    void testShowsTheStatusLine();
    void regenerateAfterConfirmation();
    void validationErrorAtItsField();
    void limitOfActiveSubscriptions();
    void unavailableSaysSo();
    void logFilters();
    void pagingAsTheUserScrolls();
    void contextUnfoldsAsJson();
    void downloadToAFile();
    void offlineReadsTheCacheAsOf();
    void leavingWithUnsavedEditsAsks();
    void leavingSavesBothParts();

private:
    // The window signed in, the connection's page and its event subscription loaded.
    EventSubscriptionPart *openPart(const QString &code);
    // "Event logs" pressed on the part, and its first page shown.
    EventLogsView *openLogs(EventSubscriptionPart *part);
};

EventSubscriptionPart *TestMainWindowEvents::openPart(const QString &code)
{
    if (!m_window && !openSignedIn()) {
        qWarning() << "the window did not sign in";
        return nullptr;
    }
    if (!openLoaded(code)) {
        qWarning() << "the page of" << code
                   << "did not load:" << page(*m_window)->messageBar()->text()
                   << m_window->isShowingConnection() << page(*m_window)->isLoaded()
                   << page(*m_window)->code();
        return nullptr;
    }
    auto *part = page(*m_window)->eventSubscription();
    if (!QTest::qWaitFor([part]() { return part->isLoaded(); }, 10000)) {
        qWarning() << "the event subscription did not load:" << part->statusText();
        return nullptr;
    }
    return part;
}

EventLogsView *TestMainWindowEvents::openLogs(EventSubscriptionPart *part)
{
    QTest::mouseClick(child<QPushButton>(part, u"eventsLogs"_s), Qt::LeftButton);
    EventLogsView *view = page(*m_window)->eventLogs();
    if (!view || !QTest::qWaitFor([view]() { return !view->isLoading(); }, 10000))
        return nullptr;
    return view;
}

void TestMainWindowEvents::switchUrlAndSave()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    EventSubscriptionPart *part = openPart(u"erp"_s);
    QVERIFY(part);
    auto *enabled = child<QCheckBox>(part, u"eventsEnabled"_s);
    auto *url = child<QLineEdit>(part, u"eventsUrl"_s);
    auto *save = child<QPushButton>(part, u"eventsSave"_s);
    auto *secret = child<QLineEdit>(part, u"eventsSecret"_s);
    QVERIFY(!enabled->isChecked());
    QVERIFY(url->text().isEmpty());
    QVERIFY(secret->text().isEmpty()); // none until the first save (§8.4)
    QVERIFY(!save->isEnabled());

    enabled->click();
    url->setFocus();
    QTest::keyClicks(url, receiver.url());
    QVERIFY(part->isModified());
    QVERIFY(save->isEnabled());
    QSignalSpy saved(part, &EventSubscriptionPart::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(part->statusText(), u"Event subscription successfully updated."_s);
    QVERIFY(!part->isModified());

    const QJsonObject onPim = subscription(*m_admin, u"erp"_s);
    QCOMPARE(onPim[u"enabled"_s].toBool(), true);
    QCOMPARE(onPim[u"url"_s].toString(), receiver.url());
    // The first save made the secret; it is masked, and copied through the Clipboard service.
    QCOMPARE(secret->text(), onPim[u"secret"_s].toString());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<CopyButton>(part, u"eventsCopySecret"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret->text());
    QVERIFY(m_clipboard->isClearPending());

    // Switched off again.
    enabled->click();
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(subscription(*m_admin, u"erp"_s)[u"enabled"_s].toBool(), false);
}

void TestMainWindowEvents::testShowsTheStatusLine()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    auto *url = child<QLineEdit>(part, u"eventsUrl"_s);
    auto *test = child<QPushButton>(part, u"eventsTest"_s);
    url->clear();
    QTest::keyClicks(url, receiver.url(u"/probe"_s));
    QVERIFY(test->isEnabled());

    QSignalSpy received(&receiver, &WebhookReceiver::received);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(part->urlMessage().contains(u"200 OK"_s), 15000);
    QCOMPARE(part->urlMessage(), u"It works: the URL answered 200 OK"_s);
    QVERIFY(!received.isEmpty());
    QCOMPARE(receiver.requests().constLast().target, QByteArray("/probe"));
    QVERIFY(!receiver.requests().constLast().header("X-Akeneo-Request-Signature").isEmpty());

    receiver.setStatusLine("503 Service Unavailable");
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(part->urlMessage().contains(u"503"_s), 15000);
    QCOMPARE(part->urlMessage(), u"It failed: 503 Service Unavailable"_s);
}

void TestMainWindowEvents::regenerateAfterConfirmation()
{
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    auto *secret = child<QLineEdit>(part, u"eventsSecret"_s);
    auto *regenerate = child<QPushButton>(part, u"eventsRegenerate"_s);
    const QString before = secret->text();
    QVERIFY(!before.isEmpty());
    QCOMPARE(before, subscription(*m_admin, u"web_shop"_s)[u"secret"_s].toString());

    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QCOMPARE(m_box->lastQuestion()->title, u"Confirm regeneration"_s);
    QCOMPARE(m_box->lastQuestion()->text,
             u"Are you sure you want to regenerate the event subscription secret?"_s);
    QVERIFY(m_box->lastQuestion()->informativeText.contains(u"receivers"_s));
    QCOMPARE(subscription(*m_admin, u"web_shop"_s)[u"secret"_s].toString(), before);

    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(secret->text() != before, 10000);
    QCOMPARE(secret->text(), subscription(*m_admin, u"web_shop"_s)[u"secret"_s].toString());
    QVERIFY(part->statusText().startsWith(u"Webhook secret successfully regenerated."_s));
}

void TestMainWindowEvents::validationErrorAtItsField()
{
    EventSubscriptionPart *part = openPart(u"erp"_s);
    QVERIFY(part);
    auto *url = child<QLineEdit>(part, u"eventsUrl"_s);
    QTest::keyClicks(url, u"not a url"_s);
    QTest::mouseClick(child<QPushButton>(part, u"eventsSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!part->statusText().isEmpty(), 10000);
    QCOMPARE(part->urlMessage(), u"This value is not a valid URL."_s);
    QCOMPARE(part->statusText(),
             u"Sorry, an error occurred while editing the event subscription."_s);
    QVERIFY(part->enabledMessage().isEmpty());
    QVERIFY(subscription(*m_admin, u"erp"_s)[u"url"_s].isNull());
}

void TestMainWindowEvents::limitOfActiveSubscriptions()
{
    // The demo's web_shop is on; two more make the limit of 3 (§8.6).
    QCOMPARE(update(*m_admin, u"erp"_s, true, u"http://127.0.0.1:9/a"_s).status, 204);
    QCOMPARE(update(*m_admin, u"retail_hub"_s, true, u"http://127.0.0.1:9/b"_s).status, 204);
    createOverHttp(u"fourth"_s);
    EventSubscriptionPart *part = openPart(u"fourth"_s);
    QVERIFY(part);
    QVERIFY(!child<QCheckBox>(part, u"eventsEnabled"_s)->isEnabled());
    QCOMPARE(part->enabledMessage(),
             u"You can connect up to 3 connections to the Event subscription feature. You have "
             "reached this limit."_s);
    // One already on can still be saved.
    EventSubscriptionPart *on = openPart(u"erp"_s);
    QVERIFY(on);
    QVERIFY(child<QCheckBox>(on, u"eventsEnabled"_s)->isEnabled());
    QVERIFY(on->enabledMessage().isEmpty());
}

void TestMainWindowEvents::unavailableSaysSo()
{
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    QVERIFY(part->isUnavailable());
    QVERIFY(part->unavailableText().contains(u"not available on this PIM"_s));
    QVERIFY(!child<QLineEdit>(part, u"eventsUrl"_s)->isVisible());
    QVERIFY(part->statusText().isEmpty()); // not an error
    QVERIFY(page(*m_window)->messageBar()->isHidden());
}

void TestMainWindowEvents::logFilters()
{
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    EventLogsView *view = openLogs(part);
    QVERIFY(view);
    // The demo: 4 info, 2 notice, 1 warning, 2 error, newest first.
    QCOMPARE(view->model()->entryCount(), 9);
    QCOMPARE(view->countText(), u"9 results"_s);
    QCOMPARE(view->model()->entryAt(0).level, u"info"_s);
    QVERIFY(view->model()->entryAt(0).timestamp >= view->model()->entryAt(8).timestamp);

    child<QCheckBox>(view, u"level_info"_s)->click();
    child<QCheckBox>(view, u"level_notice"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->entryCount() == 3, 10000);
    for (int row = 0; row < 3; ++row)
        QVERIFY(view->model()->entryAt(row).level == u"error"_s ||
                view->model()->entryAt(row).level == u"warning"_s);

    // Text search over what the levels leave.
    auto *search = child<QLineEdit>(view, u"eventLogsSearch"_s);
    QTest::keyClicks(search, u"maximum number"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->entryCount() == 1, 10000);
    QCOMPARE(view->model()->entryAt(0).level, u"warning"_s);

    QTest::keyClicks(search, u" nothing-matches-this"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->model()->entryCount() == 0, 10000);
    QCOMPARE(view->emptyText(),
             u"Sorry, there is no log for your search. Try again with new search criteria."_s);
    QCOMPARE(view->countText(), u"No results"_s);
}

void TestMainWindowEvents::pagingAsTheUserScrolls()
{
    // A subscriber with more than 60 logs: pages of 25 (§8.7).
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    const MonitoringFixture::ApiConnection feeder =
        MonitoringFixture::apiConnection(*m_admin, u"feeder"_s, u"data_source"_s, false);
    QVERIFY(!feeder.token.isEmpty());
    createOverHttp(u"pager"_s, u"data_destination"_s);
    QCOMPARE(update(*m_admin, u"pager"_s, true, receiver.url()).status, 204);
    for (int i = 0; i < 60; ++i)
        QVERIFY(MonitoringFixture::patchProduct(*m_admin, feeder.token, u"paged_sku"_s,
                                                i % 2 ? u"bags"_s : u"shoes"_s)
                    .status < 300);
    // Every delivery logged before the window reads: the receiver answers 200, so each of the
    // 60 changes ends as one "info" log. Besides them the pager sees the demo's PIM-wide warning,
    // so a total of 60 would still leave one delivery in flight, whose log, written in the same
    // second as the others, could sort into a page the window has not read yet.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_admin->get(searchPath(u"pager"_s, R"({"levels":["info"]})")).json()[u"total"_s].toInt(),
        60, 20000);

    EventSubscriptionPart *part = openPart(u"pager"_s);
    QVERIFY(part);
    EventLogsView *view = openLogs(part);
    QVERIFY(view);
    view->resize(900, 500);
    const int total = int(view->total()); // what the first page counted
    QVERIFY(total >= 60);
    // The first page, and perhaps the second if the window was not full: not all.
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 10000);
    const int before = view->model()->entryCount();
    QVERIFY(before >= 25);
    QVERIFY(before < total);
    QVERIFY(!view->isComplete());

    // Scrolling to the end asks for the next pages, until the last.
    for (int i = 0; i < 10 && !view->isComplete(); ++i) {
        QScrollBar *bar = view->tree()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 10000);
    }
    QVERIFY(view->isComplete());
    QCOMPARE(view->model()->entryCount(), total);
    QSet<QString> ids;
    for (int row = 0; row < total; ++row)
        ids.insert(view->model()->entryAt(row).id);
    QCOMPARE(ids.size(), total);
}

void TestMainWindowEvents::contextUnfoldsAsJson()
{
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    EventLogsView *view = openLogs(part);
    QVERIFY(view);
    EventLogModel *model = view->model();
    QVERIFY(model->hasContext(0));
    const QModelIndex entry = model->index(0, 0);
    QCOMPARE(model->rowCount(entry), 1);
    QVERIFY(!view->tree()->isExpanded(entry));
    view->tree()->expand(entry);
    QVERIFY(view->tree()->isExpanded(entry));
    QVERIFY(view->tree()->isFirstColumnSpanned(0, entry));
    const QString context = model->index(0, 0, entry).data().toString();
    QCOMPARE(context, model->entryAt(0).contextText());
    QVERIFY(context.startsWith(u"{\n"_s));
    QVERIFY(context.contains(u"\"event_subscription_url\""_s));
    // The warning of the hourly limit has no context: nothing to unfold.
    for (int row = 0; row < model->entryCount(); ++row) {
        if (model->entryAt(row).level == u"warning"_s)
            QCOMPARE(model->rowCount(model->index(row, 0)), 0);
    }
}

void TestMainWindowEvents::downloadToAFile()
{
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    EventLogsView *view = openLogs(part);
    QVERIFY(view);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logs.txt"_s);
    // "Download logs" asks where, in a file dialog.
    QTest::mouseClick(child<QPushButton>(view, u"downloadLogs"_s), Qt::LeftButton);
    auto *dialog = child<QFileDialog>(view, u"downloadFileDialog"_s);
    QSignalSpy finished(view->download(), &EventLogsDownload::finished);
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // Save, as the user presses it
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::None);
    QVERIFY(view->download()->statusText().startsWith(u"Logs saved to "_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 10); // nine lines, each ending with a newline (§8.7)
    QVERIFY(lines.first().contains(" INFO "));
}

void TestMainWindowEvents::offlineReadsTheCacheAsOf()
{
    // A first session lists the connections and reads the subscription and the logs, which
    // the cache keeps.
    QVERIFY(openSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->model()->rowCount() >= 3, 10000);
    EventSubscriptionPart *part = openPart(u"web_shop"_s);
    QVERIFY(part);
    const QString url = child<QLineEdit>(part, u"eventsUrl"_s)->text();
    QVERIFY(!url.isEmpty());
    QVERIFY(part->asOfText().isEmpty());
    QVERIFY(openLogs(part));
    m_window.reset();

    // Started --offline: what the cache had, "as of", nothing to change.
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url(), true);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->model()->rowCount() >= 3, 10000);
    part = openPart(u"web_shop"_s);
    QVERIFY(part);
    QVERIFY(part->asOfText().startsWith(u"Offline: as of "_s));
    QCOMPARE(child<QLineEdit>(part, u"eventsUrl"_s)->text(), url);
    QVERIFY(child<QLineEdit>(part, u"eventsUrl"_s)->isReadOnly());
    QVERIFY(!child<QCheckBox>(part, u"eventsEnabled"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(part, u"eventsTest"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(part, u"eventsRegenerate"_s)->isEnabled());
    EventLogsView *view = openLogs(part);
    QVERIFY(view);
    QCOMPARE(view->model()->entryCount(), 9);
    QVERIFY(view->isComplete()); // no next page without the PIM
    QVERIFY(view->asOfText().startsWith(u"Offline: as of "_s));
    QVERIFY(!child<QPushButton>(view, u"downloadLogs"_s)->isEnabled());
}

void TestMainWindowEvents::leavingWithUnsavedEditsAsks()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    EventSubscriptionPart *part = openPart(u"erp"_s);
    QVERIFY(part);
    auto *url = child<QLineEdit>(part, u"eventsUrl"_s);
    QTest::keyClicks(url, receiver.url());
    QVERIFY(page(*m_window)->isModified());

    // Cancel: still on the page, the edit kept.
    m_box->setNextAnswer(MessageBox::Answer::Cancel);
    m_window->showOverview();
    QVERIFY(m_box->lastQuestion());
    QCOMPARE(m_box->lastQuestion()->text, MessageBox::unsavedChanges().text);
    QVERIFY(m_window->isShowingConnection());
    QCOMPARE(url->text(), receiver.url());

    // Discard: the overview, nothing sent; the page opens again with what the PIM has.
    m_box->setNextAnswer(MessageBox::Answer::Alternative);
    m_window->showOverview();
    QVERIFY(!m_window->isShowingConnection());
    QVERIFY(subscription(*m_admin, u"erp"_s)[u"url"_s].isNull());
    part = openPart(u"erp"_s);
    QVERIFY(part);
    QVERIFY(child<QLineEdit>(part, u"eventsUrl"_s)->text().isEmpty());
    QVERIFY(!page(*m_window)->isModified());

    // Save: sent, then the overview.
    QTest::keyClicks(child<QLineEdit>(part, u"eventsUrl"_s), receiver.url());
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    m_window->showOverview();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingConnection(), 10000);
    QCOMPARE(subscription(*m_admin, u"erp"_s)[u"url"_s].toString(), receiver.url());

    // A save the PIM refuses keeps the page, with the reason at the field.
    part = openPart(u"erp"_s);
    QVERIFY(part);
    url = child<QLineEdit>(part, u"eventsUrl"_s);
    url->clear();
    QTest::keyClicks(url, u"not a url"_s);
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    m_window->showOverview();
    QTRY_COMPARE_WITH_TIMEOUT(part->urlMessage(), u"This value is not a valid URL."_s, 10000);
    QVERIFY(m_window->isShowingConnection());
    QCOMPARE(url->text(), u"not a url"_s);
    // The refusal forgot the leaving: a later save stays on the page.
    url->clear();
    QTest::keyClicks(url, receiver.url(u"/other"_s));
    QSignalSpy saved(part, &EventSubscriptionPart::saved);
    QTest::mouseClick(child<QPushButton>(part, u"eventsSave"_s), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(m_window->isShowingConnection());
}

void TestMainWindowEvents::leavingSavesBothParts()
{
    // The settings' label and the subscription's URL both edited: Save sends both, then leaves.
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    EventSubscriptionPart *part = openPart(u"erp"_s);
    QVERIFY(part);
    QTest::keyClicks(child<QLineEdit>(page(*m_window), u"label"_s), u" renamed"_s);
    QTest::keyClicks(child<QLineEdit>(part, u"eventsUrl"_s), receiver.url());
    m_box->setNextAnswer(MessageBox::Answer::Confirm);
    m_window->showOverview();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isShowingConnection(), 10000);
    QVERIFY(m_admin->get(u"/rest/connections/erp"_s)
                .json()[u"label"_s]
                .toString()
                .endsWith(u" renamed"_s));
    QCOMPARE(subscription(*m_admin, u"erp"_s)[u"url"_s].toString(), receiver.url());
}

QTEST_MAIN(TestMainWindowEvents)
#include "tst_mainwindow_events.moc"
