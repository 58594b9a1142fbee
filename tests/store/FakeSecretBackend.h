#pragma once

// A keychain for the tests: keeps entries in a hash, and can be told to answer "no keychain",
// "denied", "failed", or not to answer until the test releases it.
#include "store/SecretBackend.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class FakeSecretBackend : public SecretBackend
{
public:
    enum class Mode { Normal, NoKeychain, Denied, Failed, Hang };

    Mode mode = Mode::Normal;
    QHash<QString, QString> entries;
    int calls = 0;

    void read(const QString &key, QObject *context, Done done) override
    {
        answer(context, std::move(done), [this, key] {
            const auto it = entries.constFind(key);
            return it == entries.cend() ? Reply{Status::NotFound, {}, {}}
                                        : Reply{Status::Ok, it.value(), {}};
        });
    }
    void write(const QString &key, const QString &value, QObject *context, Done done) override
    {
        answer(context, std::move(done), [this, key, value] {
            entries.insert(key, value);
            return Reply{};
        });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        answer(context, std::move(done), [this, key] {
            return Reply{entries.remove(key) ? Status::Ok : Status::NotFound, {}, {}};
        });
    }

    int heldCount() const { return int(m_held.size()); }
    // Answers every held call now, as a keychain that was unlocked at last would.
    void releaseHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &answerNow : held)
            answerNow();
    }

private:
    void answer(QObject *context, Done done, std::function<Reply()> perform)
    {
        ++calls;
        QPointer<QObject> guard(context);
        auto finish = [this, guard, done = std::move(done), perform = std::move(perform)] {
            Reply reply;
            switch (mode) {
            case Mode::Normal:
            case Mode::Hang:
                reply = perform();
                break;
            case Mode::NoKeychain:
                reply = {Status::NoKeychain, {}, QStringLiteral("Could not connect: no bus")};
                break;
            case Mode::Denied:
                reply = {Status::Denied, {}, QStringLiteral("locked collection")};
                break;
            case Mode::Failed:
                reply = {Status::Failed, {}, QStringLiteral("disk on fire")};
                break;
            }
            if (guard)
                done(reply);
        };
        if (mode == Mode::Hang)
            m_held.append(std::move(finish));
        else
            QTimer::singleShot(0, context, std::move(finish));
    }

    QList<std::function<void()>> m_held;
};
