#include "CliOutput.h"

#include "CliCommandSpec.h"
#include "domain/FlowType.h"
#include "domain/SymfonyJson.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>

QByteArray CliOutput::listJson(const QList<Connection> &connections)
{
    SymfonyJson array = SymfonyJson::array();
    for (const Connection &c : connections) {
        array.append(SymfonyJson::object({
            {QStringLiteral("code"), c.code},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("flowType"), FlowTypes::toApi(c.flowType)},
            {QStringLiteral("image"), SymfonyJson::stringOrNull(c.image)},
            {QStringLiteral("auditable"), c.auditable},
            {QStringLiteral("type"), c.type},
        }));
    }
    return array.toJson() + '\n';
}

QByteArray CliOutput::detailsJson(const ConnectionDetails &details)
{
    const Connection &c = details.connection;
    const Credentials &k = details.credentials;
    const SymfonyJson json = SymfonyJson::object({
        {QStringLiteral("code"), c.code},
        {QStringLiteral("label"), c.label},
        {QStringLiteral("flow_type"), FlowTypes::toApi(c.flowType)},
        {QStringLiteral("image"), SymfonyJson::stringOrNull(c.image)},
        {QStringLiteral("client_id"), SymfonyJson::stringOrNull(k.clientId)},
        {QStringLiteral("secret"), SymfonyJson::stringOrNull(k.secret)},
        {QStringLiteral("username"), SymfonyJson::stringOrNull(k.username)},
        {QStringLiteral("password"), k.password ? SymfonyJson(*k.password) : SymfonyJson(nullptr)},
        {QStringLiteral("user_role_id"), SymfonyJson::stringOrNull(details.userRoleId)},
        {QStringLiteral("user_group_id"),
         details.userGroupId ? SymfonyJson(*details.userGroupId) : SymfonyJson(nullptr)},
        {QStringLiteral("auditable"), c.auditable},
        {QStringLiteral("type"), c.type},
    });
    return json.toJson() + '\n';
}

QByteArray CliOutput::updateJson(const ConnectionUpdate &update)
{
    const SymfonyJson json = SymfonyJson::object({
        {QStringLiteral("code"), update.code},
        {QStringLiteral("label"), update.label},
        {QStringLiteral("flow_type"), FlowTypes::toApi(update.flowType)},
        {QStringLiteral("image"), SymfonyJson::stringOrNull(update.image)},
        {QStringLiteral("auditable"), update.auditable},
        {QStringLiteral("user_role_id"), update.userRoleId},
        {QStringLiteral("user_group_id"),
         update.userGroupId ? SymfonyJson(*update.userGroupId) : SymfonyJson(nullptr)},
    });
    return json.toJson() + '\n';
}

QByteArray CliOutput::passwordJson(const QString &password)
{
    return SymfonyJson::object({{QStringLiteral("password"), password}}).toJson() + '\n';
}

QString CliOutput::listTable(const QList<Connection> &connections, const WrongCredentials &wrong)
{
    if (connections.isEmpty())
        return tr("No connections.\n");
    const QStringList header{tr("CODE"), tr("LABEL"), tr("FLOW TYPE"), tr("TRACKED")};
    QList<QStringList> rows;
    rows.append(header);
    for (const Connection &c : connections) {
        const QString mark = wrong.contains(c.code) ? QStringLiteral("!") : QString();
        rows.append(
            {mark + c.code, c.label, FlowTypes::displayName(c.flowType), yesNo(c.auditable)});
    }
    QString out = table(rows);
    if (!wrong.isEmpty())
        out += tr("! its client ID was used with another user's username\n");
    return out;
}

QString CliOutput::detailsText(const ConnectionDetails &details, const DetailsText &known)
{
    const Connection &c = details.connection;
    const Credentials &k = details.credentials;
    const QString unknown = tr("(not in the offline copy)");
    QList<QPair<QString, QString>> lines{
        {tr("Code"), c.code},
        {tr("Label"), c.label},
        {tr("Flow type"), FlowTypes::displayName(c.flowType)},
        {tr("Tracked"), yesNo(c.auditable)},
        {tr("Image"), c.image.isEmpty() ? tr("none") : c.image},
    };
    if (known.credentialsKnown) {
        lines.append({tr("Role"), details.userRoleId});
        lines.append({tr("Group"), details.userGroupId ? *details.userGroupId : tr("none")});
    }
    if (!known.showCredentials) {
        // nothing secret
    } else if (known.credentialsKnown) {
        lines.append({tr("Client ID"), k.clientId});
        lines.append({tr("Secret"), known.secretKnown ? k.secret : unknown});
        lines.append({tr("Username"), k.username});
    } else {
        lines.append({tr("Credentials"), unknown});
    }
    if (k.password && known.showCredentials)
        lines.append({tr("Password"), *k.password});
    return fields(lines);
}

QString CliOutput::offlineNote(const QString &instanceName, const QDateTime &syncedAt)
{
    //: %1 is the PIM's name, %2 a date and time
    return tr("Offline — showing the connections of %1 as of %2\n")
        .arg(instanceName, dateTime(syncedAt));
}

QString CliOutput::dateTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString CliOutput::table(const QList<QStringList> &rows, qsizetype rightAlignedFrom)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], printable(row.at(i)).size());
        }
    }
    QString out;
    for (const QStringList &shown : rows) {
        // Every cell may come from the PIM: no control character reaches the terminal, and
        // no line feed forges a row.
        QStringList row;
        for (const QString &cell : shown)
            row.append(printable(cell));
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            if (rightAlignedFrom >= 0 && i >= rightAlignedFrom)
                line +=
                    row.at(i).rightJustified(widths[i]) + (last ? QString() : QStringLiteral("  "));
            else if (last)
                line += row.at(i);
            else
                line += row.at(i).leftJustified(widths[i] + 2);
        }
        out += line + u'\n';
    }
    return out;
}

QString CliOutput::fields(const QList<QPair<QString, QString>> &lines)
{
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    QString out;
    for (const auto &[name, value] : lines)
        out += QString(name + u':').leftJustified(width + 3) + printable(value) + u'\n';
    return out;
}

QString CliOutput::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f); // C0, DEL, C1
        // The marks and overrides that reorder what a terminal shows (Trojan Source).
        const bool bidi = u == 0x061c || u == 0x200e || u == 0x200f ||
                          (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        auto hex = [u](int digits) {
            return QString::number(uint(u), 16).toUpper().rightJustified(digits, u'0');
        };
        if (control)
            out += QStringLiteral("\\x") + hex(2);
        else if (bidi)
            out += QStringLiteral("\\u") + hex(4);
        else
            out += c;
    }
    return out;
}

QString CliOutput::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

void CliOutput::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::write(const QString &text)
{
    write(text.toLocal8Bit());
}

void CliOutput::writeError(const QString &message)
{
    const QStringList lines = message.split(u'\n');
    QByteArray out;
    // A message may quote the PIM (a 400's "message", a label): its lines are made printable.
    for (const QString &line : lines)
        out += (CliCommands::program() + QStringLiteral(": ") + printable(line) + u'\n')
                   .toLocal8Bit();
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
    std::fflush(stderr);
}
