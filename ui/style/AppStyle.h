#pragma once

#include <QProxyStyle>

// The application's style: the platform's (or Fusion), with the app's own palette-painted
// icons for the few standard icons Qt asks for while the window is built — the menu bar's
// extension button and the line edits' clear button. Qt's own are PNG files whose loading
// makes QImageReader instantiate every image format plugin (about ten libraries) before the
// first frame; ours are drawn from the app's SVGs and follow dark palettes (bench/README.md).
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // `base` (owned): the style underneath; null: the application's default style.
    explicit AppStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
