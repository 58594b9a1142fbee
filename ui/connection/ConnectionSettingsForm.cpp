#include "connection/ConnectionSettingsForm.h"

#include "connection/ConnectionImageField.h"
#include "connection/ConnectionPermissionsBox.h"
#include "domain/ApiError.h"
#include "domain/ConnectionRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/FormGrid.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ConnectionSettingsForm::ConnectionSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_labelMessage(new FieldMessage(this))
    , m_flowType(new FlowTypeChooser(this))
    , m_auditable(new QCheckBox(tr("&Track in Data flows dashboard"), this))
    , m_auditableHint(new FieldMessage(this))
    , m_image(new ConnectionImageField(this))
    , m_permissions(new ConnectionPermissionsBox(this))
    , m_unsaved(new FieldMessage(this))
    , m_readOnlyNote(new FieldMessage(this))
    , m_formMessage(new MessageBar(this))
{
    m_code->setReadOnly(true);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setToolTip(tr("The code of a connection cannot be changed."));
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Label"));
    m_flowType->setAccessibleName(tr("Flow type"));
    m_flowType->setObjectName(QStringLiteral("flowType"));
    m_auditable->setObjectName(QStringLiteral("auditable"));
    m_auditable->setAccessibleName(tr("Track in Data flows dashboard"));

    m_formMessage->setClosable(false);
    m_unsaved->setObjectName(QStringLiteral("unsavedNotice"));

    // Settings
    auto *settings = new QGroupBox(tr("Settings"), this);
    auto *settingsForm = new FormGrid(settings);
    settingsForm->addRow(tr("Co&de"), m_code, m_code);
    settingsForm->addRow(tr("&Label"), m_label, FormGrid::stacked({m_label, m_labelMessage}));
    settingsForm->addRow(tr("&Flow type"), m_flowType, m_flowType,
                         m_flowType->button(FlowType::Source));
    settingsForm->addRow(FormGrid::stacked({m_auditable, m_auditableHint}));

    settingsForm->addRow(tr("&Image"), m_image->chooseButton(), m_image, m_image->chooseButton());

    // Both boxes' label columns get the same width, so the fields line up across them.
    FormGrid *permissionsForm = m_permissions->grid();
    const int labelWidth =
        qMax(settingsForm->labelColumnWidth(), permissionsForm->labelColumnWidth());
    settingsForm->setLabelColumnWidth(labelWidth);
    permissionsForm->setLabelColumnWidth(labelWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_unsaved);
    layout->addWidget(m_formMessage);
    layout->addWidget(settings);
    layout->addWidget(m_permissions);
    layout->addStretch(1);

    setTabOrder(m_code, m_label);
    setTabOrder(m_label, m_flowType);
    setTabOrder(m_flowType, m_auditable);
    // The image field as a whole (its buttons in their own order; it proxies the focus to
    // "Choose…"): naming its buttons here would make Tab loop between them and the role.
    setTabOrder(m_auditable, m_image);
    setTabOrder(m_image, m_permissions->roleCombo());
    setTabOrder(m_permissions->roleCombo(), m_permissions->groupCombo());

    connect(m_label, &QLineEdit::textEdited, this, [this]() {
        m_serverErrors.remove(ValidationFields::Label);
        refresh();
        // The placeholder shows the label's initials.
        m_image->setPlaceholderText(m_label->text(), m_loaded.connection.code);
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this]() {
        if (m_label->isModified())
            m_labelTouched = true;
        refresh();
    });
    connect(m_flowType, &FlowTypeChooser::flowTypeChanged, this, [this](FlowType type) {
        m_serverErrors.remove(ValidationFields::FlowType);
        // Section 3: the UI forces "not auditable" for Other; the choice comes back after.
        const QSignalBlocker blocker(m_auditable);
        m_auditable->setChecked(type != FlowType::Other && m_auditableWanted);
        applyEnabled();
        refresh();
    });
    connect(m_auditable, &QCheckBox::toggled, this, [this](bool checked) {
        m_auditableWanted = checked;
        refresh();
    });
    connect(m_permissions, &ConnectionPermissionsBox::roleChanged, this, [this]() { refresh(); });
    connect(m_permissions, &ConnectionPermissionsBox::groupChanged, this, [this]() {
        m_serverErrors.remove(ValidationFields::UserGroup);
        refresh();
    });
    connect(m_image, &ConnectionImageField::imageChosen, this,
            &ConnectionSettingsForm::imageChosen);
    connect(m_image, &ConnectionImageField::imageRejected, this,
            &ConnectionSettingsForm::imageRejected);
    connect(m_image, &ConnectionImageField::pathChanged, this, [this]() {
        m_serverErrors.remove(ValidationFields::Image);
        refresh();
    });

    setDetails(ConnectionDetails{});
}

ConnectionSettingsForm::~ConnectionSettingsForm() = default;

ConnectionUpdate ConnectionSettingsForm::baselineOf(const ConnectionDetails &details) const
{
    ConnectionUpdate base = ConnectionUpdate::from(details);
    base.label = ConnectionRules::trimmed(base.label);
    if (base.flowType == FlowType::Other)
        base.auditable = false; // shown off: not a change of the user's
    return base;
}

void ConnectionSettingsForm::setDetails(const ConnectionDetails &details)
{
    m_loading = true;
    m_loaded = details;
    m_baseline = baselineOf(details);
    m_serverErrors.clear();
    m_formMessage->hide();
    m_labelTouched = false;

    m_code->setText(details.connection.code);
    m_label->setText(details.connection.label);
    m_flowType->setFlowType(details.connection.flowType);
    m_flowType->setError(QString());
    m_auditableWanted = details.connection.auditable;
    {
        const QSignalBlocker blocker(m_auditable);
        m_auditable->setChecked(details.connection.flowType != FlowType::Other &&
                                details.connection.auditable);
    }
    m_image->reset(details.connection.image);
    m_permissions->select(details.userRoleId, details.userGroupId);
    m_loading = false;

    applyEnabled();
    refresh();
    m_image->setPlaceholderText(details.connection.label, details.connection.code);
}

void ConnectionSettingsForm::setRoles(const QList<UserRole> &roles)
{
    m_permissions->setRoles(roles);
    refresh();
}

void ConnectionSettingsForm::setGroups(const QList<UserGroup> &groups)
{
    m_permissions->setGroups(groups);
    refresh();
}

ConnectionUpdate ConnectionSettingsForm::update() const
{
    ConnectionUpdate u;
    u.code = m_loaded.connection.code;
    u.label = ConnectionRules::trimmed(m_label->text());
    u.flowType = m_flowType->flowType();
    u.image = m_image->path();
    u.auditable = u.flowType != FlowType::Other && m_auditable->isChecked();
    u.userRoleId = m_permissions->roleId();
    u.userGroupId = m_permissions->groupId();
    return u;
}

bool ConnectionSettingsForm::isValid() const
{
    return !ConnectionRules::labelError(m_label->text());
}

void ConnectionSettingsForm::markSaved()
{
    update().applyTo(m_loaded);
    m_baseline = baselineOf(m_loaded);
    refresh();
}

void ConnectionSettingsForm::revert()
{
    setDetails(m_loaded);
}

QString ConnectionSettingsForm::shownMessage(const QString &field) const
{
    if (field == ValidationFields::Label)
        return m_labelMessage->message();
    if (field == ValidationFields::FlowType)
        return m_flowType->error();
    if (field == ValidationFields::Image)
        return m_image->message();
    if (field == ValidationFields::UserRole)
        return m_permissions->roleMessage();
    if (field == ValidationFields::UserGroup)
        return m_permissions->groupMessage();
    if (field.isEmpty())
        return m_formMessage->isHidden() ? QString() : m_formMessage->text();
    return {};
}

bool ConnectionSettingsForm::unsavedNoticeShown() const
{
    return m_unsaved->hasMessage();
}

void ConnectionSettingsForm::refresh()
{
    if (m_loading)
        return;

    // Label: the server's reason first, else the rules once touched (or at once when too
    // long: typing more cannot fix it).
    QString labelText = m_serverErrors.value(ValidationFields::Label);
    if (labelText.isEmpty()) {
        if (const auto reason = ConnectionRules::labelError(m_label->text());
            reason && (m_labelTouched || ConnectionRules::typingCannotFix(*reason)))
            labelText = ValidationKeys::message(*reason);
    }
    m_labelMessage->setMessage(Theme::Tone::Negative, labelText);
    m_label->setAccessibleDescription(labelText);
    m_flowType->setError(m_serverErrors.value(ValidationFields::FlowType));

    m_auditableHint->setHint(
        m_flowType->flowType() == FlowType::Other
            ? tr("Not available for the flow type Other: its data flows are not monitored.")
            : tr("Counts the products this connection sends or receives in the Data flows "
                 "dashboard."));

    m_permissions->setServerErrors(m_serverErrors.value(ValidationFields::UserRole),
                                   m_serverErrors.value(ValidationFields::UserGroup));

    const bool modified = update() != m_baseline;
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    m_unsaved->setMessage(Theme::Tone::Info,
                          modified ? tr("There are unsaved changes.") : QString());
    const bool valid = isValid();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void ConnectionSettingsForm::applyEnabled()
{
    const bool editable = m_writeEnabled && !m_busy;
    const QString why = m_writeEnabled ? QString() : m_writeReason;
    m_label->setReadOnly(!editable);
    m_label->setToolTip(why);
    m_flowType->setEnabled(editable);
    m_flowType->setToolTip(why);
    m_auditable->setEnabled(editable && m_flowType->flowType() != FlowType::Other);
    m_auditable->setToolTip(m_flowType->flowType() == FlowType::Other && m_writeEnabled
                                ? tr("Connections of the flow type Other are not tracked.")
                                : why);
    m_image->setEditable(editable, why);
    m_permissions->setEditable(editable, why);
    m_readOnlyNote->setMessage(Theme::Tone::Info, why);
}

void ConnectionSettingsForm::setWriteEnabled(bool enabled, const QString &reason)
{
    m_writeEnabled = enabled;
    m_writeReason =
        reason.isEmpty() && !enabled ? tr("These settings cannot be changed now.") : reason;
    applyEnabled();
}

void ConnectionSettingsForm::setBusy(bool busy)
{
    m_busy = busy;
    applyEnabled();
}

void ConnectionSettingsForm::setServerErrors(const ApiError &error)
{
    // Above the form: "" (a 400's message), or the unchangeable code.
    m_serverErrors = m_formMessage->showFieldErrors(
        error, {ValidationFields::Label, ValidationFields::FlowType, ValidationFields::UserGroup,
                ValidationFields::Image});
    if (m_serverErrors.contains(ValidationFields::Image))
        m_image->setServerError(m_serverErrors.value(ValidationFields::Image));
    if (m_serverErrors.contains(ValidationFields::Label))
        m_label->setFocus();
    refresh();
}

void ConnectionSettingsForm::clearServerErrors()
{
    m_serverErrors.clear();
    m_formMessage->hide();
    m_image->setServerError(QString());
    refresh();
}

// --- Image: ConnectionImageField ----------------------------------------------------------

void ConnectionSettingsForm::chooseImageFile(const QString &localFilePath)
{
    m_image->chooseFile(localFilePath);
}

void ConnectionSettingsForm::removeImage()
{
    m_image->remove();
}

void ConnectionSettingsForm::browseForImage()
{
    m_image->browse();
}

void ConnectionSettingsForm::setImagePath(const QString &serverPath)
{
    m_image->setUploadedPath(serverPath);
}

void ConnectionSettingsForm::setImageError(const QString &message)
{
    m_image->setUploadError(message);
}

void ConnectionSettingsForm::setLogo(const QImage &logo)
{
    m_image->setLogo(logo);
}

bool ConnectionSettingsForm::isDecodingImage() const
{
    return m_image->isDecoding();
}

bool ConnectionSettingsForm::isImagePending() const
{
    return m_image->isPending();
}
