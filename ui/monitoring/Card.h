#pragma once

#include <QFrame>

class QLabel;

// The frame of the Data flows page's panels: the palette's Base colour inside a thin rounded
// border, like the overview's tiles, with a title in bold, and the label of the reason it may
// show instead of its content. Labels marked quiet() are drawn in a
// softer colour that stays readable (4.5:1) on the card in light and dark palettes.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }

signals:
    // A link of a reason label (ChartReason's "create", "settings:CODE").
    void linkActivated(const QString &link);

protected:
    // The label that says why a panel has nothing to show: centred rich text whose links are
    // emitted as linkActivated(), drawn quiet.
    QLabel *createReasonLabel(QWidget *parent);
    // Draws `label` in the quiet colour (now and on every palette change).
    void quiet(QLabel *label);
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyPalette();

    QLabel *m_title;
    QList<QLabel *> m_quiet;
};
