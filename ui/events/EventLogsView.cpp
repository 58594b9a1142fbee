#include "events/EventLogsView.h"

#include "domain/ApiError.h"
#include "events/EventLogModel.h"
#include "events/EventLogTree.h"
#include "events/EventLogsDownload.h"
#include "widgets/FieldMessage.h"
#include "widgets/SearchField.h"
#include "workspace/Events.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int SearchDelayMs = 300;

// The earliest date of the range boxes: shown as "All", no bound.
QDateTime noBound()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

EventLogsView::EventLogsView(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(this, QStringLiteral("eventLogsTitle")))
    , m_disabledNote(plainLabel(this, QStringLiteral("eventLogsDisabled")))
    , m_count(plainLabel(this, QStringLiteral("eventLogsCount")))
    , m_asOf(plainLabel(this, QStringLiteral("eventLogsAsOf")))
    , m_message(new FieldMessage(this))
    , m_empty(plainLabel(this, QStringLiteral("eventLogsEmpty")))
    , m_model(new EventLogModel(this))
    , m_tree(new EventLogTree(m_model, this))
    , m_download(new EventLogsDownload(this))
{
    setObjectName(QStringLiteral("eventLogsView"));
    setWindowTitle(tr("Event logs"));
    m_tree->setObjectName(QStringLiteral("eventLogsTree"));
    m_message->setObjectName(QStringLiteral("eventLogsMessage"));
    m_download->setObjectName(QStringLiteral("eventLogsDownload"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_disabledNote->setText(tr("The event subscription isn’t enabled for this connection."));
    m_disabledNote->hide();
    m_asOf->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *info = plainLabel(this, QStringLiteral("eventLogsInfo"));
    info->setText(tr("Here are the logs related to all the event requests sent to this "
                     "connection. This page displays error and warning logs for the past 72h, "
                     "and the last 100 info and notice logs."));

    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_asOf);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_title);
    layout->addWidget(info);
    layout->addWidget(m_disabledNote);
    layout->addWidget(buildFilters());
    layout->addLayout(countRow);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_download);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &EventLogsView::refresh);
    connect(m_tree, &EventLogTree::nearEnd, this, &EventLogsView::fetchMore);
    resize(960, 640);
    clear();
}

EventLogsView::~EventLogsView() = default;

QWidget *EventLogsView::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Level:"), bar));
    for (const QString &level : EventLogLevels::all()) {
        auto *box = new QCheckBox(EventLogLevels::displayName(level), bar);
        box->setObjectName(QStringLiteral("level_") + level);
        box->setAccessibleName(tr("Show the %1 logs").arg(EventLogLevels::displayName(level)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &EventLogsView::refresh);
        m_levels.insert(level, box);
        row->addWidget(box);
    }
    row->addSpacing(12);
    auto dateBox = [this, bar, row](const QString &text, const QString &name) {
        auto *label = new QLabel(text, bar);
        auto *edit = new QDateTimeEdit(bar);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(noBound());
        edit->setSpecialValueText(tr("All"));
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        label->setBuddy(edit);
        row->addWidget(label);
        row->addWidget(edit);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this]() { m_searchDelay.start(); });
        return edit;
    };
    m_from = dateBox(tr("From"), QStringLiteral("eventLogsFrom"));
    m_from->setAccessibleName(tr("Logs from"));
    m_to = dateBox(tr("To"), QStringLiteral("eventLogsTo"));
    m_to->setAccessibleName(tr("Logs to"));
    m_resetDates = new QPushButton(tr("Reset"), bar);
    m_resetDates->setObjectName(QStringLiteral("eventLogsResetDates"));
    m_resetDates->setAccessibleName(tr("Reset the date range"));
    connect(m_resetDates, &QPushButton::clicked, this, &EventLogsView::resetDates);
    row->addWidget(m_resetDates);
    row->addSpacing(12);
    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("eventLogsSearch"));
    SearchField::setUp(m_text, tr("Search in messages"), tr("Search in messages"));
    connect(m_text, &QLineEdit::textEdited, this, [this]() { m_searchDelay.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &EventLogsView::refresh);
    row->addWidget(m_text, 1);
    return bar;
}

void EventLogsView::setWorkspace(Workspace *workspace)
{
    clear();
    m_workspace = workspace;
    m_download->setWorkspace(workspace);
}

void EventLogsView::open(const QString &code, const QString &label)
{
    clear();
    m_code = code;
    m_title->setText(tr("Event logs of %1").arg(label.isEmpty() ? code : label));
    setWindowTitle(tr("Event logs — %1").arg(label.isEmpty() ? code : label));
    m_download->setCode(code);
    refresh();
}

void EventLogsView::setSubscriptionEnabled(bool enabled)
{
    m_disabledNote->setVisible(!enabled);
    m_download->setSubscriptionEnabled(enabled);
}

void EventLogsView::clear()
{
    ++m_generation;
    m_searchDelay.stop();
    m_code.clear();
    m_searchAfter.clear();
    m_total = 0;
    m_loading = false;
    m_complete = true;
    m_unavailable = false;
    m_model->clear();
    m_message->clearMessage();
    m_asOf->hide();
    m_count->clear();
    m_empty->hide();
    m_download->setCode(QString());
}

void EventLogsView::resetDates()
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDateTime(noBound());
    m_to->setDateTime(noBound());
    refresh();
}

EventLogSearch EventLogsView::search() const
{
    EventLogSearch search;
    for (const QString &level : EventLogLevels::all()) {
        if (m_levels.value(level)->isChecked())
            search.levels.append(level);
    }
    if (search.levels.size() == int(EventLogLevels::all().size()))
        search.levels.clear(); // every level: no filter
    if (m_from->dateTime() > noBound())
        search.from = m_from->dateTime().toUTC();
    if (m_to->dateTime() > noBound())
        search.to = m_to->dateTime().toUTC();
    search.text = m_text->text().simplified();
    return search;
}

void EventLogsView::refresh()
{
    m_searchDelay.stop();
    if (!m_workspace || m_code.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_model->clear();
    m_searchAfter.clear();
    m_total = 0;
    m_complete = false;
    m_message->clearMessage();
    if (!anyLevel()) { // no level asked: nothing can match, and the PIM is not asked
        m_complete = true;
        m_loading = false;
        showCount();
        updateEmpty();
        return;
    }
    m_loading = true;
    m_workspace->events()->searchLogs(
        m_code, search(), this,
        [this, generation](const ApiError &error, const Events::Answer<EventLogPage> &answer) {
            if (isCurrent(generation))
                showFirstPage(error, answer.value, answer.asOf, answer.fromCache);
        });
}

void EventLogsView::showFirstPage(const ApiError &error, const EventLogPage &page,
                                  const QDateTime &asOf, bool fromCache)
{
    m_loading = false;
    if (error.isError()) {
        m_complete = true;
        showError(error);
        return;
    }
    m_unavailable = false;
    m_total = page.total;
    m_searchAfter = page.searchAfter;
    // Offline, the cache has one page and no way to the next (Events::nextLogs needs the PIM).
    m_complete = fromCache || page.isLast();
    m_asOf->setVisible(fromCache);
    if (fromCache)
        m_asOf->setText(tr("Offline: as of %1")
                            .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat)));
    m_model->append(page.results);
    showCount();
    updateEmpty();
    emit pageShown();
}

void EventLogsView::fetchMore()
{
    if (!m_workspace || m_code.isEmpty() || m_loading || m_complete)
        return;
    const quint64 generation = m_generation;
    m_loading = true;
    m_workspace->events()->nextLogs(
        m_code, search(), m_searchAfter, this,
        [this, generation](const ApiError &error, const EventLogPage &page) {
            if (!isCurrent(generation))
                return;
            m_loading = false;
            if (error.isError()) {
                m_complete = true; // the user can search again (F5-like: change a filter)
                showError(error);
                return;
            }
            m_searchAfter = page.searchAfter;
            m_complete = page.isLast();
            m_model->append(page.results);
            emit pageShown();
        });
}

void EventLogsView::showError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Unavailable) {
        // Not an error: the PIM has no Events API (docs/pim-api.md §8).
        m_unavailable = true;
        m_model->clear();
        m_count->clear();
        updateEmpty();
        return;
    }
    m_message->setMessage(Theme::Tone::Negative, error.message());
}

void EventLogsView::showCount()
{
    m_count->setText(m_total == 0 ? tr("No results") : tr("%n result(s)", nullptr, int(m_total)));
}

void EventLogsView::updateEmpty()
{
    QString text;
    if (m_unavailable)
        text = tr("Event logs are not available on this PIM: it has no Events API.");
    else if (m_model->entryCount() == 0 && m_complete)
        text = search().isDefault() && anyLevel()
                   ? tr("There is no log for the moment.")
                   : tr("Sorry, there is no log for your search. Try again with new search "
                        "criteria.");
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

bool EventLogsView::anyLevel() const
{
    return std::any_of(m_levels.cbegin(), m_levels.cend(),
                       [](const QCheckBox *box) { return box->isChecked(); });
}

QString EventLogsView::countText() const
{
    return m_count->text();
}

QString EventLogsView::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

QString EventLogsView::asOfText() const
{
    return m_asOf->isVisibleTo(this) ? m_asOf->text() : QString();
}
