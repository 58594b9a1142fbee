#include "monitoring/ChartReason.h"

#include "domain/AuditCounts.h"

#include <QLocale>

#include <algorithm>

namespace {

std::optional<Connection> find(const ChartFacts &facts, const QString &code)
{
    const auto it = std::find_if(facts.connections.cbegin(), facts.connections.cend(),
                                 [&code](const Connection &c) { return c.code == code; });
    return it == facts.connections.cend() ? std::nullopt : std::optional<Connection>(*it);
}

QString quotedLabel(const ChartFacts &facts, const QString &code)
{
    const auto connection = find(facts, code);
    const QString label = connection && !connection->label.isEmpty() ? connection->label : code;
    return QCoreApplication::translate("ChartReason", "“%1”").arg(label.toHtmlEscaped());
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString ChartReason::settingsLink(const QString &code)
{
    return QStringLiteral("settings:") + code;
}

std::optional<QString> ChartReason::settingsCode(const QString &href)
{
    const QString prefix = QStringLiteral("settings:");
    if (!href.startsWith(prefix) || href.size() == prefix.size())
        return std::nullopt;
    return href.mid(prefix.size());
}

QString ChartReason::forSelection(const ChartFacts &facts, const QString &selected, bool allZero)
{
    if (selected == AuditSeries::allCode())
        return forAll(facts, allZero);
    const auto connection = find(facts, selected);
    if (connection && connection->flowType == FlowType::Other)
        return tr("%1 has the flow type “Other”: Data flows never counts such connections.")
            .arg(quotedLabel(facts, selected));
    if (connection && !connection->auditable)
        return tr("Tracking is off for %1: its products are not counted. Turn on “Track in Data "
                  "flows dashboard” in %2.")
            .arg(quotedLabel(facts, selected), link(settingsLink(selected), tr("its settings")));
    if (allZero && facts.wrongCredentials.contains(selected))
        return wrongUsername(facts, {selected});
    return {};
}

QString ChartReason::forAll(const ChartFacts &facts, bool allZero)
{
    if (facts.counted.isEmpty())
        return noTracked(facts);
    if (!allZero)
        return {};
    QStringList wrong;
    for (const QString &code : facts.counted) {
        if (facts.wrongCredentials.contains(code))
            wrong.append(code);
    }
    return wrong.isEmpty() ? QString() : wrongUsername(facts, wrong);
}

QString ChartReason::noTracked(const ChartFacts &facts)
{
    const bool source = facts.flowType == FlowType::Source;
    bool ofType = false;
    bool other = false;
    for (const Connection &c : facts.connections) {
        ofType = ofType || c.flowType == facts.flowType;
        other = other || c.flowType == FlowType::Other;
    }
    if (ofType)
        return source ? tr("None of your source connections is tracked. Turn on “Track in Data "
                           "flows dashboard” in a connection's settings to see its charts here.")
                      : tr("None of your destination connections is tracked. Turn on “Track in "
                           "Data flows dashboard” in a connection's settings to see its charts "
                           "here.");
    QStringList lines;
    if (other)
        lines.append(source ? tr("Connections with the flow type “Other” are never counted. Give "
                                 "a connection the flow type “Data source” to see it here.")
                            : tr("Connections with the flow type “Other” are never counted. Give "
                                 "a connection the flow type “Data destination” to see it here."));
    lines.append(source ? tr("Want to see some fancy charts about your source connections?")
                        : tr("Want to see some fancy charts about your destination connections?"));
    if (facts.canCreate)
        lines.append(
            tr("Create and start tracking your first one %1").arg(link(createLink(), tr("here."))));
    return lines.join(QStringLiteral("<br>"));
}

QString ChartReason::wrongUsername(const ChartFacts &facts, const QStringList &codes)
{
    QStringList labels;
    QStringList usernames;
    for (const QString &code : codes) {
        labels.append(quotedLabel(facts, code));
        for (const WrongCredentialsUse &use : facts.wrongCredentials.usesOf(code)) {
            if (!usernames.contains(use.username.toHtmlEscaped()))
                usernames.append(use.username.toHtmlEscaped());
        }
    }
    const QString names = QLocale().createSeparatedList(labels);
    const QString users = QLocale().createSeparatedList(usernames);
    return tr("The connector of %1 calls the API with another user's username (%2): those calls "
              "are not counted. Make it use the connection's own username.",
              nullptr, int(codes.size()))
        .arg(names, users);
}
