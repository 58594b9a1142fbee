#include "connection/ConnectionPermissionsBox.h"

#include "widgets/FieldMessage.h"
#include "widgets/FormGrid.h"

#include <QComboBox>

ConnectionPermissionsBox::ConnectionPermissionsBox(QWidget *parent)
    : QGroupBox(tr("Permissions"), parent)
    , m_grid(new FormGrid(this))
    , m_role(new QComboBox(this))
    , m_roleMessage(new FieldMessage(this))
    , m_group(new QComboBox(this))
    , m_groupMessage(new FieldMessage(this))
{
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setAccessibleName(tr("Role"));
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setAccessibleName(tr("Group"));
    for (QComboBox *combo : {m_role, m_group}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_grid->addRow(tr("&Role"), m_role, FormGrid::stacked({m_role, m_roleMessage}));
    m_grid->addRow(tr("&Group"), m_group, FormGrid::stacked({m_group, m_groupMessage}));
    setTabOrder(m_role, m_group);

    connect(m_role, &QComboBox::currentIndexChanged, this, [this]() {
        refreshMessages();
        emit roleChanged();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this]() {
        refreshMessages();
        emit groupChanged();
    });
    fillGroups(std::nullopt);
}

void ConnectionPermissionsBox::setRoles(const QList<UserRole> &roles)
{
    const QString keep = roleId();
    m_roles = roles;
    fillRoles(keep);
    refreshMessages();
}

void ConnectionPermissionsBox::setGroups(const QList<UserGroup> &groups)
{
    const std::optional<QString> keep = groupId();
    m_groups = groups;
    fillGroups(keep);
    refreshMessages();
}

void ConnectionPermissionsBox::select(const QString &roleId, const std::optional<QString> &groupId)
{
    m_selectedRole = roleId;
    m_selectedGroup = groupId;
    fillRoles(roleId);
    fillGroups(groupId);
    refreshMessages();
}

void ConnectionPermissionsBox::fillRoles(const QString &selectId)
{
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (const UserRole &role : std::as_const(m_roles)) {
        m_role->addItem(role.label.isEmpty() ? role.role : role.label, role.id);
        m_role->setItemData(m_role->count() - 1, role.role, Qt::ToolTipRole);
    }
    int index = m_role->findData(selectId);
    if (index < 0 && !selectId.isEmpty()) {
        // Not (yet) in the list: keep it, so that saving does not change it behind the user.
        m_role->addItem(tr("Role %1").arg(selectId), selectId);
        index = m_role->count() - 1;
    }
    m_role->setCurrentIndex(index);
}

void ConnectionPermissionsBox::fillGroups(const std::optional<QString> &selectId)
{
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("None"), QVariant()); // the group may be null (docs/pim-api.md §2)
    for (const UserGroup &group : std::as_const(m_groups))
        m_group->addItem(group.name, group.id);
    int index = 0;
    if (selectId) {
        index = m_group->findData(*selectId);
        if (index < 0) {
            m_group->addItem(tr("Group %1").arg(*selectId), *selectId);
            index = m_group->count() - 1;
        }
    }
    m_group->setCurrentIndex(index);
}

QString ConnectionPermissionsBox::roleId() const
{
    if (m_role->currentIndex() < 0)
        return m_selectedRole;
    return m_role->currentData().toString();
}

std::optional<QString> ConnectionPermissionsBox::groupId() const
{
    if (m_group->currentIndex() < 0)
        return m_selectedGroup;
    const QVariant data = m_group->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toString();
}

void ConnectionPermissionsBox::setServerErrors(const QString &role, const QString &group)
{
    m_roleError = role;
    m_groupError = group;
    refreshMessages();
}

QString ConnectionPermissionsBox::roleMessage() const
{
    return m_roleMessage->message();
}

QString ConnectionPermissionsBox::groupMessage() const
{
    return m_groupMessage->message();
}

void ConnectionPermissionsBox::setEditable(bool editable, const QString &why)
{
    for (QComboBox *combo : {m_role, m_group}) {
        combo->setEnabled(editable);
        combo->setToolTip(why);
    }
}

void ConnectionPermissionsBox::refreshMessages()
{
    // Section 7: a warning when the default role or the group "All" is kept.
    QString roleWarning;
    const QString role = roleId();
    for (const UserRole &r : std::as_const(m_roles)) {
        if (r.id == role && r.isDefaultRole())
            roleWarning = tr("This connection keeps the default role “%1”. Give it a role made "
                             "for connections, with only the API permissions it needs.")
                              .arg(r.label.isEmpty() ? r.role : r.label);
    }
    QString groupWarning;
    const std::optional<QString> group = groupId();
    for (const UserGroup &g : std::as_const(m_groups)) {
        if (group && g.id == *group && g.isDefault)
            groupWarning = tr("This connection keeps the group “%1”. Choose a group made for "
                              "it, so that it sees and edits only what it should.")
                               .arg(g.name);
    }
    // The PIM's reason first, else the warning.
    const auto show = [](FieldMessage *message, QWidget *field, const QString &error,
                         const QString &warning) {
        const QString text = error.isEmpty() ? warning : error;
        message->setMessage(error.isEmpty() ? Theme::Tone::Warning : Theme::Tone::Negative, text);
        field->setAccessibleDescription(text);
    };
    show(m_roleMessage, m_role, m_roleError, roleWarning);
    show(m_groupMessage, m_group, m_groupError, groupWarning);
}
