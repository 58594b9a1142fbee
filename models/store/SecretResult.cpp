#include "store/SecretResult.h"

QString SecretResult::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return memoryOnly ? tr("Nothing is stored for this in this session (no system keychain "
                               "is available).")
                          : tr("Nothing is stored in the system keychain for this.");
    case Status::Denied:
        return tr("The system keychain refused access. Unlock it, or allow this app to use it, "
                  "and try again.");
    case Status::Timeout:
        return tr("The system keychain did not answer in time. It may be locked and waiting for "
                  "its password: unlock it and try again.");
    case Status::Failed:
        return detail.isEmpty() ? tr("The system keychain reported an error.")
                                : tr("The system keychain reported an error: %1").arg(detail);
    }
    return {};
}
