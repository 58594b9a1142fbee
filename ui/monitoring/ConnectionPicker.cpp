#include "monitoring/ConnectionPicker.h"

#include "domain/AuditCounts.h"

ConnectionPicker::ConnectionPicker(QWidget *parent)
    : QComboBox(parent)
    , m_code(AuditSeries::allCode())
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(tr("All"), AuditSeries::allCode());
    setEnabled(false);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString code = index < 0 ? AuditSeries::allCode() : itemData(index).toString();
        if (code == m_code)
            return;
        m_code = code;
        emit codeChanged(code);
    });
}

void ConnectionPicker::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    const QString keep = m_code;
    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(tr("All"), AuditSeries::allCode());
        for (const Entry &entry : entries) {
            const QString label = entry.label.isEmpty() ? entry.code : entry.label;
            //: A connection in the Data flows chooser whose "Track in Data flows dashboard" is
            //: off.
            addItem(entry.counted ? label : tr("%1 (not tracked)").arg(label), entry.code);
        }
    }
    setCurrentCode(keep);
    // Only "All": nothing to choose.
    setEnabled(!entries.isEmpty());
}

QString ConnectionPicker::currentCode() const
{
    return m_code;
}

void ConnectionPicker::setCurrentCode(const QString &code)
{
    const int index = findData(code);
    setCurrentIndex(index < 0 ? 0 : index);
    // setCurrentIndex() says nothing while signals were blocked: keep m_code in step.
    const QString now = itemData(currentIndex()).toString();
    if (now != m_code) {
        m_code = now;
        emit codeChanged(now);
    }
}
