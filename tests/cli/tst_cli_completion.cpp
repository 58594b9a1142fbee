// The bash completion that the build made (build/docs), in a real bash: `complete -p`, then
// the completion function with COMP_WORDS and COMP_CWORD, for commands, options, fixed values,
// files and the connection codes of the offline copy (filled by one online `list` against a
// pim-sandbox, which is stopped before completing: the codes come without network). The zsh
// completion is checked for syntax.
#include "CliCommandSpec.h"
#include "CliTestCase.h"
#include "HelpText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

const QString Bash = QStringLiteral(PIM_DOCS_DIR "/pim-connections-cli.bash");
const QString Zsh = QStringLiteral(PIM_DOCS_DIR "/_pim-connections-cli");
const QString Separator = QStringLiteral("@@");

QString shellWord(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCliCompletion : public CliTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registersTheFunction();
    void completesCommands();
    void completesEachCommandsOptions();
    void completesFixedValuesAndFiles();
    void completesCodesFromTheOfflineCopy();
    void zshCompletionIsValid();

private:
    // Runs the completion function once per line of words (the last one being completed);
    // returns what each offered, sorted.
    QList<QStringList> complete(const QList<QStringList> &lines);
    QStringList codeCompletions(const QStringList &before);

    QStringList m_codes; // the codes of the offline copy
};

void TestCliCompletion::initTestCase()
{
    QVERIFY2(QFileInfo::exists(Bash), qPrintable(Bash));
    QVERIFY2(startSandbox(), qPrintable(errorString()));
    CLI_EXPECT(addPim(), 0);
    const CliProcess::Result list = cli({QStringLiteral("--json"), QStringLiteral("list")});
    CLI_EXPECT(list, 0);
    for (const QJsonValue &item : list.json().toArray())
        m_codes.append(item.toObject().value(u"code").toString());
    const CliProcess::Result apps = cli({QStringLiteral("--json"), QStringLiteral("apps")});
    CLI_EXPECT(apps, 0);
    for (const QJsonValue &app : apps.json().toArray())
        m_codes.append(app.toObject().value(u"connection_code").toString());
    m_codes.removeDuplicates();
    m_codes.sort();
    QVERIFY2(m_codes.size() >= 3, qPrintable(m_codes.join(u' ')));
    m_sandbox.stop(); // from here on, nothing answers: the codes must come from the copy
}

QList<QStringList> TestCliCompletion::complete(const QList<QStringList> &lines)
{
    QString script = QStringLiteral("PATH=%1:$PATH\nsource %2\n"
                                    "try() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1));\n"
                                    "  _pim_connections_cli;\n"
                                    "  [[ ${#COMPREPLY[@]} -gt 0 ]] && printf '%s\\n' "
                                    "\"${COMPREPLY[@]}\"; echo %3; }\n")
                         .arg(shellWord(QFileInfo(QStringLiteral(PIM_CLI_PATH)).path()),
                              shellWord(Bash), Separator);
    for (const QStringList &words : lines) {
        QStringList quoted;
        for (const QString &word : words)
            quoted.append(shellWord(word));
        script += QStringLiteral("try pim-connections-cli %1\n").arg(quoted.join(u' '));
    }
    const CliProcess::Result result = m_cli->runProgram(
        QStringLiteral("bash"),
        {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-c"), script});
    if (result.exitCode != 0 || !result.err.isEmpty()) {
        qWarning("bash: %s", result.err.constData());
        return {};
    }
    QList<QStringList> offered;
    QStringList current;
    for (const QString &line : QString::fromUtf8(result.out).split(u'\n')) {
        if (line == Separator) {
            offered.append(sorted(current));
            current.clear();
        } else if (!line.isEmpty()) {
            current.append(line);
        }
    }
    return offered;
}

QStringList TestCliCompletion::codeCompletions(const QStringList &before)
{
    return complete({before + QStringList{QString()}}).value(0);
}

void TestCliCompletion::registersTheFunction()
{
    const CliProcess::Result result = m_cli->runProgram(
        QStringLiteral("bash"),
        {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-c"),
         QStringLiteral("source %1 && complete -p pim-connections-cli").arg(shellWord(Bash))});
    CLI_EXPECT(result, 0);
    QCOMPARE(result.out, QByteArray("complete -F _pim_connections_cli pim-connections-cli\n"));
}

void TestCliCompletion::completesCommands()
{
    QStringList commands;
    for (const CliCommandSpec &spec : CliCommands::all())
        commands.append(spec.name);
    const QList<QStringList> offered =
        complete({{QString()},
                  {QStringLiteral("re")},
                  {QStringLiteral("--offline"), QStringLiteral("del")},
                  {QStringLiteral("--server"), QString()}});
    const auto startingWith = [&commands](const QString &prefix) {
        QStringList result;
        for (const QString &command : commands) {
            if (command.startsWith(prefix))
                result.append(command);
        }
        return sorted(result);
    };
    QCOMPARE(offered.size(), 4);
    QCOMPARE(offered.at(0), sorted(commands));
    QCOMPARE(offered.at(1), startingWith(QStringLiteral("re")));
    QVERIFY(offered.at(1).contains(QStringLiteral("regenerate-secret")));
    QCOMPARE(offered.at(2), startingWith(QStringLiteral("del")));
    QVERIFY(offered.at(2).contains(QStringLiteral("delete-app")));
    QCOMPARE(offered.at(3), QStringList()); // a URL: nothing to offer
}

void TestCliCompletion::completesEachCommandsOptions()
{
    QStringList globals;
    for (const HelpText::Option &option : HelpText::options(CliCommands::globalHelp())) {
        for (const QString &name : option.names) {
            if (name.startsWith(QStringLiteral("--")))
                globals.append(name);
        }
    }
    QVERIFY(globals.contains(QStringLiteral("--offline")));
    QList<QStringList> lines;
    const QList<CliCommandSpec> specs = CliCommands::all();
    for (const CliCommandSpec &spec : specs)
        lines.append({spec.name, QStringLiteral("--")});
    const QList<QStringList> offered = complete(lines);
    QCOMPARE(offered.size(), specs.size());
    for (qsizetype i = 0; i < specs.size(); ++i) {
        QStringList expected = globals;
        for (const QString &option : specs.at(i).options + specs.at(i).flags)
            expected.append(QStringLiteral("--") + option);
        QCOMPARE(offered.at(i), sorted(expected));
    }
}

void TestCliCompletion::completesFixedValuesAndFiles()
{
    QTemporaryDir folder;
    QFile picture(folder.filePath(QStringLiteral("logo.png")));
    QVERIFY(picture.open(QIODevice::WriteOnly));
    picture.close();
    const QList<QStringList> offered = complete({
        {QStringLiteral("update"), QStringLiteral("erp"), QStringLiteral("--flow-type"), QString()},
        {QStringLiteral("app-settings"), QStringLiteral("x"), QStringLiteral("--tracked"),
         QString()},
        {QStringLiteral("dashboard"), QStringLiteral("--event-type"), QStringLiteral("product_c")},
        {QStringLiteral("update"), QStringLiteral("erp"), QStringLiteral("--image"),
         folder.filePath(QStringLiteral("lo"))},
        {QStringLiteral("update"), QStringLiteral("erp"), QStringLiteral("--label"), QString()},
    });
    QCOMPARE(offered.size(), 5);
    QCOMPARE(offered.at(0), QStringList({QStringLiteral("destination"), QStringLiteral("other"),
                                         QStringLiteral("source")}));
    QCOMPARE(offered.at(1), QStringList({QStringLiteral("no"), QStringLiteral("yes")}));
    QCOMPARE(offered.at(2), QStringList{QStringLiteral("product_created")});
    QCOMPARE(offered.at(3), QStringList{picture.fileName()});
    QCOMPARE(offered.at(4), QStringList());
}

void TestCliCompletion::completesCodesFromTheOfflineCopy()
{
    QCOMPARE(codeCompletions({QStringLiteral("show")}), m_codes);
    QCOMPARE(codeCompletions({QStringLiteral("--json"), QStringLiteral("delete-app")}), m_codes);
    // After an option and its value, and for the PIM named on the line.
    QCOMPARE(codeCompletions({QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                              QStringLiteral("admin"), QStringLiteral("errors")}),
             m_codes);
    QCOMPARE(codeCompletions({QStringLiteral("--server=") + m_url, QStringLiteral("app")}),
             m_codes);
    // A PIM that the app does not know: no codes, and it is not added.
    QCOMPARE(codeCompletions({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                              QStringLiteral("--user"), QStringLiteral("nobody"),
                              QStringLiteral("show")}),
             QStringList());
    // One code is enough; commands without a code take none.
    QCOMPARE(codeCompletions({QStringLiteral("show"), m_codes.first()}), QStringList());
    QCOMPARE(codeCompletions({QStringLiteral("create")}), QStringList());
    QCOMPARE(codeCompletions({QStringLiteral("list")}), QStringList());
    // A prefix.
    const QString first = m_codes.first();
    QVERIFY(complete({{QStringLiteral("show"), first.left(first.size() - 1)}})
                .value(0)
                .contains(first));
}

void TestCliCompletion::zshCompletionIsValid()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
        QSKIP("zsh is not installed (scripts/install-deps installs it)");
    const CliProcess::Result result =
        m_cli->runProgram(QStringLiteral("zsh"), {QStringLiteral("-n"), Zsh});
    CLI_EXPECT(result, 0);
    const QString script = QString::fromUtf8(CliTest::fileBytes(Zsh));
    QVERIFY(script.startsWith(QStringLiteral("#compdef pim-connections-cli\n")));
    for (const CliCommandSpec &spec : CliCommands::all())
        QVERIFY2(script.contains(QStringLiteral("            %1)\n").arg(spec.name)),
                 qPrintable(spec.name));
}

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_cli_completion.moc"
