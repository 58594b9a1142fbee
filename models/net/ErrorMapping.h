#pragma once

#include "domain/ApiError.h"
#include "net/HttpAnswer.h"

#include <optional>

// How an answer that is not a route's success becomes the one ApiError a job reports.
// Pure functions, tested data-driven (tests/models/tst_errormapping.cpp).
namespace ErrorMapping {

// No HTTP answer: TLS (never ignored), timeout, or network failure with Qt's reason.
ApiError fromTransport(const HttpAnswer &answer);

// A back-office answer (docs/pim-api.md §1, §2 and §4) whose status is not the route's success:
// 3xx to /user/login and 401 → SignedOut; other 3xx → Server naming the target;
// 400 {"message"} → Validation (one error on field "" whose reason is the message);
// 400 {"<path>":{"message"}} (image upload) → Validation, one error per path;
// 403 → Forbidden; 404 → NotFound; 413, 415 → Validation; 422 {"errors":[...]} → Validation
// with the field errors in the server's order (unknown keys kept as they are);
// 5xx and anything else → Server. A body that is not what docs/pim-api.md says for a 422 →
// Malformed.
ApiError fromStatus(const HttpAnswer &answer);

// A public API answer (docs/pim-api.md §5) that is not a success: every 4xx becomes Validation with
// the server's exact "message" in detail (and as the reason of one error on field "");
// 5xx and others → Server.
ApiError fromPublicApiStatus(const HttpAnswer &answer);

// A connected-App route's answer (docs/pim-api.md §11.2) that is not its success: 404 and 403
// are Unavailable with a sentence saying why (`scope`: the list, whose 404 means the feature is
// off, or one App, whose 404 may also mean that it is gone); 422 {"error":"..."} is
// Validation with that text; everything else as fromStatus().
enum class AppsScope { List, OneApp };
ApiError fromAppsStatus(const HttpAnswer &answer, AppsScope scope);

// An answer with an HTTP status whose transfer then failed (the connection closed before the
// Content-Length was reached, a timeout of Qt's): a success status must not be read from a
// body cut short. Timeout for Qt's timeouts, else Malformed ("the answer was cut short");
// nullopt when the transfer ended well, or the status is not a success. A header that Qt
// dropped (HttpAnswer::headerDropped) is Malformed too, whatever the status.
std::optional<ApiError> cutShort(const HttpAnswer &answer);
// An event subscription or event log route's answer (docs/pim-api.md §8) that is not its
// success: 404 is Unavailable, "the Events API is not available on this PIM" (a retired or
// turned-off Events API; the caller tells it from an unknown connection); 422 is Validation with
// the "field"/"message" errors of §8.3 (WebhookErrors), Malformed when they cannot be read;
// everything else as fromStatus(). In EventsErrorMapping.cpp.
ApiError fromEventsStatus(const HttpAnswer &answer);
// The sentence of the Unavailable error above.
QString eventsUnavailableMessage();

// A success status whose body could not be read: Malformed, with the parser's reason.
ApiError malformed(const HttpAnswer &answer, const QString &why);

// A redirect that is not followed: Server, naming the target ("redirected to https://...").
ApiError redirectedElsewhere(const HttpAnswer &answer);

// The "message" of a JSON object body, or an empty string.
QString jsonMessage(const QByteArray &body);

} // namespace ErrorMapping
