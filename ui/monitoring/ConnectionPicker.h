#pragma once

#include <QComboBox>

// The connection chooser above a Data flows section ("Data connections", "Destinations";
// docs/pim-api.md §10, "Words"): "All" first, then each connection the PIM counted, then the
// connections of the section's flow type it did not count (tracking off), marked as such, so
// that choosing one says why its charts are empty. The choice survives a new list when the
// connection is still in it.
class ConnectionPicker : public QComboBox
{
    Q_OBJECT

public:
    struct Entry
    {
        QString code;
        QString label;
        bool counted = true; // false: tracking is off

        bool operator==(const Entry &) const = default;
    };

    explicit ConnectionPicker(QWidget *parent = nullptr);

    // The entries after "All". Emits codeChanged() only when the chosen code changes.
    void setEntries(const QList<Entry> &entries);
    // "<all>" or a connection's code.
    QString currentCode() const;
    // Chooses a code (or "All" when it is not listed).
    void setCurrentCode(const QString &code);

signals:
    void codeChanged(const QString &code);

private:
    QList<Entry> m_entries;
    QString m_code;
};
