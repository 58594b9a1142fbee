// The rules of docs/pim-api.md §3 and the order of section 4, as a specification.
#include "domain/ConnectionRules.h"
#include "domain/ValidationError.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionRules : public QObject
{
    Q_OBJECT

private slots:
    void codeFromLabel_data();
    void codeFromLabel();
    void codeError_data();
    void codeError();
    void labelError_data();
    void labelError();
    void flowTypeError_data();
    void flowTypeError();
    void validateCreateOrder_data();
    void validateCreateOrder();
    void validateUpdate_data();
    void validateUpdate();
    void imageExtensions_data();
    void imageExtensions();
    void typingCannotFix_data();
    void typingCannotFix();
    void unknownReasonStaysReadable();
};

void TestConnectionRules::codeFromLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("code");
    QTest::newRow("contract: spaces removed, dash replaced")
        << u"Magento 2 - Prod"_s << u"magento2_prod"_s;
    QTest::newRow("contract: accents replaced") << u"Café Süd"_s << u"caf_s_d"_s;
    QTest::newRow("contract: slash and brackets") << u"ERP/SAP (v2)"_s << u"erp_sap_v2_"_s;
    QTest::newRow("already a code") << u"erp_0427"_s << u"erp_0427"_s;
    QTest::newRow("uppercase lowered") << u"ERP"_s << u"erp"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u"   "_s << QString();
    QTest::newRow("tab is not a space") << u"a\tb"_s << u"a_b"_s;
    QTest::newRow("emoji gives two underscores") << u"Shop 🛒"_s << u"shop__"_s;
    QTest::newRow("no truncation") << QString(120, u'a') << QString(120, u'a');
    QTest::newRow("dots and at") << u"shop@example.com"_s << u"shop_example_com"_s;
    QTest::newRow("non-ASCII digit") << u"٣x"_s << u"_x"_s;
}

void TestConnectionRules::codeFromLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, code);
    QCOMPARE(ConnectionRules::codeFromLabel(label), code);
}

void TestConnectionRules::codeError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason"); // empty: valid
    QTest::newRow("valid") << u"magento"_s << QString();
    QTest::newRow("valid with digits and underscore") << u"erp_2"_s << QString();
    QTest::newRow("trimmed before checks") << u"  erp  "_s << QString();
    QTest::newRow("empty") << QString() << ValidationKeys::codeRequired();
    QTest::newRow("blank") << u" \t\n"_s << ValidationKeys::codeRequired();
    QTest::newRow("two characters") << u"ab"_s << ValidationKeys::codeTooShort();
    QTest::newRow("short wins over invalid") << u"a-"_s << ValidationKeys::codeTooShort();
    QTest::newRow("three characters") << u"abc"_s << QString();
    QTest::newRow("100 characters") << QString(100, u'a') << QString();
    QTest::newRow("101 characters") << QString(101, u'a') << ValidationKeys::codeTooLong();
    QTest::newRow("long wins over invalid") << QString(101, u'-') << ValidationKeys::codeTooLong();
    QTest::newRow("dash") << u"erp-sap"_s << ValidationKeys::codeInvalid();
    QTest::newRow("inner space") << u"erp sap"_s << ValidationKeys::codeInvalid();
    QTest::newRow("accent") << u"café"_s << ValidationKeys::codeInvalid();
    QTest::newRow("non-breaking space is not trimmed")
        << u"\u00a0erp"_s << ValidationKeys::codeInvalid();
}

void TestConnectionRules::codeError()
{
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const auto error = ConnectionRules::codeError(code);
    QCOMPARE(error.value_or(QString()), reason);
}

void TestConnectionRules::labelError_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("reason");
    QTest::newRow("valid") << u"Magento 2 - Prod"_s << QString();
    QTest::newRow("empty") << QString() << ValidationKeys::labelRequired();
    QTest::newRow("blank") << u"   "_s << ValidationKeys::labelRequired();
    QTest::newRow("two characters") << u"ab"_s << ValidationKeys::labelTooShort();
    QTest::newRow("two after trimming") << u"  ab  "_s << ValidationKeys::labelTooShort();
    QTest::newRow("three accented") << u"Çaé"_s << QString();
    QTest::newRow("two emoji are two characters")
        << u"🛒🛒"_s << ValidationKeys::labelTooShort();
    QTest::newRow("100 characters") << QString(100, u'é') << QString();
    QTest::newRow("101 characters") << QString(101, u'x') << ValidationKeys::labelTooLong();
    QTest::newRow("anything goes") << u"<b>&'\"/"_s << QString();
}

void TestConnectionRules::labelError()
{
    QFETCH(QString, label);
    QFETCH(QString, reason);
    QCOMPARE(ConnectionRules::labelError(label).value_or(QString()), reason);
}

void TestConnectionRules::flowTypeError_data()
{
    QTest::addColumn<QString>("flowType");
    QTest::addColumn<bool>("valid");
    QTest::newRow("data_source") << u"data_source"_s << true;
    QTest::newRow("data_destination") << u"data_destination"_s << true;
    QTest::newRow("other") << u"other"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("uppercase") << u"DATA_SOURCE"_s << false;
    QTest::newRow("padded") << u" other"_s << false;
    QTest::newRow("source alone") << u"source"_s << false;
}

void TestConnectionRules::flowTypeError()
{
    QFETCH(QString, flowType);
    QFETCH(bool, valid);
    const auto error = ConnectionRules::flowTypeError(flowType);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(*error, ValidationKeys::flowTypeInvalid());
}

void TestConnectionRules::validateCreateOrder_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("flowType");
    QTest::addColumn<int>("count");
    QTest::addColumn<FieldErrors>("errors");

    QTest::newRow("valid") << u"magento"_s << u"Magento"_s << u"data_destination"_s << 0
                           << FieldErrors{};
    QTest::newRow("49 existing is fine")
        << u"magento"_s << u"Magento"_s << u"other"_s << 49 << FieldErrors{};
    QTest::newRow("contract example: code, label, flowType")
        << u"a-b"_s << QString() << u"bad"_s << 0
        << FieldErrors{{u"code"_s, ValidationKeys::codeInvalid()},
                       {u"label"_s, ValidationKeys::labelRequired()},
                       {u"flowType"_s, ValidationKeys::flowTypeInvalid()}};
    QTest::newRow("the limit first, on the form")
        << u"magento"_s << u"M"_s << u"data_source"_s << 50
        << FieldErrors{{QString(), ValidationKeys::limitReached()},
                       {u"label"_s, ValidationKeys::labelTooShort()}};
    QTest::newRow("over the limit") << u"magento"_s << u"Magento"_s << u"data_source"_s << 51
                                    << FieldErrors{{QString(), ValidationKeys::limitReached()}};
    QTest::newRow("one error per field")
        << QString() << QString() << u"data_source"_s << 0
        << FieldErrors{{u"code"_s, ValidationKeys::codeRequired()},
                       {u"label"_s, ValidationKeys::labelRequired()}};
}

void TestConnectionRules::validateCreateOrder()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(QString, flowType);
    QFETCH(int, count);
    QFETCH(FieldErrors, errors);
    QCOMPARE(ConnectionRules::validateCreate(code, label, flowType, count), errors);
}

void TestConnectionRules::validateUpdate_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("flowType");
    QTest::addColumn<std::optional<QString>>("image");
    QTest::addColumn<FieldErrors>("errors");
    QTest::newRow("valid, no image")
        << u"ERP"_s << u"data_source"_s << std::optional<QString>() << FieldErrors{};
    QTest::newRow("valid with image")
        << u"ERP"_s << u"other"_s << std::optional<QString>(u"a/b/c/d/x_erp.png"_s)
        << FieldErrors{};
    QTest::newRow("empty image path")
        << u"ERP"_s << u"data_source"_s << std::optional<QString>(QString())
        << FieldErrors{{u"image"_s, ValidationKeys::imageNotEmpty()}};
    QTest::newRow("label, flow type, image in order")
        << u"E"_s << u"x"_s << std::optional<QString>(QString())
        << FieldErrors{{u"label"_s, ValidationKeys::labelTooShort()},
                       {u"flowType"_s, ValidationKeys::flowTypeInvalid()},
                       {u"image"_s, ValidationKeys::imageNotEmpty()}};
}

void TestConnectionRules::validateUpdate()
{
    QFETCH(QString, label);
    QFETCH(QString, flowType);
    QFETCH(std::optional<QString>, image);
    QFETCH(FieldErrors, errors);
    QCOMPARE(ConnectionRules::validateUpdate(label, flowType, image), errors);
}

void TestConnectionRules::imageExtensions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("accepted");
    for (const char *ok : {"logo.jpg", "logo.JPEG", "a.gif", "a.png", "a.wbmp", "a.xbm", "a.webp",
                           "a.bmp", "/tmp/dir.with.dots/Logo.PNG"})
        QTest::newRow(ok) << QString::fromUtf8(ok) << true;
    for (const char *bad : {"logo.svg", "notes.txt", "logo", "logo.png.exe", "archive.tiff"})
        QTest::newRow(bad) << QString::fromUtf8(bad) << false;
}

void TestConnectionRules::imageExtensions()
{
    QFETCH(QString, file);
    QFETCH(bool, accepted);
    QCOMPARE(ConnectionRules::isAcceptedImageFile(file), accepted);
}

void TestConnectionRules::typingCannotFix_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("atOnce");
    QTest::newRow("code invalid") << ValidationKeys::codeInvalid() << true;
    QTest::newRow("code too long") << ValidationKeys::codeTooLong() << true;
    QTest::newRow("label too long") << ValidationKeys::labelTooLong() << true;
    QTest::newRow("code too short") << ValidationKeys::codeTooShort() << false;
    QTest::newRow("code required") << ValidationKeys::codeRequired() << false;
    QTest::newRow("label too short") << ValidationKeys::labelTooShort() << false;
    QTest::newRow("label required") << ValidationKeys::labelRequired() << false;
}

void TestConnectionRules::typingCannotFix()
{
    QFETCH(QString, reason);
    QFETCH(bool, atOnce);
    QCOMPARE(ConnectionRules::typingCannotFix(reason), atOnce);
}

void TestConnectionRules::unknownReasonStaysReadable()
{
    QCOMPARE(ValidationKeys::message(u"some.future.key"_s), u"some.future.key"_s);
    QCOMPARE(ValidationKeys::message(ValidationKeys::codeMustBeUnique()),
             u"Connection code must be unique."_s);
    QCOMPARE(ValidationKeys::message(ValidationKeys::limitReached()),
             u"You reached this PIM's limit of connections and connected Apps."_s);
    QVERIFY(!ValidationKeys::message(ValidationKeys::imageNotEmpty()).startsWith(u"akeneo"_s));
    const QString unknownInPrefix = ValidationKeys::key("code.something_new");
    QCOMPARE(ValidationKeys::message(unknownInPrefix), unknownInPrefix);
}

QTEST_GUILESS_MAIN(TestConnectionRules)
#include "tst_connectionrules.moc"
