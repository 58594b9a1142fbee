#include "ConnectionService.h"

#include "Clock.h"
#include "SandboxLog.h"
#include "domain/ConnectionRules.h"
#include "domain/CredentialFormat.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace {

const QString DefaultType = QStringLiteral("default");
const QString DefaultRole = QStringLiteral("ROLE_USER");

// The update route's ids are strings holding integers; anything else names no role or group.
std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || text.trimmed() != text || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return id;
}

} // namespace

ConnectionService::ConnectionService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString ConnectionService::doesNotExist(const QString &code)
{
    return QStringLiteral("Connection with code \"%1\" does not exist").arg(code);
}

std::optional<ServiceError> ConnectionService::create(const QString &code, const QString &label,
                                                      const QString &flowType, Details *created,
                                                      QString *password, const QString &type)
{
    // docs/pim-api.md §3 and §4: the limit, code, label, flow type; uniqueness only when all pass.
    FieldErrors errors =
        ConnectionRules::validateCreate(code, label, flowType, m_store.connections().count());
    const QString trimmedCode = ConnectionRules::trimmed(code);
    if (errors.isEmpty() && m_store.connections().findByCode(trimmedCode))
        errors.append({ValidationFields::Code, ValidationKeys::codeMustBeUnique()});
    if (!errors.isEmpty())
        return ServiceError::validation(errors);

    const QString trimmedLabel = ConnectionRules::trimmed(label);
    const auto roleId = m_store.permissions().roleId(DefaultRole);
    if (!roleId)
        return ServiceError::internal();

    Transaction transaction(m_store.db());
    QString username;
    for (int attempt = 0; attempt < 1000 && username.isEmpty(); ++attempt) {
        const QString candidate = CredentialFormat::username(trimmedCode);
        if (!m_store.users().usernameExists(candidate))
            username = candidate;
    }
    *password = CredentialFormat::password();
    const auto userId = username.isEmpty()
                            ? std::nullopt
                            : m_store.users().createApiUser(username, *password, *roleId);
    const auto client = m_store.clients().create(trimmedLabel);
    if (!userId || !client)
        return ServiceError::internal();
    ConnectionStore::Record record;
    record.code = trimmedCode;
    record.label = trimmedLabel;
    record.flowType = flowType;
    record.auditable = false; // the PIM creates every connection without audit
    record.type = type;
    record.userId = *userId;
    record.clientId = client->id;
    const auto id = m_store.connections().insert(record, m_clock.nowUtc().toMSecsSinceEpoch());
    if (!id || !transaction.commit())
        return ServiceError::internal();
    record.id = *id;
    const auto result = details(record);
    if (!result)
        return ServiceError::internal();
    *created = *result;
    qCInfo(lcSandbox, "created the connection %s", qPrintable(trimmedCode));
    return std::nullopt;
}

std::optional<ServiceError> ConnectionService::update(const QString &code, const Update &update)
{
    // docs/pim-api.md §2: validation first, then existence, then the role and the group.
    FieldErrors errors =
        ConnectionRules::validateUpdate(update.label, update.flowType, update.image);
    if (errors.isEmpty() && update.image && !m_store.media().exists(*update.image))
        errors.append({ValidationFields::Image, ValidationKeys::imageMustExist()});
    if (!errors.isEmpty())
        return ServiceError::validation(errors);

    auto record = findDefault(code);
    if (!record)
        return ServiceError::badRequest(doesNotExist(code));
    const auto roleId = parseId(update.userRoleId);
    if (!roleId || !m_store.permissions().roleExists(*roleId))
        return ServiceError::badRequest(
            QStringLiteral("Role with id \"%1\" not found.").arg(update.userRoleId));
    std::optional<qint64> groupId;
    if (update.userGroupId) {
        groupId = parseId(*update.userGroupId);
        if (!groupId || !m_store.permissions().groupExists(*groupId))
            return ServiceError::badRequest(
                QStringLiteral("Group with id \"%1\" not found.").arg(*update.userGroupId));
    }

    record->label = ConnectionRules::trimmed(update.label);
    record->flowType = update.flowType;
    record->image = update.image;
    record->auditable = update.auditable;
    Transaction transaction(m_store.db());
    if (!m_store.connections().update(*record) ||
        !m_store.users().setPermissions(record->userId, *roleId, groupId) || !transaction.commit())
        return ServiceError::internal();
    return std::nullopt;
}

std::optional<ServiceError> ConnectionService::remove(const QString &code)
{
    const auto record = findDefault(code);
    if (!record)
        return ServiceError::badRequest(doesNotExist(code));
    return removeWithAuthorisations(*record);
}

std::optional<ServiceError>
ConnectionService::removeWithAuthorisations(const ConnectionStore::Record &record)
{
    // Section 3: the connection, its user and its client go; so do all their tokens. What was
    // recorded about it goes too, so that a new connection with the same code starts afresh.
    Transaction transaction(m_store.db());
    if (!m_store.tokens().removeForClient(record.clientId) ||
        !m_store.tokens().removeForUser(record.userId) ||
        !m_store.wrongCredentials().removeForConnection(record.code) ||
        !m_store.auditCounts().removeForConnection(record.code) ||
        !m_store.businessErrors().removeForConnection(record.code) ||
        !m_store.connectedApps().remove(record.code) || !m_store.connections().remove(record.id) ||
        !m_store.users().remove(record.userId) || !m_store.clients().remove(record.clientId) ||
        !transaction.commit())
        return ServiceError::internal();
    qCInfo(lcSandbox, "deleted the %s %s",
           record.type == DefaultType ? "connection" : "connected App", qPrintable(record.code));
    return std::nullopt;
}

std::optional<ServiceError> ConnectionService::regenerateSecret(const QString &code)
{
    const auto record = findDefault(code);
    if (!record)
        return ServiceError::badRequest(doesNotExist(code));
    // Section 3: same client id, new secret, every token of the client revoked.
    Transaction transaction(m_store.db());
    if (!m_store.clients().setSecret(record->clientId, CredentialFormat::randomToken()) ||
        !m_store.tokens().removeForClient(record->clientId) || !transaction.commit())
        return ServiceError::internal();
    return std::nullopt;
}

std::optional<ServiceError> ConnectionService::regeneratePassword(const QString &code,
                                                                  QString *password)
{
    const auto record = findDefault(code);
    if (!record)
        return ServiceError::badRequest(doesNotExist(code));
    // Section 3: new password, every token of the user revoked.
    *password = CredentialFormat::password();
    Transaction transaction(m_store.db());
    if (!m_store.users().setPassword(record->userId, *password) ||
        !m_store.tokens().removeForUser(record->userId) || !transaction.commit())
        return ServiceError::internal();
    return std::nullopt;
}

std::optional<ConnectionService::Details> ConnectionService::find(const QString &code) const
{
    const auto record = findDefault(code);
    return record ? details(*record) : std::nullopt;
}

bool ConnectionService::isLimitReached() const
{
    return m_store.connections().count() >= ConnectionRules::MaxConnections;
}

std::optional<ConnectionService::Details>
ConnectionService::details(const ConnectionStore::Record &record) const
{
    const auto client = m_store.clients().find(record.clientId);
    const auto user = m_store.users().find(record.userId);
    if (!client || !user)
        return std::nullopt;
    return Details{record, *client, *user};
}

std::optional<ConnectionStore::Record> ConnectionService::findDefault(const QString &code) const
{
    auto record = m_store.connections().findByCode(code);
    if (!record || record->type != DefaultType)
        return std::nullopt;
    return record;
}
