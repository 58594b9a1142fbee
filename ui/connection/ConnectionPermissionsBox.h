#pragma once

#include "domain/Permissions.h"

#include <QGroupBox>

#include <optional>

class FieldMessage;
class FormGrid;
class QComboBox;

// The Permissions of a connection's settings (docs/pim-api.md §7, "Edit"): the Role and the
// Group of its user.
//
// - The lists come from setRoles()/setGroups(), in any order with select(); a role or group
//   not (yet) in its list is kept ("Role 7"), so that saving does not change it behind the
//   user. The group may be none.
// - Keeping the default role (ROLE_USER) or the group "All" shows a warning (docs/pim-api.md
//   §7); the PIM's reasons (a 422) show instead, under their field.
class ConnectionPermissionsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConnectionPermissionsBox(QWidget *parent = nullptr);

    void setRoles(const QList<UserRole> &roles);
    void setGroups(const QList<UserGroup> &groups);
    // The role and group of a connection just loaded.
    void select(const QString &roleId, const std::optional<QString> &groupId);
    // What is chosen; the ones given to select() while a list is empty.
    QString roleId() const;
    std::optional<QString> groupId() const;

    // The PIM's reasons for the role and the group; empty ones let the warnings show.
    void setServerErrors(const QString &role, const QString &group);
    // What shows under each field now.
    QString roleMessage() const;
    QString groupMessage() const;
    // Read-only (offline, busy...): the fields are disabled and say why.
    void setEditable(bool editable, const QString &why);

    // The layout of the fields, to line its labels up with another form's.
    FormGrid *grid() const { return m_grid; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *groupCombo() const { return m_group; }

signals:
    void roleChanged();
    void groupChanged();

private:
    void fillRoles(const QString &selectId);
    void fillGroups(const std::optional<QString> &selectId);
    void refreshMessages();

    FormGrid *m_grid;
    QComboBox *m_role;
    FieldMessage *m_roleMessage;
    QComboBox *m_group;
    FieldMessage *m_groupMessage;
    QList<UserRole> m_roles;
    QList<UserGroup> m_groups;
    QString m_selectedRole;
    std::optional<QString> m_selectedGroup;
    QString m_roleError;
    QString m_groupError;
};
