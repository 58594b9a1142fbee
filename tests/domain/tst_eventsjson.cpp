// The event subscription and event log shapes (docs/pim-api.md §8.2, §8.3, §8.5, §8.7) and the
// "field"/"message" validation errors of §8.3, against the examples of the contract.
#include "domain/EventLog.h"
#include "domain/EventSubscription.h"
#include "domain/ValidationError.h"
#include "domain/WebhookErrors.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray FormSample =
    R"({"event_subscription":{"connectionCode":"erp","enabled":true,"secret":"secret","url":"http:\/\/test.com","isUsingUuid":false},"active_event_subscriptions_limit":{"limit":3,"current":1}})";
const QByteArray LogsSample =
    R"({"results":[{"id":"6f1c","timestamp":1614659411,"level":"notice","message":"The event was not sent because it was raised by the same connection.","connection_code":"erp",)"
    R"("context":{"event":{"action":"product.created","event_id":"e1","event_datetime":"2021-03-02T04:30:11+00:00","author":"erp_0427","author_type":"api","product_identifier":"sku1"}},)"
    R"("context_flattened":"product.created erp_0427 api sku1"},)"
    R"({"id":"7a","timestamp":1614659400,"level":"warning","message":"The maximum number of events sent per hour has been reached.","connection_code":null,"context":[],"context_flattened":""}],)"
    R"("search_after":"opaque+token\/=","total":30})";
} // namespace

class TestEventsJson : public QObject
{
    Q_OBJECT

private slots:
    void formReadsTheContractSample();
    void formOfAnOlderPim();
    void formRefusesWrongShapes_data();
    void formRefusesWrongShapes();
    void withoutSecretKeepsOnlyItsPresence();
    void activationBlockedByTheLimit();
    void updateBody();
    void reachability_data();
    void reachability();
    void logPageReadsTheContractSample();
    void logPageRefusesWrongShapes_data();
    void logPageRefusesWrongShapes();
    void contextKeepsItsKeyOrder();
    void filters_data();
    void filters();
    void webhookErrors_data();
    void webhookErrors();
    void webhookErrorsRefuseWrongShapes_data();
    void webhookErrorsRefuseWrongShapes();
    void webhookKeysAreTranslatedWhereValidationIs();
};

void TestEventsJson::formReadsTheContractSample()
{
    QString why;
    const auto form = EventSubscriptionForm::fromJson(FormSample, &why);
    QVERIFY2(form, qPrintable(why));
    QCOMPARE(form->subscription.connectionCode, u"erp"_s);
    QVERIFY(form->subscription.enabled);
    QCOMPARE(form->subscription.secret, std::optional<QString>(u"secret"_s));
    QCOMPARE(form->subscription.url, std::optional<QString>(u"http://test.com"_s));
    QCOMPARE(form->subscription.usesUuid, std::optional<bool>(false));
    QCOMPARE(form->activeLimit, (EventSubscriptionLimit{3, 1}));
    QCOMPARE(form->toSymfonyJson().toJson(), FormSample);
}

void TestEventsJson::formOfAnOlderPim()
{
    // Before 7.0 there is no isUsingUuid; before the first save, secret and url are null;
    // unknown keys are ignored; a missing limit is the default 3.
    const QByteArray body =
        R"({"event_subscription":{"connectionCode":"erp","enabled":false,"secret":null,"url":null,"new":1}})";
    QString why;
    const auto form = EventSubscriptionForm::fromJson(body, &why);
    QVERIFY2(form, qPrintable(why));
    QVERIFY(!form->subscription.hasSecret());
    QVERIFY(!form->subscription.url);
    QVERIFY(!form->subscription.usesUuid);
    QCOMPARE(form->activeLimit.limit, 3);
    QVERIFY(!form->toSymfonyJson().toJson().contains("isUsingUuid"));
}

void TestEventsJson::formRefusesWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("404's {}") << QByteArray("{}") << u"event_subscription"_s;
    QTest::newRow("a list") << QByteArray("[]") << u"object"_s;
    QTest::newRow("html") << QByteArray("<html></html>") << QString();
    QTest::newRow("enabled a string")
        << QByteArray(R"({"event_subscription":{"connectionCode":"erp","enabled":"yes"}})")
        << u"enabled"_s;
    QTest::newRow("no enabled") << QByteArray(R"({"event_subscription":{"connectionCode":"erp"}})")
                                << u"enabled"_s;
    QTest::newRow("url a number")
        << QByteArray(R"({"event_subscription":{"connectionCode":"erp","enabled":true,"url":3}})")
        << u"url"_s;
    QTest::newRow("limit a string")
        << QByteArray(R"({"event_subscription":{"connectionCode":"erp","enabled":true},)"
                      R"("active_event_subscriptions_limit":{"limit":"3"}})")
        << u"limit"_s;
}

void TestEventsJson::formRefusesWrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString why;
    QVERIFY(!EventSubscriptionForm::fromJson(body, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY2(why.contains(mentions), qPrintable(why));
}

void TestEventsJson::withoutSecretKeepsOnlyItsPresence()
{
    const auto form = EventSubscriptionForm::fromJson(FormSample, nullptr);
    QVERIFY(form);
    const EventSubscriptionForm stripped = form->withoutSecret();
    QVERIFY(stripped.subscription.hasSecret());
    QVERIFY(stripped.subscription.secret->isEmpty());
    QVERIFY(!stripped.toSymfonyJson().toJson().contains("\"secret\":\"secret\""));
    EventSubscriptionForm none = *form;
    none.subscription.secret.reset();
    QVERIFY(!none.withoutSecret().subscription.hasSecret());
}

void TestEventsJson::activationBlockedByTheLimit()
{
    EventSubscriptionForm form;
    form.activeLimit = {3, 3};
    QVERIFY(form.activationBlocked());
    form.subscription.enabled = true; // already on: may still be saved (§8.6)
    QVERIFY(!form.activationBlocked());
    form.subscription.enabled = false;
    form.activeLimit.current = 2;
    QVERIFY(!form.activationBlocked());
}

void TestEventsJson::updateBody()
{
    EventSubscriptionUpdate update{u"erp"_s, true, u"https://example.com/hook"_s, false};
    QCOMPARE(
        update.toSymfonyJson().toJson(),
        QByteArray(
            R"({"code":"erp","enabled":true,"url":"https:\/\/example.com\/hook","is_using_uuid":false})"));
    update.url.clear(); // sent as null, as the PIM's UI does (§8.3)
    QVERIFY(update.toSymfonyJson().toJson().contains(R"("url":null)"));
    const auto form = EventSubscriptionForm::fromJson(FormSample, nullptr);
    QCOMPARE(EventSubscriptionUpdate::from(form->subscription),
             (EventSubscriptionUpdate{u"erp"_s, true, u"http://test.com"_s, false}));
}

void TestEventsJson::reachability_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("text");
    QTest::newRow("200 OK") << QByteArray(R"({"success":true,"message":"200 OK"})") << true
                            << u"200 OK"_s;
    QTest::newRow("451")
        << QByteArray(R"({"success":false,"message":"451 Unavailable For Legal Reasons"})") << false
        << u"451 Unavailable For Legal Reasons"_s;
    QTest::newRow("no answer")
        << QByteArray(R"({"success":false,"message":"Failed to connect to server"})") << false
        << u"Failed to connect to server"_s;
    QTest::newRow("a key, translated")
        << QByteArray(
               R"({"success":false,"message":"akeneo_connectivity.connection.webhook.error.not_allowed_url"})")
        << false << u"This url is not allowed."_s;
}

void TestEventsJson::reachability()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, success);
    QFETCH(QString, text);
    QString why;
    const auto result = ReachabilityResult::fromJson(body, &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(result->success, success);
    QCOMPARE(result->text(), text);
    QCOMPARE(result->toSymfonyJson().toJson(), body);
    QVERIFY(!ReachabilityResult::fromJson(R"({"message":"200 OK"})", &why));
    QVERIFY(!ReachabilityResult::fromJson(R"({"success":"true"})", &why));
}

void TestEventsJson::logPageReadsTheContractSample()
{
    QString why;
    const auto page = EventLogPage::fromJson(LogsSample, &why);
    QVERIFY2(page, qPrintable(why));
    QCOMPARE(page->results.size(), 2);
    QCOMPARE(page->total, 30);
    QCOMPARE(page->searchAfter, u"opaque+token/="_s);
    QVERIFY(!page->isLast());
    const EventLogEntry &first = page->results.first();
    QCOMPARE(first.level, EventLogLevels::Notice);
    QCOMPARE(first.dateTime(), QDateTime(QDate(2021, 3, 2), QTime(4, 30, 11), Qt::UTC));
    QCOMPARE(first.connectionCode, std::optional<QString>(u"erp"_s));
    QVERIFY(!page->results.last().connectionCode); // PIM-wide
    QVERIFY(page->results.last().contextText().isEmpty());
    QCOMPARE(page->toSymfonyJson().toJson(), LogsSample);
    QCOMPARE(eventLogLine(first).left(27), u"2021/03/02 04:30:11 NOTICE "_s);

    const auto empty =
        EventLogPage::fromJson(R"({"results":[],"search_after":null,"total":0})", &why);
    QVERIFY(empty && empty->isLast());
}

void TestEventsJson::logPageRefusesWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no results") << QByteArray(R"({"total":0})") << u"results"_s;
    QTest::newRow("results an object") << QByteArray(R"({"results":{}})") << u"results"_s;
    QTest::newRow("an item a string") << QByteArray(R"({"results":["x"]})") << u"log 1"_s;
    QTest::newRow("timestamp a string")
        << QByteArray(R"({"results":[{"timestamp":"1","level":"info"}]})") << u"timestamp"_s;
    QTest::newRow("no level") << QByteArray(R"({"results":[{"timestamp":1}]})") << u"level"_s;
    QTest::newRow("context a string")
        << QByteArray(R"({"results":[{"timestamp":1,"level":"info","context":"x"}]})")
        << u"context"_s;
    QTest::newRow("total a string") << QByteArray(R"({"results":[],"total":"3"})") << u"total"_s;
    QTest::newRow("search_after an object")
        << QByteArray(R"({"results":[],"search_after":{}})") << u"search_after"_s;
}

void TestEventsJson::logPageRefusesWrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString why;
    QVERIFY(!EventLogPage::fromJson(body, &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
}

void TestEventsJson::contextKeepsItsKeyOrder()
{
    const QByteArray body =
        R"({"results":[{"timestamp":1,"level":"error","message":"m","context":{"z":1,"a":{"y":"é","b":[1,2]}}}]})";
    const auto page = EventLogPage::fromJson(body, nullptr);
    QVERIFY(page);
    const EventLogEntry &entry = page->results.first();
    QCOMPARE(entry.context.toJson(), QByteArray(R"({"z":1,"a":{"y":"\u00e9","b":[1,2]}})"));
    QCOMPARE(entry.contextText(), u"{\n    \"z\": 1,\n    \"a\": {\n        \"y\": \"é\",\n"
                                  u"        \"b\": [\n            1,\n            2\n        ]\n"
                                  u"    }\n}"_s);
    QVERIFY(entry.id.isEmpty()); // UNCONFIRMED in every version (§8.7): optional
}

void TestEventsJson::filters_data()
{
    QTest::addColumn<EventLogSearch>("search");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("none") << EventLogSearch{} << QByteArray("{}");
    QTest::newRow("all four levels")
        << EventLogSearch{EventLogLevels::all(), {}, {}, {}} << QByteArray("{}");
    QTest::newRow("two levels, in the PIM's order")
        << EventLogSearch{{u"error"_s, u"info"_s}, {}, {}, {}}
        << QByteArray(R"({"levels":["info","error"]})");
    QTest::newRow("an unknown level is not sent")
        << EventLogSearch{{u"debug"_s}, {}, {}, {}} << QByteArray("{}");
    const QDateTime from(QDate(2021, 3, 2), QTime(0, 0), Qt::UTC);
    QTest::newRow("dates and text")
        << EventLogSearch{{}, from, from.addSecs(60), u"  sku1 "_s}
        << QByteArray(R"({"timestamp_from":1614643200,"timestamp_to":1614643260,"text":"sku1"})");
    QTest::newRow("blank text") << EventLogSearch{{}, {}, {}, u"   "_s} << QByteArray("{}");
}

void TestEventsJson::filters()
{
    QFETCH(EventLogSearch, search);
    QFETCH(QByteArray, json);
    QCOMPARE(search.filtersJson(), json);
    QCOMPARE(search.isDefault(), json == "{}");
}

void TestEventsJson::webhookErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FieldErrors>("errors");
    QTest::newRow("contract sample")
        << QByteArray(
               R"({"errors":[{"field":"url","message":"akeneo_connectivity.connection.webhook.error.required"}],"message":"akeneo_connectivity.connection.constraint_violation_list_exception"})")
        << FieldErrors{{u"url"_s, WebhookErrors::required()}};
    QTest::newRow("two, in order, unknown keys ignored")
        << QByteArray(
               R"({"errors":[{"field":"url","message":"This value is too long.","x":1},{"field":"enabled","message":"akeneo_connectivity.connection.webhook.error.limit_reached"}]})")
        << FieldErrors{{u"url"_s, u"This value is too long."_s},
                       {u"enabled"_s, WebhookErrors::limitReached()}};
    QTest::newRow("no field: the whole form")
        << QByteArray(R"({"errors":[{"message":"m"}]})") << FieldErrors{{QString(), u"m"_s}};
    QTest::newRow("only a message")
        << QByteArray(R"({"message":"Nope"})") << FieldErrors{{QString(), u"Nope"_s}};
}

void TestEventsJson::webhookErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(FieldErrors, errors);
    QString why;
    const auto parsed = WebhookErrors::parse(body, &why);
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(*parsed, errors);
}

void TestEventsJson::webhookErrorsRefuseWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html></html>");
    QTest::newRow("a list") << QByteArray("[]");
    QTest::newRow("errors an object") << QByteArray(R"({"errors":{}})");
    QTest::newRow("an error a string") << QByteArray(R"({"errors":["url"]})");
    QTest::newRow("§4's format") << QByteArray(R"({"errors":[{"name":"url","reason":"r"}]})");
    QTest::newRow("field a number") << QByteArray(R"({"errors":[{"field":1,"message":"m"}]})");
    QTest::newRow("only the generic message") << QByteArray(
        R"({"message":"akeneo_connectivity.connection.constraint_violation_list_exception"})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestEventsJson::webhookErrorsRefuseWrongShapes()
{
    QFETCH(QByteArray, body);
    QString why;
    QVERIFY(!WebhookErrors::parse(body, &why));
    QVERIFY(!why.isEmpty());
}

void TestEventsJson::webhookKeysAreTranslatedWhereValidationIs()
{
    QCOMPARE(ValidationKeys::message(WebhookErrors::wrongUrl()),
             u"This value is not a valid URL."_s);
    QCOMPARE(ValidationKeys::message(WebhookErrors::notFound()),
             u"You are trying to update a connection that does not exist."_s);
    QCOMPARE(WebhookErrors::message(u"Cette valeur n'est pas valide."_s),
             u"Cette valeur n'est pas valide."_s);
    QCOMPARE(WebhookErrors::message(WebhookErrors::key("unknown")), WebhookErrors::key("unknown"));
}

QTEST_GUILESS_MAIN(TestEventsJson)
#include "tst_eventsjson.moc"
