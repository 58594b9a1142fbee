#pragma once

#include <QByteArray>
#include <QString>

// The formats of the credentials a PIM generates at creation (docs/pim-api.md §3).
// The checks are used by tests and by the client to spot a malformed answer; the generators
// are used by the sandbox.
namespace CredentialFormat {

inline constexpr int PasswordLength = 9;

// 32 bytes written in lowercase base 36, as the PIM's OAuth server does: about 50 characters.
QString randomToken();
QString tokenFromBytes(const QByteArray &bytes); // the same, from given bytes (for tests)

// "{numeric id}_{random token}"
QString clientId(qint64 numericId);
// "{code}_{4 digits}", e.g. erp_0427
QString username(const QString &code);
// 9 lowercase base-36 characters
QString password();

bool isToken(const QString &text); // secret, or the random part of a client id
bool isClientId(const QString &text);
bool isUsername(const QString &text, const QString &code);
bool isPassword(const QString &text);

} // namespace CredentialFormat
