#pragma once

#include "style/Theme.h"

#include <QIcon>

// The app's icons (resources/icons/*.svg, our own artwork). They are monochrome SVGs painted in
// the palette's text colour, or in a tone's colour, at paint time (see PaletteIconEngine), so
// they follow dark themes and stay sharp at any device pixel ratio.
namespace Icons {

enum class Name {
    Add,
    Back,
    Chart,
    Check,
    Close,
    Connection,
    Copy,
    Delete,
    Error,
    Hide,
    Image,
    Info,
    Key,
    Lock,
    More,
    Offline,
    Refresh,
    Regenerate,
    Search,
    Server,
    Show,
    Unlock,
    Warning,
};

QIcon icon(Name name, Theme::Tone tone = Theme::Tone::Neutral);
// The resource path of an icon's SVG, ":/icons/copy.svg".
QString path(Name name);

} // namespace Icons
