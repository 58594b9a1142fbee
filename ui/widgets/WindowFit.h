#pragma once

class QWidget;

// Top-level windows take their minimum height from their layout's minimum size, which ignores
// height-for-width: a dialog whose wrapped messages grow (an error appears) would clip them.
// Call this on LayoutRequest and Resize: it makes the window at least as tall as its layout
// needs at its current width (growing only: the user may still make it smaller).
namespace WindowFit {

void keepContentsVisible(QWidget *window);

} // namespace WindowFit
