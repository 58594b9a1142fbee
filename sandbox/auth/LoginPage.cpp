#include "LoginPage.h"

namespace LoginPage {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray render(const QByteArray &csrfToken, const QString &error, const QString &lastUsername)
{
    QByteArray page = "<!DOCTYPE html>\n"
                      "<html lang=\"en\">\n"
                      "<head>\n"
                      "<meta charset=\"utf-8\">\n"
                      "<title>Login - PIM sandbox</title>\n"
                      "</head>\n"
                      "<body>\n"
                      "<h1>PIM sandbox</h1>\n";
    if (!error.isEmpty())
        page += "<div class=\"alert alert-error\" role=\"alert\">" + escaped(error) + "</div>\n";
    page += "<form action=\"/user/login-check\" method=\"post\" id=\"form-signin\">\n"
            "<label for=\"prependedInput\">Username or email</label>\n"
            "<input type=\"text\" id=\"prependedInput\" name=\"_username\" value=\"" +
            escaped(lastUsername) +
            "\" required autofocus>\n"
            "<label for=\"prependedInput2\">Password</label>\n"
            "<input type=\"password\" id=\"prependedInput2\" name=\"_password\" required>\n"
            "<input type=\"hidden\" name=\"_target_path\" value=\"\">\n"
            "<input type=\"hidden\" name=\"_csrf_token\" value=\"" +
            escaped(QString::fromLatin1(csrfToken)) +
            "\">\n"
            "<button type=\"submit\" id=\"_submit\" name=\"_submit\">Login</button>\n"
            "</form>\n"
            "</body>\n"
            "</html>\n";
    return page;
}

QByteArray home(const QString &username)
{
    return "<!DOCTYPE html>\n"
           "<html lang=\"en\">\n"
           "<head>\n"
           "<meta charset=\"utf-8\">\n"
           "<title>Dashboard - PIM sandbox</title>\n"
           "</head>\n"
           "<body>\n"
           "<h1>PIM sandbox</h1>\n"
           "<p>Signed in as <strong>" +
           escaped(username) +
           "</strong>.</p>\n"
           "<p><a href=\"/user/logout\">Sign out</a></p>\n"
           "</body>\n"
           "</html>\n";
}

} // namespace LoginPage
