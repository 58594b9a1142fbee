#include "items/BusinessErrorCsv.h"

#include "items/BusinessErrorTableModel.h"

#include <QCoreApplication>

namespace {

// The context of this file's messages, spelled so that lupdate sees it too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BusinessErrorCsv)
};

const QString CrLf = QStringLiteral("\r\n");

bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

namespace BusinessErrorCsv {

QStringList header()
{
    return {BusinessErrorTableModel::columnTitle(BusinessErrorTableModel::DateTimeColumn),
            BusinessErrorTableModel::columnTitle(BusinessErrorTableModel::MessageColumn),
            Tr::tr("Documentation"),
            Tr::tr("Product name"),
            Tr::tr("Product ID"),
            Tr::tr("Family"),
            Tr::tr("Locale"),
            Tr::tr("Channel"),
            Tr::tr("Attribute")};
}

QStringList row(const BusinessError &error, const QTimeZone &zone)
{
    QStringList documentation;
    for (const ErrorDocumentation &d : error.documentation)
        documentation.append(d.text());
    const ErrorProduct product = error.product.value_or(ErrorProduct());
    return {error.localDateTime(zone).toString(Qt::ISODate),
            error.message,
            documentation.join(QLatin1Char('\n')),
            product.label,
            product.identifier,
            product.family,
            error.locale,
            error.scope,
            error.attribute};
}

QString field(const QString &value)
{
    const QString guarded = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = guarded.contains(QLatin1Char(',')) || guarded.contains(QLatin1Char('"')) ||
                       guarded.contains(QLatin1Char('\r')) || guarded.contains(QLatin1Char('\n'));
    if (!quote)
        return guarded;
    QString escaped = guarded;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &value : fields)
        out.append(field(value));
    return out.join(QLatin1Char(','));
}

QByteArray toCsv(const QList<BusinessError> &errors, const QTimeZone &zone)
{
    QString text = line(header()) + CrLf;
    for (const BusinessError &error : errors)
        text += line(row(error, zone)) + CrLf;
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace BusinessErrorCsv
