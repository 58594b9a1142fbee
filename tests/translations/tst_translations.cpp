// The translations (translations/*.ts, Qt Linguist): every message of the sources is in every
// language, finished, with the source's placeholders, plural forms, accelerators and line ends;
// the compiled .qm files in the resources say the same; Translations::install() follows the
// locale, so a French system gets the model layer's messages in French.
#include "items/ConnectionFilterProxyModel.h"
#include "domain/FlowType.h"
#include "Translations.h"
#include "TsFile.h"
#include "domain/ValidationError.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QString TsDirectory = QStringLiteral(PIM_TRANSLATIONS_DIR);

// How many plural forms lrelease expects for a language (Qt's rules, qtbase's numerus
// table). A new language gets its line here.
const QHash<QString, int> PluralForms = {{u"en"_s, 2}, {u"fr"_s, 2}, {u"de"_s, 2}};

QString languageOf(const QString &tsPath)
{
    const QString base = QFileInfo(tsPath).completeBaseName(); // pim-connections_fr
    return base.mid(base.lastIndexOf(u'_') + 1);
}

QStringList tsFiles()
{
    QStringList paths;
    const QStringList names =
        QDir(TsDirectory).entryList({u"pim-connections_*.ts"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(TsDirectory + u'/' + name);
    return paths;
}

TsFile readTs(const QString &path)
{
    TsFile file;
    QString error;
    if (!TsFile::read(path, &file, &error))
        qFatal("%s", qPrintable(error));
    return file;
}

// %1..%99, %L1, and %n: what QString::arg() and tr()'s plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

// The keyboard accelerators of a label ("&Save" has 's'; "&&" is a plain ampersand).
QString mnemonics(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&') {
            ++i;
            continue;
        }
        if (next.isLetterOrNumber())
            letters.append(next.toLower());
    }
    return letters;
}

QString leadingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n).isSpace())
        ++n;
    return text.left(n);
}

QString trailingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n).isSpace())
        ++n;
    return text.right(n);
}

QString describe(const TsMessage &message)
{
    QString source = message.source;
    if (source.size() > 60)
        source = source.left(57) + u"..."_s;
    return u"[%1] \"%2\""_s.arg(message.context, source.replace(u'\n', u"\\n"_s));
}

// A message's key (TsMessage::key()) as the test's messages show it.
QString readable(const QString &key)
{
    const QStringList parts = key.split(u'\x1f');
    QString text =
        u"[%1] \"%2\""_s.arg(parts.value(0), QString(parts.value(1)).replace(u'\n', u"\\n"_s));
    if (!parts.value(2).isEmpty())
        text += u" (%1)"_s.arg(parts.value(2));
    return text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void accelerators_data();
    void accelerators();
    void everyLanguageHasTheSameMessages();
    void englishSpellsOutEveryPluralForm();
    void compiledFilesSayTheSame_data();
    void compiledFilesSayTheSame();
    void tsFilesFollowTheSources();

    void languagesAreBuiltIn();
    void englishSystemGetsEnglishPluralForms();
    void frenchSystemGetsFrench();
    void germanSystemGetsGerman();
    void regionFallsBackToItsLanguage();
    void unknownLanguageStaysEnglish();
    void qtsOwnStringsFollow();

private:
    QHash<QString, TsFile> m_files; // by language
};

void TestTranslations::initTestCase()
{
    for (const QString &path : tsFiles())
        m_files.insert(languageOf(path), readTs(path));
    QVERIFY2(m_files.contains(u"en"_s), "translations/pim-connections_en.ts is missing");
    QVERIFY2(m_files.size() >= 3, "expected English plural forms, French and German");
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QCOMPARE(it->language, it.key());
        QCOMPARE(it->sourceLanguage, u"en"_s);
        QVERIFY2(PluralForms.contains(it.key()),
                 qPrintable(u"add the plural forms of \"%1\" to PluralForms"_s.arg(it.key())));
    }
}

void TestTranslations::cleanup()
{
    // Each test installs its own translators: remove them (a QTranslator leaves on deletion).
    const QList<QTranslator *> translators =
        QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(translators);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(languageOf(path))) << languageOf(path);
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const TsFile &file = m_files[language];
    QVERIFY(!file.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : file.messages) {
        const QString where = describe(message);
        if (!message.type.isEmpty()) {
            problems.append(where + u" is " + message.type);
            continue;
        }
        if (language == u"en" && !message.numerus) {
            problems.append(where + u" has no plural: English needs only the plural forms"_s);
            continue;
        }
        const int expectedForms = message.numerus ? PluralForms.value(language) : 1;
        if (message.translations.size() != expectedForms) {
            problems.append(where +
                            u" has %1 forms instead of %2"_s.arg(message.translations.size())
                                .arg(expectedForms));
            continue;
        }
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(where + u" has an empty translation"_s);
                continue;
            }
            if (placeholders(translation) != expected)
                problems.append(where +
                                u" has the placeholders %1 instead of %2"_s.arg(
                                    placeholders(translation).join(u' '), expected.join(u' ')));
            if (mnemonics(translation).size() != mnemonics(message.source).size())
                problems.append(where + u" has accelerators \"%1\" instead of one per \"&\" "
                                        u"of the source"_s.arg(mnemonics(translation)));
            if (leadingSpace(translation) != leadingSpace(message.source) ||
                trailingSpace(translation) != trailingSpace(message.source))
                problems.append(where + u" does not begin or end with the source's spaces or "
                                        u"line breaks"_s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n') +
                                            u"\nFix translations/pim-connections_%1.ts "
                                            u"(translations/README.md)."_s.arg(language)));
}

void TestTranslations::accelerators_data()
{
    everyMessageIsTranslated_data();
}

// Where the English accelerators of a screen (a context) are all different, so are the
// translated ones: one key, one field.
void TestTranslations::accelerators()
{
    QFETCH(QString, language);
    QHash<QString, QHash<QString, QString>> english;    // context -> letter -> source
    QHash<QString, QHash<QString, QString>> translated; // context -> letter -> source
    QSet<QString> clashingInEnglish;
    QStringList problems;
    for (const TsMessage &message : m_files[language].messages) {
        const QString letter = mnemonics(message.source);
        if (letter.isEmpty() || message.translations.isEmpty())
            continue;
        if (english[message.context].contains(letter) &&
            english[message.context][letter] != message.source)
            clashingInEnglish.insert(message.context);
        english[message.context].insert(letter, message.source);
        const QString theirs = mnemonics(message.translations.constFirst());
        if (translated[message.context].contains(theirs) &&
            translated[message.context][theirs] != message.source)
            problems.append(u"[%1] \"%2\" and \"%3\" both use Alt+%4"_s.arg(
                message.context, translated[message.context][theirs], message.source, theirs));
        translated[message.context].insert(theirs, message.source);
    }
    for (const QString &context : clashingInEnglish)
        problems.removeIf([&](const QString &p) { return p.startsWith(u'[' + context + u']'); });
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestTranslations::everyLanguageHasTheSameMessages()
{
    QSet<QString> reference;
    QString referenceLanguage;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it.key() == u"en")
            continue;
        QSet<QString> keys;
        for (const TsMessage &message : it->messages)
            keys.insert(message.key());
        if (referenceLanguage.isEmpty()) {
            reference = keys;
            referenceLanguage = it.key();
            continue;
        }
        QStringList problems;
        for (const QString &key : reference - keys)
            problems.append(u"missing in %1: %2"_s.arg(it.key(), readable(key)));
        for (const QString &key : keys - reference)
            problems.append(u"missing in %1: %2"_s.arg(referenceLanguage, readable(key)));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"\n"_s + problems.join(u'\n') +
                            u"\nRun: cmake --build build --target update_translations"_s));
    }
    QVERIFY(!referenceLanguage.isEmpty());
}

// The source strings are English, but "%n connection(s)" needs "1 connection" and "3
// connections": every message with a plural is in pim-connections_en.ts.
void TestTranslations::englishSpellsOutEveryPluralForm()
{
    QSet<QString> english;
    for (const TsMessage &message : m_files[u"en"_s].messages)
        english.insert(message.key());
    QSet<QString> plurals;
    for (const TsMessage &message : m_files[u"fr"_s].messages) {
        if (message.numerus)
            plurals.insert(message.key());
    }
    QVERIFY(!plurals.isEmpty());
    QCOMPARE(english, plurals);
}

void TestTranslations::compiledFilesSayTheSame_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslations::compiledFilesSayTheSame()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/pim-connections_%1.qm"_s.arg(language)),
             "the .qm is not in the resources (translations/CMakeLists.txt)");
    QVERIFY(!translator.isEmpty());
    int checked = 0;
    for (const TsMessage &message : m_files[language].messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        if (message.numerus) {
            // Both languages: 1 takes the first form, 2 the second.
            QCOMPARE(
                translator.translate(context.constData(), source.constData(), disambiguation, 1),
                message.translations.value(0));
            QCOMPARE(
                translator.translate(context.constData(), source.constData(), disambiguation, 2),
                message.translations.value(1));
        } else {
            QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation),
                     message.translations.value(0));
        }
        ++checked;
    }
    QCOMPARE(checked, m_files[language].messages.size());
}

// lupdate over the product's folders finds exactly the messages of the .ts files: nothing new
// left untranslated, nothing obsolete kept, no tr() whose context lupdate cannot see (such a
// message would never be translated).
void TestTranslations::tsFilesFollowTheSources()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(u"fresh_fr.ts"_s);
    QStringList arguments = {
        u"-locations"_s,       u"none"_s, u"-no-ui-lines"_s, u"-source-language"_s, u"en"_s,
        u"-target-language"_s, u"fr"_s};
    for (const char *folder : {"models", "ui", "app", "sandbox"})
        arguments.append(QStringLiteral(PIM_SOURCE_DIR) + u'/' + QLatin1String(folder));
    arguments << u"-ts"_s << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(PIM_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output =
        QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));

    QStringList problems;
    for (const QString &line : output.split(u'\n')) {
        if (line.contains(u"cannot be called without context") ||
            line.contains(u"Cannot invoke tr() like this"))
            problems.append(line.trimmed() + u" (never translated: use a class with "
                                             u"Q_DECLARE_TR_FUNCTIONS there)"_s);
    }

    QSet<QString> inSources;
    for (const TsMessage &message : readTs(fresh).messages)
        inSources.insert(message.key());
    QSet<QString> inTs;
    for (const TsMessage &message : m_files[u"fr"_s].messages)
        inTs.insert(message.key());
    for (const QString &key : inSources - inTs)
        problems.append(u"new in the sources: "_s + readable(key));
    for (const QString &key : inTs - inSources)
        problems.append(u"no longer in the sources: "_s + readable(key));
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"\n"_s + problems.join(u'\n') +
                        u"\nRun `cmake --build build --target update_translations`, then translate "
                        u"the new messages (translations/README.md)."_s));
}

void TestTranslations::languagesAreBuiltIn()
{
    QStringList expected;
    for (const QString &language : m_files.keys()) {
        if (language != u"en")
            expected.append(language);
    }
    expected.sort();
    QStringList languages = Translations::languages();
    languages.sort();
    QCOMPARE(languages, expected);
}

void TestTranslations::englishSystemGetsEnglishPluralForms()
{
    Translations::install(QCoreApplication::instance(),
                          QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(ConnectionFilterProxyModel::countText(1), u"1 connection"_s);
    QCOMPARE(ConnectionFilterProxyModel::countText(3), u"3 connections"_s);
    QCOMPARE(ValidationKeys::message(ValidationKeys::codeRequired()),
             u"Connection code is required."_s);
}

void TestTranslations::frenchSystemGetsFrench()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    QCOMPARE(ValidationKeys::message(ValidationKeys::codeRequired()),
             u"Le code de la connexion est obligatoire."_s);
    QCOMPARE(
        ValidationKeys::messagesFor({{u"label"_s, ValidationKeys::labelTooShort()}}, u"label"_s),
        u"Le libellé de la connexion est trop court. Il doit contenir au moins 3 caractères."_s);
    QCOMPARE(FlowTypes::displayName(FlowType::Source), u"Source de données"_s);
    QCOMPARE(FlowTypes::sectionTitle(FlowType::Destination), u"Destinations de données"_s);
    QCOMPARE(ConnectionFilterProxyModel::countText(1), u"1 connexion"_s);
    QCOMPARE(ConnectionFilterProxyModel::countText(0), u"0 connexion"_s); // French: 0 is singular
    QCOMPARE(ConnectionFilterProxyModel::countText(5), u"5 connexions"_s);
    // An unknown reason key is still shown as it is (docs/pim-api.md §4).
    QCOMPARE(ValidationKeys::message(u"some.unknown.key"_s), u"some.unknown.key"_s);
}

void TestTranslations::germanSystemGetsGerman()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ValidationKeys::message(ValidationKeys::codeMustBeUnique()),
             u"Der Verbindungscode muss eindeutig sein."_s);
    QCOMPARE(FlowTypes::displayName(FlowType::Other), u"Sonstige"_s);
    QCOMPARE(ConnectionFilterProxyModel::countText(1), u"1 Verbindung"_s);
    QCOMPARE(ConnectionFilterProxyModel::countText(0), u"0 Verbindungen"_s);
}

void TestTranslations::regionFallsBackToItsLanguage()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::Canada));
    QCOMPARE(FlowTypes::displayName(FlowType::Destination), u"Destination de données"_s);
}

void TestTranslations::unknownLanguageStaysEnglish()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(FlowTypes::displayName(FlowType::Source), u"Data source"_s);
    QCOMPARE(ConnectionFilterProxyModel::countText(2), u"2 connections"_s);
}

void TestTranslations::qtsOwnStringsFollow()
{
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFileInfo::exists(qtDirectory + u"/qtbase_fr.qm"_s))
        QSKIP("Qt's French translation is not installed on this system");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
