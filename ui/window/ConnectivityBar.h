#pragma once

#include <QPointer>
#include <QWidget>

class MessageBar;
class Workspace;

// The bar that says the window shows the offline copy: "Offline — showing connections
// as of <date and time>" in the locale's format, why the PIM cannot be reached, and "Retry"
// (unless started with --offline). Hidden while the PIM answers.
class ConnectivityBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectivityBar(QWidget *parent = nullptr);

    // Not owned; null hides the bar.
    void setWorkspace(Workspace *workspace);
    QString text() const;

    // The sentence for a snapshot synced at that time (invalid: never), for tests.
    static QString offlineText(const QDateTime &syncedAt);

private:
    void refresh();

    QPointer<Workspace> m_workspace;
    MessageBar *m_bar;
};
