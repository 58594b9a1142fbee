#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// One violation of a 422 answer (docs/pim-api.md §4): the field ("code", "label", "flowType",
// "image", "userGroup", or "" for the whole form) and the untranslated reason key.
struct FieldError
{
    QString field;
    QString reason;

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

// The field names of docs/pim-api.md §4's violations (propertyPath), shared by the rules, the forms and
// the sandbox's answers. The whole form (class constraints, the limit) is the empty name.
namespace ValidationFields {
inline const QString Code = QStringLiteral("code");
inline const QString Label = QStringLiteral("label");
inline const QString FlowType = QStringLiteral("flowType");
inline const QString Image = QStringLiteral("image");
inline const QString UserRole = QStringLiteral("userRole");
inline const QString UserGroup = QStringLiteral("userGroup");
inline const QString WholeForm = QString();
} // namespace ValidationFields

// The reason keys of docs/pim-api.md §4, and their translations: the client owns the translation.
namespace ValidationKeys {

inline constexpr char Prefix[] = "akeneo_connectivity.connection.connection.constraint.";
inline constexpr char ListException[] =
    "akeneo_connectivity.connection.constraint_violation_list_exception";

QString key(const char *suffix); // Prefix + suffix

QString limitReached();       // connections_number_limit_reached
QString codeRequired();       // code.required
QString codeInvalid();        // code.invalid
QString codeTooShort();       // code.too_short
QString codeTooLong();        // code.too_long
QString codeMustBeUnique();   // code.must_be_unique
QString labelRequired();      // label.required
QString labelTooShort();      // label.too_short
QString labelTooLong();       // label.too_long
QString flowTypeInvalid();    // flow_type.invalid
QString imageMustExist();     // image.must_exist
QString imageNotEmpty();      // image.not_empty
QString userGroupMustExist(); // user_group.must_exist

// The translated text of a reason key; an unknown key comes back readable (the key itself).
QString message(const QString &reason);

// The translated texts of the errors on one field, one per line, in the server's order.
QString messagesFor(const FieldErrors &errors, const QString &field);

// A 422's errors laid out on a form that shows `formFields`: the messages of each of those
// fields (messagesFor), and those of every other field (the limit's "", a field the form does
// not have), in the server's order, for one message above the form.
struct FormErrors
{
    QMap<QString, QString> onFields; // field -> its messages, one per line
    QStringList elsewhere;
};
FormErrors forForm(const FieldErrors &errors, const QStringList &formFields);

} // namespace ValidationKeys

Q_DECLARE_METATYPE(FieldError)
