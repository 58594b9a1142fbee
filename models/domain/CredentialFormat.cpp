#include "domain/CredentialFormat.h"

#include <QRandomGenerator>

#include <algorithm>

namespace CredentialFormat {

namespace {

constexpr char Digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

bool isBase36(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar ch) {
        const char16_t u = ch.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z');
    });
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = static_cast<char>(generator->bounded(256));
    return bytes;
}

} // namespace

QString tokenFromBytes(const QByteArray &bytes)
{
    // Long division of the big-endian number by 36, collecting remainders.
    QByteArray number = bytes;
    QString out;
    auto isZero = [&number] {
        return std::all_of(number.cbegin(), number.cend(), [](char b) { return b == 0; });
    };
    while (!number.isEmpty() && !isZero()) {
        int remainder = 0;
        for (char &byte : number) {
            const int value = remainder * 256 + static_cast<unsigned char>(byte);
            byte = static_cast<char>(value / 36);
            remainder = value % 36;
        }
        out.prepend(QLatin1Char(Digits[remainder]));
    }
    return out.isEmpty() ? QStringLiteral("0") : out;
}

QString randomToken()
{
    // A token far shorter than usual (leading zero bytes) would look wrong; draw again.
    for (;;) {
        const QString token = tokenFromBytes(randomBytes(32));
        if (token.size() >= 45)
            return token;
    }
}

QString clientId(qint64 numericId)
{
    return QString::number(numericId) + QLatin1Char('_') + randomToken();
}

QString username(const QString &code)
{
    const quint32 digits = QRandomGenerator::system()->bounded(10000u);
    return code + QLatin1Char('_') + QStringLiteral("%1").arg(digits, 4, 10, QLatin1Char('0'));
}

QString password()
{
    QString out;
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < PasswordLength; ++i)
        out.append(QLatin1Char(Digits[generator->bounded(36)]));
    return out;
}

bool isToken(const QString &text)
{
    return text.size() >= 40 && text.size() <= 60 && isBase36(text);
}

bool isClientId(const QString &text)
{
    const qsizetype underscore = text.indexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return false;
    const QStringView id = QStringView(text).left(underscore);
    const bool numeric = std::all_of(id.cbegin(), id.cend(), [](QChar ch) { return ch.isDigit(); });
    return numeric && isToken(text.mid(underscore + 1));
}

bool isUsername(const QString &text, const QString &code)
{
    if (!text.startsWith(code + QLatin1Char('_')) || text.size() != code.size() + 5)
        return false;
    const QStringView digits = QStringView(text).right(4);
    return std::all_of(digits.cbegin(), digits.cend(),
                       [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
}

bool isPassword(const QString &text)
{
    return text.size() == PasswordLength && isBase36(text);
}

} // namespace CredentialFormat
