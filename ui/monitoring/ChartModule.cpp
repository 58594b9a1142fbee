#include "monitoring/ChartModule.h"

#include "style/UiLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {

using Factory = QWidget *(*)(QAbstractItemModel *, int, QWidget *);

struct Module
{
    bool tried = false;
    Factory factory = nullptr;
    QString file;
    QString error;
};

QStringList candidates()
{
    const QString chosen = qEnvironmentVariable("PIM_CONNECTIONS_CHARTS_MODULE");
    if (!chosen.isEmpty())
        return {chosen};
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList files{QDir(programDir).absoluteFilePath(
        QStringLiteral(PIM_CHARTS_INSTALLED_RELATIVE "/" PIM_CHARTS_FILE_NAME))};
    // The build tree's copy serves only programs of the build tree: an installed program never
    // loads code from where it was built.
    const QString buildDir = QStringLiteral(PIM_BUILD_DIR);
    if (QDir::cleanPath(programDir).startsWith(QDir::cleanPath(buildDir) + QLatin1Char('/')))
        files.append(QStringLiteral(PIM_CHARTS_BUILD_FILE));
    return files;
}

Module &loadedModule()
{
    static Module loaded;
    return loaded;
}

Module &module()
{
    Module &loaded = loadedModule();
    if (loaded.tried)
        return loaded;
    loaded.tried = true;
    QStringList reasons;
    for (const QString &file : candidates()) {
        if (!QFileInfo::exists(file)) {
            reasons.append(QCoreApplication::translate("ChartModule", "%1 is missing").arg(file));
            continue;
        }
        QLibrary library(file);
        if (!library.load()) {
            reasons.append(library.errorString());
            continue;
        }
        const auto factory = reinterpret_cast<Factory>(library.resolve("pim_create_day_chart"));
        if (!factory) {
            reasons.append(library.errorString());
            library.unload();
            continue;
        }
        loaded.factory = factory; // the library stays loaded for the program's life
        loaded.file = file;
        qCInfo(lcUi) << "charts module loaded from" << file;
        return loaded;
    }
    loaded.error = reasons.join(QStringLiteral("; "));
    qCWarning(lcUi) << "no charts module:" << loaded.error;
    return loaded;
}

} // namespace

namespace ChartModule {

QWidget *createDayChart(QAbstractItemModel *model, Theme::Tone tone, QWidget *parent,
                        QString *error)
{
    const Module &loaded = module();
    if (!loaded.factory) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return loaded.factory(model, int(tone), parent);
}

bool load(QString *error)
{
    const Module &loaded = module();
    if (!loaded.factory && error)
        *error = loaded.error;
    return loaded.factory != nullptr;
}

QString loadedFrom()
{
    return loadedModule().file;
}

} // namespace ChartModule
