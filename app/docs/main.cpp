// pim-docgen: writes the man pages and the shell completions from the programs' own help (the
// CLI's command table, the app's options), at build time, so that they cannot drift.
//   pim-docgen cli-man|app-man|bash|zsh OUTPUT

#include "Completions.h"
#include "ManPages.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: pim-docgen cli-man|app-man|bash|zsh OUTPUT\n", stderr);
        return 2;
    }
    const QString kind = arguments.at(1);
    const QString version = QStringLiteral(PROJECT_VERSION);
    QString text;
    if (kind == u"cli-man")
        text = ManPages::cli(version);
    else if (kind == u"app-man")
        text = ManPages::app(version);
    else if (kind == u"bash")
        text = Completions::bash();
    else if (kind == u"zsh")
        text = Completions::zsh();
    else {
        std::fprintf(stderr, "pim-docgen: unknown kind %s\n", qPrintable(kind));
        return 2;
    }
    QFile output(arguments.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        output.write(text.toUtf8()) < 0 || !output.flush()) {
        std::fprintf(stderr, "pim-docgen: %s: %s\n", qPrintable(arguments.at(2)),
                     qPrintable(output.errorString()));
        return 1;
    }
    return 0;
}
