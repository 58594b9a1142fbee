#pragma once

#include "domain/ValidationError.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The validation errors of the event subscription routes (docs/pim-api.md §8.3), whose format
// differs from §4's: "field" and "message" instead of "name" and "reason", and a message that
// is either a translation key or a plain sentence (possibly in the PIM user's language).
//
//   {"errors":[{"field":"url","message":"akeneo_connectivity.connection.webhook.error.required"}],
//    "message":"akeneo_connectivity.connection.constraint_violation_list_exception"}
namespace WebhookErrors {

inline constexpr char Prefix[] = "akeneo_connectivity.connection.webhook.error.";

QString key(const char *suffix); // Prefix + suffix
QString wrongUrl();              // wrong_url
QString required();              // required
QString notFound();              // not_found
QString limitReached();          // limit_reached
QString notAllowedUrl();         // not_allowed_url

// Reads a 422 body. Unknown keys are ignored; an error without "field" is on the whole form
// (""). A body without "errors" but with a top-level "message" string that is not the generic
// constraint_violation_list_exception gives one error on "". nullopt, with *why naming the
// problem, for a body that is not JSON, not an object, whose "errors" is not a list, whose
// items are not objects, or whose "field" or "message" is not a string (or "message" is
// missing).
std::optional<FieldErrors> parse(const QByteArray &body, QString *why);

// The translated English text of a §8.3 key (or of the reachability's not_allowed_url); any
// other message (a plain sentence) comes back unchanged.
QString message(const QString &keyOrSentence);

} // namespace WebhookErrors
