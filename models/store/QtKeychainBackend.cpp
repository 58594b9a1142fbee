#include "store/QtKeychainBackend.h"

#include "store/StoreLogging.h"

#include <QCoreApplication>

QtKeychainBackend::QtKeychainBackend(const QString &service)
    : m_service(service.isEmpty() ? QCoreApplication::applicationName() : service)
{}

SecretBackend::Status QtKeychainBackend::statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    }
    return Status::Failed;
}

void QtKeychainBackend::run(QKeychain::Job *job, const QString &key, QObject *context, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy of a secret
    job->setKey(key);
    // The connection dies with `context`; the job goes on and deletes itself.
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         Reply reply;
                         reply.status = statusOf(finished->error());
                         if (reply.status != Status::Ok)
                             reply.detail = finished->errorString();
                         else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             reply.value = read->textData();
                         qCDebug(lcSecrets) << "keychain job on" << finished->key()
                                            << "ended:" << finished->error() << reply.detail;
                         done(reply);
                     });
    job->start();
}

void QtKeychainBackend::read(const QString &key, QObject *context, Done done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done));
}

void QtKeychainBackend::write(const QString &key, const QString &value, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(value);
    run(job, key, context, std::move(done));
}

void QtKeychainBackend::remove(const QString &key, QObject *context, Done done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done));
}
