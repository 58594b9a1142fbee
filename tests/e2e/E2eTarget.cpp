#include "E2eTarget.h"

#include "domain/PimAddress.h"
#include "net/DeleteConnectionJob.h"
#include "E2eJobs.h"
#include "workspace/PimClient.h"
#include "net/PimSession.h"

#include <QRandomGenerator>

namespace {

QString env(const char *name)
{
    return QString::fromLocal8Bit(qgetenv(name));
}

} // namespace

E2eTarget::E2eTarget() = default;

E2eTarget::~E2eTarget()
{
    cleanup();
}

SandboxProcess::Options E2eTarget::sandboxOptions()
{
    SandboxProcess::Options options;
    options.seed = QStringLiteral("demo");
    options.admin = QStringLiteral("admin:admin");
    options.user = QStringLiteral("viewer:viewer");
    return options;
}

bool E2eTarget::remoteRequested()
{
    return !qEnvironmentVariableIsEmpty("PIM_E2E_URL");
}

bool E2eTarget::start(const SandboxProcess::Options &options)
{
    m_error.clear();
    if (remoteRequested()) {
        const PimAddress address = PimAddress::parse(env("PIM_E2E_URL"));
        if (!address.isValid()) {
            m_error = QStringLiteral("PIM_E2E_URL: ") + address.error();
            return false;
        }
        m_url = address.url();
        m_admin = {env("PIM_E2E_USER"), env("PIM_E2E_PASSWORD")};
        if (!m_admin.isValid()) {
            m_error = QStringLiteral("PIM_E2E_URL is set: set PIM_E2E_USER and PIM_E2E_PASSWORD "
                                     "too (a user with \"Manage connections settings\")");
            return false;
        }
        m_viewer = {env("PIM_E2E_VIEWER_USER"), env("PIM_E2E_VIEWER_PASSWORD")};
        return true;
    }
    return startSandbox(options);
}

bool E2eTarget::startSandbox(const SandboxProcess::Options &options)
{
    m_error.clear();
    m_sandbox = std::make_unique<SandboxProcess>();
    if (!m_sandbox->start(options)) {
        m_error = m_sandbox->errorString();
        m_sandbox.reset();
        return false;
    }
    m_url = m_sandbox->url();
    const auto account = [](const QString &pair) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        return Account{pair.left(colon), colon < 0 ? QString() : pair.mid(colon + 1)};
    };
    m_admin = account(options.admin);
    m_viewer = account(options.user);
    return true;
}

QString E2eTarget::describe() const
{
    return (isSandbox() ? QStringLiteral("pim-sandbox at ") : QStringLiteral("the PIM at ")) +
           m_url.toDisplayString();
}

std::unique_ptr<PimClient> E2eTarget::newClient(const Account &account) const
{
    auto client = std::make_unique<PimClient>();
    client->session()->setBaseUrl(m_url.toString());
    client->session()->setCredentials(account.username, account.password);
    return client;
}

QString E2eTarget::randomCode()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString code = QString::fromLatin1(CodePrefix);
    for (int i = 0; i < 12; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return code;
}

QString E2eTarget::newCode()
{
    const QString code = randomCode();
    m_codes.append(code);
    return code;
}

QStringList E2eTarget::cleanup()
{
    if (m_codes.isEmpty() || !m_url.isValid())
        return {};
    QStringList problems;
    const auto janitor = newClient(m_admin);
    const ApiError signInError = E2e::signIn(janitor->session());
    if (signInError) {
        problems << QStringLiteral("cleanup: cannot sign in: ") + E2e::describe(signInError);
        return problems;
    }
    QStringList left;
    for (const QString &code : std::as_const(m_codes)) {
        // Never anything but the suite's own connections.
        if (!code.startsWith(QLatin1String(CodePrefix))) {
            problems << QStringLiteral("cleanup: refused to delete \"%1\"").arg(code);
            continue;
        }
        const ApiError error = E2e::run(janitor->deleteConnection(code));
        const bool gone = !error.isError() ||
                          (error.kind == ApiError::Kind::Validation && error.httpStatus == 400 &&
                           error.detail.contains(QLatin1String("does not exist")));
        if (!gone) {
            left << code;
            problems
                << QStringLiteral("cleanup: %1 not deleted: %2").arg(code, E2e::describe(error));
        }
    }
    m_codes = left;
    return problems;
}
