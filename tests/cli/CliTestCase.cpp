#include "CliTestCase.h"

#include <QFile>

namespace CliTest {

QString defaultTypesQuery()
{
    return QStringLiteral("/rest/connections?search=") +
           QString::fromLatin1(
               QUrl::toPercentEncoding(QStringLiteral("{\"types\":[\"default\"]}")));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace CliTest

bool CliTestCase::startSandbox(const QStringList &extraArguments)
{
    SandboxProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.admin = QStringLiteral("admin:") + CliTest::AdminPassword;
    options.extraArguments = extraArguments;
    if (!m_sandbox.start(options))
        return false;
    m_url = m_sandbox.url().toString();
    m_cli.emplace();
    m_cli->setPassword(CliTest::AdminPassword);
    return m_cli->isValid();
}

CliProcess::Result CliTestCase::addPim() const
{
    return cli({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("list")});
}

HttpClient &CliTestCase::admin()
{
    if (!m_http) {
        m_http.emplace(m_sandbox.url());
        if (!m_http->signIn(QStringLiteral("admin"), CliTest::AdminPassword))
            qWarning("the test could not sign in to the sandbox");
    }
    return *m_http;
}

QString CliTestCase::accessToken(const QJsonObject &details, const QString &password) const
{
    HttpClient client(m_sandbox.url());
    return client.accessToken(details.value(u"client_id").toString(),
                              details.value(u"secret").toString(),
                              details.value(u"username").toString(), password);
}
