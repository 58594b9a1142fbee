#include "style/Icons.h"

#include "style/PaletteIconEngine.h"

namespace Icons {

QString path(Name name)
{
    const char *file = "";
    switch (name) {
    case Name::Add:
        file = "add";
        break;
    case Name::Back:
        file = "back";
        break;
    case Name::Chart:
        file = "chart";
        break;
    case Name::Check:
        file = "check";
        break;
    case Name::Close:
        file = "close";
        break;
    case Name::Connection:
        file = "connection";
        break;
    case Name::Copy:
        file = "copy";
        break;
    case Name::Delete:
        file = "delete";
        break;
    case Name::Error:
        file = "error";
        break;
    case Name::Hide:
        file = "hide";
        break;
    case Name::Image:
        file = "image";
        break;
    case Name::Info:
        file = "info";
        break;
    case Name::Key:
        file = "key";
        break;
    case Name::Lock:
        file = "lock";
        break;
    case Name::More:
        file = "more";
        break;
    case Name::Offline:
        file = "offline";
        break;
    case Name::Refresh:
        file = "refresh";
        break;
    case Name::Regenerate:
        file = "regenerate";
        break;
    case Name::Search:
        file = "search";
        break;
    case Name::Server:
        file = "server";
        break;
    case Name::Show:
        file = "show";
        break;
    case Name::Unlock:
        file = "unlock";
        break;
    case Name::Warning:
        file = "warning";
        break;
    }
    return QStringLiteral(":/icons/") + QLatin1String(file) + QStringLiteral(".svg");
}

QIcon icon(Name name, Theme::Tone tone)
{
    return QIcon(new PaletteIconEngine(path(name), tone));
}

} // namespace Icons
