#include "dialogs/PasswordPromptDialog.h"

#include "widgets/FormGrid.h"
#include "widgets/RevealButton.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordPromptDialog::PasswordPromptDialog(const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_reveal(new RevealButton(m_password, tr("password"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Test credentials"));
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(
        tr("The PIM does not show the password of “%1” again. Type it to ask the API for a "
           "token; it is used for this test only and is not kept.")
            .arg(username),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMinimumWidth(m_password->fontMetrics().averageCharWidth() * 28);
    auto *field = new QHBoxLayout;
    field->setSpacing(2);
    field->addWidget(m_password, 1);
    field->addWidget(m_reveal);

    auto *form = new FormGrid;
    form->addRow(tr("&Password"), m_password, field);

    QPushButton *test = m_buttons->addButton(tr("Test"), QDialogButtonBox::AcceptRole);
    test->setObjectName(QStringLiteral("test"));
    test->setAccessibleName(tr("Test the credentials"));
    test->setDefault(true);
    test->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, test,
            [test](const QString &text) { test->setEnabled(!text.isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);
}

PasswordPromptDialog::~PasswordPromptDialog()
{
    m_password->clear();
}

void PasswordPromptDialog::done(int result)
{
    const QString password = m_password->text();
    m_password->clear();
    QDialog::done(result);
    if (result == QDialog::Accepted && !password.isEmpty())
        emit passwordEntered(password);
}
