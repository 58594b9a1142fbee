// Events (models/workspace/Events.h): the event subscription and event logs read from the PIM
// and kept in the cache (never the secret, which goes to the keychain), read back offline, the
// writes, and a PIM without the Events API (docs/pim-api.md §8).
#include "EventsSamples.h"
#include "WorkspaceFixture.h"
#include "store/SecretKey.h"
#include "workspace/Events.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

namespace {

const QString Secret = u"s3cr3tw3bh00k"_s;
const QString NewSecret = u"n3wh00ks3cr3t"_s;

template<typename T> using EventsAnswer = Answer<Events::Answer<T>>;

QByteArray formWith(const QString &secret)
{
    QByteArray body = EventsSamples::form;
    return body.replace(Secret.toUtf8(), secret.toUtf8());
}

} // namespace

class TestEvents : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void readsOnlineThenFromTheCacheOffline();
    void withoutKeepingSecrets();
    void neverReadIsAnOfflineError();
    void aPimWithoutTheEventsApi();
    void anUnknownConnectionIsNotTheApi();
    void saveTestAndRefusal();
    void regenerateReadsAndKeepsTheNewSecret();
    void nextPageAndDownload();
    void writesRefusedOffline();

private:
    Workspace *online(Workspace::Options options = {});
    SecretKey webhookKey() const { return SecretKey::webhookSecret(pimUrl, u"erp"_s); }
    QString m_serverSecret = Secret;
};

Workspace *TestEvents::online(Workspace::Options options)
{
    using namespace EventsSamples;
    m_serverSecret = Secret;
    FakeConnectionsPim &pim = *m_pim;
    pim.auth.protect("GET", webhookPath(), [this](const RecordedRequest &) {
        return FakeAnswer::json(200, formWith(m_serverSecret));
    });
    pim.auth.protect("POST", webhookPath(), FakeAnswer::empty(204));
    pim.auth.protect("POST", webhookPath(u"/check-reachability"_s),
                     FakeAnswer::json(200, reachable));
    pim.auth.protect("GET", webhookPath(u"/regenerate-secret"_s), [this](const RecordedRequest &) {
        m_serverSecret = NewSecret;
        return FakeAnswer::empty(204);
    });
    pim.auth.protect("GET", searchPath, [](const RecordedRequest &request) {
        // The second page: the token of the first.
        return QUrlQuery(request.url).hasQueryItem(u"search_after"_s)
                   ? FakeAnswer::json(200, emptyLogs)
                   : FakeAnswer::json(200, logs);
    });
    pim.auth.protect("GET", downloadPath, FakeAnswer::bytes(download, "text/plain"));
    Workspace *workspace = makeWorkspace(options);
    return startOnline(workspace) ? workspace : nullptr;
}

void TestEvents::readsOnlineThenFromTheCacheOffline()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    Events *events = workspace->events();
    QCOMPARE(events->availability(), Events::Availability::Unknown);
    QSignalSpy availability(events, &Events::availabilityChanged);

    EventsAnswer<EventSubscriptionForm> form;
    events->loadSubscription(u"erp"_s, this, form.callback());
    QVERIFY(form.wait());
    QVERIFY2(!form.error().isError(), qPrintable(form.error().message()));
    QVERIFY(!form.value().fromCache);
    QCOMPARE(form.value().asOf, fixedNow);
    QCOMPARE(form.value().value.subscription.secret, std::optional<QString>(Secret));
    QCOMPARE(events->availability(), Events::Availability::Available);
    QCOMPARE(availability.size(), 1);

    EventsAnswer<EventLogPage> logs;
    events->searchLogs(u"erp"_s, EventLogSearch{}, this, logs.callback());
    QVERIFY(logs.wait());
    QVERIFY(!logs.error().isError());
    QCOMPARE(logs.value().value.total, 30);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(webhookKey()), Secret); // kept for offline use, under the setting

    // Forced offline on the same cache: the same values with their "as of", the secret from
    // the keychain.
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    workspace = makeWorkspace(options);
    workspace->start();
    EventsAnswer<EventSubscriptionForm> cached;
    workspace->events()->loadSubscription(u"erp"_s, this, cached.callback());
    QVERIFY(cached.wait());
    QVERIFY2(!cached.error().isError(), qPrintable(cached.error().message()));
    QVERIFY(cached.value().fromCache);
    QCOMPARE(cached.value().asOf, fixedNow);
    QCOMPARE(cached.value().value, form.value().value);
    EventsAnswer<EventLogPage> cachedLogs;
    workspace->events()->searchLogs(u"erp"_s, EventLogSearch{}, this, cachedLogs.callback());
    QVERIFY(cachedLogs.wait());
    QVERIFY(cachedLogs.value().fromCache);
    QCOMPARE(cachedLogs.value().value.results, logs.value().value.results);
    QVERIFY(waitIdle(workspace));
    QVERIFY(!cacheFileBytes().contains(Secret.toUtf8())); // never on disk
}

void TestEvents::withoutKeepingSecrets()
{
    Workspace::Options options;
    options.keepSecretsInKeychain = false;
    Workspace *workspace = online(options);
    QVERIFY(workspace);
    EventsAnswer<EventSubscriptionForm> form;
    workspace->events()->loadSubscription(u"erp"_s, this, form.callback());
    QVERIFY(form.wait());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(webhookKey()));

    m_network->down = true; // the PIM gone: the cache answers, without the secret
    EventsAnswer<EventSubscriptionForm> cached;
    workspace->events()->loadSubscription(u"erp"_s, this, cached.callback());
    QVERIFY(cached.wait());
    QVERIFY2(!cached.error().isError(), qPrintable(cached.error().message()));
    QVERIFY(cached.value().fromCache);
    QVERIFY(cached.value().value.subscription.hasSecret());
    QVERIFY(cached.value().value.subscription.secret->isEmpty());
    QCOMPARE(cached.value().value.subscription.url, std::optional<QString>(u"http://test.com"_s));
}

void TestEvents::neverReadIsAnOfflineError()
{
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    Workspace *workspace = makeWorkspace(options);
    workspace->start();
    EventsAnswer<EventSubscriptionForm> form;
    workspace->events()->loadSubscription(u"erp"_s, this, form.callback());
    QVERIFY(form.wait());
    QCOMPARE(form.error().kind, Kind::Offline);
    QVERIFY(form.error().message().contains(u"erp"_s));
    EventsAnswer<EventLogPage> logs;
    workspace->events()->searchLogs(u"erp"_s, EventLogSearch{}, this, logs.callback());
    QVERIFY(logs.wait());
    QCOMPARE(logs.error().kind, Kind::Offline);
}

void TestEvents::aPimWithoutTheEventsApi()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace)); // no §8 route: the fake PIM answers 404
    Events *events = workspace->events();
    QSignalSpy availability(events, &Events::availabilityChanged);
    EventsAnswer<EventSubscriptionForm> form;
    events->loadSubscription(u"erp"_s, this, form.callback());
    QVERIFY(form.wait());
    QCOMPARE(form.error().kind, Kind::Unavailable);
    QVERIFY2(form.error().message().contains(u"not available on this PIM"_s),
             qPrintable(form.error().message()));
    QCOMPARE(events->availability(), Events::Availability::Unavailable);
    QCOMPARE(availability.size(), 1);
    EventsAnswer<EventLogPage> logs;
    events->searchLogs(u"erp"_s, EventLogSearch{}, this, logs.callback());
    QVERIFY(logs.wait());
    QCOMPARE(logs.error().kind, Kind::Unavailable);
    QCOMPARE(availability.size(), 1); // told once
    // Not a connectivity problem.
    QCOMPARE(workspace->connectivity(), Connectivity::Online);
}

void TestEvents::anUnknownConnectionIsNotTheApi()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    m_pim->auth.protect("GET", u"/rest/connections/gone/webhook"_s, FakeAnswer::json(404, "{}"));
    EventsAnswer<EventSubscriptionForm> form;
    workspace->events()->loadSubscription(u"gone"_s, this, form.callback());
    QVERIFY(form.wait());
    QCOMPARE(form.error().kind, Kind::NotFound);
    QVERIFY(form.error().message().contains(u"no longer exists"_s));
    QCOMPARE(workspace->events()->availability(), Events::Availability::Unknown);
}

void TestEvents::saveTestAndRefusal()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    Events *events = workspace->events();
    Done saved;
    events->saveSubscription({u"erp"_s, true, u"https://example.com/h"_s, false}, this,
                             saved.callback());
    QVERIFY(saved.wait());
    QVERIFY(!saved.result->isError());
    QCOMPARE(
        m_network->last().body,
        QByteArray(
            R"({"code":"erp","enabled":true,"url":"https:\/\/example.com\/h","is_using_uuid":false})"));

    Answer<ReachabilityResult> tested;
    events->testUrl(u"erp"_s, u"https://example.com/h"_s, Secret, this, tested.callback());
    QVERIFY(tested.wait());
    QVERIFY(!tested.error().isError());
    QVERIFY(tested.value().success);
    QCOMPARE(tested.value().text(), u"200 OK"_s);

    m_pim->auth.protect("POST", EventsSamples::webhookPath(),
                        FakeAnswer::json(422, EventsSamples::required422));
    Done refused;
    events->saveSubscription({u"erp"_s, true, QString(), false}, this, refused.callback());
    QVERIFY(refused.wait());
    QCOMPARE(refused.result->kind, Kind::Validation);
    QCOMPARE(refused.result->fieldMessage(u"url"_s), u"This field is required."_s);
    QCOMPARE(workspace->connectivity(), Connectivity::Online);
}

void TestEvents::regenerateReadsAndKeepsTheNewSecret()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    EventsAnswer<EventSubscriptionForm> form;
    workspace->events()->loadSubscription(u"erp"_s, this, form.callback());
    QVERIFY(form.wait());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(webhookKey()), Secret);
    m_network->clearRequests();

    Answer<EventSubscriptionForm> regenerated;
    workspace->events()->regenerateSecret(u"erp"_s, this, regenerated.callback());
    QVERIFY(regenerated.wait());
    QVERIFY2(!regenerated.error().isError(), qPrintable(regenerated.error().message()));
    QCOMPARE(regenerated.value().subscription.secret, std::optional<QString>(NewSecret));
    QCOMPARE(m_network->count("GET", EventsSamples::webhookPath(u"/regenerate-secret"_s)), 1);
    QCOMPARE(m_network->count("HEAD", EventsSamples::webhookPath(u"/regenerate-secret"_s)), 0);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(webhookKey()), NewSecret);
}

void TestEvents::nextPageAndDownload()
{
    Workspace *workspace = online();
    QVERIFY(workspace);
    Events *events = workspace->events();
    Answer<EventLogPage> next;
    events->nextLogs(u"erp"_s, EventLogSearch{}, u"tok+1/="_s, this, next.callback());
    QVERIFY(next.wait());
    QVERIFY(!next.error().isError());
    QVERIFY(next.value().isLast());
    QCOMPARE(QUrlQuery(m_network->last().url).queryItemValue(u"search_after"_s, QUrl::FullyDecoded),
             u"tok+1/="_s);

    const QString path = m_dir->filePath(u"events.txt"_s);
    QList<qint64> received;
    Done downloaded;
    events->downloadLogs(
        u"erp"_s, path, this, [&received](qint64 done, qint64) { received.append(done); },
        downloaded.callback());
    QVERIFY(downloaded.wait());
    QVERIFY2(!downloaded.result->isError(), qPrintable(downloaded.result->message()));
    QVERIFY(!received.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), EventsSamples::download);

    // A download cancelled: answered Cancelled, no file.
    m_pim->auth.protect("GET", EventsSamples::downloadPath, FakeAnswer::hang());
    const QString other = m_dir->filePath(u"other.txt"_s);
    Done cancelled;
    events->downloadLogs(u"erp"_s, other, this, {}, cancelled.callback());
    QTest::qWait(50);
    events->cancelDownload();
    QVERIFY(cancelled.wait());
    QCOMPARE(cancelled.result->kind, Kind::Cancelled);
    QVERIFY(!QFile::exists(other));
}

void TestEvents::writesRefusedOffline()
{
    m_network->forbidden = true;
    Workspace::Options options;
    options.forceOffline = true;
    Workspace *workspace = makeWorkspace(options);
    workspace->start();
    Events *events = workspace->events();
    Done saved;
    events->saveSubscription({u"erp"_s, false, QString(), false}, this, saved.callback());
    Answer<EventSubscriptionForm> regenerated;
    events->regenerateSecret(u"erp"_s, this, regenerated.callback());
    Answer<ReachabilityResult> tested;
    events->testUrl(u"erp"_s, u"https://example.com"_s, Secret, this, tested.callback());
    Answer<EventLogPage> next;
    events->nextLogs(u"erp"_s, EventLogSearch{}, u"t"_s, this, next.callback());
    Done downloaded;
    events->downloadLogs(u"erp"_s, m_dir->filePath(u"x.txt"_s), this, {}, downloaded.callback());
    QVERIFY(saved.wait() && regenerated.wait() && tested.wait() && next.wait() &&
            downloaded.wait());
    QCOMPARE(saved.result->kind, Kind::Offline);
    QCOMPARE(regenerated.error().kind, Kind::Offline);
    QCOMPARE(tested.error().kind, Kind::Offline);
    QCOMPARE(next.error().kind, Kind::Offline);
    QCOMPARE(downloaded.result->kind, Kind::Offline);
    QCOMPARE(m_network->requests().size(), 0);
}

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
