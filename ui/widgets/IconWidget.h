#pragma once

#include <QIcon>
#include <QWidget>

// A small non-interactive widget that paints an icon at a fixed logical size. Unlike a QLabel
// holding a pixmap, it asks the icon for a pixmap on every paint, so palette-following icons
// (Icons) change with the theme and stay sharp at the screen's device pixel ratio.
class IconWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IconWidget(QWidget *parent = nullptr);
    IconWidget(const QIcon &icon, int extent, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    QIcon icon() const { return m_icon; }
    void setExtent(int extent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QIcon m_icon;
    int m_extent = 16;
};
