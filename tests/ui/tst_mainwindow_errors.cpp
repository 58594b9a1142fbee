// The window against a pim-sandbox with the demo data: a source connection's "Error monitoring"
// page (docs/pim-api.md §9.3), reached from the connection's page: the PIM's errors newest first,
// the search and its count, the documentation (web links open in the browser, PIM screens as
// plain text), the sort, the states of a destination, of an untracked source (tracking turned
// on from there) and of a source without errors, the CSV export, and the errors kept offline.
#include "Children.h"
#include "MonitoringDemo.h"
#include "WindowTest.h"
#include "connection/ConnectionPage.h"
#include "items/BusinessErrorCsv.h"
#include "items/BusinessErrorTableModel.h"
#include "monitoring/BusinessErrorTableView.h"
#include "monitoring/ErrorDetailsPane.h"
#include "monitoring/ErrorMonitoringPage.h"
#include "monitoring/ErrorMonitoringPanel.h"
#include "overview/EmptyState.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowDriver;
using State = ErrorMonitoringPanel::State;

class TestMainWindowErrors : public WindowTest
{
    Q_OBJECT

public slots:
    // QDesktopServices' handler of https links in this test: the browser is not opened.
    void openInBrowser(const QUrl &url) { m_opened.append(url); }

protected:
    SandboxProcess::Options sandboxOptions() const override { return MonitoringDemo::options(); }

private slots:
    void errorsNewestFirstFromTheConnectionPage();
    void searchFiltersAndCounts();
    void documentationLinks();
    void statesOfOtherConnections();
    void exportWritesTheErrorsShown();
    void offlineShowsTheErrorsAsOf();

private:
    ErrorMonitoringPage *errorPage() const
    {
        return child<ErrorMonitoringPage>(m_window.get(), u"errorMonitoringPage"_s);
    }
    ErrorMonitoringPanel *panel() const { return errorPage()->panel(); }
    // The page opened for `code` (as the dashboard does) and its state reached.
    bool openErrors(const QString &code, State state);
    QStringList column(int column) const;

    QList<QUrl> m_opened;
};

bool TestMainWindowErrors::openErrors(const QString &code, State state)
{
    m_window->openErrorMonitoring(code);
    return QTest::qWaitFor([&]() { return panel()->code() == code && panel()->state() == state; },
                           Wait);
}

QStringList TestMainWindowErrors::column(int column) const
{
    auto *table = child<BusinessErrorTableView>(panel(), u"errorTable"_s);
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

void TestMainWindowErrors::errorsNewestFirstFromTheConnectionPage()
{
    const QList<BusinessError> expected = MonitoringDemo::businessErrors(*m_admin, u"erp"_s);
    QVERIFY(expected.size() >= 5);
    QVERIFY(openSignedIn());
    QVERIFY(openLoaded(u"erp"_s));
    QTest::mouseClick(child<QPushButton>(page(*m_window), u"errorMonitoring"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->state() == State::List, Wait);
    QVERIFY(errorPage()->isVisible());
    QCOMPARE(errorPage()->header()->breadcrumb(),
             u"System › Connections › ERP › Error monitoring"_s);
    QCOMPARE(child<QLabel>(panel(), u"errorCount"_s)->text(),
             u"You have %1 errors"_s.arg(expected.size()));

    // The PIM's errors, newest first, each time in this computer's zone.
    QCOMPARE(panel()->shownErrors(), expected);
    const QStringList times = column(BusinessErrorTableModel::DateTimeColumn);
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(times.at(row), BusinessErrorTableModel::dateTimeText(expected.at(row),
                                                                      QTimeZone::systemTimeZone()));
    for (int row = 1; row < expected.size(); ++row)
        QVERIFY(expected.at(row - 1).dateTime >= expected.at(row).dateTime);
    const QStringList details = column(BusinessErrorTableModel::DetailsColumn);
    QVERIFY(expected.at(0).product.has_value());
    QVERIFY2(details.at(0).contains(u"with the ID "_s + expected.at(0).product->identifier),
             qPrintable(details.at(0)));

    // "Day and time" sorts both ways; another header does not sort.
    auto *table = child<BusinessErrorTableView>(panel(), u"errorTable"_s);
    QHeaderView *header = table->horizontalHeader();
    auto clickHeader = [&](int section) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + 10, header->height() / 2));
    };
    clickHeader(BusinessErrorTableModel::DateTimeColumn);
    QList<BusinessError> oldestFirst = expected;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    QCOMPARE(panel()->shownErrors(), oldestFirst);
    clickHeader(BusinessErrorTableModel::MessageColumn);
    QCOMPARE(panel()->shownErrors(), oldestFirst);
    QCOMPARE(header->sortIndicatorSection(), int(BusinessErrorTableModel::DateTimeColumn));
    clickHeader(BusinessErrorTableModel::DateTimeColumn);
    QCOMPARE(panel()->shownErrors(), expected);

    // Back (Esc) goes to the connection's page it came from.
    activate(*m_window);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(waitPageLoaded(*m_window));
    QCOMPARE(page(*m_window)->code(), u"erp"_s);
}

void TestMainWindowErrors::searchFiltersAndCounts()
{
    const QList<BusinessError> all = MonitoringDemo::businessErrors(*m_admin, u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openErrors(u"erp"_s, State::List));
    auto *search = child<QLineEdit>(panel(), u"errorSearch"_s);
    auto *count = child<QLabel>(panel(), u"resultCount"_s);
    QCOMPARE(search->placeholderText(), u"Search in error messages"_s);
    QCOMPARE(count->text(), u"%1 results"_s.arg(all.size()));

    // As the user types, ignoring case, in any value of the error (its product, its attribute).
    for (const QString &text : {u"COLOR"_s, u"1111111173"_s, u"family"_s}) {
        search->clear();
        QTest::keyClicks(search, text);
        const QList<BusinessError> matching = BusinessErrors::filtered(all, text);
        QVERIFY2(!matching.isEmpty() && matching.size() < all.size(), qPrintable(text));
        QCOMPARE(panel()->shownErrors(), matching);
        QCOMPARE(count->text(),
                 matching.size() == 1 ? u"1 result"_s : u"%1 results"_s.arg(matching.size()));
    }
    search->clear();
    QTest::keyClicks(search, u"no such thing"_s);
    QCOMPARE(panel()->shownErrors().size(), 0);
    QCOMPARE(count->text(), u"No results"_s);
    QVERIFY(!child<QPushButton>(panel(), u"exportCsv"_s)->isEnabled());
    // The helper still counts every error.
    QCOMPARE(child<QLabel>(panel(), u"errorCount"_s)->text(),
             u"You have %1 errors"_s.arg(all.size()));
    search->clear();
    QCOMPARE(panel()->shownErrors(), all);
}

void TestMainWindowErrors::documentationLinks()
{
    QDesktopServices::setUrlHandler(u"https"_s, this, "openInBrowser");
    QVERIFY(openSignedIn());
    QVERIFY(openErrors(u"erp"_s, State::List));
    // A violation of an attribute option: a help centre link and a PIM screen (a route).
    auto *table = child<BusinessErrorTableView>(panel(), u"errorTable"_s);
    int row = 0;
    for (; row < table->model()->rowCount(); ++row) {
        const auto error = table->model()
                               ->index(row, 0)
                               .data(BusinessErrorTableModel::ErrorRole)
                               .value<BusinessError>();
        if (error.type == u"violation_error"_s && error.documentation.size() == 2)
            break;
    }
    QVERIFY(row < table->model()->rowCount());
    table->setCurrentIndex(table->model()->index(row, 1));
    const BusinessError chosen = panel()->shownErrors().at(row);
    auto *pane = child<ErrorDetailsPane>(panel(), u"errorDetails"_s);
    QCOMPARE(pane->messageText(), chosen.message);

    const QStringList html = pane->documentationHtml();
    QCOMPARE(html.size(), 2);
    const DocumentationLink web = chosen.documentation.at(0).links.at(0);
    const DocumentationLink screen = chosen.documentation.at(1).links.at(0);
    QCOMPARE(web.kind, DocumentationLink::Kind::Href);
    QCOMPARE(screen.kind, DocumentationLink::Kind::Route);
    QVERIFY2(html.at(0).contains(u"<a href=\""_s + web.href.toString(QUrl::FullyEncoded)),
             qPrintable(html.at(0)));
    // The route's title, as plain text: no link, in the pane nor in the table.
    QVERIFY2(html.at(1).contains(screen.title.toHtmlEscaped()), qPrintable(html.at(1)));
    QVERIFY2(!html.at(1).contains(u"<a"_s), qPrintable(html.at(1)));
    const QString cell =
        table->model()->index(row, BusinessErrorTableModel::MessageColumn).data().toString();
    QVERIFY(cell.contains(screen.title));
    QVERIFY(!cell.contains(u"<"_s));

    // A web link opens in the browser; anything else is refused.
    QList<QLabel *> labels = pane->findChildren<QLabel *>(u"documentation"_s);
    QCOMPARE(labels.size(), 2);
    emit labels.at(0)->linkActivated(web.href.toString());
    QCOMPARE(m_opened, QList<QUrl>{web.href});
    QVERIFY(!ErrorDetailsPane::openWebLink(u"file:///etc/passwd"_s));
    QVERIFY(!ErrorDetailsPane::openWebLink(u"pim_enrich_attribute_edit"_s));
    QCOMPARE(m_opened.size(), 1);
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestMainWindowErrors::statesOfOtherConnections()
{
    QVERIFY(openSignedIn());
    // The page is built when first opened.
    QVERIFY(openErrors(u"web_shop"_s, State::NotSource));
    auto *state = child<EmptyState>(panel(), u"monitoringState"_s);
    QCOMPARE(state->title(),
             u"For now, monitoring page is only available for source connection."_s);
    QVERIFY(!state->actionButton()->isVisible());

    // Not tracked: tracking turned on from here, through the connection's settings.
    QVERIFY(openErrors(u"retail_hub"_s, State::Unmonitored));
    QCOMPARE(state->title(), u"Unmonitored connection"_s);
    QCOMPARE(state->text(),
             u"To track errors on this connection, activate monitoring in the settings."_s);
    QVERIFY(state->actionButton()->isEnabled());
    QTest::mouseClick(state->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->state(), State::NoError, Wait);
    QCOMPARE(state->title(), u"Awesome! No error found!"_s);
    const QJsonObject retail = m_admin->get(u"/rest/connections/retail_hub"_s).json().toObject();
    QCOMPARE(retail[u"auditable"_s].toBool(), true);
    QCOMPARE(retail[u"flow_type"_s].toString(), u"data_source"_s);
}

void TestMainWindowErrors::exportWritesTheErrorsShown()
{
    QTemporaryDir dir;
    QVERIFY(openSignedIn());
    QVERIFY(openErrors(u"erp"_s, State::List));
    QTest::keyClicks(child<QLineEdit>(panel(), u"errorSearch"_s), u"color"_s);
    const QList<BusinessError> shown = panel()->shownErrors();
    QVERIFY(!shown.isEmpty());

    // Through the Save dialog, as the user does.
    QSignalSpy finished(panel(), &ErrorMonitoringPanel::exportFinished);
    QTest::mouseClick(child<QPushButton>(panel(), u"exportCsv"_s), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = shownDialog<QFileDialog>(m_window.get())) != nullptr);
    QVERIFY(dialog->selectedFiles().value(0).endsWith(u".csv"_s));
    const QString path = dir.filePath(u"errors.csv"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as Save does
    QVERIFY(finished.wait(Wait));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, BusinessErrorCsv::toCsv(shown, QTimeZone::systemTimeZone()));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(u"Day and time,Business error message,Documentation,"_s));
    QCOMPARE(text.count(u"\r\n"_s) - text.count(u"\n\r\n"_s), int(shown.size()) + 1);
    QVERIFY(text.contains(shown.at(0).message));
    auto *message = child<MessageBar>(panel(), u"monitoringMessage"_s);
    QCOMPARE(message->type(), MessageBar::Type::Positive);

    // A folder that does not exist: said plainly, nothing written.
    finished.clear();
    panel()->exportTo(dir.filePath(u"missing/errors.csv"_s));
    QVERIFY(finished.wait(Wait));
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QCOMPARE(message->type(), MessageBar::Type::Error);
    QVERIFY2(message->text().contains(u"could not be written"_s), qPrintable(message->text()));
}

void TestMainWindowErrors::offlineShowsTheErrorsAsOf()
{
    const QList<BusinessError> expected = MonitoringDemo::businessErrors(*m_admin, u"erp"_s);
    QVERIFY(openSignedIn());
    QVERIFY(openErrors(u"erp"_s, State::List)); // kept in the cache
    QVERIFY(!panel()->isFromCache());
    m_window.reset();

    m_sandbox->stop();
    m_window = makeWindow();
    startSignedIn(*m_window, m_sandbox->url());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->connectivity(),
                              Workspace::Connectivity::Offline, Wait);
    QVERIFY(openErrors(u"erp"_s, State::List));
    QVERIFY(panel()->isFromCache());
    QCOMPARE(panel()->shownErrors(), expected);
    auto *message = child<MessageBar>(panel(), u"monitoringMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"as of"_s), qPrintable(message->text()));

    // Not tracked, as the cached list says; tracking needs the PIM: the button says why it is
    // off.
    QVERIFY(openErrors(u"retail_hub"_s, State::Unmonitored));
    auto *button = child<EmptyState>(panel(), u"monitoringState"_s)->actionButton();
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), m_window->workspace()->writeDisabledReason());
}

QTEST_MAIN(TestMainWindowErrors)
#include "tst_mainwindow_errors.moc"
