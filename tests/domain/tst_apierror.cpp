// ApiError: every kind has a translated name and a sentence that says what to do; details are
// added where they help, and an Offline error's detail is its whole message.
#include "domain/ApiError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void everyKindSaysSomething_data();
    void everyKindSaysSomething();
    void noneIsSilent();
    void detailIsShownWhereItHelps();
    void unreachableNamesTheAddress_data();
    void unreachableNamesTheAddress();
    void offlineSaysWhy();
    void unavailableSaysWhy();
    void limitReachedComesFromThePim();
    void validationListsTheReasons();
    void validationLaidOutOnAForm();
};

void TestApiError::everyKindSaysSomething_data()
{
    QTest::addColumn<int>("kind");
    for (Kind kind : {Kind::Network, Kind::Timeout, Kind::Tls, Kind::SignedOut, Kind::Forbidden,
                      Kind::NotFound, Kind::Validation, Kind::Server, Kind::Malformed,
                      Kind::Cancelled, Kind::SignInRefused, Kind::Offline, Kind::Unavailable})
        QTest::newRow(qPrintable(ApiError::kindName(kind))) << int(kind);
}

void TestApiError::everyKindSaysSomething()
{
    QFETCH(int, kind);
    const ApiError error = ApiError::make(Kind(kind), 500);
    QVERIFY(error.isError());
    QVERIFY(bool(error));
    QVERIFY(!ApiError::kindName(error.kind).isEmpty());
    QVERIFY(!error.message().isEmpty());
}

void TestApiError::noneIsSilent()
{
    const ApiError none;
    QVERIFY(!none.isError());
    QVERIFY(none.message().isEmpty());
    QCOMPARE(ApiError::kindName(Kind::None), u"No error"_s);
}

void TestApiError::detailIsShownWhereItHelps()
{
    const ApiError network = ApiError::make(Kind::Network, 0, u"Connection refused"_s);
    QVERIFY(network.message().endsWith(u"(Connection refused)"_s));
    const ApiError server = ApiError::make(Kind::Server, 502);
    QVERIFY(server.message().contains(u"502"_s));
}

void TestApiError::unreachableNamesTheAddress_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused") << int(Kind::Network) << u"Connection refused"_s
                             << u"Cannot reach https://pim.example.com/pim: Connection refused. "
                                "Check the address and your network connection, then try "
                                "again."_s;
    QTest::newRow("no reason") << int(Kind::Network) << QString()
                               << u"Cannot reach https://pim.example.com/pim: no answer. Check "
                                  "the address and your network connection, then try again."_s;
    QTest::newRow("timeout") << int(Kind::Timeout) << QString()
                             << u"https://pim.example.com/pim did not answer in time. Try again "
                                "in a moment."_s;
    QTest::newRow("certificate")
        << int(Kind::Tls) << u"self-signed"_s
        << u"The certificate of https://pim.example.com/pim is not trusted, so the connection "
           "was stopped. Check the address, or ask your administrator about the certificate. "
           "(self-signed)"_s;
}

void TestApiError::unreachableNamesTheAddress()
{
    QFETCH(int, kind);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    ApiError error = ApiError::make(Kind(kind), 0, detail);
    error.address = QUrl(u"https://pim.example.com/pim"_s);
    QCOMPARE(error.message(), expected);
}

void TestApiError::offlineSaysWhy()
{
    const ApiError generic = ApiError::make(Kind::Offline);
    QVERIFY(generic.message().contains(u"PIM"_s));
    const QString why = u"Working offline: changes are not possible now."_s;
    QCOMPARE(ApiError::make(Kind::Offline, 0, why).message(), why);
    QCOMPARE(ApiError::kindName(Kind::Offline), u"Offline"_s);
}

void TestApiError::unavailableSaysWhy()
{
    const ApiError generic = ApiError::make(Kind::Unavailable, 404);
    QVERIFY(generic.message().contains(u"not available"_s));
    const QString why = u"Connected Apps are turned off on this PIM."_s;
    QCOMPARE(ApiError::make(Kind::Unavailable, 404, why).message(), why);
    QCOMPARE(ApiError::kindName(Kind::Unavailable), u"Not available"_s);
}

void TestApiError::limitReachedComesFromThePim()
{
    ApiError refused = ApiError::make(Kind::Validation, 422);
    refused.fieldErrors = {{u""_s, ValidationKeys::limitReached()},
                           {u"label"_s, ValidationKeys::labelRequired()}};
    QVERIFY(refused.saysLimitReached());
    refused.fieldErrors.removeFirst();
    QVERIFY(!refused.saysLimitReached());
    QVERIFY(!ApiError::make(Kind::Server, 500, ValidationKeys::limitReached()).saysLimitReached());
    // The PIM's limit differs between editions (docs/pim-api.md §11.1): no number is claimed.
    const QString text = ValidationKeys::message(ValidationKeys::limitReached());
    QVERIFY(!text.contains(u"50"_s));
    QVERIFY(!text.contains(u"100"_s));
}

void TestApiError::validationListsTheReasons()
{
    ApiError error = ApiError::make(Kind::Validation, 422);
    error.fieldErrors = {{u"code"_s, ValidationKeys::codeMustBeUnique()},
                         {u"label"_s, ValidationKeys::labelTooShort()}};
    QCOMPARE(error.message(), ValidationKeys::message(ValidationKeys::codeMustBeUnique()) +
                                  u"\n"_s +
                                  ValidationKeys::message(ValidationKeys::labelTooShort()));
    QCOMPARE(error.fieldMessage(u"label"_s),
             ValidationKeys::message(ValidationKeys::labelTooShort()));
    const ApiError bare = ApiError::make(Kind::Validation, 400, u"Role with id \"9\" not found."_s);
    QCOMPARE(bare.message(), u"Role with id \"9\" not found."_s);
}

void TestApiError::validationLaidOutOnAForm()
{
    // The create form shows code and label; the limit ("") and the image go above it.
    const FieldErrors errors{{u"code"_s, ValidationKeys::codeInvalid()},
                             {u""_s, ValidationKeys::limitReached()},
                             {u"label"_s, ValidationKeys::labelRequired()},
                             {u"code"_s, ValidationKeys::codeTooLong()},
                             {u"image"_s, ValidationKeys::imageMustExist()}};
    const ValidationKeys::FormErrors laidOut =
        ValidationKeys::forForm(errors, {u"code"_s, u"label"_s});
    QCOMPARE(laidOut.onFields.keys(), (QStringList{u"code"_s, u"label"_s}));
    QCOMPARE(laidOut.onFields.value(u"code"_s),
             ValidationKeys::message(ValidationKeys::codeInvalid()) + u'\n' +
                 ValidationKeys::message(ValidationKeys::codeTooLong()));
    QCOMPARE(laidOut.onFields.value(u"label"_s),
             ValidationKeys::message(ValidationKeys::labelRequired()));
    QCOMPARE(laidOut.elsewhere,
             (QStringList{ValidationKeys::message(ValidationKeys::limitReached()),
                          ValidationKeys::message(ValidationKeys::imageMustExist())}));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
