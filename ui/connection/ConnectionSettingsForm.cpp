#include "connection/ConnectionSettingsForm.h"

#include "domain/ApiError.h"
#include "domain/ConnectionRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/FormGrid.h"
#include "style/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PlaceholderLogo.h"
#include "style/UiLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int PreviewExtent = 96;

const QString LabelField = ValidationFields::label();
const QString FlowTypeField = ValidationFields::flowType();
const QString ImageField = ValidationFields::image();
const QString GroupField = ValidationFields::userGroup();
const QString RoleField = ValidationFields::userRole();

} // namespace

ConnectionSettingsForm::ConnectionSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_labelMessage(new FieldMessage(this))
    , m_flowType(new FlowTypeChooser(this))
    , m_auditable(new QCheckBox(tr("&Track in Data flows dashboard"), this))
    , m_auditableHint(new FieldMessage(this))
    , m_preview(new QLabel(this))
    , m_chooseImage(new QPushButton(Icons::icon(Icons::Name::Image), tr("C&hoose…"), this))
    , m_removeImage(new QPushButton(Icons::icon(Icons::Name::Delete), tr("Re&move"), this))
    , m_imageMessage(new FieldMessage(this))
    , m_role(new QComboBox(this))
    , m_roleMessage(new FieldMessage(this))
    , m_group(new QComboBox(this))
    , m_groupMessage(new FieldMessage(this))
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
    m_auditable->setObjectName(QStringLiteral("auditable"));
    m_auditable->setAccessibleName(tr("Track in Data flows dashboard"));

    m_preview->setObjectName(QStringLiteral("imagePreview"));
    m_preview->setFixedSize(PreviewExtent, PreviewExtent);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Image"));
    m_chooseImage->setObjectName(QStringLiteral("chooseImage"));
    m_chooseImage->setAccessibleName(tr("Choose an image"));
    m_removeImage->setObjectName(QStringLiteral("removeImage"));
    m_removeImage->setAccessibleName(tr("Remove the image"));
    m_imageMessage->setHint(
        tr("Accepted types: %1.")
            .arg(ConnectionRules::acceptedImageExtensions().join(QStringLiteral(", "))));

    m_role->setObjectName(QStringLiteral("role"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(16);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setAccessibleName(tr("Group"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(16);

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

    auto *imageButtons = new QVBoxLayout;
    imageButtons->addWidget(m_chooseImage);
    imageButtons->addWidget(m_removeImage);
    imageButtons->addStretch(1);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_preview, 0, Qt::AlignTop);
    imageRow->addLayout(imageButtons);
    imageRow->addStretch(1);
    auto *imageColumn = new QVBoxLayout;
    imageColumn->setSpacing(3);
    imageColumn->addLayout(imageRow);
    imageColumn->addWidget(m_imageMessage);
    settingsForm->addRow(tr("&Image"), m_chooseImage, imageColumn, m_chooseImage);

    // Permissions
    auto *permissions = new QGroupBox(tr("Permissions"), this);
    auto *permissionsForm = new FormGrid(permissions);
    permissionsForm->addRow(tr("&Role"), m_role, FormGrid::stacked({m_role, m_roleMessage}));
    permissionsForm->addRow(tr("&Group"), m_group, FormGrid::stacked({m_group, m_groupMessage}));

    // Both forms' label columns get the same width, so the fields line up across the boxes.
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
    layout->addWidget(permissions);
    layout->addStretch(1);

    setTabOrder(m_code, m_label);
    setTabOrder(m_label, m_flowType);
    setTabOrder(m_flowType, m_auditable);
    setTabOrder(m_auditable, m_chooseImage);
    setTabOrder(m_chooseImage, m_removeImage);
    setTabOrder(m_removeImage, m_role);
    setTabOrder(m_role, m_group);

    connect(m_label, &QLineEdit::textEdited, this, [this]() {
        m_serverErrors.remove(LabelField);
        refresh();
        refreshPreview(); // the placeholder shows the label's initials
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this]() {
        if (m_label->isModified())
            m_labelTouched = true;
        refresh();
    });
    connect(m_flowType, &FlowTypeChooser::flowTypeChanged, this, [this](FlowType type) {
        m_serverErrors.remove(FlowTypeField);
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
    connect(m_role, &QComboBox::currentIndexChanged, this, [this]() { refresh(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this]() {
        m_serverErrors.remove(GroupField);
        refresh();
    });
    connect(m_chooseImage, &QPushButton::clicked, this, &ConnectionSettingsForm::browseForImage);
    connect(m_removeImage, &QPushButton::clicked, this, &ConnectionSettingsForm::removeImage);
    connect(&m_decoder, &QFutureWatcher<ImageDecoder::Result>::finished, this,
            &ConnectionSettingsForm::onImageDecoded);

    setDetails(ConnectionDetails{});
}

ConnectionSettingsForm::~ConnectionSettingsForm()
{
    // A decoding still running finishes in the pool with nothing of ours: its result is dropped.
    m_decoder.disconnect(this);
}

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
    m_image = details.connection.image;
    m_chosenPreview = QImage();
    m_imagePending = false;
    m_imageMessage->clearMessage();
    fillRoles(details.userRoleId);
    fillGroups(details.userGroupId);
    m_loading = false;

    applyEnabled();
    refresh();
    refreshPreview();
}

void ConnectionSettingsForm::setRoles(const QList<UserRole> &roles)
{
    const QString keep = currentRoleId();
    m_roles = roles;
    fillRoles(keep);
    refresh();
}

void ConnectionSettingsForm::setGroups(const QList<UserGroup> &groups)
{
    const std::optional<QString> keep = currentGroupId();
    m_groups = groups;
    fillGroups(keep);
    refresh();
}

void ConnectionSettingsForm::fillRoles(const QString &selectId)
{
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (const UserRole &role : m_roles) {
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

void ConnectionSettingsForm::fillGroups(const std::optional<QString> &selectId)
{
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("None"), QVariant()); // the group may be null (docs/pim-api.md §2)
    for (const UserGroup &group : m_groups)
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

QString ConnectionSettingsForm::currentRoleId() const
{
    if (m_role->currentIndex() < 0)
        return m_loaded.userRoleId;
    return m_role->currentData().toString();
}

std::optional<QString> ConnectionSettingsForm::currentGroupId() const
{
    if (m_group->currentIndex() < 0)
        return m_loaded.userGroupId;
    const QVariant data = m_group->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toString();
}

ConnectionUpdate ConnectionSettingsForm::update() const
{
    ConnectionUpdate u;
    u.code = m_loaded.connection.code;
    u.label = ConnectionRules::trimmed(m_label->text());
    u.flowType = m_flowType->flowType();
    u.image = m_image;
    u.auditable = u.flowType != FlowType::Other && m_auditable->isChecked();
    u.userRoleId = currentRoleId();
    u.userGroupId = currentGroupId();
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
    if (field == LabelField)
        return m_labelMessage->message();
    if (field == FlowTypeField)
        return m_flowType->error();
    if (field == ImageField)
        return m_imageMessage->message();
    if (field == RoleField)
        return m_roleMessage->message();
    if (field == GroupField)
        return m_groupMessage->message();
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
    QString labelText = m_serverErrors.value(LabelField);
    if (labelText.isEmpty()) {
        if (const auto reason = ConnectionRules::labelError(m_label->text());
            reason && (m_labelTouched || *reason == ValidationKeys::labelTooLong()))
            labelText = ValidationKeys::message(*reason);
    }
    m_labelMessage->setMessage(Theme::Tone::Negative, labelText);
    m_label->setAccessibleDescription(labelText);
    m_flowType->setError(m_serverErrors.value(FlowTypeField));

    m_auditableHint->setHint(
        m_flowType->flowType() == FlowType::Other
            ? tr("Not available for the flow type Other: its data flows are not monitored.")
            : tr("Counts the products this connection sends or receives in the Data flows "
                 "dashboard."));

    refreshPermissionWarnings();

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

void ConnectionSettingsForm::refreshPermissionWarnings()
{
    // Contract section 7: a warning when the default role or the group "All" is kept.
    QString roleText = m_serverErrors.value(RoleField);
    Theme::Tone roleTone = Theme::Tone::Negative;
    if (roleText.isEmpty()) {
        const QString id = currentRoleId();
        for (const UserRole &role : m_roles) {
            if (role.id == id && role.isDefaultRole()) {
                roleText = tr("This connection keeps the default role “%1”. Give it a role made "
                              "for connections, with only the API permissions it needs.")
                               .arg(role.label.isEmpty() ? role.role : role.label);
                roleTone = Theme::Tone::Warning;
            }
        }
    }
    m_roleMessage->setMessage(roleTone, roleText);
    m_role->setAccessibleDescription(roleText);

    QString groupText = m_serverErrors.value(GroupField);
    Theme::Tone groupTone = Theme::Tone::Negative;
    if (groupText.isEmpty()) {
        const std::optional<QString> id = currentGroupId();
        for (const UserGroup &group : m_groups) {
            if (id && group.id == *id && group.isDefault) {
                groupText = tr("This connection keeps the group “%1”. Choose a group made for "
                               "it, so that it sees and edits only what it should.")
                                .arg(group.name);
                groupTone = Theme::Tone::Warning;
            }
        }
    }
    m_groupMessage->setMessage(groupTone, groupText);
    m_group->setAccessibleDescription(groupText);
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
    m_chooseImage->setEnabled(editable && !m_imagePending);
    m_chooseImage->setToolTip(why);
    m_removeImage->setEnabled(editable && !m_imagePending && !m_image.isEmpty());
    m_removeImage->setToolTip(why);
    m_role->setEnabled(editable);
    m_role->setToolTip(why);
    m_group->setEnabled(editable);
    m_group->setToolTip(why);
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
    m_serverErrors.clear();
    m_formMessage->hide();
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        // Above the form: "" (a 400's message), or the unchangeable code.
        const ValidationKeys::FormErrors laidOut = ValidationKeys::forForm(
            error.fieldErrors, {LabelField, FlowTypeField, GroupField, ImageField});
        m_serverErrors = laidOut.onFields;
        if (!laidOut.elsewhere.isEmpty())
            m_formMessage->showMessage(MessageBar::Type::Error,
                                       laidOut.elsewhere.join(QLatin1Char('\n')));
    } else if (error.isError()) {
        m_formMessage->showError(error);
    }
    if (m_serverErrors.contains(ImageField))
        m_imageMessage->setMessage(Theme::Tone::Negative, m_serverErrors.value(ImageField));
    if (m_serverErrors.contains(LabelField))
        m_label->setFocus();
    refresh();
}

void ConnectionSettingsForm::clearServerErrors()
{
    m_serverErrors.clear();
    m_formMessage->hide();
    m_imageMessage->clearMessage();
    refresh();
}

// --- Image -------------------------------------------------------------------------------

void ConnectionSettingsForm::browseForImage()
{
    QStringList patterns;
    for (const QString &extension : ConnectionRules::acceptedImageExtensions())
        patterns.append(QStringLiteral("*.") + extension);
    auto *dialog = new QFileDialog(this, tr("Choose an image for the connection"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilter(tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    connect(dialog, &QFileDialog::fileSelected, this, &ConnectionSettingsForm::chooseImageFile);
    dialog->open(); // window-modal, returns at once
}

void ConnectionSettingsForm::chooseImageFile(const QString &localFilePath)
{
    if (localFilePath.isEmpty())
        return;
    m_imageMessage->setMessage(Theme::Tone::Info, tr("Reading the image…"));
    const QSize maxSize(PreviewExtent * 3, PreviewExtent * 3); // room for HiDPI screens
    // Only values go to the pool; the result comes back through the watcher (GUI thread).
    m_decoder.setFuture(QtConcurrent::run(
        [localFilePath, maxSize]() { return ImageDecoder::decode(localFilePath, maxSize); }));
    m_decodingPath = localFilePath;
}

void ConnectionSettingsForm::onImageDecoded()
{
    const QString path = m_decodingPath;
    const ImageDecoder::Result result = m_decoder.result();
    if (!result.ok()) {
        qCInfo(lcUi) << "image refused:" << result.error;
        m_imageMessage->setMessage(Theme::Tone::Negative, result.error);
        emit imageRejected(result.error);
        return;
    }
    m_chosenPreview = result.image;
    m_imagePending = true;
    m_imageMessage->setMessage(Theme::Tone::Info, tr("Sending the image to the PIM…"));
    applyEnabled();
    refreshPreview();
    emit imageChosen(path);
}

void ConnectionSettingsForm::setImagePath(const QString &serverPath)
{
    m_image = serverPath;
    m_logo = m_chosenPreview;
    m_chosenPreview = QImage();
    m_imagePending = false;
    m_serverErrors.remove(ImageField);
    m_imageMessage->clearMessage();
    applyEnabled();
    refresh();
    refreshPreview();
}

void ConnectionSettingsForm::setImageError(const QString &message)
{
    m_chosenPreview = QImage();
    m_imagePending = false;
    m_imageMessage->setMessage(Theme::Tone::Negative, message);
    applyEnabled();
    refreshPreview();
}

void ConnectionSettingsForm::removeImage()
{
    m_image.clear();
    m_logo = QImage();
    m_serverErrors.remove(ImageField);
    m_imageMessage->clearMessage();
    applyEnabled();
    refresh();
    refreshPreview();
}

void ConnectionSettingsForm::setLogo(const QImage &logo)
{
    m_logo = logo;
    refreshPreview();
}

void ConnectionSettingsForm::refreshPreview()
{
    const qreal ratio = devicePixelRatioF();
    const QSize logical(PreviewExtent, PreviewExtent);
    QPixmap pixmap((QSizeF(logical) * ratio).toSize());
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    QImage image = m_imagePending ? m_chosenPreview : QImage();
    if (image.isNull() && !m_image.isEmpty())
        image = m_logo;
    const QRectF card = QRectF(QPointF(0, 0), QSizeF(logical)).adjusted(0.5, 0.5, -0.5, -0.5);
    auto drawCard = [&]() {
        // Pictures sit on a card of the field colour, like the tiles of the overview.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(card, PreviewExtent * 0.12, PreviewExtent * 0.12);
    };
    if (!image.isNull()) {
        drawCard();
        const QRectF inner = card.adjusted(8, 8, -8, -8);
        const QSizeF fitted = QSizeF(image.size()).scaled(inner.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF(inner.center().x() - fitted.width() / 2,
                                    inner.center().y() - fitted.height() / 2),
                            fitted);
        painter.drawImage(target, image);
        m_preview->setToolTip(tr("The connection's image"));
    } else if (!m_image.isEmpty()) {
        // An image the PIM has, not fetched (yet): a neutral picture, not the initials.
        drawCard();
        Icons::icon(Icons::Name::Image, Theme::Tone::Neutral)
            .paint(&painter, QRect(QPoint(24, 24), QSize(48, 48)), Qt::AlignCenter,
                   QIcon::Disabled);
        m_preview->setToolTip(tr("The image has not been loaded."));
    } else {
        PlaceholderLogo::paint(&painter, QRectF(QPointF(0, 0), QSizeF(logical)), m_label->text(),
                               m_loaded.connection.code, palette());
        m_preview->setToolTip(tr("No image: the connection's initials are shown instead."));
    }
    painter.end();
    m_preview->setPixmap(pixmap);
}

void ConnectionSettingsForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPreview(); // drawn for the screen the window is shown on (its pixel ratio)
}

void ConnectionSettingsForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshPreview();
}
