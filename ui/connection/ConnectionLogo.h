#pragma once

#include <QImage>
#include <QWidget>

// A connection's logo at a fixed size: the image fitted and centred, or, while there is none
// (no image, not loaded yet), the PlaceholderLogo from its label and code. Painted on every
// paint at the screen's pixel ratio, so it stays sharp and follows the palette.
class ConnectionLogo : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionLogo(int extent, QWidget *parent = nullptr);

    void setConnection(const QString &label, const QString &code);
    void setImage(const QImage &image);
    QImage image() const { return m_image; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_extent;
    QString m_label;
    QString m_code;
    QImage m_image;
    QImage m_scaled; // m_image at the last painted size, in device pixels
};
