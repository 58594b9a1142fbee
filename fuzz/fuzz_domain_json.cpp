// libFuzzer target: an answer body given to one of the JSON readers of models/domain (the shapes
// of docs/pim-api.md §2, §4, §5, §8 to §11) or the error mapping's readers of 400, 403 and 422
// bodies. A reader may refuse the body, never crash; a body that SymfonyJson reads is written
// back and read again to the same text.
#include "domain/AuditCounts.h"
#include "domain/BusinessError.h"
#include "domain/ConnectedApp.h"
#include "domain/Connection.h"
#include "domain/EventLog.h"
#include "domain/EventSubscription.h"
#include "domain/Permissions.h"
#include "domain/ShortAnswers.h"
#include "domain/SymfonyJson.h"
#include "domain/WebhookErrors.h"
#include "domain/WrongCredentials.h"
#include "net/ErrorMapping.h"

#include <cstdint>
#include <iterator>
#include <cstdlib>

namespace {

void readSymfonyJson(const QByteArray &body)
{
    QString error;
    const auto parsed = SymfonyJson::parse(body, &error);
    if (!parsed)
        return;
    const QByteArray written = parsed->toJson();
    const auto again = SymfonyJson::parse(written, &error);
    if (!again || again->toJson() != written)
        std::abort(); // what the app writes back must read as the same value
    (void)parsed->toJsonValue();
}

using Reader = void (*)(const QByteArray &body);

void readErrorAnswer(const QByteArray &body, int status)
{
    HttpAnswer answer;
    answer.url = QUrl(QStringLiteral("http://pim.test/rest/connections"));
    answer.contentType = "application/json";
    answer.status = status;
    answer.body = body;
    (void)ErrorMapping::fromStatus(answer).message();
    (void)ErrorMapping::fromPublicApiStatus(answer).message();
    (void)ErrorMapping::fromAppsStatus(answer, ErrorMapping::AppsScope::OneApp).message();
    (void)ErrorMapping::fromEventsStatus(answer).message();
}

QString error;

// The event log page (§8.7): every entry is also written as a line of the download and its
// context indented for reading.
void readEventLogPage(const QByteArray &body)
{
    const auto page = EventLogPage::fromJson(body, &error);
    if (!page)
        return;
    for (const EventLogEntry &entry : page->results) {
        (void)eventLogLine(entry);
        (void)entry.contextText();
    }
}

// One reader per run, chosen by the input's size: libFuzzer changes sizes all the time, so
// every sample reaches every reader (trailing spaces change no JSON text's meaning).
const Reader Readers[] = {
    readSymfonyJson,
    [](const QByteArray &body) {
        if (const auto list = Connection::listFromJson(body, &error))
            (void)list->size();
    },
    [](const QByteArray &body) {
        if (const auto details = ConnectionDetails::fromJson(body, &error))
            (void)ConnectionUpdate::from(*details);
    },
    [](const QByteArray &body) {
        if (const auto errors = BusinessError::listFromJson(body, &error))
            (void)BusinessError::listToSymfonyJson(*errors).toJson();
    },
    [](const QByteArray &body) { (void)WeeklyAudit::eventsFromJson(body, &error); },
    [](const QByteArray &body) { (void)WeeklyAudit::errorsFromJson(body, &error); },
    [](const QByteArray &body) { (void)ErrorCounts::fromJson(body, &error); },
    [](const QByteArray &body) {
        if (const auto apps = ConnectedApp::listFromJson(body, &error))
            (void)ConnectedApp::listToSymfonyJson(*apps).toJson();
    },
    [](const QByteArray &body) { (void)AppMonitoringSettings::fromJson(body, &error); },
    [](const QByteArray &body) { (void)UserRole::listFromJson(body, &error); },
    [](const QByteArray &body) { (void)UserGroup::listFromJson(body, &error); },
    [](const QByteArray &body) {
        (void)ShortAnswers::newPassword(body, &error);
        (void)ShortAnswers::limitReached(body, &error);
        (void)ShortAnswers::accessToken(body, &error);
    },
    [](const QByteArray &body) { (void)WrongCredentials::fromJson(body, &error); },
    [](const QByteArray &body) { (void)EventSubscriptionForm::fromJson(body, &error); },
    [](const QByteArray &body) { (void)ReachabilityResult::fromJson(body, &error); },
    readEventLogPage,
    [](const QByteArray &body) {
        if (const auto errors = WebhookErrors::parse(body, &error))
            for (const auto &e : *errors)
                (void)WebhookErrors::message(e.reason);
    },
    [](const QByteArray &body) { readErrorAnswer(body, 400); },
    [](const QByteArray &body) { readErrorAnswer(body, 422); },
    [](const QByteArray &body) { readErrorAnswer(body, 403); },
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    Readers[size % std::size(Readers)](body);
    return 0;
}
