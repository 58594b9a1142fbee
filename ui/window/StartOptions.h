#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// How the window starts (MainWindow::start): filled from the command line by app/AppCommandLine,
// or by a test. --server/--user pre-fill the sign-in and pick that PIM among the known ones
// (adding it when new); a password signs in at once; offline never calls the PIM.
struct StartOptions
{
    QUrl server;      // normalised; empty when not given
    QString username; // empty when not given
    bool offline = false;
    std::optional<QString> password; // PIM_PASSWORD; never written anywhere
};
