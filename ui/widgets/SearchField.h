#pragma once

#include <QCoreApplication>

class QLineEdit;

// A search box as the screens show it: the placeholder, the accessible name, a search icon in
// front, a clear button with a name of its own (a screen reader says "Clear the search"), and
// wide enough for the placeholder, the icon and the button.
class SearchField
{
    Q_DECLARE_TR_FUNCTIONS(SearchField)

public:
    static void setUp(QLineEdit *edit, const QString &placeholder, const QString &accessibleName);
    // Qt's clear button on any line edit, with a name of its own (e.g. "Clear the URL").
    static void enableClearButton(QLineEdit *edit, const QString &buttonName);
};
