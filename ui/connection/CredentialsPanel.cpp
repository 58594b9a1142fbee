#include "connection/CredentialsPanel.h"

#include "domain/ApiError.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "style/Icons.h"
#include "widgets/CopyButton.h"
#include "widgets/FieldMessage.h"
#include "widgets/RevealButton.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

QLineEdit *valueField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setReadOnly(true);
    edit->setObjectName(name);
    // Credentials are compared character by character: a fixed-width font helps.
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    edit->setContextMenuPolicy(Qt::NoContextMenu); // copy goes through the Clipboard service
    return edit;
}

QPushButton *regenerateButton(QWidget *parent, const QString &what)
{
    auto *button = new QPushButton(Icons::icon(Icons::Name::Regenerate),
                                   CredentialsPanel::tr("Regenerate"), parent);
    button->setAccessibleName(CredentialsPanel::tr("Regenerate %1").arg(what));
    return button;
}

} // namespace

CredentialsPanel::CredentialsPanel(Clipboard *clipboard, MessageBox *messageBox, QWidget *parent)
    : QGroupBox(tr("Credentials"), parent)
    , m_clipboard(clipboard)
    , m_messageBox(messageBox)
    , m_clientId(valueField(this, QStringLiteral("clientId")))
    , m_secret(valueField(this, QStringLiteral("secret")))
    , m_username(valueField(this, QStringLiteral("username")))
    , m_password(valueField(this, QStringLiteral("password")))
    , m_revealSecret(new RevealButton(m_secret, tr("secret"), this))
    , m_passwordNote(new FieldMessage(this))
    , m_savePassword(new QPushButton(Icons::icon(Icons::Name::Key), tr("Save in keychain"), this))
    , m_status(new FieldMessage(this))
    , m_test(new QPushButton(tr("Test credentials"), this))
    , m_testResult(new FieldMessage(this))
{
    using Kind = Clipboard::Kind;
    m_copyClientId = new CopyButton(
        clipboard, Kind::Plain, [this]() { return m_clientId->text(); }, tr("Client ID"), this);
    m_copySecret = new CopyButton(
        clipboard, Kind::Secret, [this]() { return m_secret->text(); }, tr("Secret"), this);
    m_copyUsername = new CopyButton(
        clipboard, Kind::Plain, [this]() { return m_username->text(); }, tr("Username"), this);
    m_copyPassword = new CopyButton(
        clipboard, Kind::Secret, [this]() { return m_password->text(); }, tr("Password"), this);
    m_regenerateSecret = regenerateButton(this, tr("secret"));
    m_regenerateSecret->setObjectName(QStringLiteral("regenerateSecret"));
    m_regeneratePassword = regenerateButton(this, tr("password"));
    m_regeneratePassword->setObjectName(QStringLiteral("regeneratePassword"));
    m_revealSecret->setObjectName(QStringLiteral("revealSecret"));
    m_copyClientId->setObjectName(QStringLiteral("copyClientId"));
    m_copySecret->setObjectName(QStringLiteral("copySecret"));
    m_copyUsername->setObjectName(QStringLiteral("copyUsername"));
    m_copyPassword->setObjectName(QStringLiteral("copyPassword"));

    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Hidden"));

    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(6);
    int row = 0;
    auto addRow = [&](const QString &text, QLineEdit *edit, QList<QWidget *> tools,
                      QPushButton *regenerate) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        auto *toolBox = new QHBoxLayout;
        toolBox->setSpacing(0);
        toolBox->addStretch(1);
        for (QWidget *tool : tools)
            toolBox->addWidget(tool);
        grid->addLayout(toolBox, row, 2);
        if (regenerate)
            grid->addWidget(regenerate, row, 3);
        ++row;
    };
    addRow(tr("Client &ID"), m_clientId, {m_copyClientId}, nullptr);
    addRow(tr("&Secret"), m_secret, {m_revealSecret, m_copySecret}, m_regenerateSecret);
    addRow(tr("&Username"), m_username, {m_copyUsername}, nullptr);
    addRow(tr("&Password"), m_password, {m_copyPassword}, m_regeneratePassword);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_passwordNote, 1);
    noteRow->addWidget(m_savePassword, 0, Qt::AlignTop);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_savePassword->setAccessibleName(tr("Save the password in the keychain"));
    m_savePassword->setToolTip(tr("Keep this password in the system keychain of this computer"));
    grid->addLayout(noteRow, row++, 1, 1, 3);
    grid->addWidget(m_status, row++, 1, 1, 3);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    testRow->addStretch(0);
    m_test->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_test->setObjectName(QStringLiteral("testCredentials"));
    m_test->setAccessibleName(m_test->text());
    m_test->setToolTip(tr("Ask the PIM's API for a token with these credentials"));
    grid->addLayout(testRow, row++, 1, 1, 3); // under the values, like the notes

    setTabOrder(m_clientId, m_copyClientId);
    setTabOrder(m_copyClientId, m_secret);
    setTabOrder(m_secret, m_revealSecret);
    setTabOrder(m_revealSecret, m_copySecret);
    setTabOrder(m_copySecret, m_regenerateSecret);
    setTabOrder(m_regenerateSecret, m_username);
    setTabOrder(m_username, m_copyUsername);
    setTabOrder(m_copyUsername, m_password);
    setTabOrder(m_password, m_copyPassword);
    setTabOrder(m_copyPassword, m_regeneratePassword);
    setTabOrder(m_regeneratePassword, m_savePassword);
    setTabOrder(m_savePassword, m_test);

    connect(m_regenerateSecret, &QPushButton::clicked, this, [this]() {
        askThenEmit(MessageBox::regenerateSecret(), &CredentialsPanel::regenerateSecretRequested);
    });
    connect(m_regeneratePassword, &QPushButton::clicked, this, [this]() {
        askThenEmit(MessageBox::regeneratePassword(),
                    &CredentialsPanel::regeneratePasswordRequested);
    });
    connect(m_test, &QPushButton::clicked, this, &CredentialsPanel::testRequested);
    connect(m_savePassword, &QPushButton::clicked, this, &CredentialsPanel::savePasswordRequested);
    connect(m_copyClientId, &CopyButton::copied, this,
            [this]() { showCopied(tr("Client ID"), false); });
    connect(m_copySecret, &CopyButton::copied, this, [this]() { showCopied(tr("Secret"), true); });
    connect(m_copyUsername, &CopyButton::copied, this,
            [this]() { showCopied(tr("Username"), false); });
    connect(m_copyPassword, &CopyButton::copied, this,
            [this]() { showCopied(tr("Password"), true); });
    if (m_clipboard)
        connect(m_clipboard, &Clipboard::secondsLeftChanged, this,
                &CredentialsPanel::updateCountdown);

    for (QLineEdit *edit : {m_secret, m_password}) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::selectionChanged, edit, [edit]() {
            if (edit->hasSelectedText())
                edit->deselect();
        });
    }

    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(std::chrono::seconds(4));
    connect(&m_statusTimer, &QTimer::timeout, m_status, &FieldMessage::clearMessage);

    showPassword(std::nullopt);
    updateButtons();
}

bool CredentialsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_secret || watched == m_password) &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                (watched == m_secret ? m_copySecret : m_copyPassword)->copy();
            event->accept();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void CredentialsPanel::setCredentials(const Credentials &credentials)
{
    m_clientId->setText(credentials.clientId);
    m_clientId->setCursorPosition(0);
    setSecret(credentials.secret);
    m_username->setText(credentials.username);
    m_username->setCursorPosition(0);
    showPassword(credentials.password);
    m_testResult->clearMessage();
    updateButtons();
}

void CredentialsPanel::setSecret(const QString &secret)
{
    m_secret->setText(secret);
    m_secret->setCursorPosition(0);
    updateButtons();
}

void CredentialsPanel::setPassword(const QString &password)
{
    showPassword(password);
    updateButtons();
}

void CredentialsPanel::clearPassword()
{
    showPassword(std::nullopt);
    m_revealSecret->conceal();
    updateButtons();
}

bool CredentialsPanel::isPasswordShown() const
{
    return !m_password->text().isEmpty();
}

bool CredentialsPanel::isSecretRevealed() const
{
    return m_secret->echoMode() == QLineEdit::Normal;
}

void CredentialsPanel::showPassword(const std::optional<QString> &password)
{
    m_passwordSaved = false;
    m_savePassword->setText(tr("Save in keychain"));
    m_savePassword->setIcon(Icons::icon(Icons::Name::Key));
    // docs/pim-api.md §7's two sentences.
    if (password && !password->isEmpty()) {
        m_password->setText(*password);
        m_password->setCursorPosition(0);
        m_passwordNote->setMessage(Theme::Tone::Warning,
                                   tr("Make sure to save this password somewhere as we won't "
                                      "show it to you twice."));
    } else {
        m_password->clear();
        m_passwordNote->clearMessage();
        m_passwordNote->setHint(
            tr("If you forgot your password, you can generate a new one here."));
    }
    m_password->setAccessibleDescription(m_passwordNote->shownText());
}

QString CredentialsPanel::passwordNote() const
{
    return m_passwordNote->shownText();
}

QString CredentialsPanel::statusText() const
{
    return m_status->shownText();
}

QString CredentialsPanel::testResultText() const
{
    return m_testResult->message();
}

void CredentialsPanel::askThenEmit(const MessageBox::Question &question,
                                   void (CredentialsPanel::*confirmed)())
{
    if (!m_messageBox)
        return;
    m_messageBox->ask(this, question, this, [this, confirmed](MessageBox::Answer answer) {
        if (answer == MessageBox::Answer::Confirm)
            emit(this->*confirmed)();
    });
}

void CredentialsPanel::setWriteEnabled(bool enabled, const QString &reasonTooltip)
{
    m_writeEnabled = enabled;
    m_writeReason = enabled ? QString() : reasonTooltip;
    updateButtons();
}

void CredentialsPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CredentialsPanel::setTestEnabled(bool enabled, const QString &reasonTooltip)
{
    m_testEnabled = enabled;
    m_test->setToolTip(enabled ? tr("Ask the PIM's API for a token with these credentials")
                               : reasonTooltip);
    updateButtons();
}

void CredentialsPanel::setTestBusy(bool busy)
{
    m_testBusy = busy;
    m_test->setText(busy ? tr("Testing…") : tr("Test credentials"));
    if (busy)
        m_testResult->clearMessage();
    updateButtons();
}

void CredentialsPanel::setTestResult(const ApiError &error)
{
    if (error.isError())
        m_testResult->setMessage(Theme::Tone::Negative, error.message());
    else
        m_testResult->setMessage(Theme::Tone::Positive,
                                 tr("These credentials work: the PIM gave an access token."));
}

void CredentialsPanel::setPasswordSaved(bool saved, const QString &message)
{
    m_passwordSaved = saved;
    if (saved) {
        m_savePassword->setText(tr("Saved in keychain"));
        m_savePassword->setIcon(Icons::icon(Icons::Name::Check, Theme::Tone::Positive));
    }
    if (!message.isEmpty())
        m_status->setMessage(saved ? Theme::Tone::Positive : Theme::Tone::Negative, message);
    updateButtons();
}

void CredentialsPanel::updateButtons()
{
    m_savePassword->setVisible(isPasswordShown());
    m_savePassword->setEnabled(isPasswordShown() && !m_passwordSaved);
    const bool canRegenerate = m_writeEnabled && !m_busy && !m_clientId->text().isEmpty();
    for (QPushButton *button : {m_regenerateSecret, m_regeneratePassword}) {
        button->setEnabled(canRegenerate);
        // A disabled button still shows its tooltip: say why it cannot be used.
        button->setToolTip(m_writeEnabled ? QString() : m_writeReason);
    }
    m_copyClientId->setEnabled(!m_clientId->text().isEmpty());
    m_copySecret->setEnabled(!m_secret->text().isEmpty());
    m_revealSecret->setEnabled(!m_secret->text().isEmpty());
    m_copyUsername->setEnabled(!m_username->text().isEmpty());
    m_copyPassword->setEnabled(isPasswordShown());
    m_test->setEnabled(m_testEnabled && !m_testBusy && !m_clientId->text().isEmpty());
}

void CredentialsPanel::showCopied(const QString &what, bool secret)
{
    m_lastCopied = what;
    m_statusTimer.stop();
    if (secret && m_clipboard && m_clipboard->isClearPending()) {
        updateCountdown(m_clipboard->secondsLeft());
    } else {
        m_status->setMessage(Theme::Tone::Positive, tr("%1 copied to the clipboard.").arg(what));
        m_statusTimer.start();
    }
}

void CredentialsPanel::updateCountdown(int seconds)
{
    if (m_lastCopied.isEmpty())
        return;
    if (seconds > 0)
        m_status->setMessage(
            Theme::Tone::Positive,
            tr("%1 copied to the clipboard. It will be cleared in %n second(s).", nullptr, seconds)
                .arg(m_lastCopied));
    else
        m_status->clearMessage();
}
