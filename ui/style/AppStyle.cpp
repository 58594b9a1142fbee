#include "style/AppStyle.h"

#include "style/Icons.h"

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
        return Icons::icon(Icons::Name::Close);
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return Icons::icon(Icons::Name::More);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}
