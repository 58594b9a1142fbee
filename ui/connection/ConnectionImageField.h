#pragma once

#include "items/LogoDecoder.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class FieldMessage;
class QLabel;
class QPushButton;

// The Image field of a connection's settings (docs/pim-api.md §7, "Edit"): a preview, "Choose…"
// and "Remove", and the line under them (the accepted types, or what went wrong).
//
// - "Choose…" opens a file dialog (window-modal, not blocking) for the accepted types; the file
//   is decoded off the GUI thread (QtConcurrent); a bad file gets a message and changes
//   nothing. A good one shows its preview and emits imageChosen(localFilePath): the owner
//   uploads it and calls setUploadedPath(serverPath), or setUploadError(message). One upload
//   at a time: "Choose…" is disabled meanwhile (isPending()).
// - "Remove" leaves no image. pathChanged() says when path() changed (upload or removal).
// - The preview shows the chosen file while it uploads, else the logo the owner fetched
//   (setLogo()), a neutral picture while it is not there, or the connection's initials
//   (setPlaceholderText()) when there is no image.
class ConnectionImageField : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionImageField(QWidget *parent = nullptr);
    ~ConnectionImageField() override;

    // The image of a connection just loaded: no upload pending, no message.
    void reset(const QString &path);
    // The path in the PIM's storage, empty for none.
    QString path() const { return m_path; }
    // The current logo (fetched from /media/show/...), or a null image for none.
    void setLogo(const QImage &logo);
    // What the placeholder's initials are made of.
    void setPlaceholderText(const QString &label, const QString &code);

    // The upload of the chosen file succeeded: this is its path in the PIM's storage.
    void setUploadedPath(const QString &serverPath);
    // The upload failed: the previous image stays, the message shows under the field.
    void setUploadError(const QString &message);
    // The PIM's reason (a 422) under the field; an empty one clears the line.
    void setServerError(const QString &message);
    QString message() const;

    bool isDecoding() const { return m_decoder.isRunning(); }
    bool isPending() const { return m_pending; }
    // Read-only (offline, busy...): the buttons are disabled and say why.
    void setEditable(bool editable, const QString &why);

    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *removeButton() const { return m_remove; }

public slots:
    // Checks and previews a local file off the GUI thread (what "Choose…" does once a file is
    // picked); emits imageChosen() or shows why the file cannot be used.
    void chooseFile(const QString &localFilePath);
    void remove();
    void browse();

signals:
    void imageChosen(const QString &localFilePath);
    // The file was refused (the message is shown under the field).
    void imageRejected(const QString &message);
    void pathChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onDecoded();
    // No upload pending any more: the preview and the buttons show the image kept.
    void endUpload();
    void applyEnabled();
    void refreshPreview();

    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_remove;
    FieldMessage *m_message;

    QString m_path;
    QImage m_logo;          // the current logo as fetched, for m_path
    QImage m_chosenPreview; // the decoded local file while it uploads
    QString m_decodingPath; // the file m_decoder reads (the last one chosen)
    QFutureWatcher<LogoDecoder::Result> m_decoder;
    QString m_placeholderLabel;
    QString m_placeholderCode;
    bool m_pending = false;
    bool m_editable = true;
};
