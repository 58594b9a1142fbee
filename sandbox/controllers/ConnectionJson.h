#pragma once

#include "domain/SymfonyJson.h"
#include "domain/ValidationError.h"
#include "domain/ConnectionService.h"
#include "store/WrongCredentialsStore.h"

#include <optional>

// The PIM's JSON shapes, written by the sandbox with SymfonyJson (key order and escaping).
namespace ConnectionJson {

// Shape A: {"code","label","flowType","image","auditable","type"} (docs/pim-api.md §2).
SymfonyJson listItem(const ConnectionStore::Record &record);
// Shape B, in its key order; password is null except after creation (docs/pim-api.md §2).
SymfonyJson details(const ConnectionService::Details &details,
                    const std::optional<QString> &password);
// Section 4: {"errors":[{"name","reason"}...],"message":"..."}.
SymfonyJson violations(const FieldErrors &errors);
// Section 2: {"<code>":{"code","users":[{"username","date"}]}}, or [] when there is none.
SymfonyJson wrongCredentials(const QList<WrongCredentialsStore::Entry> &entries);
// "2020-01-02T12:34:23+00:00"
QString dateTime(qint64 secondsSinceEpoch);

} // namespace ConnectionJson
