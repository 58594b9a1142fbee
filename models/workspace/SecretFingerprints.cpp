#include "workspace/SecretFingerprints.h"

#include <QCryptographicHash>

QByteArray SecretFingerprints::fingerprint(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}
