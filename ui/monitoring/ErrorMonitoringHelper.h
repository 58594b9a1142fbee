#pragma once

#include <QWidget>

class QLabel;

// The helper above the business errors (docs/pim-api.md §9.3): "You have 9 errors", what the
// list holds (the last 7 days, at most 100 errors), and a link to the API help center, which
// opens in the browser.
class ErrorMonitoringHelper : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorMonitoringHelper(QWidget *parent = nullptr);

    void setCount(int errors);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_text;
};
