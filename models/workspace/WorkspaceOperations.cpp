// Workspace: the connection page (details, permissions), the writes, and what they leave in the
// cache and the keychain. Start, sign-in and connectivity are in WorkspaceSync.cpp.
#include "workspace/Workspace.h"

#include "net/CreateConnectionJob.h"
#include "net/DeleteConnectionJob.h"
#include "net/GetConnectionJob.h"
#include "net/RegeneratePasswordJob.h"
#include "net/RegenerateSecretAndGetJob.h"
#include "net/TestCredentialsJob.h"
#include "net/UpdateConnectionJob.h"
#include "net/UploadImageJob.h"
#include "net/UserGroupsJob.h"
#include "net/UserRolesJob.h"
#include "store/ConnectionCache.h"
#include "store/SecretStore.h"
#include "workspace/ConnectionsController.h"
#include "workspace/PimClient.h"
#include "workspace/WorkspaceLogging.h"
#include "workspace/WorkspacePrivate.h"

// The connection page ---------------------------------------------------------------------------

void Workspace::loadDetails(const QString &code, QObject *context, Callback<Details> done)
{
    auto answer = guardedCallback(context, std::move(done));
    if (!d->canUseNetwork()) {
        d->detailsFromCache(code, answer);
        return;
    }
    auto *job = d->client->getConnection(code);
    d->track(job);
    connect(job, &GetConnectionJob::succeeded, this,
            [this, code, answer](const ConnectionDetails &details) {
                const QDateTime now = d->now();
                d->rememberDetails(details, now);
                Details result;
                result.details = details;
                result.fetchedAt = now;
                result.secretAvailable = !details.credentials.secret.isEmpty();
                d->readSavedPassword(code, [answer, result](std::optional<QString> saved) mutable {
                    result.savedPassword = std::move(saved);
                    answer(ApiError(), result);
                });
            });
    connect(job, &NetworkJob::failed, this, [this, code, answer](const ApiError &error) {
        switch (d->noteFailure(error)) {
        case FailureClass::Unreachable:
        case FailureClass::NeedsPassword:
            // The PIM cannot be reached: the page still shows what is known. An answer that
            // was not understood, or a refused session, is not that: the offline copy would
            // pass for what the PIM says now.
            if (!FailureClasses::couldNotReach(error))
                break;
            d->detailsFromCache(code, answer);
            return;
        case FailureClass::Refused:
        case FailureClass::Ignored:
            break;
        }
        if (error.kind == ApiError::Kind::NotFound)
            d->controller->refresh(); // deleted elsewhere: the overview catches up
        answer(error, Details());
    });
    job->start();
}

void Workspace::Private::detailsFromCache(const QString &code, Callback<Details> answer)
{
    const CachedConnection *cached = mirror.find(code);
    if (!cached) {
        later([answer, code] {
            answer(ApiError::make(ApiError::Kind::Offline, 0,
                                  tr("The connection %1 is not in the offline copy, and the PIM "
                                     "cannot be reached to read it.")
                                      .arg(code)),
                   Details());
        });
        return;
    }
    Details result;
    result.fromCache = true;
    result.credentialsKnown = cached->hasDetails;
    if (cached->hasDetails) {
        result.details = cached->toDetailsWithoutSecrets();
        result.fetchedAt = cached->detailsFetchedAt;
    } else {
        result.details.connection = cached->connection;
        result.fetchedAt = mirror.snapshot().syncedAt;
    }

    auto withPassword = [this, code, answer](Details details) {
        readSavedPassword(code, [answer, details](std::optional<QString> saved) mutable {
            details.savedPassword = std::move(saved);
            answer(ApiError(), details);
        });
    };
    // The secret is read only when it may have been kept: the setting allows it and the
    // connection was opened online once (else its entry, if any, predates what the page shows).
    if (!cached->hasDetails || !options.keepSecretsInKeychain) {
        withPassword(result);
        return;
    }
    beginTask();
    secrets->read(
        secretKey(code), q, [this, code, result, withPassword](const SecretResult &secret) mutable {
            endTask();
            if (secret.ok()) {
                result.details.credentials.secret = secret.value;
                result.secretAvailable = !secret.value.isEmpty();
                fingerprints.remember(code, SecretFingerprints::fingerprint(secret.value));
            } else if (secret.status != SecretResult::Status::NotFound) {
                noticeOnce(&keychainNoticeShown, secret.message());
            }
            withPassword(result);
        });
}

void Workspace::loadPermissions(QObject *context, DoneCallback done)
{
    auto answer = guardedCallback(context, std::move(done));
    if (!d->canUseNetwork()) {
        d->permissionsFromCache(answer);
        return;
    }
    struct State
    {
        int pending = 2;
        ApiError error;
    };
    auto state = std::make_shared<State>();
    auto *roles = d->client->userRoles();
    auto *groups = d->client->userGroups();
    connect(roles, &UserRolesJob::succeeded, this, [this](const QList<UserRole> &list) {
        d->mirror.setRoles(list);
        d->cache->storeRoles(d->instance.id, list);
    });
    connect(groups, &UserGroupsJob::succeeded, this, [this](const QList<UserGroup> &list) {
        d->mirror.setGroups(list);
        d->cache->storeGroups(d->instance.id, list);
    });
    for (NetworkJob *job : {static_cast<NetworkJob *>(roles), static_cast<NetworkJob *>(groups)}) {
        d->track(job);
        connect(job, &NetworkJob::failed, this, [state](const ApiError &error) {
            if (!state->error.isError())
                state->error = error;
        });
        connect(job, &NetworkJob::finished, this, [this, state, answer] {
            if (--state->pending > 0)
                return;
            if (!state->error.isError()) {
                answer(ApiError());
                return;
            }
            switch (d->noteFailure(state->error)) {
            case FailureClass::Unreachable:
            case FailureClass::NeedsPassword:
                d->permissionsFromCache(answer);
                return;
            case FailureClass::Refused:
            case FailureClass::Ignored:
                break;
            }
            answer(state->error);
        });
    }
    roles->start();
    groups->start();
}

void Workspace::Private::permissionsFromCache(DoneCallback answer)
{
    const CacheSnapshot &snapshot = mirror.snapshot();
    if (snapshot.roles && snapshot.groups) {
        later([answer] { answer(ApiError()); });
        return;
    }
    later([answer] {
        answer(ApiError::make(ApiError::Kind::Offline, 0,
                              tr("The roles and groups of this PIM have not been read yet, and "
                                 "the PIM cannot be reached to read them.")));
    });
}

// Writes ------------------------------------------------------------------------------------------

void Workspace::createConnection(const QString &code, const QString &label, FlowType flowType,
                                 QObject *context, Callback<ConnectionDetails> done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->write(
        answer, [&] { return d->client->createConnection(code, label, flowType); },
        [this, answer](const ConnectionDetails &details) {
            qCInfo(lcWorkspace) << "created" << details.connection.code;
            d->rememberDetails(details, d->now());
            // A one-time password saved for an older connection of the same code (deleted
            // elsewhere) is not this one's.
            d->forgetSavedPassword(details.connection.code);
            d->refreshAfterWrite();
            answer(ApiError(), details);
        },
        ConnectionDetails());
}

void Workspace::updateConnection(const ConnectionUpdate &update, QObject *context,
                                 DoneCallback done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->write(
        answer, [&] { return d->client->updateConnection(update); },
        [this, answer, update] {
            qCInfo(lcWorkspace) << "updated" << update.code;
            if (const auto cached = d->mirror.applyUpdate(update, d->now()))
                d->cache->storeDetails(d->instance.id, *cached);
            d->refreshAfterWrite();
            answer(ApiError());
        });
}

void Workspace::uploadImage(const QString &localFile, QObject *context, Callback<QString> done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->write(
        answer, [&] { return d->client->uploadImage(localFile); },
        [answer](const UploadedImage &image) { answer(ApiError(), image.filePath); }, QString());
}

void Workspace::deleteConnection(const QString &code, QObject *context, DoneCallback done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->write(
        answer, [&] { return d->client->deleteConnection(code); },
        [this, answer, code] {
            qCInfo(lcWorkspace) << "deleted" << code;
            d->mirror.remove(code);
            d->cache->removeConnection(d->instance.id, code);
            d->fingerprints.forget(code);
            d->beginTask();
            d->secrets->removeConnection(
                d->instance.baseUrl, code, this, [this](const SecretResult &result) {
                    d->endTask();
                    if (!result.ok() && result.status != SecretResult::Status::NotFound)
                        d->noticeOnce(&d->keychainNoticeShown, result.message());
                });
            d->refreshAfterWrite();
            answer(ApiError());
        });
}

void Workspace::regenerateSecret(const QString &code, QObject *context,
                                 Callback<ConnectionDetails> done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->write(
        answer, [&] { return d->client->regenerateSecretAndGet(code); },
        [this, answer](const ConnectionDetails &details) {
            qCInfo(lcWorkspace) << "regenerated the secret of" << details.connection.code;
            d->rememberDetails(details, d->now()); // the new secret replaces the old one
            d->refreshAfterWrite();
            answer(ApiError(), details);
        },
        ConnectionDetails());
}

void Workspace::regeneratePassword(const QString &code, QObject *context, Callback<QString> done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->write(
        answer, [&] { return d->client->regeneratePassword(code); },
        [this, answer, code](const QString &password) {
            qCInfo(lcWorkspace) << "regenerated the password of" << code;
            d->replaceSavedPassword(code, password);
            d->refreshAfterWrite();
            answer(ApiError(), password);
        },
        QString());
}

void Workspace::savePassword(const QString &code, const QString &password, QObject *context,
                             Callback<SecretResult> done)
{
    auto answer = guardedCallback(context, std::move(done));
    d->beginTask();
    d->secrets->store(d->passwordKey(code), password, this, [this, answer](const SecretResult &r) {
        d->endTask();
        answer(ApiError(), r);
    });
}

void Workspace::testCredentials(const Credentials &credentials, const QString &password,
                                QObject *context, DoneCallback done)
{
    auto answer = guardedCallback(context, std::move(done));
    if (d->options.forceOffline) {
        d->later([answer, error = d->writeRefusal()] { answer(error); });
        return;
    }
    // Tried even while offline: it goes to the public API, which may answer when the back
    // office does not; its failure says what happened.
    auto *job = d->client->testCredentials(credentials, password);
    d->track(job);
    connect(job, &NetworkJob::finished, this, [answer](const ApiError &error) { answer(error); });
    job->start();
}

// What the writes leave behind ----------------------------------------------------------------

bool Workspace::keepsSecretsInKeychain() const
{
    return d->options.keepSecretsInKeychain;
}

void Workspace::setKeepSecretsInKeychain(bool keep, QObject *context,
                                         std::function<void(const SecretResult &)> done)
{
    auto answer = guardedCallback(context, std::move(done));
    const bool was = d->options.keepSecretsInKeychain;
    d->options.keepSecretsInKeychain = keep;
    const QStringList codes = d->mirror.snapshot().codes();
    if (keep || !was || codes.isEmpty()) {
        d->later([answer] { answer(SecretResult()); });
        return;
    }
    qCInfo(lcWorkspace) << "removing the kept secrets of" << codes.size() << "connections";
    // One answer for all: the first failure, else Ok (NotFound counts as removed).
    struct Removal
    {
        qsizetype left = 0;
        std::optional<SecretResult> failure;
    };
    auto removal = std::make_shared<Removal>();
    // The connection secrets and the event subscriptions' secrets (docs/pim-api.md §8.4).
    removal->left = codes.size() * 2;
    d->beginTask();
    d->webhookFingerprints.clear();
    for (const QString &code : codes) {
        d->fingerprints.forget(code);
        for (const SecretKey &key :
             {d->secretKey(code), SecretKey::webhookSecret(d->instance.baseUrl, code)}) {
            d->secrets->remove(key, this, [this, removal, answer](const SecretResult &result) {
                if (!result.ok() && result.status != SecretResult::Status::NotFound &&
                    !removal->failure)
                    removal->failure = result;
                if (--removal->left > 0)
                    return;
                d->endTask();
                answer(removal->failure.value_or(SecretResult()));
            });
        }
    }
}

void Workspace::Private::refreshAfterWrite()
{
    controller->refresh(); // coalesced with one under way (it runs again after it)
}

void Workspace::Private::rememberDetails(const ConnectionDetails &details, const QDateTime &when)
{
    const CachedConnection cached = CachedConnection::fromDetails(details, when); // no secret
    mirror.storeDetails(cached);
    cache->storeDetails(instance.id, cached);
    storeSecretIfChanged(details.connection.code, details.credentials.secret);
}

void Workspace::Private::storeSecretIfChanged(const QString &code, const QString &secret)
{
    if (!options.keepSecretsInKeychain || secret.isEmpty())
        return;
    const QByteArray fingerprint = SecretFingerprints::fingerprint(secret);
    if (fingerprints.matches(code, fingerprint))
        return;
    beginTask();
    secrets->store(secretKey(code), secret, q,
                   [this, code, fingerprint](const SecretResult &result) {
                       endTask();
                       if (result.ok())
                           fingerprints.remember(code, fingerprint);
                       else
                           noticeOnce(&keychainNoticeShown, result.message());
                   });
}

void Workspace::Private::readSavedPassword(const QString &code,
                                           std::function<void(std::optional<QString>)> done)
{
    beginTask();
    secrets->read(passwordKey(code), q, [this, done](const SecretResult &result) {
        endTask();
        if (result.ok()) {
            done(result.value);
            return;
        }
        if (result.status != SecretResult::Status::NotFound)
            noticeOnce(&keychainNoticeShown, result.message());
        done(std::nullopt);
    });
}

void Workspace::Private::replaceSavedPassword(const QString &code, const QString &password)
{
    // "Regenerating replaces the stored secret or password": only a password the user chose to
    // save is replaced; none is saved unasked.
    beginTask();
    secrets->read(passwordKey(code), q, [this, code, password](const SecretResult &saved) {
        if (!saved.ok()) {
            endTask();
            return;
        }
        secrets->store(passwordKey(code), password, q, [this](const SecretResult &result) {
            endTask();
            if (!result.ok())
                noticeOnce(&keychainNoticeShown, result.message());
        });
    });
}

void Workspace::Private::forgetSavedPassword(const QString &code)
{
    beginTask();
    secrets->remove(passwordKey(code), q, [this](const SecretResult &) { endTask(); });
}
