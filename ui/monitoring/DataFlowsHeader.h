#pragma once

#include <QDateTime>
#include <QWidget>

class BusyStrip;
class QLabel;
class QToolButton;

// The top of the Data flows page: a back button and the breadcrumb "System › Connections › Data
// flows" ("Connections" is a link back), the title, the PIM's helper sentence (docs/pim-api.md
// §10, "Words"), when the numbers were fetched ("as of", in local time), and the refresh action,
// over a BusyStrip that moves while they load.
class DataFlowsHeader : public QWidget
{
    Q_OBJECT

public:
    explicit DataFlowsHeader(QWidget *parent = nullptr);

    void setBusy(bool busy);
    // When the numbers shown were fetched (UTC), and whether they come from this computer's copy
    // because the PIM cannot be reached. An invalid time hides the line.
    void setAsOf(const QDateTime &asOf, bool fromCache);
    void setRefreshEnabled(bool enabled, const QString &reason = QString());
    QString asOfText() const;

signals:
    void backRequested();
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QToolButton *m_back;
    QLabel *m_breadcrumb;
    QLabel *m_title;
    QLabel *m_helper;
    QLabel *m_asOf;
    QToolButton *m_refresh;
    BusyStrip *m_busy;
};
