#include "dialogs/CreateConnectionDialog.h"

#include "domain/ApiError.h"
#include "domain/ConnectionRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/FormGrid.h"
#include "widgets/MessageBar.h"
#include "widgets/WindowFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

CreateConnectionDialog::CreateConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_flowType(new FlowTypeChooser(this))
    , m_labelMessage(new FieldMessage(this))
    , m_codeMessage(new FieldMessage(this))
    , m_formMessage(new MessageBar(this))
{
    setWindowTitle(tr("New connection"));
    setMinimumWidth(480);

    // docs/pim-api.md §7's words.
    auto *heading = new QLabel(tr("Create a new connection"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    heading->setAccessibleName(heading->text());
    auto *intro =
        new QLabel(tr("Your PIM sets how many third-parties and Apps you can connect."), this);
    intro->setWordWrap(true);

    m_formMessage->setClosable(false);

    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("For example: Magento 2 - Production"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Code"));
    m_codeMessage->setHint(tr("Letters, numbers and underscores. It cannot be changed once the "
                              "connection is created."));
    m_flowType->setObjectName(QStringLiteral("flowType"));
    m_flowType->setAccessibleName(tr("Flow type"));

    auto *form = new FormGrid;
    form->addRow(tr("&Label"), m_label, FormGrid::stacked({m_label, m_labelMessage}));
    form->addRow(tr("C&ode"), m_code, FormGrid::stacked({m_code, m_codeMessage}));
    form->addRow(tr("&Flow type"), m_flowType, m_flowType, m_flowType->button(FlowType::Source));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // Save does not close the dialog: the caller does, once the PIM has said yes.
    connect(m_save, &QPushButton::clicked, this, &CreateConnectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_formMessage);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    setTabOrder(m_label, m_code);
    setTabOrder(m_code, m_flowType);
    setTabOrder(m_flowType, m_save);
    setTabOrder(m_save, cancel);

    connect(m_label, &QLineEdit::textEdited, this, &CreateConnectionDialog::onLabelEdited);
    connect(m_code, &QLineEdit::textEdited, this, &CreateConnectionDialog::onCodeEdited);
    connect(m_label, &QLineEdit::editingFinished, this, [this]() {
        if (!m_label->text().isEmpty() || m_labelTouched)
            m_labelTouched = true;
        refresh();
    });
    connect(m_code, &QLineEdit::editingFinished, this, [this]() {
        if (!m_code->text().isEmpty() || m_codeTouched)
            m_codeTouched = true;
        refresh();
    });
    connect(m_flowType, &FlowTypeChooser::flowTypeChanged, this, [this]() {
        m_serverErrors.remove(ValidationFields::FlowType);
        refresh();
    });

    m_label->setFocus();
    refresh();
}

QString CreateConnectionDialog::label() const
{
    return ConnectionRules::trimmed(m_label->text());
}

QString CreateConnectionDialog::code() const
{
    return ConnectionRules::trimmed(m_code->text());
}

FlowType CreateConnectionDialog::flowType() const
{
    return m_flowType->flowType();
}

bool CreateConnectionDialog::isValid() const
{
    return !ConnectionRules::labelError(m_label->text()) &&
           !ConnectionRules::codeError(m_code->text());
}

void CreateConnectionDialog::onLabelEdited(const QString &text)
{
    m_serverErrors.remove(ValidationFields::Label);
    if (m_codeFollowsLabel) {
        m_code->setText(ConnectionRules::codeFromLabel(text)); // setText: not a manual edit
        m_serverErrors.remove(ValidationFields::Code);
    }
    refresh();
}

void CreateConnectionDialog::onCodeEdited(const QString &text)
{
    m_serverErrors.remove(ValidationFields::Code);
    // Emptied by hand: the label may fill it again.
    m_codeFollowsLabel = text.isEmpty();
    refresh();
}

QString CreateConnectionDialog::shownError(const QString &field) const
{
    if (field.isEmpty())
        return m_formMessage->isHidden() ? QString() : m_formMessage->text();
    if (m_serverErrors.contains(field))
        return m_serverErrors.value(field);
    if (field == ValidationFields::Label) {
        const auto reason = ConnectionRules::labelError(m_label->text());
        if (reason && (m_labelTouched || ConnectionRules::typingCannotFix(*reason)))
            return ValidationKeys::message(*reason);
    } else if (field == ValidationFields::Code) {
        const auto reason = ConnectionRules::codeError(m_code->text());
        if (!reason)
            return {};
        if (ConnectionRules::typingCannotFix(*reason))
            return ValidationKeys::message(*reason);
        const bool labelValid = !ConnectionRules::labelError(m_label->text());
        const bool touched = m_codeFollowsLabel ? m_labelTouched && labelValid : m_codeTouched;
        if (touched)
            return ValidationKeys::message(*reason);
    } else if (field == ValidationFields::FlowType) {
        return m_flowType->error();
    }
    return {};
}

void CreateConnectionDialog::refresh()
{
    m_labelMessage->setMessage(Theme::Tone::Negative, shownError(ValidationFields::Label));
    m_codeMessage->setMessage(Theme::Tone::Negative, shownError(ValidationFields::Code));
    m_flowType->setError(m_serverErrors.value(ValidationFields::FlowType));
    m_label->setAccessibleDescription(m_labelMessage->message());
    m_code->setAccessibleDescription(m_codeMessage->shownText());
    m_save->setEnabled(!m_busy && isValid());
}

void CreateConnectionDialog::save()
{
    if (m_busy)
        return;
    m_labelTouched = true;
    m_codeTouched = true;
    refresh();
    if (!isValid()) {
        (ConnectionRules::labelError(m_label->text()) ? m_label : m_code)->setFocus();
        return;
    }
    m_formMessage->hide();
    emit createRequested(code(), label(), flowType());
}

void CreateConnectionDialog::clearServerErrors()
{
    m_serverErrors.clear();
    m_formMessage->hide();
    refresh();
}

void CreateConnectionDialog::setServerErrors(const ApiError &error)
{
    // Above the form: the limit (""), or a field this form does not have.
    m_serverErrors = m_formMessage->showFieldErrors(
        error, {ValidationFields::Code, ValidationFields::Label, ValidationFields::FlowType});
    if (m_serverErrors.contains(ValidationFields::Label))
        m_label->setFocus();
    else if (m_serverErrors.contains(ValidationFields::Code))
        m_code->setFocus();
    refresh();
}

bool CreateConnectionDialog::event(QEvent *event)
{
    const bool result = QDialog::event(event);
    if (event->type() == QEvent::Show && layout() && layout()->hasHeightForWidth()) {
        // The first size comes from the wrapped descriptions' guessed widths: fit the height to
        // the real width, so no gap is left above the buttons.
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > 0)
            resize(width(), needed);
    }
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        WindowFit::keepContentsVisible(this);
    return result;
}

void CreateConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_label->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_flowType->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
    refresh();
}
