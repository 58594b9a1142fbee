#pragma once

#include <QByteArray>
#include <QString>

// The back office's HTML: the login form (docs/pim-api.md §1.1) and the small home page.
namespace LoginPage {

// The form posts _username, _password, _target_path and the hidden _csrf_token.
QByteArray render(const QByteArray &csrfToken, const QString &error,
                  const QString &lastUsername = QString());
QByteArray home(const QString &username);

} // namespace LoginPage
