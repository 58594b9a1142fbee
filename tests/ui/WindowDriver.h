#pragma once

// What the window tests do as a user would, shared by every test that drives a MainWindow
// (tst_mainwindow_*, tst_mainwindow_keychain, tst_hygiene): the parts of the window found by
// their object names, the create and sign-in dialogs used through their controls.
#include "window/MainWindow.h"

#include <memory>

class ConnectionPage;
class CreateConnectionDialog;
class CredentialsPanel;
class SignInDialog;

namespace WindowDriver {

constexpr int Wait = 20000;

// Shows a window with these dependencies.
std::unique_ptr<MainWindow> show(const MainWindow::Dependencies &dependencies);

// The PIM answers and nothing runs any more (waits up to Wait).
bool waitOnline(MainWindow &window);

// The connection's page, whether shown or not, and its credentials panel.
ConnectionPage *page(const MainWindow &window);
CredentialsPanel *credentials(const MainWindow &window);
// The connection's page is shown with its details loaded (waits up to Wait).
bool waitPageLoaded(MainWindow &window);

// "Create" in the overview's header, clicked: the dialog it opens, or null when none opens.
CreateConnectionDialog *openCreateDialog(MainWindow &window);
// A connection created with this label through the dialog: true once its page shows it.
bool createFromWindow(MainWindow &window, const QString &label);

// The sign-in dialog the window shows (waits up to Wait for it), or null.
SignInDialog *waitSignInDialog(MainWindow &window);
// In the sign-in dialog shown: the password typed, "Remember password" as asked, Sign in
// clicked. False when no dialog is shown.
bool signInThroughDialog(MainWindow &window, const QString &password, bool remember);

} // namespace WindowDriver
