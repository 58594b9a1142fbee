#pragma once

#include "domain/FlowType.h"

#include <QWidget>

class BusyStrip;
class ConnectionLogo;
class QAction;
class QLabel;
class QPushButton;
class QToolButton;

// The top of a connection's page: a back button and the breadcrumb "System › Connections ›
// <label>" ("Connections" is a link back), the logo, the label as title with the flow type and
// code under it, "Error monitoring" (docs/pim-api.md §9.3), Save, and a "…" menu holding Delete.
// A BusyStrip under it moves while the page loads or saves.
class ConnectionPageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPageHeader(QWidget *parent = nullptr);

    void setConnection(const QString &label, const QString &code, FlowType flowType);
    void setLogo(const QImage &logo);
    void setBusy(bool busy);
    // Save: enabled when there is something valid to save; the tooltip says why not.
    void setSaveEnabled(bool enabled, const QString &reason = QString());
    void setDeleteEnabled(bool enabled, const QString &reason = QString());

    QString title() const;
    QString breadcrumb() const;
    QToolButton *moreButton() const { return m_more; }

signals:
    void backRequested();
    void errorMonitoringRequested();
    void saveRequested();
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QToolButton *m_back;
    QLabel *m_breadcrumb;
    ConnectionLogo *m_logo;
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_monitoring;
    QPushButton *m_save;
    QToolButton *m_more;
    QAction *m_delete;
    BusyStrip *m_busy;
    QString m_label;
};
