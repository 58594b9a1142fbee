#include "monitoring/ErrorDetailsPane.h"

#include "items/BusinessErrorTableModel.h"
#include "style/Theme.h"
#include "style/UiLog.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // The PIM's words are never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ErrorDetailsPane::ErrorDetailsPane(QWidget *parent)
    : QFrame(parent)
    , m_placeholder(plainLabel(QStringLiteral("detailsPlaceholder"), this))
    , m_message(plainLabel(QStringLiteral("detailsMessage"), this))
    , m_details(plainLabel(QStringLiteral("detailsInfo"), this))
    , m_documentationBox(new QWidget(this))
    , m_documentation(new QVBoxLayout(m_documentationBox))
{
    setObjectName(QStringLiteral("errorDetails"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Chosen error"));
    m_placeholder->setText(tr("Choose an error in the list to read it in full here."));
    QFont bold = m_message->font();
    bold.setWeight(QFont::DemiBold);
    m_message->setFont(bold);
    m_documentation->setContentsMargins(0, 0, 0, 0);
    m_documentation->setSpacing(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    layout->addWidget(m_documentationBox);
    layout->addStretch(1);
    applyPalette();
    setError(std::nullopt);
}

void ErrorDetailsPane::setError(const std::optional<BusinessError> &error)
{
    qDeleteAll(m_documentationLabels);
    m_documentationLabels.clear();
    m_placeholder->setVisible(!error);
    m_message->setVisible(error.has_value());
    if (!error) {
        m_message->clear();
        m_details->clear();
        m_details->hide();
        m_documentationBox->hide();
        return;
    }
    m_message->setText(error->message);
    QString details = BusinessErrorTableModel::detailsText(*error);
    if (!error->attribute.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Attribute: %1").arg(error->attribute);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    for (const ErrorDocumentation &documentation : error->documentation) {
        auto *label = new QLabel(m_documentationBox);
        label->setObjectName(QStringLiteral("documentation"));
        // The one rich text here: built by the domain, every PIM text escaped, only web links
        // as <a href> (docs/pim-api.md §9.1).
        label->setTextFormat(Qt::RichText);
        label->setText(documentation.html());
        label->setWordWrap(true);
        label->setOpenExternalLinks(false);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(label, &QLabel::linkActivated, this, &ErrorDetailsPane::onLinkActivated);
        m_documentation->addWidget(label);
        m_documentationLabels.append(label);
    }
    m_documentationBox->setVisible(!m_documentationLabels.isEmpty());
}

QString ErrorDetailsPane::messageText() const
{
    return m_message->text();
}

QString ErrorDetailsPane::detailsText() const
{
    return m_details->text();
}

QStringList ErrorDetailsPane::documentationHtml() const
{
    QStringList out;
    for (const QLabel *label : m_documentationLabels)
        out.append(label->text());
    return out;
}

bool ErrorDetailsPane::openWebLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty()) {
        qCWarning(lcUi) << "refused to open a link that is not a web address";
        return false;
    }
    return QDesktopServices::openUrl(url);
}

void ErrorDetailsPane::onLinkActivated(const QString &link)
{
    if (openWebLink(link))
        emit linkOpened(QUrl(link));
}

void ErrorDetailsPane::applyPalette()
{
    for (QLabel *label : {m_placeholder, m_details}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Theme::secondaryText(palette()));
        label->setPalette(p);
    }
}

void ErrorDetailsPane::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
