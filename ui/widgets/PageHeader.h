#pragma once

#include <QList>
#include <QWidget>

class BusyStrip;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;

// The top of a page reached from the overview (a connection's error monitoring, an App): a back
// button and the breadcrumb "System › Connected Apps › Content Translator" whose crumbs with a
// link emit linkActivated(link); under it an optional leading widget (a logo), the title, a
// subtitle, and widgets at the right (buttons, a "…" menu); a BusyStrip at the bottom.
// Every text is plain: the crumbs are escaped into the breadcrumb's rich text.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    struct Crumb
    {
        QString text;
        QString link; // empty: not a link
    };

    explicit PageHeader(QWidget *parent = nullptr);

    // The parts every page header shares (the back button, the breadcrumb, the title and its
    // subtitle), for the headers that lay out rows of their own.
    static void setUpBack(QToolButton *back, const QString &name, const QString &toolTip);
    static void setUpBreadcrumb(QLabel *breadcrumb);
    static void setUpTitle(QLabel *title);
    static void setUpSubtitle(QLabel *subtitle);

    // "System" comes first by itself.
    void setBreadcrumb(const QList<Crumb> &crumbs);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    void setLeadingWidget(QWidget *widget);
    void addTrailingWidget(QWidget *widget);
    void setBusy(bool busy);

    // "System › Connected Apps › Content Translator", without the links.
    QString breadcrumb() const;
    QString title() const;
    QString subtitle() const;
    QToolButton *backButton() const { return m_back; }

signals:
    void backRequested();
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QToolButton *m_back;
    QLabel *m_breadcrumb;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_titleRow;
    QBoxLayout *m_trailing;
    BusyStrip *m_busy;
    QList<Crumb> m_crumbs;
};
