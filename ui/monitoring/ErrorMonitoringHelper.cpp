#include "monitoring/ErrorMonitoringHelper.h"

#include "monitoring/ErrorDetailsPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

// The helper's link (docs/pim-api.md §9.3: "please visit the API help center").
const QString ApiHelpCenter = QStringLiteral("https://api.akeneo.com/");

} // namespace

ErrorMonitoringHelper::ErrorMonitoringHelper(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("errorHelper"));
    m_title->setObjectName(QStringLiteral("errorCount"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_text->setObjectName(QStringLiteral("helperText"));
    m_text->setTextFormat(Qt::RichText); // our own words and link only
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(false);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(
        tr("Here, you can see the detail of each error for this connection over the last 7 days. "
           "Error number is limited to 100 errors.")
            .toHtmlEscaped() +
        QStringLiteral(" <a href=\"%1\">%2</a>")
            .arg(ApiHelpCenter,
                 tr("To understand how to solve this, please visit the API help center.")
                     .toHtmlEscaped()));
    connect(m_text, &QLabel::linkActivated, this, &ErrorDetailsPane::openWebLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    setCount(0);
}

void ErrorMonitoringHelper::setCount(int errors)
{
    // §9.3's helper title, with the plural the PIM gets wrong ("You have 1 errors") put right.
    m_title->setText(tr("You have %n error(s)", nullptr, errors));
}

QString ErrorMonitoringHelper::title() const
{
    return m_title->text();
}
