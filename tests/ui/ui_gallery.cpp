// pim-ui-gallery: renders every widget of ui/ with sample data to PNG files, in a light and a
// dark palette, so that a person can look at them (spacing, alignment, clipped text, contrast).
//   QT_QPA_PLATFORM=offscreen pim-ui-gallery OUTDIR [--long]
// --long lengthens every translated string by about half (a stand-in for German);
// QT_SCALE_FACTOR=2 in the environment gives HiDPI pictures. Not a test: it asserts nothing.
#include "DarkPalette.h"
#include "Translations.h"
#include "connection/ConnectionSettingsForm.h"
#include "connection/CredentialsPanel.h"
#include "dialogs/CreateConnectionDialog.h"
#include "dialogs/SignInDialog.h"
#include "domain/ApiError.h"
#include "items/ConnectionListModel.h"
#include "monitoring/BusinessErrorsModel.h"
#include "monitoring/BusinessErrorsPanel.h"
#include "monitoring/ChartPanel.h"
#include "monitoring/ChartReason.h"
#include "monitoring/DataFlowsChartModel.h"
#include "overview/ConnectionSection.h"
#include "overview/OverviewPage.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "style/Icons.h"
#include "widgets/CopyButton.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/MessageBar.h"
#include "widgets/PlaceholderLogo.h"
#include "widgets/RevealButton.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>
#include <QVBoxLayout>

#include <cstdio>

namespace {

// Makes every string about half as long again, keeping %1-style markers.
class LongTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        if (text.size() < 2)
            return {};
        // Words of about German length ("Verbindungseinstellungen" is 24 letters).
        QString longer = text;
        for (qsizetype added = 0; added < text.size() / 2; added += 9)
            longer += QStringLiteral(" Ääößüäöü");
        return longer;
    }
    bool isEmpty() const override { return false; }
};

QString g_outDir;
QString g_suffix;

void save(QWidget *widget, const QString &name)
{
    widget->show();
    widget->ensurePolished();
    if (widget->layout())
        widget->layout()->activate();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QString path = g_outDir + QLatin1Char('/') + name + g_suffix + QStringLiteral(".png");
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
    widget->hide();
}

ConnectionDetails sampleDetails()
{
    ConnectionDetails d;
    d.connection.code = QStringLiteral("magento2_prod");
    d.connection.label = QStringLiteral("Magento 2 - Prod");
    d.connection.flowType = FlowType::Destination;
    d.connection.auditable = true;
    d.credentials.clientId = QStringLiteral("3_1swng54dv680w0o8gcwcww84swkoc044ocsg4ocwk4cc00ck0w");
    d.credentials.secret = QStringLiteral("3suahxe88licow00g0o80gccgggw8cskg4wco8woooww4880so");
    d.credentials.username = QStringLiteral("magento2_prod_0427");
    d.userRoleId = QStringLiteral("1");
    d.userGroupId = QStringLiteral("3");
    return d;
}

QList<UserRole> sampleRoles()
{
    return {{QStringLiteral("1"), QStringLiteral("ROLE_USER"), QStringLiteral("User"),
             QStringLiteral("default")},
            {QStringLiteral("2"), QStringLiteral("ROLE_ADMINISTRATOR"),
             QStringLiteral("Administrator"), QStringLiteral("default")},
            {QStringLiteral("4"), QStringLiteral("ROLE_API_MAGENTO"),
             QStringLiteral("Magento connector"), QStringLiteral("api")}};
}

QList<UserGroup> sampleGroups()
{
    return {{QStringLiteral("3"), QStringLiteral("All"), true},
            {QStringLiteral("5"), QStringLiteral("IT support"), false},
            {QStringLiteral("6"), QStringLiteral("Manager"), false}};
}

// A part of a widget, by the object name the widget gives it.
template<class T> T *part(const QWidget *widget, const char *name)
{
    T *found = widget->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("pim-ui-gallery: no %s named %s in %s", T::staticMetaObject.className(), name,
               widget->metaObject()->className());
    return found;
}

// Text put in a line edit as if typed (the widgets react to textEdited).
void typeText(const QWidget *widget, const char *name, const QString &text)
{
    auto *edit = part<QLineEdit>(widget, name);
    edit->setText(text);
    emit edit->textEdited(text);
}

ApiError validation(std::initializer_list<FieldError> errors)
{
    ApiError e = ApiError::make(ApiError::Kind::Validation, 422);
    e.fieldErrors = errors;
    return e;
}

QWidget *framed(QWidget *inner, int width)
{
    auto *frame = new QWidget;
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(inner);
    layout->addStretch(1);
    frame->setAutoFillBackground(true);
    frame->resize(width, frame->sizeHint().height());
    return frame;
}

QList<Connection> sampleConnections()
{
    const std::tuple<const char *, const char *, FlowType> rows[] = {
        {"erp", "ERP", FlowType::Source},
        {"bynder", "Bynder DAM", FlowType::Source},
        {"pimcore_sync", "PimCore synchronisation of the catalogue", FlowType::Source},
        {"magento2_prod", "Magento 2 - Prod", FlowType::Destination},
        {"shopify", "Shopify", FlowType::Destination},
        {"cafe_sud", "Café Süd", FlowType::Destination},
        {"amazon", "Amazon Marketplace", FlowType::Destination},
        {"print", "Print catalogue", FlowType::Destination},
        {"translations", "Translation agency", FlowType::Other},
    };
    QList<Connection> list;
    for (const auto &[code, label, type] : rows) {
        Connection c;
        c.code = QString::fromLatin1(code);
        c.label = QString::fromUtf8(label);
        c.flowType = type;
        c.type = QStringLiteral("default");
        list.append(c);
    }
    return list;
}

void renderOverview()
{
    ConnectionListModel model;
    OverviewPage page;
    page.setModel(&model);
    page.resize(900, 640);
    save(&page, QStringLiteral("overview-empty"));
    model.setConnections(sampleConnections());
    WrongCredentials wrong;
    wrong.byCode.insert(QStringLiteral("shopify"),
                        {{QStringLiteral("magento2_prod_0427"),
                          QDateTime(QDate(2024, 3, 2), QTime(9, 30), Qt::UTC)}});
    model.setWrongCredentials(wrong);
    save(&page, QStringLiteral("overview"));
    page.resize(560, 640);
    save(&page, QStringLiteral("overview-narrow"));
    page.resize(900, 640);
    page.setLimitReached(true);
    page.setBusy(true);
    save(&page, QStringLiteral("overview-limit-busy"));
}

// The Data flows cards: a chart (big numbers too), the reason of an empty one, the business errors.
void renderDataFlowsCards()
{
    QWidget page;
    auto *grid = new QGridLayout(&page);
    auto *chart = new ChartPanel(QStringLiteral("productSent"), QStringLiteral("Products sent"),
                                 Theme::Tone::Positive);
    AuditSeries series;
    const qint64 counts[] = {120, 95, 1234567, 142, 88, 0, 175, 64};
    for (int day = 0; day < 8; ++day)
        (day ? series.week : series.previous)
            .append({QDate(2026, 11, 24).addDays(day), counts[day]});
    series.total = 1234567 + 95 + 142 + 88 + 175 + 64;
    chart->model()->setSeries(series);
    chart->showChart();
    auto *empty = new ChartPanel(QStringLiteral("productCreated"),
                                 QStringLiteral("Products created"), Theme::Tone::Info);
    ChartFacts facts;
    facts.connections = sampleConnections();
    facts.connections[0].auditable = false;
    empty->showReason(ChartReason::forSelection(facts, QStringLiteral("erp"), true));
    auto *errors = new BusinessErrorsPanel;
    ErrorCounts counts2{{{QStringLiteral("erp"), 15}, {QStringLiteral("bynder"), 1}}};
    errors->model()->setCounts(counts2, [](const QString &code) { return code.toUpper(); });
    errors->showList();
    grid->addWidget(chart, 0, 0);
    grid->addWidget(empty, 0, 1);
    grid->addWidget(errors, 1, 0);
    page.setAutoFillBackground(true);
    page.resize(1000, 640);
    save(&page, QStringLiteral("data-flows-cards"));
}

void renderAll()
{
    Clipboard clipboard;
    MessageBox messageBox;
    renderOverview();
    renderDataFlowsCards();

    { // Create: empty, then with mistakes and the limit, then Other
        CreateConnectionDialog d;
        save(&d, QStringLiteral("create-empty"));
        typeText(&d, "label", QStringLiteral("Magento 2 - Prod"));
        part<FlowTypeChooser>(&d, "flowType")->setFlowType(FlowType::Other);
        save(&d, QStringLiteral("create-other"));
        typeText(&d, "code", QStringLiteral("magento é"));
        typeText(&d, "label", QStringLiteral("Ma"));
        emit part<QLineEdit>(&d, "label")->editingFinished();
        save(&d, QStringLiteral("create-invalid"));
        CreateConnectionDialog s;
        typeText(&s, "label", QStringLiteral("ERP"));
        s.setServerErrors(
            validation({{QString(), ValidationKeys::limitReached()},
                        {QStringLiteral("code"), ValidationKeys::codeMustBeUnique()}}));
        save(&s, QStringLiteral("create-server-errors"));
        s.setBusy(true);
        save(&s, QStringLiteral("create-busy"));
    }
    { // Credentials
        ConnectionDetails details = sampleDetails();
        details.credentials.password = QStringLiteral("3f9a1c0e7");
        auto *panel = new CredentialsPanel(&clipboard, &messageBox);
        panel->setCredentials(details.credentials);
        QWidget *frame = framed(panel, 720);
        save(frame, QStringLiteral("credentials-password-shown"));
        part<CopyButton>(panel, "copySecret")->click();
        part<RevealButton>(panel, "revealSecret")->setChecked(true);
        save(frame, QStringLiteral("credentials-copied-revealed"));
        panel->clearPassword();
        clipboard.clearIfUnchanged();
        panel->setWriteEnabled(false, QStringLiteral("Offline: the PIM cannot be reached."));
        panel->setTestResult(ApiError::make(ApiError::Kind::Validation, 422,
                                            QStringLiteral("No user found for the given "
                                                           "username and password")));
        save(frame, QStringLiteral("credentials-hidden-offline"));
        delete frame;
    }
    { // Settings
        auto *form = new ConnectionSettingsForm;
        form->setRoles(sampleRoles());
        form->setGroups(sampleGroups());
        form->setDetails(sampleDetails());
        QWidget *frame = framed(form, 640);
        save(frame, QStringLiteral("settings-loaded"));
        typeText(form, "label", QStringLiteral("Magento 2 - Production"));
        part<FlowTypeChooser>(form, "flowType")->setFlowType(FlowType::Other);
        part<QComboBox>(form, "role")->setCurrentIndex(2);
        form->setImageError(QStringLiteral("“logo.png” is not a picture that can be read "
                                           "(Unsupported image format). Choose another file."));
        save(frame, QStringLiteral("settings-modified-other"));
        form->setServerErrors(
            validation({{QStringLiteral("label"), ValidationKeys::labelTooShort()},
                        {QStringLiteral("userGroup"), ValidationKeys::userGroupMustExist()}}));
        form->setWriteEnabled(false, QStringLiteral("Offline: changes cannot be saved."));
        save(frame, QStringLiteral("settings-errors-readonly"));
        delete frame;
    }
    { // Sign in
        SignInDialog d;
        save(&d, QStringLiteral("signin-empty"));
        d.setUrl(QUrl(QStringLiteral("http://pim.example.com")));
        d.setUsername(QStringLiteral("julia"));
        d.setPassword(QStringLiteral("secret"));
        d.setRememberPassword(true);
        save(&d, QStringLiteral("signin-http"));
        d.setUrl(QUrl(QStringLiteral("https://pim.example.com")));
        d.setError(ApiError::make(ApiError::Kind::Tls, 0,
                                  QStringLiteral("The certificate is self-signed, and untrusted")));
        save(&d, QStringLiteral("signin-error"));
        d.setBusy(true);
        d.setError(ApiError::make(ApiError::Kind::SignedOut, 302));
        save(&d, QStringLiteral("signin-busy-refused"));
    }
    { // Message bars
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        const std::pair<MessageBar::Type, const char *> samples[] = {
            {MessageBar::Type::Error, "Cannot reach https://pim.example.com: Connection refused. "
                                      "Check the address and your network connection, then try "
                                      "again."},
            {MessageBar::Type::Warning, "Some connections are not used with their own username."},
            {MessageBar::Type::Info, "Offline: showing the connections saved on this computer."},
            {MessageBar::Type::Positive, "Connection successfully updated."},
        };
        for (const auto &[type, text] : samples) {
            auto *bar = new MessageBar(page);
            bar->showMessage(type, QString::fromUtf8(text),
                             type == MessageBar::Type::Error ? QStringLiteral("Retry") : QString());
            layout->addWidget(bar);
        }
        layout->addStretch(1);
        page->resize(620, page->sizeHint().height());
        save(page, QStringLiteral("messagebars"));
        delete page;
    }
    { // Confirmations
        for (const auto &[name, question] :
             {std::pair{QStringLiteral("confirm-secret"), MessageBox::regenerateSecret()},
              std::pair{QStringLiteral("confirm-password"), MessageBox::regeneratePassword()},
              std::pair{QStringLiteral("confirm-delete"),
                        MessageBox::deleteConnection(QStringLiteral("Magento 2 - Prod"))},
              std::pair{QStringLiteral("confirm-unsaved"), MessageBox::unsavedChanges()}}) {
            QMessageBox *box = MessageBox::create(nullptr, question);
            box->setAttribute(Qt::WA_DeleteOnClose, false);
            save(box, name);
            delete box;
        }
    }
    { // Placeholder logos and icons
        const QStringList labels = {QStringLiteral("Magento 2 - Prod"),
                                    QStringLiteral("ERP"),
                                    QStringLiteral("Bynder"),
                                    QStringLiteral("Café Süd"),
                                    QStringLiteral("PimCore sync"),
                                    QStringLiteral("Salsify"),
                                    QStringLiteral("e-commerce FR"),
                                    QStringLiteral("🚀 Launch"),
                                    QStringLiteral("3M"),
                                    QStringLiteral("Shopify"),
                                    QStringLiteral("DAM"),
                                    QStringLiteral("translations")};
        QWidget page;
        auto *grid = new QGridLayout(&page);
        int i = 0;
        for (const QString &label : labels) {
            auto *logo = new QLabel(&page);
            const QString code = label.toLower();
            logo->setPixmap(PlaceholderLogo::pixmap(label, code, QSize(64, 64),
                                                    page.devicePixelRatioF(), page.palette()));
            grid->addWidget(logo, (i / 6) * 2, i % 6, Qt::AlignCenter);
            auto *caption = new QLabel(label, &page);
            grid->addWidget(caption, (i / 6) * 2 + 1, i % 6, Qt::AlignCenter);
            ++i;
        }
        const Icons::Name names[] = {
            Icons::Name::Add,    Icons::Name::Back,    Icons::Name::Check,      Icons::Name::Close,
            Icons::Name::Copy,   Icons::Name::Delete,  Icons::Name::Error,      Icons::Name::Hide,
            Icons::Name::Image,  Icons::Name::Info,    Icons::Name::Key,        Icons::Name::Lock,
            Icons::Name::More,   Icons::Name::Refresh, Icons::Name::Regenerate, Icons::Name::Show,
            Icons::Name::Unlock, Icons::Name::Warning};
        int column = 0;
        for (const Icons::Name name : names) {
            for (int extent : {16, 24, 32}) {
                auto *icon = new QLabel(&page);
                icon->setPixmap(
                    Icons::icon(name).pixmap(QSize(extent, extent), page.devicePixelRatioF()));
                grid->addWidget(icon,
                                extent == 16   ? 4
                                : extent == 24 ? 5
                                               : 6,
                                column, Qt::AlignCenter);
            }
            auto *disabled = new QLabel(&page);
            disabled->setPixmap(
                Icons::icon(name).pixmap(QSize(24, 24), page.devicePixelRatioF(), QIcon::Disabled));
            grid->addWidget(disabled, 7, column, Qt::AlignCenter);
            ++column;
        }
        page.setAutoFillBackground(true);
        save(&page, QStringLiteral("logos-icons"));
    }
    { // The flow type chooser alone, narrow: long texts must wrap
        auto *chooser = new FlowTypeChooser;
        chooser->setFlowType(FlowType::Other);
        QWidget *frame = framed(chooser, 320);
        save(frame, QStringLiteral("flowtype-narrow"));
        delete frame;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Translations::install(&app);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: pim-ui-gallery OUTDIR [--long]\n");
        return 2;
    }
    g_outDir = args.takeFirst();
    QDir().mkpath(g_outDir);
    LongTranslator longTranslator;
    QString variant;
    if (args.contains(QStringLiteral("--long"))) {
        QCoreApplication::installTranslator(&longTranslator);
        variant = QStringLiteral("-long");
    }
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    g_suffix = variant + QStringLiteral("-light");
    renderAll();
    QApplication::setPalette(darkPalette());
    g_suffix = variant + QStringLiteral("-dark");
    renderAll();
    return 0;
}
