#include "window/PageStack.h"

#include "connection/ConnectionPage.h"
#include "overview/OverviewHeader.h"
#include "overview/OverviewPage.h"
#include "window/MonitoringPages.h"

#include <QLineEdit>

PageStack::PageStack(OverviewPage *overview, std::function<ConnectionPage *()> makePage,
                     QWidget *status, QWidget *parent)
    : QStackedWidget(parent)
    , m_overview(overview)
    , m_makePage(std::move(makePage))
    , m_status(status)
{
    addWidget(overview);
    connect(this, &QStackedWidget::currentChanged, this, &PageStack::onCurrentChanged);
    onCurrentChanged();
}

ConnectionPage *PageStack::connectionPage()
{
    if (m_page)
        return m_page;
    m_page = m_makePage();
    addWidget(m_page);
    connect(m_page, &ConnectionPage::backRequested, this, &PageStack::showOverview);
    return m_page;
}

bool PageStack::isShowingConnection() const
{
    return m_page && currentWidget() == m_page;
}

void PageStack::openConnection(const QString &code, const std::optional<QString> &oneTimePassword)
{
    auto proceed = [this, code, oneTimePassword]() {
        emit aboutToOpenConnection();
        ConnectionPage *page = connectionPage();
        page->open(code, oneTimePassword);
        setCurrentWidget(page);
    };
    if (isShowingConnection() && m_page->code() != code)
        m_page->requestLeave(proceed);
    else
        proceed();
}

void PageStack::showOverview()
{
    if (!isShowingConnection()) {
        setCurrentWidget(m_overview);
        return;
    }
    const QString code = m_page->code();
    m_page->requestLeave([this, code]() {
        setCurrentWidget(m_overview);
        m_overview->focusTile(code);
    });
}

void PageStack::goBack()
{
    if (isShowingConnection()) {
        showOverview();
    } else if (m_monitoring && m_monitoring->isShowing()) {
        m_monitoring->goBack();
    } else if (QLineEdit *search = m_overview->header()->searchField(); search->hasFocus()) {
        search->clear();
    }
}

void PageStack::leaveThen(std::function<void()> proceed)
{
    if (isShowingConnection())
        m_page->requestLeave(std::move(proceed));
    else
        proceed();
}

void PageStack::onCurrentChanged()
{
    const bool page = isShowingConnection();
    if (page)
        m_page->setStatusArea(m_status);
    else if (m_monitoring && m_monitoring->isShowing())
        m_monitoring->setStatusArea(m_status);
    else if (currentWidget() == m_overview)
        m_overview->setStatusArea(m_status);
    m_status->show();
    emit pageChanged(page);
}
