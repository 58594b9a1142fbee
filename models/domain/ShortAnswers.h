#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The answers of one member (docs/pim-api.md §2 and §5). Each returns nullopt and sets *error
// with a readable reason when the body is not the expected shape.
namespace ShortAnswers {

// POST /rest/connections/{code}/regenerate-password → {"password":"..."}, not empty.
std::optional<QString> newPassword(const QByteArray &body, QString *error);
// GET /rest/connections/max-limit-reached → {"limitReached":true|false}.
std::optional<bool> limitReached(const QByteArray &body, QString *error);
// POST /api/oauth/v1/token → {"access_token":"...",...}, not empty.
std::optional<QString> accessToken(const QByteArray &body, QString *error);

} // namespace ShortAnswers
