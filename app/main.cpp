#include "MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pim-connections"));
    QApplication::setApplicationDisplayName(QObject::tr("PIM Connections"));
    QApplication::setOrganizationName(QStringLiteral("pim-connections"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pim-connections"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    MainWindow window;
    window.show();
    return app.exec();
}
