#pragma once

#include "domain/ValidationError.h"

#include <QString>

// Why a connection operation did not happen, in the terms of the PIM's answers:
// a 422 with reason keys (docs/pim-api.md §4), a 400 {"message"} (docs/pim-api.md §2), or a failure of the store.
struct ServiceError
{
    enum class Kind { Validation, BadRequest, Internal };

    Kind kind = Kind::Internal;
    FieldErrors errors; // Validation
    QString message;    // BadRequest

    static ServiceError validation(const FieldErrors &errors)
    {
        return {Kind::Validation, errors, QString()};
    }
    static ServiceError badRequest(const QString &message)
    {
        return {Kind::BadRequest, {}, message};
    }
    static ServiceError internal() { return {Kind::Internal, {}, QString()}; }
};
