// Workspace: start and sign-in. The cached overview comes first, then the PIM with the password
// given or remembered; a refused password is asked again and never remembered; signing out
// forgets the password in memory.
#include "WorkspaceFixture.h"
#include "items/ConnectionListModel.h"
#include "store/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

class TestWorkspaceStart : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void cachedSnapshotIsShownBeforeAnyRequest();
    void withoutPasswordItAsksForOne();
    void startsWithTheRememberedPassword();
    void rememberedOnlyOnceThePimAcceptedIt();
    void refusedPasswordAsksAgainWithTheReason();
    void signOutForgetsThePasswordInMemory();
    void typedPasswordWinsOverTheKeychain();
    void passwordTypedDuringASignInIsTriedNext();
    void signOutWhileReadingTheKeychainSignsNothingIn();
};

void TestWorkspaceStart::cachedSnapshotIsShownBeforeAnyRequest()
{
    CacheSnapshot cached;
    cached.connections = {
        CachedConnection::fromListItem(listed(u"old"_s, u"Old one"_s, u"x/old.png"_s))};
    cached.logos.insert(u"x/old.png"_s, FakeConnectionsPim::logoBytes());
    cached.wrongCredentials.byCode.insert(u"old"_s, {{u"someone"_s, fixedNow.addDays(-3)}});
    cached.maxLimitReached = true;
    cached.syncedAt = fixedNow.addDays(-1);
    seedCache(cached);

    Workspace *workspace = makeWorkspace();
    QCOMPARE(workspace->connectivity(), Connectivity::Starting);
    int requestsWhenLoaded = -1;
    int rowsWhenLoaded = -1;
    connect(workspace, &Workspace::snapshotLoaded, this, [&] {
        requestsWhenLoaded = int(m_network->requests().size());
        rowsWhenLoaded = workspace->model()->rowCount();
    });
    QSignalSpy loaded(workspace, &Workspace::snapshotLoaded);
    QVERIFY(startOnline(workspace));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(requestsWhenLoaded, 0);
    QCOMPARE(rowsWhenLoaded, 1);

    // Then the PIM's list replaced it in place, and its state came along.
    QCOMPARE(workspace->model()->connections().size(), 2);
    QCOMPARE(workspace->model()->connectionAt(0).code, u"erp"_s);
    QVERIFY(!workspace->limitReached());
    QVERIFY(workspace->wrongCredentials().isEmpty());
    QCOMPARE(workspace->syncedAt(), fixedNow);
}

void TestWorkspaceStart::withoutPasswordItAsksForOne()
{
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait());
    QVERIFY(!asked.first().first().value<ApiError>().isError()); // none known, nothing refused
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QVERIFY(m_network->requests().isEmpty());
    QVERIFY(!workspace->canWrite());
    QVERIFY(!workspace->writeDisabledReason().isEmpty());

    QSignalSpy signedIn(workspace, &Workspace::signedIn);
    workspace->setPassword(m_pim->auth.password, false);
    QVERIFY(signedIn.wait());
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    QVERIFY(workspace->canWrite());
    QVERIFY(workspace->writeDisabledReason().isEmpty());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::adminPassword(pimUrl, u"admin"_s))); // not asked to remember
    QCOMPARE(asked.size(), 1);
}

void TestWorkspaceStart::startsWithTheRememberedPassword()
{
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    QSignalSpy states(workspace, &Workspace::connectivityChanged);
    QVERIFY(startOnline(workspace));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(m_pim->auth.successfulSignIns(), 1);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states[0][0].value<Connectivity>(), Connectivity::Connecting);
    QCOMPARE(states[1][0].value<Connectivity>(), Connectivity::Online);
    QCOMPARE(workspace->model()->rowCount(), 2);
}

void TestWorkspaceStart::rememberedOnlyOnceThePimAcceptedIt()
{
    const SecretKey admin = SecretKey::adminPassword(pimUrl, u"admin"_s);
    rememberAdminPassword(u"an old password"_s);
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait());
    QCOMPARE(asked.last().first().value<ApiError>().kind, Kind::SignInRefused);

    workspace->setPassword(u"wrong too"_s, true);
    QVERIFY(asked.wait());
    QCOMPARE(asked.size(), 2);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(admin), u"an old password"_s); // a refused password is not remembered

    workspace->setPassword(m_pim->auth.password, true);
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(admin), m_pim->auth.password); // replaced once accepted
}

void TestWorkspaceStart::refusedPasswordAsksAgainWithTheReason()
{
    rememberAdminPassword(u"not it"_s);
    Workspace *workspace = makeWorkspace(fastRetries());
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QVERIFY(asked.wait());
    const ApiError reason = asked.first().first().value<ApiError>();
    QCOMPARE(reason.kind, Kind::SignInRefused);
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QCOMPARE(workspace->offlineReason().kind, Kind::SignInRefused);
    QCOMPARE(workspace->writeDisabledReason(),
             Workspace::tr("Sign in to the PIM to make changes."));
    // No retry with a password the PIM refused: it waits for a new one.
    QTest::qWait(200);
    QCOMPARE(m_pim->auth.loginChecks(), 1);
    QCOMPARE(asked.size(), 1);
    // Asking to refresh asks for the password again.
    workspace->refresh();
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(m_pim->auth.loginChecks(), 1);
}

void TestWorkspaceStart::signOutForgetsThePasswordInMemory()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->signOut();
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    QCOMPARE(workspace->offlineReason().kind, Kind::SignedOut);
    QVERIFY(!workspace->canWrite());
    QCOMPARE(workspace->model()->rowCount(), 2); // still shown
    workspace->refresh();
    QTRY_COMPARE(asked.size(), 1);
    QVERIFY(!asked.first().first().value<ApiError>().isError());
    // The keychain keeps the remembered one until asked to forget it.
    QVERIFY(inKeychain(SecretKey::adminPassword(pimUrl, u"admin"_s)));
    Answer<SecretResult> forgotten;
    workspace->forgetRememberedPassword(this, forgotten.callback());
    QVERIFY(forgotten.wait());
    QVERIFY(forgotten.value().ok());
    QVERIFY(!inKeychain(SecretKey::adminPassword(pimUrl, u"admin"_s)));
}

void TestWorkspaceStart::typedPasswordWinsOverTheKeychain()
{
    rememberAdminPassword(u"an old password"_s);
    m_keychain->mode = FakeSecretBackend::Mode::Hang;
    Workspace *workspace = makeWorkspace();
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QTRY_COMPARE(m_keychain->heldCount(), 1); // reading the remembered password
    QCOMPARE(workspace->connectivity(), Connectivity::Connecting);
    workspace->setPassword(m_pim->auth.password, false);
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    m_keychain->releaseHeld(); // the remembered one comes too late: not tried
    QVERIFY(waitIdle(workspace));
    QTest::qWait(50);
    QCOMPARE(m_pim->auth.loginChecks(), 1);
    QCOMPARE(workspace->connectivity(), Connectivity::Online);
    QCOMPARE(asked.size(), 0);
}

void TestWorkspaceStart::passwordTypedDuringASignInIsTriedNext()
{
    rememberAdminPassword(u"an old password"_s);
    // The sign-in with the remembered password takes a while, and fails.
    m_network->queueAnswer(
        "POST", u"/user/login-check"_s,
        FakeAnswer::failure(QNetworkReply::RemoteHostClosedError, u"closed"_s).delayed(500));
    Workspace *workspace = makeWorkspace(fastRetries());
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    QSignalSpy states(workspace, &Workspace::connectivityChanged);
    workspace->start();
    QTRY_COMPARE(m_network->count("POST", u"/user/login-check"_s), 1);
    workspace->setPassword(m_pim->auth.password, true);
    // Once the first sign-in has ended, the typed password is tried: no offline in between.
    QTRY_COMPARE(workspace->connectivity(), Connectivity::Online);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(m_pim->auth.successfulSignIns(), 1);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.last().first().value<Connectivity>(), Connectivity::Online);
    QCOMPARE(keychain(SecretKey::adminPassword(pimUrl, u"admin"_s)), m_pim->auth.password);
}

void TestWorkspaceStart::signOutWhileReadingTheKeychainSignsNothingIn()
{
    rememberAdminPassword(m_pim->auth.password);
    m_keychain->mode = FakeSecretBackend::Mode::Hang;
    Workspace *workspace = makeWorkspace(fastRetries());
    QSignalSpy asked(workspace, &Workspace::passwordRequired);
    workspace->start();
    QTRY_COMPARE(m_keychain->heldCount(), 1);
    workspace->signOut();
    QCOMPARE(workspace->connectivity(), Connectivity::Offline);
    m_keychain->mode = FakeSecretBackend::Mode::Normal;
    m_keychain->releaseHeld(); // the remembered password arrives after the sign-out
    QTest::qWait(150);
    QVERIFY(m_network->requests().isEmpty());
    QCOMPARE(workspace->offlineReason().kind, Kind::SignedOut);
    QCOMPARE(asked.size(), 0);
    // Asking to refresh asks for a password, as after any sign-out.
    workspace->refresh();
    QTRY_COMPARE(asked.size(), 1);
}

QTEST_MAIN(TestWorkspaceStart)
#include "tst_workspacestart.moc"
