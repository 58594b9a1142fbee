#pragma once

#include <QWidget>

class ConnectionPicker;
class QHBoxLayout;
class QLabel;

// A part of the Data flows page ("Inbound", "Outbound", "Errors on data sources"): its title, an
// optional helper sentence, the connection chooser with its label ("Data connections",
// "Destinations"), and its cards side by side.
class DataFlowsSection : public QWidget
{
    Q_OBJECT

public:
    // `name` is the section's object name; its chooser is `name + "Picker"`.
    DataFlowsSection(const QString &name, const QString &title, const QString &pickerLabel,
                     QWidget *parent = nullptr);

    ConnectionPicker *picker() const { return m_picker; }
    void setHelper(const QString &text);
    // Adds a card to the row (stretch as in QBoxLayout).
    void addCard(QWidget *card, int stretch = 1);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_title;
    QLabel *m_helper;
    ConnectionPicker *m_picker;
    QHBoxLayout *m_cards;
};
