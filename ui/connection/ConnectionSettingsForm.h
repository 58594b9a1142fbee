#pragma once

#include "domain/Connection.h"
#include "domain/Permissions.h"

#include <QImage>
#include <QMap>
#include <QWidget>

struct ApiError;
class ConnectionImageField;
class ConnectionPermissionsBox;
class FieldMessage;
class FlowTypeChooser;
class MessageBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The settings of a connection (docs/pim-api.md §7, "Edit"): Code (read-only), Label, Flow
// type, "Track in Data flows dashboard", Image; Permissions: Role and Group.
//
// - setDetails() loads a connection; every change is compared with it: isModified(),
//   modifiedChanged(), and "There are unsaved changes." at the top. markSaved() makes the
//   current values the new reference (after "Connection successfully updated."), revert()
//   goes back to it. update() is the ConnectionUpdate to send.
// - "Track in Data flows dashboard" is off and disabled for the flow type Other (docs/pim-api.md
//   §3); the choice made before comes back when another flow type is chosen.
// - Image (ConnectionImageField): a good file chosen emits imageChosen(localFilePath): the
//   caller uploads it and calls setImagePath(serverPath), or setImageError(message). "Remove"
//   sends no image. setLogo() shows the current logo fetched by the caller.
// - Role and Group (ConnectionPermissionsBox) are filled by setRoles()/setGroups(), in any
//   order with setDetails(); the group may be none. Keeping the default role (ROLE_USER) or
//   the group "All" shows a warning (docs/pim-api.md §7).
// - setServerErrors() puts a 422's reasons on their fields; setWriteEnabled(false, reason)
//   makes the form read-only (offline, no permission) and says why.
class ConnectionSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionSettingsForm(QWidget *parent = nullptr);
    ~ConnectionSettingsForm() override;

    void setDetails(const ConnectionDetails &details);
    const ConnectionDetails &details() const { return m_loaded; }
    void setRoles(const QList<UserRole> &roles);
    void setGroups(const QList<UserGroup> &groups);

    ConnectionUpdate update() const;
    bool isModified() const { return m_modified; }
    bool isValid() const;
    void markSaved();
    void revert();

    // The Image field (ConnectionImageField): the current logo (fetched from /media/show/...)
    // or a null image; the upload of the chosen file succeeded (its path in the PIM's storage)
    // or failed (the previous image stays, the message shows under Image).
    void setLogo(const QImage &logo);
    void setImagePath(const QString &serverPath);
    void setImageError(const QString &message);
    bool isDecodingImage() const;
    bool isImagePending() const;

    void setServerErrors(const ApiError &error);
    void clearServerErrors();
    void setWriteEnabled(bool enabled, const QString &reason = QString());
    bool isWriteEnabled() const { return m_writeEnabled; }
    // While saving: every field disabled.
    void setBusy(bool busy);

    // What a field shows under it now: label, flowType, image, userRole, userGroup, "" (form).
    QString shownMessage(const QString &field) const;
    bool unsavedNoticeShown() const;

public slots:
    // Checks and previews a local file off the GUI thread (what "Choose…" does once a file is
    // picked); emits imageChosen() or shows why the file cannot be used.
    void chooseImageFile(const QString &localFilePath);
    void removeImage();
    // Opens the file dialog (window-modal, not blocking).
    void browseForImage();

signals:
    void modifiedChanged(bool modified);
    void validityChanged(bool valid);
    // A readable image of an accepted type: upload it, then setImagePath() or setImageError().
    void imageChosen(const QString &localFilePath);
    // The file was refused (tests; the message is shown under Image).
    void imageRejected(const QString &message);

private:
    void refresh();
    void applyEnabled();
    ConnectionUpdate baselineOf(const ConnectionDetails &details) const;

    ConnectionDetails m_loaded;
    ConnectionUpdate m_baseline;

    QLineEdit *m_code;
    QLineEdit *m_label;
    FieldMessage *m_labelMessage;
    FlowTypeChooser *m_flowType;
    QCheckBox *m_auditable;
    FieldMessage *m_auditableHint;
    ConnectionImageField *m_image;
    ConnectionPermissionsBox *m_permissions;
    FieldMessage *m_unsaved;
    FieldMessage *m_readOnlyNote;
    MessageBar *m_formMessage;

    bool m_auditableWanted = false; // restored when leaving "Other"
    bool m_labelTouched = false;
    bool m_modified = false;
    bool m_valid = true;
    bool m_writeEnabled = true;
    bool m_busy = false;
    bool m_loading = false;
    QString m_writeReason;
    QMap<QString, QString> m_serverErrors;
};
