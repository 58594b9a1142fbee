#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pim-connections"));
    QApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pim-connections"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    Translations::install(&app); // the system locale's language, before the first tr()
    QApplication::setApplicationDisplayName(QObject::tr("PIM Connections"));

    MainWindow window;
    window.show();
    return app.exec();
}
