#pragma once

#include <QString>

// Salted PBKDF2-SHA256 digests of user passwords: the store never holds a password itself.
// Format: "pbkdf2-sha256$<iterations>$<salt hex>$<digest hex>".
namespace PasswordHasher {

inline constexpr int Iterations = 4096;

QString digest(const QString &password);
bool verify(const QString &password, const QString &storedDigest);
// Compares in a time that does not depend on where the first difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace PasswordHasher
