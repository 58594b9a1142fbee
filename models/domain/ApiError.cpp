#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

} // namespace

ApiError ApiError::make(Kind kind, int httpStatus, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.detail = detail;
    return error;
}

QString ApiError::fieldMessage(const QString &field) const
{
    return ValidationKeys::messagesFor(fieldErrors, field);
}

bool ApiError::saysLimitReached() const
{
    if (kind != Kind::Validation)
        return false;
    for (const FieldError &error : fieldErrors) {
        if (error.reason == ValidationKeys::limitReached())
            return true;
    }
    return false;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return tr("Network failure");
    case Kind::Timeout:
        return tr("Timeout");
    case Kind::Tls:
        return tr("Certificate problem");
    case Kind::SignedOut:
        return tr("Signed out");
    case Kind::Forbidden:
        return tr("Forbidden");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Validation:
        return tr("Refused");
    case Kind::Server:
        return tr("Server error");
    case Kind::Malformed:
        return tr("Unexpected answer");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::SignInRefused:
        return tr("Sign-in refused");
    case Kind::Offline:
        return tr("Offline");
    case Kind::Unavailable:
        return tr("Not available");
    }
    return {};
}

QString ApiError::message() const
{
    auto withDetail = [this](const QString &sentence) {
        return detail.isEmpty() ? sentence : sentence + QLatin1Char(' ') + tr("(%1)").arg(detail);
    };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (!address.isEmpty())
            return tr("Cannot reach %1: %2. Check the address and your network connection, "
                      "then try again.")
                .arg(address.toDisplayString(), detail.isEmpty() ? tr("no answer") : detail);
        return withDetail(tr("The PIM cannot be reached. Check the address and your network "
                             "connection, then try again."));
    case Kind::Timeout: {
        const QString seconds = QString::number(qMax(1, (waitedMs + 500) / 1000));
        if (deadlinePassed && !address.isEmpty())
            return tr("%1 did not finish its answer within %2 s: it was still sending. Try again "
                      "in a moment.")
                .arg(address.toDisplayString(), seconds);
        if (deadlinePassed)
            return tr("The PIM did not finish its answer within %1 s: it was still sending. Try "
                      "again in a moment.")
                .arg(seconds);
        if (waitedMs > 0 && !address.isEmpty())
            return tr("%1 did not answer within %2 s. Try again in a moment.")
                .arg(address.toDisplayString(), seconds);
        if (!address.isEmpty())
            return tr("%1 did not answer in time. Try again in a moment.")
                .arg(address.toDisplayString());
        return tr("The PIM did not answer in time. Try again in a moment.");
    }
    case Kind::Tls:
        if (!address.isEmpty())
            return withDetail(tr("The certificate of %1 is not trusted, so the connection was "
                                 "stopped. Check the address, or ask your administrator about "
                                 "the certificate.")
                                  .arg(address.toDisplayString()));
        return withDetail(tr("The PIM's certificate is not trusted, so the connection was "
                             "stopped. Check the address, or ask your administrator about the "
                             "certificate."));
    case Kind::SignedOut:
        return tr("You are signed out of the PIM. Sign in again.");
    case Kind::Forbidden:
        return tr("Your PIM user is not allowed to do this: it needs the permission \"Manage "
                  "connections settings\".");
    case Kind::NotFound:
        return tr("This connection no longer exists on the PIM. Refresh the list.");
    case Kind::Validation: {
        QStringList lines;
        for (const FieldError &error : fieldErrors)
            lines.append(ValidationKeys::message(error.reason));
        if (lines.isEmpty() && !detail.isEmpty())
            lines.append(detail);
        if (lines.isEmpty())
            lines.append(tr("The PIM refused the request."));
        return lines.join(QLatin1Char('\n'));
    }
    case Kind::Server:
        return withDetail(tr("The PIM had a problem (HTTP %1). Try again later; if it goes on, "
                             "ask the PIM's administrator.")
                              .arg(httpStatus));
    case Kind::Malformed:
        return withDetail(tr("The PIM's answer was not understood. Is the address that of an "
                             "Akeneo PIM?"));
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::SignInRefused:
        return tr("The PIM refused the username or password. Check them and sign in again.");
    case Kind::Offline:
        return detail.isEmpty() ? tr("This needs the PIM, which cannot be used now. Try again "
                                     "once the PIM is back online.")
                                : detail;
    case Kind::Unavailable:
        return detail.isEmpty() ? tr("This is not available on this PIM, or not for your PIM "
                                     "user. Ask the PIM's administrator.")
                                : detail;
    }
    return {};
}
