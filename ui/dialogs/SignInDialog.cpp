#include "dialogs/SignInDialog.h"

#include "domain/ApiError.h"
#include "domain/PimAddress.h"
#include "widgets/FieldMessage.h"
#include "widgets/FormGrid.h"
#include "widgets/MessageBar.h"
#include "widgets/RevealButton.h"
#include "widgets/WindowFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_reveal(new RevealButton(m_password, tr("password"), this))
    , m_remember(new QCheckBox(tr("R&emember password"), this))
    , m_urlMessage(new FieldMessage(this))
    , m_usernameMessage(new FieldMessage(this))
    , m_passwordMessage(new FieldMessage(this))
    , m_useHttps(new QPushButton(tr("Use https"), this))
    , m_error(new MessageBar(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Sign in"));
    setMinimumWidth(460);

    auto *heading = new QLabel(tr("Sign in to your Akeneo PIM"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    auto *intro = new QLabel(tr("Use a PIM user with the permission “Manage connections "
                                "settings” to change connections."),
                             this);
    intro->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("PIM address"));
    m_url->setPlaceholderText(QStringLiteral("https://pim.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setAccessibleName(tr("Remember password"));
    m_remember->setToolTip(tr("Kept in the system keychain, never in a file."));
    m_useHttps->setObjectName(QStringLiteral("useHttps"));
    m_useHttps->setAccessibleName(tr("Use https instead of http"));
    m_useHttps->hide();
    m_error->setClosable(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->hide();

    auto *form = new FormGrid;
    auto column = [](std::initializer_list<QWidget *> widgets) {
        auto *layout = new QVBoxLayout;
        layout->setSpacing(3);
        for (QWidget *widget : widgets)
            layout->addWidget(widget);
        return layout;
    };

    auto *urlWarning = new QHBoxLayout;
    urlWarning->addWidget(m_urlMessage, 1);
    urlWarning->addWidget(m_useHttps, 0, Qt::AlignTop);
    QVBoxLayout *urlColumn = column({m_url});
    urlColumn->addLayout(urlWarning);
    form->addRow(tr("PIM &address"), m_url, urlColumn);
    form->addRow(tr("&Username"), m_username, column({m_username, m_usernameMessage}));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->setSpacing(2);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    QVBoxLayout *passwordColumn = column({});
    passwordColumn->addLayout(passwordRow);
    passwordColumn->addWidget(m_passwordMessage);
    form->addRow(tr("&Password"), m_password, passwordColumn);
    form->addRow(m_remember);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    setTabOrder(m_url, m_useHttps);
    setTabOrder(m_useHttps, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_reveal);
    setTabOrder(m_reveal, m_remember);
    setTabOrder(m_remember, m_signIn);
    setTabOrder(m_signIn, cancel);

    for (QLineEdit *edit : {m_url, m_username, m_password})
        connect(edit, &QLineEdit::textEdited, this, &SignInDialog::refresh);
    connect(m_url, &QLineEdit::editingFinished, this, [this]() {
        m_urlTouched = m_urlTouched || m_url->isModified();
        refresh();
    });
    connect(m_username, &QLineEdit::editingFinished, this, [this]() {
        m_usernameTouched = m_usernameTouched || m_username->isModified();
        refresh();
    });
    connect(m_password, &QLineEdit::editingFinished, this, [this]() {
        m_passwordTouched = m_passwordTouched || m_password->isModified();
        refresh();
    });
    connect(m_useHttps, &QPushButton::clicked, this, [this]() {
        const QUrl https = PimAddress::parse(m_url->text()).httpsUrl();
        if (!https.isEmpty())
            m_url->setText(https.toString());
        refresh();
    });
    refresh();
}

void SignInDialog::setUrl(const QUrl &url)
{
    m_url->setText(url.toString());
    refresh();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    refresh();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
    refresh();
}

void SignInDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

QUrl SignInDialog::url() const
{
    const PimAddress address = PimAddress::parse(m_url->text());
    return address.isValid() ? address.url() : QUrl();
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text(); // as typed: spaces may belong to it
}

bool SignInDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

bool SignInDialog::isValid() const
{
    return PimAddress::parse(m_url->text()).isValid() && !username().isEmpty() &&
           !password().isEmpty();
}

QString SignInDialog::shownMessage(const QString &field) const
{
    if (field == QLatin1String("url"))
        return m_urlMessage->message();
    if (field == QLatin1String("username"))
        return m_usernameMessage->message();
    if (field == QLatin1String("password"))
        return m_passwordMessage->message();
    if (field.isEmpty())
        return m_error->isHidden() ? QString() : m_error->text();
    return {};
}

void SignInDialog::refresh()
{
    const PimAddress address = PimAddress::parse(m_url->text());
    // Plain http to another machine is said at once (it may come pre-filled), with the offer
    // to switch to https; other faults once the field has been left.
    const bool plainHttp = address.problem() == PimAddress::Problem::PlainHttp;
    if (address.isValid())
        m_urlMessage->clearMessage();
    else
        m_urlMessage->setMessage(Theme::Tone::Negative,
                                 m_urlTouched || plainHttp ? address.error() : QString());
    m_useHttps->setVisible(plainHttp && !m_busy);
    m_url->setAccessibleDescription(m_urlMessage->message());
    m_usernameMessage->setMessage(Theme::Tone::Negative, m_usernameTouched && username().isEmpty()
                                                             ? tr("Enter your PIM username.")
                                                             : QString());
    m_passwordMessage->setMessage(Theme::Tone::Negative, m_passwordTouched && password().isEmpty()
                                                             ? tr("Enter your password.")
                                                             : QString());
    m_signIn->setEnabled(!m_busy && isValid());
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    m_urlTouched = m_usernameTouched = m_passwordTouched = true;
    refresh();
    if (!isValid()) {
        focusFirstEmpty();
        return;
    }
    m_error->hide();
    emit signInRequested(url(), username(), password(), rememberPassword());
}

void SignInDialog::setError(const ApiError &error)
{
    if (!error.isError()) {
        clearError();
        return;
    }
    QString text;
    QLineEdit *focus = m_url;
    switch (error.kind) {
    case ApiError::Kind::SignInRefused:
    case ApiError::Kind::SignedOut:
    case ApiError::Kind::Validation:
        text = tr("The PIM refused this username and password. Check them and try again.");
        if (!error.detail.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(error.detail);
        focus = m_password;
        break;
    case ApiError::Kind::Forbidden:
        text = error.message();
        focus = m_username;
        break;
    default:
        text = error.message(); // unreachable, timeout, certificate, not a PIM...
        break;
    }
    m_error->showMessage(MessageBar::Type::Error, text);
    focus->setFocus();
    focus->selectAll();
}

void SignInDialog::clearError()
{
    m_error->hide();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_url, m_username, m_password, m_reveal, m_remember})
        widget->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    refresh();
}

bool SignInDialog::event(QEvent *event)
{
    const bool result = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        WindowFit::keepContentsVisible(this);
    return result;
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    focusFirstEmpty();
}

void SignInDialog::focusFirstEmpty()
{
    if (!PimAddress::parse(m_url->text()).isValid())
        m_url->setFocus();
    else if (username().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}
