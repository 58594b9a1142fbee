#include "domain/ValidationError.h"

#include "domain/WebhookErrors.h"

#include <QCoreApplication>
#include <QHash>

namespace ValidationKeys {

QString key(const char *suffix)
{
    return QLatin1String(Prefix) + QLatin1String(suffix);
}

QString limitReached()
{
    return key("connections_number_limit_reached");
}
QString codeRequired()
{
    return key("code.required");
}
QString codeInvalid()
{
    return key("code.invalid");
}
QString codeTooShort()
{
    return key("code.too_short");
}
QString codeTooLong()
{
    return key("code.too_long");
}
QString codeMustBeUnique()
{
    return key("code.must_be_unique");
}
QString labelRequired()
{
    return key("label.required");
}
QString labelTooShort()
{
    return key("label.too_short");
}
QString labelTooLong()
{
    return key("label.too_long");
}
QString flowTypeInvalid()
{
    return key("flow_type.invalid");
}
QString imageMustExist()
{
    return key("image.must_exist");
}
QString imageNotEmpty()
{
    return key("image.not_empty");
}
QString userGroupMustExist()
{
    return key("user_group.must_exist");
}

QString message(const QString &reason)
{
    // Section 4's table. Kept as source texts so that lupdate finds them; translated on use.
    struct Entry
    {
        const char *suffix;
        const char *text;
    };
    static const Entry entries[] = {
        {"connections_number_limit_reached",
         QT_TRANSLATE_NOOP("Validation",
                           "You reached this PIM's limit of connections and connected Apps.")},
        {"code.required", QT_TRANSLATE_NOOP("Validation", "Connection code is required.")},
        {"code.invalid",
         QT_TRANSLATE_NOOP("Validation",
                           "Connection code may contain only letters, numbers and underscores.")},
        {"code.too_short",
         QT_TRANSLATE_NOOP("Validation",
                           "Connection code is too short. It should have 3 characters or more.")},
        {"code.too_long",
         QT_TRANSLATE_NOOP("Validation",
                           "Connection code is too long. It should have 100 characters or less.")},
        {"code.must_be_unique", QT_TRANSLATE_NOOP("Validation", "Connection code must be unique.")},
        {"label.required", QT_TRANSLATE_NOOP("Validation", "Connection label is required.")},
        {"label.too_short",
         QT_TRANSLATE_NOOP("Validation",
                           "Connection label is too short. It should have 3 characters or more.")},
        {"label.too_long",
         QT_TRANSLATE_NOOP("Validation",
                           "Connection label is too long. It should have 100 characters or less.")},
        {"flow_type.invalid",
         QT_TRANSLATE_NOOP("Validation", "Connection flow type can only be 'data_source', "
                                         "'data_destination' or 'other'.")},
        {"image.must_exist",
         QT_TRANSLATE_NOOP("Validation", "The image was not found. Please try again.")},
        // No English text upstream (docs/pim-api.md §4): say what is wrong and what to do.
        {"image.not_empty",
         QT_TRANSLATE_NOOP("Validation",
                           "The image path is empty. Choose an image again or remove it.")},
        {"user_group.must_exist",
         QT_TRANSLATE_NOOP("Validation", "The user group was not found. Make sure the "
                                         "specified user group exists.")},
    };
    if (reason.startsWith(QLatin1String(Prefix))) {
        const QStringView suffix = QStringView(reason).mid(qstrlen(Prefix));
        for (const Entry &entry : entries) {
            if (suffix == QLatin1String(entry.suffix))
                return QCoreApplication::translate("Validation", entry.text);
        }
    }
    // The event subscription's keys (§8.3); unknown keys stay readable (§4).
    return WebhookErrors::message(reason);
}

QString messagesFor(const FieldErrors &errors, const QString &field)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        if (error.field == field)
            lines.append(message(error.reason));
    }
    return lines.join(QLatin1Char('\n'));
}

FormErrors forForm(const FieldErrors &errors, const QStringList &formFields)
{
    FormErrors result;
    for (const FieldError &error : errors) {
        if (!formFields.contains(error.field))
            result.elsewhere.append(message(error.reason));
        else if (!result.onFields.contains(error.field))
            result.onFields.insert(error.field, messagesFor(errors, error.field));
    }
    return result;
}

} // namespace ValidationKeys
