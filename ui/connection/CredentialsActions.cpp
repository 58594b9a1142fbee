#include "connection/CredentialsActions.h"

#include "connection/CredentialsPanel.h"
#include "dialogs/PasswordPromptDialog.h"
#include "widgets/MessageBar.h"

#include <QLineEdit>

CredentialsActions::CredentialsActions(CredentialsPanel *panel, MessageBar *messages,
                                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_panel(panel)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{
    connect(panel, &CredentialsPanel::regenerateSecretRequested, this, [this]() {
        regenerate<ConnectionDetails>(
            &Workspace::regenerateSecret, [this](const ConnectionDetails &details) {
                m_credentials.secret = details.credentials.secret;
                m_panel->setSecret(details.credentials.secret);
                emit secretRegenerated(details.credentials.secret);
                m_messages->showMessage(MessageBar::Type::Positive,
                                        tr("The secret was regenerated. Give the new one to the "
                                           "connectors that use this connection."));
            });
    });
    connect(panel, &CredentialsPanel::regeneratePasswordRequested, this, [this]() {
        regenerate<QString>(&Workspace::regeneratePassword, [this](const QString &password) {
            m_panel->setPassword(password);
            emit passwordRegenerated(password);
            m_messages->showMessage(MessageBar::Type::Positive,
                                    tr("The password was regenerated. Give the new one to the "
                                       "connectors that use this connection."));
        });
    });
    connect(panel, &CredentialsPanel::savePasswordRequested, this,
            &CredentialsActions::savePassword);
    connect(panel, &CredentialsPanel::testRequested, this, &CredentialsActions::test);
}

void CredentialsActions::setConnection(const QString &code, const Credentials &credentials,
                                       const std::optional<QString> &savedPassword)
{
    ++m_generation;
    m_code = code;
    m_credentials = credentials;
    m_savedPassword = savedPassword;
}

void CredentialsActions::clear()
{
    setConnection(QString(), Credentials(), std::nullopt);
}

template<typename T>
void CredentialsActions::regenerate(void (Workspace::*operation)(const QString &, QObject *,
                                                                 Workspace::Callback<T>),
                                    std::function<void(const T &)> show)
{
    if (!m_workspace || m_code.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_panel->setBusy(true);
    emit busyChanged(true);
    (m_workspace->*operation)(m_code, this,
                              [this, generation, show](const ApiError &error, const T &value) {
                                  if (!isCurrent(generation))
                                      return; // another connection is on the page now
                                  m_panel->setBusy(false);
                                  emit busyChanged(false);
                                  if (error.isError())
                                      m_messages->showError(error);
                                  else
                                      show(value);
                              });
}

void CredentialsActions::savePassword()
{
    const QString password = m_panel->passwordEdit()->text();
    if (!m_workspace || m_code.isEmpty() || password.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_workspace->savePassword(
        m_code, password, this,
        [this, generation](const ApiError &error, const SecretResult &result) {
            if (!isCurrent(generation))
                return;
            if (error.isError()) {
                m_panel->setPasswordSaved(false, error.message());
            } else if (!result.ok()) {
                m_panel->setPasswordSaved(false, result.message());
            } else if (result.memoryOnly) {
                m_panel->setPasswordSaved(
                    true, tr("There is no keychain on this computer: the password is kept in "
                             "memory until the app quits."));
            } else {
                m_panel->setPasswordSaved(true, tr("The password is saved in the keychain."));
            }
        });
}

void CredentialsActions::test()
{
    if (!m_workspace || m_code.isEmpty())
        return;
    // The password on screen, else the one saved in the keychain, else ask for it.
    const QString shown = m_panel->passwordEdit()->text();
    if (!shown.isEmpty()) {
        runTest(shown);
        return;
    }
    if (m_savedPassword && !m_savedPassword->isEmpty()) {
        runTest(*m_savedPassword);
        return;
    }
    auto *prompt = new PasswordPromptDialog(m_credentials.username, m_dialogParent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(prompt, &PasswordPromptDialog::passwordEntered, this,
            [this, generation](const QString &password) {
                if (isCurrent(generation))
                    runTest(password);
            });
    prompt->open();
}

void CredentialsActions::runTest(const QString &password)
{
    if (!m_workspace)
        return;
    const quint64 generation = m_generation;
    m_panel->setTestBusy(true);
    emit busyChanged(true);
    m_workspace->testCredentials(m_credentials, password, this,
                                 [this, generation](const ApiError &error) {
                                     if (!isCurrent(generation))
                                         return;
                                     emit busyChanged(false);
                                     m_panel->setTestBusy(false);
                                     m_panel->setTestResult(error);
                                 });
}
