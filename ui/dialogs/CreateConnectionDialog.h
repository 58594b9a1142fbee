#pragma once

#include "domain/FlowType.h"

#include <QDialog>
#include <QMap>

#include <optional>

struct ApiError;
class FieldMessage;
class FlowTypeChooser;
class MessageBar;
class QLineEdit;
class QPushButton;

// "Create a new connection" (docs/pim-api.md §7): Label, Code, Flow type and Save.
//
// - The code follows the label as the user types (ConnectionRules::codeFromLabel, docs/pim-api.md §3)
//   until the user edits the code by hand; from then on it stays. Emptying the code by hand
//   gives it back to the label: the next change of the label fills it again.
// - The server's rules (docs/pim-api.md §3) are checked as the user types. A field's error appears once
//   the user has edited it and left it, or at once for a mistake that typing more cannot fix
//   (a character not allowed, too long). While the code follows the label, its errors wait
//   for the label to be valid, so one mistake is not reported twice. Save is disabled while
//   the form is invalid or busy.
// - Save (or Enter) emits createRequested(); the dialog stays open. The caller shows progress
//   with setBusy(), puts a refusal on the fields with setServerErrors(), and closes the dialog
//   with accept() on success. Esc and Cancel reject it.
class CreateConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateConnectionDialog(QWidget *parent = nullptr);

    QString label() const; // trimmed
    QString code() const;  // trimmed
    FlowType flowType() const;
    bool codeFollowsLabel() const { return m_codeFollowsLabel; }
    bool isValid() const;
    bool isBusy() const { return m_busy; }

    // A failed creation: a 422's reasons on their fields (code, label, flowType) and the limit
    // (field "") above the form; any other error (network, 403...) above the form too.
    void setServerErrors(const ApiError &error);
    void clearServerErrors();
    // While the creation runs: fields and Save disabled, "Saving…".
    void setBusy(bool busy);

    // What a field shows under it now ("code", "label", "flowType", or "" for the form).
    QString shownError(const QString &field) const;

public slots:
    // Checks the whole form (showing every error) and emits createRequested() when valid.
    void save();

signals:
    void createRequested(const QString &code, const QString &label, FlowType flowType);

protected:
    bool event(QEvent *event) override;

private:
    void onLabelEdited(const QString &text);
    void onCodeEdited(const QString &text);
    void refresh();

    QLineEdit *m_label;
    QLineEdit *m_code;
    FlowTypeChooser *m_flowType;
    FieldMessage *m_labelMessage;
    FieldMessage *m_codeMessage;
    MessageBar *m_formMessage;
    QPushButton *m_save;

    bool m_codeFollowsLabel = true;
    bool m_busy = false;
    bool m_labelTouched = false;
    bool m_codeTouched = false;
    QMap<QString, QString> m_serverErrors; // field -> translated text
};
