#include "domain/ConnectionRules.h"

#include <QFileInfo>
#include <QStringList>

namespace ConnectionRules {

namespace {

bool isPhpTrimmed(QChar ch)
{
    const char16_t u = ch.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\0' || u == u'\x0B';
}

bool isWordCharacter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

// PHP's mb_strlen counts code points, not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

void addError(FieldErrors *errors, const QString &field, const std::optional<QString> &reason)
{
    if (reason)
        errors->append({field, *reason});
}

// Required, then MinLength to MaxLength characters (section 3): the key of the first failure.
std::optional<QString> lengthError(const QString &value, const QString &required,
                                   const QString &tooShort, const QString &tooLong)
{
    if (value.isEmpty())
        return required;
    const qsizetype length = characterCount(value);
    if (length < MinLength)
        return tooShort;
    if (length > MaxLength)
        return tooLong;
    return std::nullopt;
}

} // namespace

QString trimmed(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPhpTrimmed(text.at(begin)))
        ++begin;
    while (end > begin && isPhpTrimmed(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

QString codeFromLabel(const QString &label)
{
    QString code;
    code.reserve(label.size());
    for (const QChar ch : label) {
        const char16_t u = ch.unicode();
        if (u == u' ')
            continue;
        if (!isWordCharacter(u))
            code.append(QLatin1Char('_'));
        else if (u >= u'A' && u <= u'Z')
            code.append(QChar(u - u'A' + u'a'));
        else
            code.append(ch);
    }
    return code;
}

std::optional<QString> codeError(const QString &code)
{
    const QString value = trimmed(code);
    if (const auto length =
            lengthError(value, ValidationKeys::codeRequired(), ValidationKeys::codeTooShort(),
                        ValidationKeys::codeTooLong()))
        return length;
    for (const QChar ch : value) {
        if (!isWordCharacter(ch.unicode()))
            return ValidationKeys::codeInvalid();
    }
    return std::nullopt;
}

std::optional<QString> labelError(const QString &label)
{
    return lengthError(trimmed(label), ValidationKeys::labelRequired(),
                       ValidationKeys::labelTooShort(), ValidationKeys::labelTooLong());
}

std::optional<QString> flowTypeError(const QString &apiName)
{
    if (apiName == QLatin1String("data_source") || apiName == QLatin1String("data_destination") ||
        apiName == QLatin1String("other"))
        return std::nullopt;
    return ValidationKeys::flowTypeInvalid();
}

std::optional<QString> imageError(const std::optional<QString> &image)
{
    if (image && image->isEmpty())
        return ValidationKeys::imageNotEmpty();
    return std::nullopt;
}

bool typingCannotFix(const QString &reason)
{
    return reason == ValidationKeys::codeInvalid() || reason == ValidationKeys::codeTooLong() ||
           reason == ValidationKeys::labelTooLong();
}

FieldErrors validateCreate(const QString &code, const QString &label, const QString &flowType,
                           int existingConnections)
{
    FieldErrors errors;
    // Class constraints come before property constraints in the PIM's validator.
    if (existingConnections >= MaxConnections)
        errors.append({ValidationFields::WholeForm, ValidationKeys::limitReached()});
    addError(&errors, ValidationFields::Code, codeError(code));
    addError(&errors, ValidationFields::Label, labelError(label));
    addError(&errors, ValidationFields::FlowType, flowTypeError(flowType));
    return errors;
}

FieldErrors validateUpdate(const QString &label, const QString &flowType,
                           const std::optional<QString> &image)
{
    FieldErrors errors;
    addError(&errors, ValidationFields::Label, labelError(label));
    addError(&errors, ValidationFields::FlowType, flowTypeError(flowType));
    addError(&errors, ValidationFields::Image, imageError(image));
    return errors;
}

const QStringList &acceptedImageExtensions()
{
    static const QStringList extensions = {
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("png"),  QStringLiteral("wbmp"), QStringLiteral("xbm"),
        QStringLiteral("webp"), QStringLiteral("bmp"),
    };
    return extensions;
}

bool isAcceptedImageFile(const QString &fileName)
{
    return acceptedImageExtensions().contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace ConnectionRules
