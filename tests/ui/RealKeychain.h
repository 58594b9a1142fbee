#pragma once

// The real keychain in the window's tests (tst_mainwindow_keychain, tst_hygiene): whether one
// answers (QtKeychain over the Secret Service, inside scripts/headless's private D-Bus session
// with an unlocked throwaway gnome-keyring), and a blocking read for assertions.
#include "store/SecretKey.h"
#include "store/SecretStore.h"
#include "SecretWaiter.h"

#include <QTest>
#include <QUrl>

namespace RealKeychain {

constexpr int WaitMs = 20000;

// Stores and removes a probe entry: empty when a keychain keeps it, else why not.
inline QString problem(SecretStore *secrets)
{
    using namespace Qt::StringLiterals;
    const SecretKey probe = SecretKey::adminPassword(QUrl(u"https://probe.test"_s), u"probe"_s);
    SecretWaiter w;
    secrets->store(probe, u"probe"_s, &w.context, w.callback());
    if (!w.wait(1, WaitMs))
        return u"the keychain did not answer"_s;
    if (!w.last().ok() || w.last().memoryOnly)
        return u"no usable Secret Service; run inside scripts/headless"_s;
    secrets->remove(probe);
    return {};
}

// CI sets PIM_REQUIRE_KEYCHAIN=1: there a missing keychain fails instead of skipping.
inline bool required()
{
    return qEnvironmentVariableIntValue("PIM_REQUIRE_KEYCHAIN") == 1;
}

// The entry's current value (status NotFound when there is none), waited for.
inline SecretResult read(SecretStore *secrets, const SecretKey &key)
{
    using namespace Qt::StringLiterals;
    SecretWaiter w;
    secrets->read(key, &w.context, w.callback());
    if (!w.wait(1, WaitMs))
        return SecretResult{SecretResult::Status::Failed, {}, false, u"no answer"_s};
    return w.last();
}

} // namespace RealKeychain

// In a test function: skips (or fails, when required) unless `secrets` reaches a keychain.
#define PIM_REQUIRE_REAL_KEYCHAIN(secrets)                                                         \
    do {                                                                                           \
        const QString why_ = RealKeychain::problem(secrets);                                       \
        if (!why_.isEmpty()) {                                                                     \
            if (RealKeychain::required())                                                          \
                QFAIL(qPrintable(why_));                                                           \
            QSKIP(qPrintable(why_));                                                               \
        }                                                                                          \
    } while (false)
