// The small rules behind Workspace: what a failure means, when to try again, how the copy in
// memory follows the cache, and when a secret is written again.
#include "workspace/FailureClass.h"
#include "workspace/RetryBackoff.h"
#include "workspace/SecretFingerprints.h"
#include "workspace/SnapshotMirror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

Connection listed(const QString &code, const QString &label)
{
    Connection c;
    c.code = code;
    c.label = label;
    return c;
}

CachedConnection withDetails(const QString &code)
{
    ConnectionDetails d;
    d.connection = listed(code, code.toUpper());
    d.credentials.clientId = u"1_"_s + code;
    d.credentials.secret = u"never-kept"_s;
    d.credentials.username = code + u"_1234"_s;
    d.userRoleId = u"1"_s;
    return CachedConnection::fromDetails(d, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
}

} // namespace

class TestWorkspaceParts : public QObject
{
    Q_OBJECT

private slots:
    void failureClass_data();
    void failureClass();
    void backoffDoublesUpToTheCeiling();
    void backoffNeverZeroNorBelowItsStart();
    void mirrorRefreshKeepsDetailsAndTellsWhatVanished();
    void mirrorKeepsTheLimitWhenUnknown();
    void mirrorDoesNotTakeANewConnectionForAVanishedOne();
    void mirrorUpdateAndRemove();
    void fingerprints();
};

void TestWorkspaceParts::failureClass_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expected");
    const int unreachable = int(FailureClass::Unreachable);
    const int password = int(FailureClass::NeedsPassword);
    const int refused = int(FailureClass::Refused);
    const int ignored = int(FailureClass::Ignored);
    QTest::newRow("network") << int(Kind::Network) << 0 << unreachable;
    QTest::newRow("timeout") << int(Kind::Timeout) << 0 << unreachable;
    QTest::newRow("tls") << int(Kind::Tls) << 0 << unreachable;
    QTest::newRow("not a PIM") << int(Kind::Malformed) << 200 << unreachable;
    QTest::newRow("offline") << int(Kind::Offline) << 0 << unreachable;
    QTest::newRow("502") << int(Kind::Server) << 502 << unreachable;
    QTest::newRow("503") << int(Kind::Server) << 503 << unreachable;
    QTest::newRow("504") << int(Kind::Server) << 504 << unreachable;
    QTest::newRow("500") << int(Kind::Server) << 500 << refused;
    QTest::newRow("refused sign-in") << int(Kind::SignInRefused) << 302 << password;
    QTest::newRow("signed out") << int(Kind::SignedOut) << 401 << password;
    QTest::newRow("forbidden") << int(Kind::Forbidden) << 403 << refused;
    QTest::newRow("not found") << int(Kind::NotFound) << 404 << refused;
    QTest::newRow("validation") << int(Kind::Validation) << 422 << refused;
    QTest::newRow("cancelled") << int(Kind::Cancelled) << 0 << ignored;
    QTest::newRow("none") << int(Kind::None) << 0 << ignored;
}

void TestWorkspaceParts::failureClass()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, expected);
    QCOMPARE(int(FailureClasses::of(ApiError::make(Kind(kind), status))), expected);
}

void TestWorkspaceParts::backoffDoublesUpToTheCeiling()
{
    RetryBackoff backoff(30s, 5min);
    QList<std::chrono::milliseconds> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(backoff.next());
    QCOMPARE(delays,
             (QList<std::chrono::milliseconds>{30s, 60s, 120s, 240s, 300s, 300s, 300s, 300s}));
    QCOMPARE(backoff.attempts(), 8);
    backoff.reset();
    QCOMPARE(backoff.next(), std::chrono::milliseconds(30s));
}

void TestWorkspaceParts::backoffNeverZeroNorBelowItsStart()
{
    RetryBackoff zero(0ms, 0ms);
    QCOMPARE(zero.next(), 1ms);
    RetryBackoff inverted(100ms, 10ms); // a ceiling below the start is the start
    QCOMPARE(inverted.next(), 100ms);
    QCOMPARE(inverted.next(), 100ms);
    RetryBackoff many(1ms, 1h);
    for (int i = 0; i < 200; ++i) // no overflow after many attempts
        QVERIFY(many.next() <= 1h);
    QCOMPARE(many.next(), std::chrono::milliseconds(1h));
}

void TestWorkspaceParts::mirrorRefreshKeepsDetailsAndTellsWhatVanished()
{
    CacheSnapshot cached;
    cached.connections = {withDetails(u"erp"_s),
                          CachedConnection::fromListItem(listed(u"old"_s, u"Old"_s))};
    cached.logos.insert(u"x.png"_s, "bytes");
    SnapshotMirror mirror;
    mirror.reset(cached);
    QVERIFY(mirror.snapshot().logos.isEmpty()); // the bytes went to the logo cache

    WrongCredentials marks;
    marks.byCode.insert(u"erp"_s, {});
    const QDateTime synced(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC);
    QStringList vanished;
    const CacheSnapshot written =
        mirror.applyRefresh({listed(u"erp"_s, u"ERP renamed"_s), listed(u"new"_s, u"New"_s)}, marks,
                            true, synced, &vanished);
    QCOMPARE(vanished, QStringList{u"old"_s});
    // What goes to the cache: list items only (it keeps the details itself), the marks, the
    // limit, the time; nothing about roles, groups or logos.
    QCOMPARE(written.codes(), (QStringList{u"erp"_s, u"new"_s}));
    QVERIFY(!written.connections[0].hasDetails);
    QCOMPARE(written.wrongCredentials, marks);
    QCOMPARE(written.maxLimitReached, std::optional<bool>(true));
    QCOMPARE(written.syncedAt, synced);
    QVERIFY(!written.roles && !written.groups && written.logos.isEmpty());
    // The copy keeps erp's details, with the new label.
    const CachedConnection *erp = mirror.find(u"erp"_s);
    QVERIFY(erp && erp->hasDetails);
    QCOMPARE(erp->connection.label, u"ERP renamed"_s);
    QCOMPARE(erp->clientId, u"1_erp"_s);
    QVERIFY(!mirror.find(u"old"_s));
}

void TestWorkspaceParts::mirrorKeepsTheLimitWhenUnknown()
{
    CacheSnapshot cached;
    cached.maxLimitReached = true;
    cached.roles = QList<UserRole>{{u"1"_s, u"ROLE_USER"_s, u"User"_s, u"default"_s}};
    SnapshotMirror mirror;
    mirror.reset(cached);
    const CacheSnapshot written = mirror.applyRefresh({}, {}, std::nullopt, QDateTime());
    QVERIFY(!written.maxLimitReached);
    QCOMPARE(mirror.snapshot().maxLimitReached, std::optional<bool>(true));
    QCOMPARE(mirror.snapshot().roles, cached.roles);
}

void TestWorkspaceParts::mirrorDoesNotTakeANewConnectionForAVanishedOne()
{
    SnapshotMirror mirror;
    mirror.reset({});
    mirror.storeDetails(withDetails(u"created"_s)); // created while a refresh was under way
    QStringList vanished;
    mirror.applyRefresh({listed(u"erp"_s, u"ERP"_s)}, {}, false, QDateTime(), &vanished);
    QVERIFY(vanished.isEmpty());
    mirror.applyRefresh({listed(u"erp"_s, u"ERP"_s), listed(u"created"_s, u"C"_s)}, {}, false,
                        QDateTime(), &vanished);
    QVERIFY(vanished.isEmpty());
    mirror.applyRefresh({listed(u"created"_s, u"C"_s)}, {}, false, QDateTime(), &vanished);
    QCOMPARE(vanished, QStringList{u"erp"_s});
}

void TestWorkspaceParts::mirrorUpdateAndRemove()
{
    SnapshotMirror mirror;
    CacheSnapshot cached;
    cached.connections = {withDetails(u"erp"_s),
                          CachedConnection::fromListItem(listed(u"shop"_s, u"Shop"_s))};
    cached.wrongCredentials.byCode.insert(u"shop"_s, {});
    mirror.reset(cached);

    ConnectionUpdate update;
    update.code = u"erp"_s;
    update.label = u"ERP 2"_s;
    update.flowType = FlowType::Other;
    update.userRoleId = u"2"_s;
    update.userGroupId = u"4"_s;
    const QDateTime when(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    const auto erp = mirror.applyUpdate(update, when);
    QVERIFY(erp);
    QCOMPARE(erp->connection.label, u"ERP 2"_s);
    QCOMPARE(erp->connection.flowType, FlowType::Other);
    QCOMPARE(erp->userRoleId, u"2"_s);
    QCOMPARE(erp->userGroupId, std::optional<QString>(u"4"_s));
    QCOMPARE(erp->detailsFetchedAt, when);

    update.code = u"shop"_s; // no details known: only the list fields change
    const auto shop = mirror.applyUpdate(update, when);
    QVERIFY(shop && !shop->hasDetails);
    QVERIFY(shop->userRoleId.isEmpty());
    update.code = u"nowhere"_s;
    QVERIFY(!mirror.applyUpdate(update, when));

    mirror.remove(u"shop"_s);
    QCOMPARE(mirror.snapshot().codes(), QStringList{u"erp"_s});
    QVERIFY(mirror.snapshot().wrongCredentials.isEmpty());
}

void TestWorkspaceParts::fingerprints()
{
    SecretFingerprints prints;
    const QByteArray a = SecretFingerprints::fingerprint(u"secret-a"_s);
    QCOMPARE(a.size(), 32);
    QVERIFY(!a.contains("secret-a"));
    QVERIFY(!prints.matches(u"erp"_s, a));
    prints.remember(u"erp"_s, a);
    QVERIFY(prints.matches(u"erp"_s, a));
    QVERIFY(!prints.matches(u"erp"_s, SecretFingerprints::fingerprint(u"secret-b"_s)));
    QVERIFY(!prints.matches(u"shop"_s, a));
    prints.forget(u"erp"_s);
    QVERIFY(!prints.matches(u"erp"_s, a));
    QVERIFY(SecretFingerprints::fingerprint(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceParts)
#include "tst_workspaceparts.moc"
