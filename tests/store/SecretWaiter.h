#pragma once

// Collects the answers of SecretStore operations and waits for them (with a limit).
#include "store/SecretStore.h"

#include <QTest>

struct SecretWaiter
{
    QObject context;
    QList<SecretResult> results;

    SecretStore::Callback callback()
    {
        return [this](const SecretResult &r) {
            results.append(r);
        };
    }
    bool wait(qsizetype count = 1, int milliseconds = 5000)
    {
        return QTest::qWaitFor([&] { return results.size() >= count; }, milliseconds);
    }
    SecretResult last() const { return results.isEmpty() ? SecretResult{} : results.last(); }
};
