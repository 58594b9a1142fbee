// WorkspaceStateMachine: every transition of its table, the ignored events included, one row
// each; and a check that every phase has met every event in these rows.
#include "workspace/WorkspaceStateMachine.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

#include <algorithm>

using Machine = WorkspaceStateMachine;
using P = Machine::Phase;
using S = Machine::SignIn;
using E = Machine::Event;
using A = Machine::Action;
using F = FailureClass;

namespace {

Machine::State st(P phase, S signIn = S::None, bool listArrived = false)
{
    return Machine::State{phase, signIn, listArrived};
}

// The session as the event finds it.
Machine::Facts noPassword(F failure = F::Ignored)
{
    Machine::Facts facts;
    facts.failure = failure;
    return facts;
}
Machine::Facts password(F failure = F::Ignored)
{
    Machine::Facts facts = noPassword(failure);
    facts.hasPassword = true;
    return facts;
}
Machine::Facts signedIn()
{
    Machine::Facts facts = password();
    facts.signedIn = true;
    return facts;
}
Machine::Facts signingIn()
{
    Machine::Facts facts = password();
    facts.signingIn = true;
    return facts;
}

const Machine::Setup normal{false, true};
const Machine::Setup forced{true, false};
const Machine::Setup badAddress{false, false};

const QList<P> allPhases{P::Idle,           P::LoadingSnapshot, P::ForcedOffline,
                         P::BadAddress,     P::ReadingKeychain, P::Connecting,
                         P::Online,         P::WaitingToRetry,  P::Disconnected,
                         P::PasswordNeeded, P::Closing};
const QList<P> inert{P::Idle, P::LoadingSnapshot, P::ForcedOffline, P::BadAddress};
const QList<P> live{P::Connecting, P::Online, P::WaitingToRetry, P::Disconnected,
                    P::PasswordNeeded};

template<typename T> QByteArray key(T value)
{
    return QMetaEnum::fromType<T>().valueToKey(int(value));
}

QByteArray text(Machine::Actions actions)
{
    const QMetaObject &meta = Machine::staticMetaObject;
    const QMetaEnum flags = meta.enumerator(meta.indexOfEnumerator("Actions"));
    return actions ? flags.valueToKeys(int(actions)) : QByteArray("-");
}

struct Row
{
    QByteArray name;
    Machine::Setup setup;
    Machine::State from;
    E event;
    Machine::Facts facts;
    bool accepted = true;
    Machine::State to;
    Machine::Actions actions;
};

class Rows
{
public:
    // `from` × `event` → `to` with `actions`.
    Rows &go(const char *note, Machine::State from, E event, Machine::Facts facts,
             Machine::State to, Machine::Actions actions = {}, Machine::Setup setup = normal)
    {
        m_rows.append({key(from.phase) + ' ' + key(event) + ' ' + note, setup, from, event, facts,
                       true, to, actions});
        return *this;
    }
    // `event` in each of `phases`: nothing changes, nothing to do.
    Rows &ignored(E event, const QList<P> &phases, Machine::Facts facts = password(),
                  const char *note = "")
    {
        for (P phase : phases) {
            const Machine::State same = st(phase);
            m_rows.append({key(phase) + ' ' + key(event) + " ignored " + note,
                           normal,
                           same,
                           event,
                           facts,
                           false,
                           same,
                           {}});
        }
        return *this;
    }
    QList<Row> rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

QList<P> except(const QList<P> &phases)
{
    QList<P> rest;
    for (P phase : allPhases) {
        if (!phases.contains(phase))
            rest.append(phase);
    }
    return rest;
}

const QList<Row> &table()
{
    static const QList<Row> rows = [] {
        const auto retry = A::StopRetry | A::ResetBackoff;
        const auto ask = A::GoOffline | A::AskPassword;
        const auto unreachable = A::GoOffline | A::ScheduleRetry;
        const auto online = A::ApplyRefresh | A::GoOnline;
        const auto signOut = A::EndSession | A::StopRetry;
        Rows r;
        r.go("", st(P::Idle), E::Start, noPassword(), st(P::LoadingSnapshot), A::LoadSnapshot)
            .ignored(E::Start, except({P::Idle}));

        const P loading = P::LoadingSnapshot;
        r.go("forced", st(loading), E::SnapshotLoaded, password(), st(P::ForcedOffline), {}, forced)
            .go("bad address", st(loading), E::SnapshotLoaded, password(), st(P::BadAddress),
                A::GoOffline, badAddress)
            .go("password", st(loading), E::SnapshotLoaded, password(),
                st(P::Connecting, S::ThenRefresh), A::StartSignIn)
            .go("no password", st(loading), E::SnapshotLoaded, noPassword(), st(P::ReadingKeychain),
                A::ReadKeychain)
            .ignored(E::SnapshotLoaded, except({loading}));

        const P keychain = P::ReadingKeychain;
        r.go("", st(keychain), E::RememberedPassword, password(), st(P::Connecting, S::ThenRefresh),
             A::StartSignIn)
            .ignored(E::RememberedPassword, except({keychain}))
            .go("", st(keychain), E::NoRememberedPassword, noPassword(), st(P::PasswordNeeded), ask)
            .ignored(E::NoRememberedPassword, except({keychain}));

        r.go("", st(keychain), E::PasswordGiven, password(), st(P::Connecting, S::ThenRefresh),
             retry | A::StartSignIn);
        for (P phase : live) {
            const P next = phase == P::Online ? P::Online : P::Connecting;
            r.go("", st(phase), E::PasswordGiven, password(), st(next, S::ThenRefresh),
                 retry | A::StartSignIn)
                .go("while signing in", st(phase, S::ThenRefresh), E::PasswordGiven, signingIn(),
                    st(next, S::AgainThenRefresh), retry);
        }
        r.go("after again", st(P::Connecting, S::AgainThenRefresh), E::PasswordGiven, password(),
             st(P::Connecting, S::ThenRefresh), retry | A::StartSignIn)
            .ignored(E::PasswordGiven, inert + QList<P>{P::Closing});

        r.go("signed in", st(P::Online), E::RefreshAsked, signedIn(), st(P::Online),
             retry | A::RefreshList)
            .go("signed in", st(P::WaitingToRetry), E::RefreshAsked, signedIn(),
                st(P::Disconnected), retry | A::RefreshList)
            .go("password", st(P::WaitingToRetry), E::RefreshAsked, password(),
                st(P::Disconnected, S::ThenRefresh), retry | A::StartSignIn)
            .go("password", st(P::Disconnected), E::RefreshAsked, password(),
                st(P::Disconnected, S::ThenRefresh), retry | A::StartSignIn)
            .go("password, again", st(P::Connecting, S::AgainThenRefresh), E::RefreshAsked,
                password(), st(P::Connecting, S::AgainThenRefresh), retry | A::StartSignIn)
            .go("no password", st(P::Online), E::RefreshAsked, noPassword(), st(P::PasswordNeeded),
                retry | ask)
            .go("no password", st(P::Disconnected), E::RefreshAsked, noPassword(),
                st(P::PasswordNeeded), retry | ask)
            .go("asks again", st(P::PasswordNeeded), E::RefreshAsked, noPassword(),
                st(P::PasswordNeeded), retry | ask)
            .go("password", st(P::PasswordNeeded), E::RefreshAsked, password(),
                st(P::PasswordNeeded, S::ThenRefresh), retry | A::StartSignIn)
            .go("signed in", st(P::PasswordNeeded), E::RefreshAsked, signedIn(),
                st(P::PasswordNeeded), retry | A::RefreshList)
            .ignored(E::RefreshAsked, except(live));

        const P waiting = P::WaitingToRetry;
        r.go("signed in", st(waiting), E::RetryDue, signedIn(), st(P::Disconnected), A::RefreshList)
            .go("password", st(waiting), E::RetryDue, password(),
                st(P::Disconnected, S::ThenRefresh), A::StartSignIn)
            .go("no password", st(waiting), E::RetryDue, noPassword(), st(P::PasswordNeeded), ask)
            .ignored(E::RetryDue, except({waiting}));

        r.go("ours", st(P::Connecting, S::ThenRefresh), E::SignedIn, signedIn(), st(P::Connecting),
             A::AcceptSignIn | A::RefreshList)
            .go("renewal", st(P::Online), E::SignedIn, signedIn(), st(P::Online), A::AcceptSignIn)
            .go("again", st(P::Connecting, S::AgainThenRefresh), E::SignedIn, signedIn(),
                st(P::Connecting, S::ThenRefresh), A::StartSignIn)
            .go("ours", st(P::PasswordNeeded, S::ThenRefresh), E::SignedIn, signedIn(),
                st(P::Disconnected), A::AcceptSignIn | A::RefreshList)
            .go("again", st(P::PasswordNeeded, S::AgainThenRefresh), E::SignedIn, signedIn(),
                st(P::PasswordNeeded, S::ThenRefresh), A::StartSignIn)
            .go("renewal", st(waiting), E::SignedIn, signedIn(), st(waiting), A::AcceptSignIn)
            .go("ours", st(P::Disconnected, S::ThenRefresh), E::SignedIn, signedIn(),
                st(P::Disconnected), A::AcceptSignIn | A::RefreshList)
            .ignored(E::SignedIn, except(live), signedIn());

        const Machine::State ours = st(P::Connecting, S::ThenRefresh);
        r.go("again", st(P::Connecting, S::AgainThenRefresh), E::SignInFailed,
             password(F::NeedsPassword), ours, A::StartSignIn)
            .go("cancelled", ours, E::SignInFailed, password(F::Ignored), st(P::Connecting))
            .go("refused password", ours, E::SignInFailed, password(F::NeedsPassword),
                st(P::PasswordNeeded), A::ForgetPassword | A::StopRetry | ask)
            .go("refused again", st(P::PasswordNeeded, S::ThenRefresh), E::SignInFailed,
                password(F::NeedsPassword), st(P::PasswordNeeded), A::ForgetPassword | A::StopRetry)
            .go("unreachable", ours, E::SignInFailed, password(F::Unreachable), st(waiting),
                unreachable)
            .go("refused", st(P::Online, S::ThenRefresh), E::SignInFailed, password(F::Refused),
                st(waiting), unreachable)
            .go("unreachable", st(P::Disconnected), E::SignInFailed, password(F::Unreachable),
                st(waiting), unreachable)
            .go("unreachable", st(waiting), E::SignInFailed, password(F::Unreachable), st(waiting),
                A::GoOffline)
            .go("unreachable", st(P::PasswordNeeded), E::SignInFailed, password(F::Unreachable),
                st(P::PasswordNeeded), A::GoOffline)
            .ignored(E::SignInFailed, except(live), password(F::Unreachable));

        r.go("unreachable", st(P::Online), E::CallFailed, password(F::Unreachable), st(waiting),
             unreachable)
            .go("unreachable, ours kept", ours, E::CallFailed, password(F::Unreachable),
                st(waiting, S::ThenRefresh), unreachable)
            .go("unreachable", st(waiting), E::CallFailed, password(F::Unreachable), st(waiting),
                A::GoOffline)
            .go("unreachable", st(P::PasswordNeeded), E::CallFailed, password(F::Unreachable),
                st(P::PasswordNeeded), A::GoOffline)
            .go("password", st(P::Online), E::CallFailed, password(F::NeedsPassword),
                st(P::PasswordNeeded), A::StopRetry | ask)
            .go("password", st(waiting), E::CallFailed, noPassword(F::NeedsPassword),
                st(P::PasswordNeeded), A::StopRetry | ask)
            .go("password", st(P::Disconnected), E::CallFailed, noPassword(F::NeedsPassword),
                st(P::PasswordNeeded), A::StopRetry | ask)
            .go("password again", st(P::PasswordNeeded), E::CallFailed, password(F::NeedsPassword),
                st(P::PasswordNeeded), A::StopRetry)
            .ignored(E::CallFailed, {P::Online, P::Disconnected}, password(F::Refused), "refused")
            .ignored(E::CallFailed, {P::Online}, password(F::Ignored), "cancelled")
            .ignored(E::CallFailed, except(live), password(F::Unreachable));

        for (P phase : live)
            r.go("", st(phase), E::ListArrived, signedIn(), st(phase, S::None, true));
        r.ignored(E::ListArrived, except(live), signedIn());

        r.go("complete", st(P::Connecting, S::None, true), E::RoundEnded, signedIn(), st(P::Online),
             online)
            .go("complete", st(P::Online, S::None, true), E::RoundEnded, signedIn(), st(P::Online),
                online)
            .go("complete", st(waiting, S::None, true), E::RoundEnded, signedIn(), st(P::Online),
                online)
            .go("partial", st(P::Disconnected, S::None, true), E::RoundEnded,
                password(F::Unreachable), st(P::Online), online)
            .go("partial, refused", st(P::PasswordNeeded, S::None, true), E::RoundEnded,
                password(F::Refused), st(P::Online), online | A::ReportError)
            .go("refused", st(P::Connecting), E::RoundEnded, password(F::Refused), st(P::Online),
                A::GoOnline | A::ReportError)
            .go("refused", st(P::Online), E::RoundEnded, password(F::Refused), st(P::Online),
                A::ReportError)
            .go("refused", st(P::Disconnected), E::RoundEnded, password(F::Refused),
                st(P::Disconnected), A::ReportError)
            .go("unreachable", st(P::Online), E::RoundEnded, password(F::Unreachable), st(waiting),
                unreachable)
            .go("password", st(P::Connecting), E::RoundEnded, password(F::NeedsPassword),
                st(P::PasswordNeeded), A::StopRetry | ask)
            .go("password again", st(P::PasswordNeeded), E::RoundEnded, password(F::NeedsPassword),
                st(P::PasswordNeeded), A::StopRetry)
            .ignored(E::RoundEnded, {P::Online}, password(F::Ignored), "cancelled")
            .ignored(E::RoundEnded, except(live), password(F::Refused));

        for (P phase : inert)
            r.go("", st(phase), E::SignOut, password(), st(phase), signOut);
        r.go("", st(keychain), E::SignOut, noPassword(), st(P::Disconnected),
             signOut | A::GoOffline)
            .go("", st(P::Connecting, S::AgainThenRefresh, true), E::SignOut, signingIn(),
                st(P::Disconnected), signOut | A::GoOffline)
            .go("", st(P::Online, S::ThenRefresh), E::SignOut, signedIn(), st(P::Disconnected),
                signOut | A::GoOffline)
            .go("", st(waiting), E::SignOut, password(), st(P::Disconnected),
                signOut | A::GoOffline)
            .go("", st(P::Disconnected), E::SignOut, password(), st(P::Disconnected),
                signOut | A::GoOffline)
            .go("", st(P::PasswordNeeded, S::ThenRefresh), E::SignOut, password(),
                st(P::PasswordNeeded), signOut | A::GoOffline)
            .ignored(E::SignOut, {P::Closing});

        for (P phase : except({P::Closing}))
            r.go("", st(phase, S::ThenRefresh), E::Close, password(),
                 st(P::Closing, S::ThenRefresh), A::StopRetry);
        r.ignored(E::Close, {P::Closing});
        return r.rows();
    }();
    return rows;
}

} // namespace

class TestWorkspaceState : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void everyPhaseMeetsEveryEvent();
    void connectivityOfEachPhase_data();
    void connectivityOfEachPhase();
    void handleMovesPeekDoesNot();
};

void TestWorkspaceState::transitions_data()
{
    QTest::addColumn<int>("row");
    QSet<QByteArray> names;
    for (int i = 0; i < table().size(); ++i) {
        const QByteArray name = table().at(i).name;
        QVERIFY2(!names.contains(name), name.constData()); // each row says which it is
        names.insert(name);
        QTest::addRow("%s", name.constData()) << i;
    }
}

void TestWorkspaceState::transitions()
{
    QFETCH(int, row);
    const Row &r = table().at(row);
    const Machine::Transition t = Machine::transition(r.setup, r.from, r.event, r.facts);
    QCOMPARE(t.accepted, r.accepted);
    QCOMPARE(t.next.phase, r.to.phase);
    QCOMPARE(t.next.signIn, r.to.signIn);
    QCOMPARE(t.next.listArrived, r.to.listArrived);
    QCOMPARE(text(t.actions), text(r.actions));
}

void TestWorkspaceState::everyPhaseMeetsEveryEvent()
{
    const QMetaEnum events = QMetaEnum::fromType<E>();
    for (P phase : allPhases) {
        for (int i = 0; i < events.keyCount(); ++i) {
            const E event = E(events.value(i));
            const bool tested = std::any_of(table().cbegin(), table().cend(), [&](const Row &r) {
                return r.from.phase == phase && r.event == event;
            });
            QVERIFY2(tested,
                     QByteArray(key(phase) + " x " + key(event) + " has no row").constData());
        }
    }
    QCOMPARE(allPhases.size(), QMetaEnum::fromType<P>().keyCount());
}

void TestWorkspaceState::connectivityOfEachPhase_data()
{
    using C = Workspace::Connectivity;
    QTest::addColumn<P>("phase");
    QTest::addColumn<C>("connectivity");
    const QList<std::pair<P, C>> expected{{P::Idle, C::Starting},
                                          {P::LoadingSnapshot, C::Starting},
                                          {P::ForcedOffline, C::Offline},
                                          {P::BadAddress, C::Offline},
                                          {P::ReadingKeychain, C::Connecting},
                                          {P::Connecting, C::Connecting},
                                          {P::Online, C::Online},
                                          {P::WaitingToRetry, C::Offline},
                                          {P::Disconnected, C::Offline},
                                          {P::PasswordNeeded, C::Offline},
                                          {P::Closing, C::Offline}};
    QCOMPARE(expected.size(), allPhases.size());
    for (const auto &[phase, connectivity] : expected)
        QTest::addRow("%s", key(phase).constData()) << phase << connectivity;
}

void TestWorkspaceState::connectivityOfEachPhase()
{
    QFETCH(P, phase);
    QFETCH(Workspace::Connectivity, connectivity);
    QCOMPARE(Machine::connectivityOf(phase), connectivity);
}

void TestWorkspaceState::handleMovesPeekDoesNot()
{
    Machine machine({false, true});
    QCOMPARE(machine.phase(), P::Idle);
    QCOMPARE(machine.connectivity(), Workspace::Connectivity::Starting);
    const Machine::Transition peeked = machine.peek(E::Start, noPassword());
    QVERIFY(peeked.accepted);
    QCOMPARE(machine.phase(), P::Idle);
    QCOMPARE(machine.handle(E::Start, noPassword()).next.phase, P::LoadingSnapshot);
    QCOMPARE(machine.phase(), P::LoadingSnapshot);
    // Ignored: the state stays as it was.
    QVERIFY(!machine.handle(E::Start, noPassword()).accepted);
    QCOMPARE(machine.phase(), P::LoadingSnapshot);
    QVERIFY(machine.handle(E::SnapshotLoaded, noPassword()).accepted);
    QCOMPARE(machine.phase(), P::ReadingKeychain);
    QVERIFY(machine.handle(E::PasswordGiven, password()).accepted);
    QCOMPARE(machine.state(), st(P::Connecting, S::ThenRefresh));
    // The remembered password that arrives now is not used: the typed one is being tried.
    QVERIFY(!machine.peek(E::RememberedPassword, password()).accepted);

    // Forced offline: the PIM is never called, whatever is said.
    Machine offline(forced);
    offline.handle(E::Start, password());
    offline.handle(E::SnapshotLoaded, password());
    QCOMPARE(offline.phase(), P::ForcedOffline);
    for (E event : {E::PasswordGiven, E::RefreshAsked, E::RetryDue, E::CallFailed})
        QVERIFY(!offline.handle(event, password(F::Unreachable)).accepted);
    QCOMPARE(offline.connectivity(), Workspace::Connectivity::Offline);
}

QTEST_MAIN(TestWorkspaceState)
#include "tst_workspacestate.moc"
