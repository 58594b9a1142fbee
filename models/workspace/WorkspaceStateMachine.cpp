#include "workspace/WorkspaceStateMachine.h"

using Phase = WorkspaceStateMachine::Phase;
using SignIn = WorkspaceStateMachine::SignIn;
using Event = WorkspaceStateMachine::Event;
using Action = WorkspaceStateMachine::Action;
using Transition = WorkspaceStateMachine::Transition;

namespace {

bool isLive(Phase phase)
{
    switch (phase) {
    case Phase::Connecting:
    case Phase::Online:
    case Phase::WaitingToRetry:
    case Phase::Disconnected:
    case Phase::PasswordNeeded:
        return true;
    case Phase::Idle:
    case Phase::LoadingSnapshot:
    case Phase::ForcedOffline:
    case Phase::BadAddress:
    case Phase::ReadingKeychain:
    case Phase::Closing:
        break;
    }
    return false;
}

// Builds the accepted transition of a row, starting from the state as it is.
struct Row
{
    Transition t;

    explicit Row(const WorkspaceStateMachine::State &state)
    {
        t.accepted = true;
        t.next = state;
    }
    Row &to(Phase phase)
    {
        t.next.phase = phase;
        return *this;
    }
    Row &signIn(SignIn value)
    {
        t.next.signIn = value;
        return *this;
    }
    Row &act(WorkspaceStateMachine::Actions actions)
    {
        t.actions |= actions;
        return *this;
    }
    // "unreachable" (FailureClass.h): the PIM cannot be used; tried again later unless a
    // password is awaited or the timer already runs.
    Row &unreachable()
    {
        act(Action::GoOffline);
        if (t.next.phase == Phase::PasswordNeeded || t.next.phase == Phase::WaitingToRetry)
            return *this;
        return to(Phase::WaitingToRetry).act(Action::ScheduleRetry);
    }
    // "needs password" (a refused sign-in, docs/pim-api.md §1.2, or a session that cannot be
    // renewed, §1.4): asked once; a second refusal while asked changes nothing more.
    Row &needsPassword()
    {
        act(Action::StopRetry);
        if (t.next.phase == Phase::PasswordNeeded)
            return *this;
        return to(Phase::PasswordNeeded).act(Action::GoOffline | Action::AskPassword);
    }
    // What the timer (and refresh()) do: refresh, sign in first, or ask for a password.
    Row &tryAgain(const WorkspaceStateMachine::Facts &facts)
    {
        if (!facts.signedIn && !facts.hasPassword)
            return to(Phase::PasswordNeeded).act(Action::GoOffline | Action::AskPassword);
        if (t.next.phase == Phase::WaitingToRetry)
            to(Phase::Disconnected);
        if (facts.signedIn)
            return act(Action::RefreshList);
        if (t.next.signIn == SignIn::None)
            signIn(SignIn::ThenRefresh);
        return act(Action::StartSignIn);
    }
    // A failure of a call: what its class means for the workspace.
    Row &failed(FailureClass failure, bool *ignored)
    {
        switch (failure) {
        case FailureClass::Unreachable:
            return unreachable();
        case FailureClass::NeedsPassword:
            return needsPassword();
        case FailureClass::Refused:
        case FailureClass::Ignored:
            break;
        }
        *ignored = true;
        return *this;
    }
};

Transition ignored(const WorkspaceStateMachine::State &state)
{
    Transition t;
    t.next = state;
    return t;
}

} // namespace

WorkspaceStateMachine::WorkspaceStateMachine()
    : WorkspaceStateMachine(Setup())
{}

WorkspaceStateMachine::WorkspaceStateMachine(Setup setup)
    : m_setup(setup)
{}

Transition WorkspaceStateMachine::peek(Event event, const Facts &facts) const
{
    return transition(m_setup, m_state, event, facts);
}

Transition WorkspaceStateMachine::handle(Event event, const Facts &facts)
{
    const Transition t = peek(event, facts);
    m_state = t.next;
    return t;
}

Workspace::Connectivity WorkspaceStateMachine::connectivityOf(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
    case Phase::LoadingSnapshot:
        return Workspace::Connectivity::Starting;
    case Phase::ReadingKeychain:
    case Phase::Connecting:
        return Workspace::Connectivity::Connecting;
    case Phase::Online:
        return Workspace::Connectivity::Online;
    case Phase::ForcedOffline:
    case Phase::BadAddress:
    case Phase::WaitingToRetry:
    case Phase::Disconnected:
    case Phase::PasswordNeeded:
    case Phase::Closing:
        break;
    }
    return Workspace::Connectivity::Offline;
}

Transition WorkspaceStateMachine::transition(Setup setup, const State &state, Event event,
                                             const Facts &facts)
{
    const Phase phase = state.phase;
    const bool live = isLive(phase);
    Row row(state);
    switch (event) {
    case Event::Start:
        if (phase == Phase::Idle)
            return row.to(Phase::LoadingSnapshot).act(Action::LoadSnapshot).t;
        break;
    case Event::SnapshotLoaded:
        if (phase != Phase::LoadingSnapshot)
            break;
        if (setup.forcedOffline)
            return row.to(Phase::ForcedOffline).t;
        if (!setup.addressValid)
            return row.to(Phase::BadAddress).act(Action::GoOffline).t;
        if (facts.hasPassword) {
            return row.to(Phase::Connecting).signIn(SignIn::ThenRefresh).act(Action::StartSignIn).t;
        }
        return row.to(Phase::ReadingKeychain).act(Action::ReadKeychain).t;
    case Event::RememberedPassword:
        if (phase == Phase::ReadingKeychain)
            return row.to(Phase::Connecting).signIn(SignIn::ThenRefresh).act(Action::StartSignIn).t;
        break;
    case Event::NoRememberedPassword:
        if (phase == Phase::ReadingKeychain)
            return row.to(Phase::PasswordNeeded).act(Action::GoOffline | Action::AskPassword).t;
        break;
    case Event::PasswordGiven:
        if (!live && phase != Phase::ReadingKeychain)
            break; // start() signs in with it, or never (forced offline, a refused address)
        row.act(Action::StopRetry | Action::ResetBackoff);
        if (phase != Phase::Online)
            row.to(Phase::Connecting);
        if (facts.signingIn) // the sign-in under way uses the previous password
            return row.signIn(SignIn::AgainThenRefresh).t;
        return row.signIn(SignIn::ThenRefresh).act(Action::StartSignIn).t;
    case Event::RefreshAsked:
        if (live)
            return row.act(Action::StopRetry | Action::ResetBackoff).tryAgain(facts).t;
        break;
    case Event::RetryDue:
        if (phase == Phase::WaitingToRetry)
            return row.tryAgain(facts).t;
        break;
    case Event::SignedIn:
        if (!live)
            break;
        if (state.signIn == SignIn::AgainThenRefresh)
            return row.signIn(SignIn::ThenRefresh).act(Action::StartSignIn).t;
        if (phase == Phase::PasswordNeeded)
            row.to(Phase::Disconnected);
        row.act(Action::AcceptSignIn);
        if (state.signIn == SignIn::ThenRefresh)
            row.signIn(SignIn::None).act(Action::RefreshList);
        return row.t;
    case Event::SignInFailed:
        if (!live)
            break;
        if (state.signIn == SignIn::AgainThenRefresh)
            return row.signIn(SignIn::ThenRefresh).act(Action::StartSignIn).t;
        row.signIn(SignIn::None);
        switch (facts.failure) {
        case FailureClass::Ignored:
            return row.t;
        case FailureClass::NeedsPassword:
            // Never remembered nor tried again once refused.
            return row.act(Action::ForgetPassword).needsPassword().t;
        case FailureClass::Unreachable:
        case FailureClass::Refused:
            // Not signed in, whatever the reason: the PIM cannot be used.
            return row.unreachable().t;
        }
        break;
    case Event::CallFailed: {
        if (!live)
            break;
        bool nothing = false;
        row.failed(facts.failure, &nothing);
        return nothing ? ignored(state) : row.t;
    }
    case Event::ListArrived:
        if (!live)
            break;
        row.t.next.listArrived = true;
        return row.t;
    case Event::RoundEnded: {
        if (!live)
            break;
        row.t.next.listArrived = false;
        if (state.listArrived) {
            // The list came (the wrong credentials or the limit may not have): online.
            row.to(Phase::Online).act(Action::ApplyRefresh | Action::GoOnline);
            if (facts.failure == FailureClass::Refused)
                row.act(Action::ReportError);
            return row.t;
        }
        if (facts.failure == FailureClass::Refused) {
            // The PIM answered: it can be reached; it refused the list.
            if (phase == Phase::Connecting)
                row.to(Phase::Online).act(Action::GoOnline);
            return row.act(Action::ReportError).t;
        }
        bool nothing = false;
        row.failed(facts.failure, &nothing);
        return nothing ? ignored(state) : row.t;
    }
    case Event::SignOut:
        if (phase == Phase::Closing)
            break;
        row.signIn(SignIn::None).act(Action::EndSession | Action::StopRetry);
        if (!live && phase != Phase::ReadingKeychain)
            return row.t;
        row.t.next.listArrived = false;
        if (phase != Phase::PasswordNeeded)
            row.to(Phase::Disconnected);
        return row.act(Action::GoOffline).t;
    case Event::Close:
        if (phase != Phase::Closing)
            return row.to(Phase::Closing).act(Action::StopRetry).t;
        break;
    }
    return ignored(state);
}
