#pragma once

#include "domain/ValidationError.h"

#include <QString>

#include <optional>

// The rules of docs/pim-api.md §3, as pure functions shared by the sandbox (which enforces
// them) and the client (which checks a form as the user types, before the server does).
namespace ConnectionRules {

// The Community Edition's limit (connected Apps included; count >= 50 refuses), which
// pim-sandbox enforces as its own. The client never uses it: a PIM's limit depends on its
// edition (docs/pim-api.md §11.1), so the client takes max-limit-reached and the 422 of §3 as
// the truth.
inline constexpr int MaxConnections = 50;
inline constexpr int MinLength = 3;
inline constexpr int MaxLength = 100;

// Trims the way the PIM (PHP's trim) does: space, \t, \n, \r, \0 and \x0B at both ends.
QString trimmed(const QString &text);

// Code from label, while the user has not edited the code by hand: remove every space,
// replace every other character outside [A-Za-z0-9_] by "_" (per UTF-16 unit, so an emoji
// gives two), lowercase, no truncation. "Magento 2 - Prod" gives "magento2_prod".
QString codeFromLabel(const QString &label);

// Each returns the reason key of the first failure, or nothing when the value is valid.
std::optional<QString> codeError(const QString &code);   // required, too_short, too_long, invalid
std::optional<QString> labelError(const QString &label); // required, too_short, too_long
std::optional<QString> flowTypeError(const QString &apiName);
// An image is null (nullopt) or a non-empty path; that the file exists is the server's check.
std::optional<QString> imageError(const std::optional<QString> &image);
// A failure that typing more characters cannot fix (too long, a character the code refuses): a
// form shows it at once, the others once the field has been left.
bool typingCannotFix(const QString &reason);

// The violations of a creation, in the order the PIM reports them (docs/pim-api.md §4): the limit
// (field ""), code, label, flow type. Uniqueness is not here: the server checks it only when
// this list is empty.
FieldErrors validateCreate(const QString &code, const QString &label, const QString &flowType,
                           int existingConnections);

// The violations of an update: label, flow type, image (not empty). That the image exists is
// checked by the server only when this list is empty.
FieldErrors validateUpdate(const QString &label, const QString &flowType,
                           const std::optional<QString> &image);

// Section 3's accepted image uploads, lowercase, without the dot.
const QStringList &acceptedImageExtensions();
bool isAcceptedImageFile(const QString &fileName);

} // namespace ConnectionRules
