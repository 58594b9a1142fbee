#include "FakePim.h"

FakePim::FakePim(FakeNetworkAccessManager *network, const QString &prefix)
    : m_network(network)
    , m_prefix(prefix)
{
    network->setHandler("GET", prefix + QStringLiteral("/user/login"),
                        [this](const RecordedRequest &) {
                            ++m_loginPages;
                            const QByteArray id = "anon" + QByteArray::number(++m_next);
                            const QByteArray token = "tok-" + QByteArray::number(m_next) + "_x/+=";
                            m_tokens.insert(id, token);
                            return FakeAnswer::html(200, loginPage(token))
                                .withHeader("Set-Cookie", "BAPID=" + id + "; path=/; HttpOnly");
                        });
    network->setHandler(
        "POST", prefix + QStringLiteral("/user/login-check"), [this](const RecordedRequest &r) {
            ++m_loginChecks;
            const QUrlQuery form = r.form();
            const QByteArray session = cookieValue(r);
            const bool ok =
                m_tokens.contains(session) &&
                form.queryItemValue(QStringLiteral("_csrf_token"), QUrl::FullyDecoded) ==
                    QString::fromLatin1(m_tokens.value(session)) &&
                form.queryItemValue(QStringLiteral("_username"), QUrl::FullyDecoded) == username &&
                form.queryItemValue(QStringLiteral("_password"), QUrl::FullyDecoded) == password;
            if (!ok)
                return FakeAnswer::redirect((m_prefix + QStringLiteral("/user/login")).toUtf8());
            ++m_signIns;
            const QByteArray id = "auth" + QByteArray::number(++m_next);
            m_valid.insert(id);
            return FakeAnswer::redirect((m_prefix + QStringLiteral("/")).toUtf8())
                .withHeader("Set-Cookie", "BAPID=" + id + "; path=/; HttpOnly");
        });
}

QByteArray FakePim::loginPage(const QByteArray &token)
{
    return "<!DOCTYPE html><html><head><title>Login</title></head><body>"
           "<form action=\"/user/login-check\" method=\"post\">"
           "<input type=\"text\" name=\"_username\" value=\"\">"
           "<input type=\"password\" name=\"_password\">"
           "<input type=\"hidden\" name=\"_csrf_token\" value=\"" +
           token + "\"/></form></body></html>";
}

QByteArray FakePim::cookieValue(const RecordedRequest &request)
{
    for (const QByteArray &pair : request.cookieHeader.split(';')) {
        const QByteArray trimmed = pair.trimmed();
        if (trimmed.startsWith("BAPID="))
            return trimmed.mid(6);
    }
    return {};
}

bool FakePim::isAuthenticated(const RecordedRequest &request) const
{
    return m_valid.contains(cookieValue(request));
}

FakeAnswer FakePim::signedOutAnswer() const
{
    if (redirectWhenSignedOut)
        return FakeAnswer::redirect((m_prefix + QStringLiteral("/user/login")).toUtf8());
    return FakeAnswer::html(401, loginPage("unused"));
}

void FakePim::protect(const QByteArray &method, const QString &path, const FakeAnswer &answer)
{
    protect(method, path, [answer](const RecordedRequest &) { return answer; });
}

void FakePim::protect(const QByteArray &method, const QString &path,
                      FakeNetworkAccessManager::Handler handler)
{
    m_network->setHandler(method, m_prefix + path, [this, handler](const RecordedRequest &request) {
        return isAuthenticated(request) ? handler(request) : signedOutAnswer();
    });
}
