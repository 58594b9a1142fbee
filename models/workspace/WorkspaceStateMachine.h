#pragma once

#include "workspace/FailureClass.h"
#include "workspace/Workspace.h"

#include <QFlags>
#include <QObject>

// The life cycle of a Workspace (start, sign-in, refresh, offline and back: see Workspace.h) as
// one state machine. It decides; Workspace::Private does what it decides (the actions) and
// tells it what happened (the events). Pure: no Qt object, no timer, no network.
//
// The state has three parts, each changed only here:
//  - the phase: what the workspace is doing or waiting for; connectivityOf(phase) is what
//    Workspace::connectivity() says;
//  - signIn: whether the session's sign-in under way is ours, and what to do when it ends;
//  - listArrived: the controller's current refresh round got the list (set by ListArrived,
//    read and cleared by RoundEnded, which always follows it).
//
// Phases. "Live" below means Connecting, Online, WaitingToRetry, Disconnected, PasswordNeeded.
//   Idle             Starting    constructed; start() not called yet
//   LoadingSnapshot  Starting    the cached snapshot is loading; nothing asked of the PIM
//   ForcedOffline    Offline     --offline: the PIM is never called (until Close)
//   BadAddress       Offline     the PIM's address was refused: nothing can be called
//   ReadingKeychain  Connecting  reading the remembered administrator password
//   Connecting       Connecting  signing in and refreshing, first time or with a new password
//   Online           Online      the last refresh succeeded (docs/pim-api.md §2)
//   WaitingToRetry   Offline     the PIM cannot be reached; the retry timer runs (and only
//                                here: every way out of this phase stops it)
//   Disconnected     Offline     no timer, no question: after signOut(), or while an attempt
//                                made from offline (refresh(), the timer) is under way
//   PasswordNeeded   Offline     passwordRequired() was emitted; no retry until a password
//   Closing          -           the destructor runs: every event is ignored
//
// Transitions: state × event [guard on the Facts] → next phase; actions; what changes in signIn
// and listArrived. A pair not listed is ignored: nothing changes, no action, accepted is false.
//
//  Idle             Start                → LoadingSnapshot; LoadSnapshot
//  LoadingSnapshot  SnapshotLoaded
//                     [forced offline]   → ForcedOffline
//                     [bad address]      → BadAddress; GoOffline
//                     [hasPassword]      → Connecting; StartSignIn; signIn=ThenRefresh
//                     [else]             → ReadingKeychain; ReadKeychain
//  ReadingKeychain  RememberedPassword   → Connecting; StartSignIn; signIn=ThenRefresh
//  ReadingKeychain  NoRememberedPassword → PasswordNeeded; GoOffline AskPassword
//  ReadingKeychain  PasswordGiven        → Connecting (Online stays Online); StopRetry
//    or Live                               ResetBackoff, and
//                     [signingIn]          signIn=AgainThenRefresh (once the sign-in ends)
//                     [else]               StartSignIn; signIn=ThenRefresh
//  WaitingToRetry   RetryDue
//                     [signedIn]         → Disconnected; RefreshList
//                     [hasPassword]      → Disconnected; StartSignIn; signIn None→ThenRefresh
//                     [else]             → PasswordNeeded; GoOffline AskPassword
//  Live             RefreshAsked         StopRetry ResetBackoff, and RetryDue's three cases
//                                          (where they go to Disconnected, other phases stay)
//  Live             SignedIn
//                     [signIn=Again]     → same; StartSignIn; signIn=ThenRefresh
//                     [else]             → PasswordNeeded→Disconnected, others stay;
//                                          AcceptSignIn, and with signIn=ThenRefresh:
//                                          RefreshList; signIn=None
//  Live             SignInFailed
//                     [signIn=Again]     → same; StartSignIn; signIn=ThenRefresh
//                     [else]               signIn=None, and by Facts::failure:
//                     [Ignored]          → same
//                     [NeedsPassword]    → ForgetPassword, and "needs password"
//                     [Unreachable]      → "unreachable"
//                     [Refused]          → "unreachable" (not signed in: the PIM is unusable)
//  Live             CallFailed
//                     [Unreachable]      → "unreachable"
//                     [NeedsPassword]    → "needs password"
//                     [Refused, Ignored]   ignored (the caller reports it)
//  Live             ListArrived          → same; listArrived=true
//  Live             RoundEnded             listArrived=false, and
//                     [listArrived]      → Online; ApplyRefresh GoOnline, ReportError if Refused
//                     [Unreachable]      → "unreachable"
//                     [NeedsPassword]    → "needs password"
//                     [Refused]          → Connecting→Online (GoOnline), others stay; ReportError
//                     [Ignored]            ignored
//  Idle, LoadingSnapshot, ForcedOffline, BadAddress
//                   SignOut              → same; EndSession StopRetry; signIn=None
//  ReadingKeychain or Live
//                   SignOut              → Disconnected (PasswordNeeded stays); EndSession
//                                          StopRetry GoOffline; signIn=None, listArrived=false
//  all but Closing  Close                → Closing; StopRetry
// with
//  "unreachable":    PasswordNeeded and WaitingToRetry stay; GoOffline (the new reason). The
//                    others → WaitingToRetry; GoOffline ScheduleRetry.
//  "needs password": PasswordNeeded stays; StopRetry (asked already). The others →
//                    PasswordNeeded; StopRetry GoOffline AskPassword.
class WorkspaceStateMachine
{
    Q_GADGET

public:
    enum class Phase {
        Idle,
        LoadingSnapshot,
        ForcedOffline,
        BadAddress,
        ReadingKeychain,
        Connecting,
        Online,
        WaitingToRetry,
        Disconnected,
        PasswordNeeded,
        Closing,
    };
    Q_ENUM(Phase)

    // What happens when the session's sign-in under way ends.
    enum class SignIn {
        None,             // none of ours (the session may renew itself: docs/pim-api.md §1.4)
        ThenRefresh,      // ours: refresh the list once signed in
        AgainThenRefresh, // a password came during it: sign in again with it, then refresh
    };
    Q_ENUM(SignIn)

    enum class Event {
        Start,                // start()
        SnapshotLoaded,       // the cache answered start()'s read
        RememberedPassword,   // the keychain had the administrator's password
        NoRememberedPassword, // it had none (or failed)
        PasswordGiven,        // setPassword()
        RefreshAsked,         // refresh()
        RetryDue,             // the retry timer fired
        SignedIn,             // the session signed in (ours or a renewal)
        SignInFailed,         // the session's sign-in failed (Facts::failure)
        CallFailed,           // a call of a page or a write failed (Facts::failure)
        ListArrived,          // the controller's refresh round got the list
        RoundEnded,           // the round ended (Facts::failure; Ignored: it succeeded)
        SignOut,              // signOut()
        Close,                // the destructor
    };
    Q_ENUM(Event)

    // What Workspace::Private does, in this order (emissions keep it).
    enum class Action {
        ForgetPassword = 1 << 0, // the password in memory and the one to remember: wiped
        EndSession = 1 << 1,     // cancel the refresh, sign the session out, no logo download
        ApplyRefresh = 1 << 2,   // the round's list (and state) to the cache and the signals
        StopRetry = 1 << 3,      // stop the retry timer
        ResetBackoff = 1 << 4,   // the next retry waits the first delay again
        GoOnline = 1 << 5,       // no offline reason; StopRetry ResetBackoff
        GoOffline = 1 << 6,      // the event's reason becomes the offline reason
        AskPassword = 1 << 7,    // emit passwordRequired(the event's reason)
        ScheduleRetry = 1 << 8,  // start the retry timer with the next delay
        AcceptSignIn = 1 << 9,   // remember the password if asked; emit signedIn()
        ReportError = 1 << 10,   // emit errorOccurred(the event's error)
        ReadKeychain = 1 << 11,  // read the remembered password (RememberedPassword or not)
        StartSignIn = 1 << 12,   // the session signs in
        RefreshList = 1 << 13,   // the controller refreshes (coalesced with one under way)
        LoadSnapshot = 1 << 14,  // read the cached snapshot (SnapshotLoaded)
    };
    Q_DECLARE_FLAGS(Actions, Action)
    Q_FLAG(Actions)

    struct State
    {
        Phase phase = Phase::Idle;
        SignIn signIn = SignIn::None;
        bool listArrived = false;
        friend bool operator==(const State &a, const State &b)
        {
            return a.phase == b.phase && a.signIn == b.signIn && a.listArrived == b.listArrived;
        }
        friend bool operator!=(const State &a, const State &b) { return !(a == b); }
    };

    // What the event comes with: the session as it is now, and what a failure means.
    struct Facts
    {
        FailureClass failure = FailureClass::Ignored;
        bool hasPassword = false; // the session has a password in memory
        bool signedIn = false;
        bool signingIn = false;
    };

    // Fixed for the workspace's life.
    struct Setup
    {
        bool forcedOffline = false;
        bool addressValid = true;
    };

    struct Transition
    {
        bool accepted = false; // false: ignored, `next` is the state as it was, no action
        State next;
        Actions actions;
    };

    WorkspaceStateMachine(); // not forced offline, a valid address
    explicit WorkspaceStateMachine(Setup setup);

    const State &state() const { return m_state; }
    Phase phase() const { return m_state.phase; }
    Workspace::Connectivity connectivity() const { return connectivityOf(m_state.phase); }

    // What `event` would do now; nothing changes.
    Transition peek(Event event, const Facts &facts) const;
    // Moves to the next state (before any action runs: an action that leads to another event
    // finds the machine already there) and returns what to do.
    Transition handle(Event event, const Facts &facts);

    // The table above.
    static Transition transition(Setup setup, const State &state, Event event, const Facts &facts);
    static Workspace::Connectivity connectivityOf(Phase phase);

private:
    Setup m_setup;
    State m_state;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(WorkspaceStateMachine::Actions)
