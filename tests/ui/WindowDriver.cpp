#include "WindowDriver.h"

#include "Children.h"
#include "connection/ConnectionPage.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/CreateConnectionDialog.h"
#include "dialogs/SignInDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace WindowDriver {

std::unique_ptr<MainWindow> show(const MainWindow::Dependencies &dependencies)
{
    auto window = std::make_unique<MainWindow>(dependencies);
    window->show();
    return window;
}

bool waitOnline(MainWindow &window)
{
    return QTest::qWaitFor(
        [&]() {
            const Workspace *workspace = window.workspace();
            return workspace && workspace->connectivity() == Workspace::Connectivity::Online &&
                   !workspace->isBusy();
        },
        Wait);
}

ConnectionPage *page(const MainWindow &window)
{
    return child<ConnectionPage>(&window, QStringLiteral("connectionPage"));
}

CredentialsPanel *credentials(const MainWindow &window)
{
    return child<CredentialsPanel>(page(window), QStringLiteral("credentials"));
}

bool waitPageLoaded(MainWindow &window)
{
    // The window builds the connection's page when it first opens one.
    return QTest::qWaitFor(
        [&]() {
            const auto *shown =
                window.findChild<ConnectionPage *>(QStringLiteral("connectionPage"));
            return window.isShowingConnection() && shown && shown->isLoaded();
        },
        Wait);
}

CreateConnectionDialog *openCreateDialog(MainWindow &window)
{
    auto *create = child<QPushButton>(&window, QStringLiteral("create"));
    if (!create->isVisible() || !create->isEnabled())
        return nullptr;
    QTest::mouseClick(create, Qt::LeftButton);
    return shownDialog<CreateConnectionDialog>(&window);
}

bool createFromWindow(MainWindow &window, const QString &label)
{
    CreateConnectionDialog *dialog = openCreateDialog(window);
    if (!dialog)
        return false;
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("label")), label);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    return waitPageLoaded(window);
}

SignInDialog *waitSignInDialog(MainWindow &window)
{
    SignInDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&]() { return (dialog = shownDialog<SignInDialog>(&window)) != nullptr; }, Wait);
    return shown ? dialog : nullptr;
}

bool signInThroughDialog(MainWindow &window, const QString &password, bool remember)
{
    SignInDialog *dialog = waitSignInDialog(window);
    if (!dialog)
        return false;
    auto *passwordEdit = child<QLineEdit>(dialog, QStringLiteral("password"));
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    child<QCheckBox>(dialog, QStringLiteral("remember"))->setChecked(remember);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signIn")), Qt::LeftButton);
    return true;
}

} // namespace WindowDriver
