#include "monitoring/ErrorMonitoringPanel.h"

#include "items/BusinessErrorCsv.h"
#include "items/BusinessErrorFilterModel.h"
#include "items/BusinessErrorTableModel.h"
#include "monitoring/BusinessErrorTableView.h"
#include "monitoring/ErrorDetailsPane.h"
#include "monitoring/ErrorMonitoringHelper.h"
#include "overview/EmptyState.h"
#include "services/FileWriter.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/MessageBar.h"
#include "widgets/SearchField.h"
#include "workspace/Monitoring.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

ErrorMonitoringPanel::ErrorMonitoringPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new MessageBar(this))
    , m_helper(new ErrorMonitoringHelper(this))
    , m_toolbar(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_results(new QLabel(this))
    , m_export(new QPushButton(tr("Export to CSV…"), this))
    , m_model(new BusinessErrorTableModel(this))
    , m_proxy(new BusinessErrorFilterModel(this))
    , m_table(new BusinessErrorTableView(this))
    , m_chosen(new ErrorDetailsPane(this))
    , m_list(new QWidget(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("errorMonitoring"));
    m_message->setObjectName(QStringLiteral("monitoringMessage"));
    m_empty->setObjectName(QStringLiteral("monitoringState"));

    // The search and the export, above the table.
    m_search->setObjectName(QStringLiteral("errorSearch"));
    SearchField::setUp(m_search, tr("Search in error messages"), tr("Search in error messages"));
    m_results->setObjectName(QStringLiteral("resultCount"));
    m_results->setTextFormat(Qt::PlainText);
    Theme::useSecondaryText(m_results, palette());
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(tr("Saves the errors shown (search included) as a CSV file."));
    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    toolbarLayout->setSpacing(10);
    toolbarLayout->addWidget(m_search);
    toolbarLayout->addWidget(m_results);
    toolbarLayout->addStretch(1);
    toolbarLayout->addWidget(m_export);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    auto *splitter = new QSplitter(Qt::Vertical, m_list);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chosen);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(10);
    listLayout->addWidget(m_toolbar);
    listLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_message);
    layout->addWidget(m_helper);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        refreshCounts();
    });
    connect(m_export, &QPushButton::clicked, this, &ErrorMonitoringPanel::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ErrorMonitoringPanel::showChosen);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ErrorMonitoringPanel::showChosen);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ErrorMonitoringPanel::showChosen);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ErrorMonitoringPanel::showChosen);
    connect(m_empty, &EmptyState::actionTriggered, this, [this]() {
        if (m_state == State::Unmonitored)
            activateTracking();
        else if (m_state == State::Failed)
            reload();
    });
    connect(m_message, &MessageBar::actionTriggered, this, &ErrorMonitoringPanel::reload);
    clear();
}

ErrorMonitoringPanel::~ErrorMonitoringPanel() = default;

void ErrorMonitoringPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    clear();
    m_workspace = workspace;
    if (!workspace)
        return;
    connect(workspace, &Workspace::canWriteChanged, this, [this]() {
        // Back online with what the cache had: read the PIM's answer.
        if (m_fromCache && m_workspace->canWrite() && m_subject != Subject::None)
            reload();
        applyWriteState();
    });
}

void ErrorMonitoringPanel::showConnection(const QString &code)
{
    clear();
    m_subject = Subject::Connection;
    m_code = code;
    load();
}

void ErrorMonitoringPanel::showApp(const QString &connectionCode,
                                   const std::optional<AppMonitoringSettings> &settings)
{
    clear();
    m_subject = Subject::App;
    m_code = connectionCode;
    m_appSettings = settings;
    load();
}

void ErrorMonitoringPanel::setAppSettings(const AppMonitoringSettings &settings)
{
    if (m_subject != Subject::App || (m_appSettings && *m_appSettings == settings))
        return;
    m_appSettings = settings;
    load();
}

void ErrorMonitoringPanel::reload()
{
    if (m_subject == Subject::Connection)
        m_connection.reset(); // read again
    else if (m_subject == Subject::App && m_fromCache)
        m_appSettings.reset();
    load();
}

quint64 ErrorMonitoringPanel::abandon()
{
    // The answers still to come are dropped: they will not say they are done.
    const bool wasBusy = isBusy();
    m_busyCount = 0;
    if (wasBusy)
        emit busyChanged(false);
    return ++m_generation;
}

void ErrorMonitoringPanel::clear()
{
    abandon();
    m_subject = Subject::None;
    m_code.clear();
    m_connection.reset();
    m_appSettings.reset();
    m_fromCache = false;
    m_message->hide();
    m_search->clear();
    m_model->setErrors({});
    setState(State::Idle);
}

void ErrorMonitoringPanel::load()
{
    if (!m_workspace || m_subject == Subject::None)
        return;
    const quint64 generation = abandon();
    m_message->hide();
    m_fromCache = false;
    setState(State::Loading);
    loadSettings(generation);
}

void ErrorMonitoringPanel::loadSettings(quint64 generation)
{
    if (m_subject == Subject::App && m_appSettings) {
        evaluate(m_appSettings->flowType, m_appSettings->auditable);
        return;
    }
    setBusy(true);
    if (m_subject == Subject::Connection) {
        m_workspace->loadDetails(
            m_code, this,
            [this, generation](const ApiError &error, const Workspace::Details &details) {
                if (!isCurrent(generation))
                    return;
                setBusy(false);
                if (error.isError())
                    return fail(error);
                m_connection = details;
                m_fromCache = details.fromCache;
                evaluate(details.details.connection.flowType, details.details.connection.auditable);
            });
        return;
    }
    m_workspace->monitoring()->loadAppSettings(
        m_code, this,
        [this, generation](const ApiError &error,
                           const Monitoring::Answer<AppMonitoringSettings> &answer) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            if (error.isError())
                return fail(error);
            m_appSettings = answer.value;
            m_fromCache = answer.fromCache;
            evaluate(answer.value.flowType, answer.value.auditable);
        });
}

void ErrorMonitoringPanel::evaluate(FlowType flowType, bool auditable)
{
    // docs/pim-api.md §9.2: only tracked source connections have their errors recorded.
    if (flowType != FlowType::Source)
        setState(State::NotSource);
    else if (!auditable)
        setState(State::Unmonitored);
    else
        loadErrors(m_generation);
}

void ErrorMonitoringPanel::loadErrors(quint64 generation)
{
    setBusy(true);
    m_workspace->monitoring()->loadBusinessErrors(
        m_code, this,
        [this, generation](const ApiError &error,
                           const Monitoring::Answer<QList<BusinessError>> &answer) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            if (error.isError())
                return fail(error);
            showErrors(answer.value, answer.asOf, answer.fromCache);
        });
}

void ErrorMonitoringPanel::showErrors(const QList<BusinessError> &errors, const QDateTime &asOf,
                                      bool fromCache)
{
    m_fromCache = m_fromCache || fromCache;
    m_model->setErrors(errors);
    m_table->setDateOrder(Qt::DescendingOrder);
    if (fromCache && asOf.isValid())
        m_message->showMessage(
            MessageBar::Type::Info,
            tr("The PIM cannot be reached: showing the errors as of %1.")
                .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat)));
    setState(errors.isEmpty() ? State::NoError : State::List);
    if (!errors.isEmpty())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void ErrorMonitoringPanel::fail(const ApiError &error)
{
    m_empty->setContent(Icons::Name::Error, tr("The errors cannot be shown"), error.message(),
                        tr("Retry"));
    setState(State::Failed);
}

void ErrorMonitoringPanel::activateTracking()
{
    if (!m_workspace || !m_workspace->canWrite() || m_fromCache)
        return;
    const quint64 generation = abandon();
    setBusy(true);
    m_empty->setActionEnabled(false);
    if (m_subject == Subject::Connection && m_connection) {
        ConnectionUpdate update = ConnectionUpdate::from(m_connection->details);
        update.auditable = true;
        m_workspace->updateConnection(update, this, [this, generation](const ApiError &error) {
            if (isCurrent(generation) && !error.isError())
                m_connection->details.connection.auditable = true;
            trackingSaved(generation, error);
        });
    } else if (m_subject == Subject::App && m_appSettings) {
        AppMonitoringSettings settings = *m_appSettings;
        settings.auditable = true;
        m_workspace->monitoring()->saveAppSettings(
            m_code, settings, this, [this, generation, settings](const ApiError &error) {
                if (isCurrent(generation) && !error.isError())
                    m_appSettings = settings;
                trackingSaved(generation, error);
            });
    }
}

void ErrorMonitoringPanel::trackingSaved(quint64 generation, const ApiError &error)
{
    if (!isCurrent(generation))
        return;
    setBusy(false);
    if (error.isError()) {
        m_message->showError(error);
        applyWriteState();
        return;
    }
    emit trackingEnabled(m_code);
    loadErrors(generation);
}

void ErrorMonitoringPanel::setState(State state)
{
    switch (state) {
    case State::Idle:
    case State::Failed:
    case State::List:
        break; // the content is set by whoever moves here
    case State::Loading:
        m_empty->setContent(Icons::Name::Refresh, tr("Loading the errors…"), QString());
        break;
    case State::NotSource:
        m_empty->setContent(Icons::Name::Info,
                            tr("For now, monitoring page is only available for source connection."),
                            tr("The PIM records the business errors of the connections whose "
                               "flow type is Data source only."));
        break;
    case State::Unmonitored:
        m_empty->setContent(
            Icons::Name::Hide, tr("Unmonitored connection"),
            tr("To track errors on this connection, activate monitoring in the settings."),
            tr("Activate monitoring"));
        break;
    case State::NoError:
        m_empty->setContent(Icons::Name::Check, tr("Awesome! No error found!"), QString());
        break;
    }
    const bool changed = state != m_state;
    m_state = state;
    const bool list = state == State::List;
    m_helper->setVisible(list || state == State::NoError);
    m_list->setVisible(list);
    m_empty->setVisible(!list && state != State::Idle);
    if (!list)
        m_chosen->setError(std::nullopt);
    refreshCounts();
    applyWriteState();
    if (changed)
        emit stateChanged(state);
}

void ErrorMonitoringPanel::setBusy(bool busy)
{
    const bool before = isBusy();
    m_busyCount = qMax(0, m_busyCount + (busy ? 1 : -1));
    if (before != isBusy())
        emit busyChanged(isBusy());
}

void ErrorMonitoringPanel::applyWriteState()
{
    if (m_state == State::Unmonitored) {
        const bool canWrite = m_workspace && m_workspace->canWrite() && !m_fromCache;
        QString reason = m_workspace ? m_workspace->writeDisabledReason() : QString();
        if (reason.isEmpty() && m_fromCache)
            reason = tr("Showing what was saved on this computer: changes need the PIM.");
        m_empty->setActionEnabled(canWrite && !isBusy(), canWrite ? QString() : reason);
    } else if (m_state == State::Failed) {
        m_empty->setActionEnabled(true);
    }
    m_export->setEnabled(m_state == State::List && m_proxy->rowCount() > 0);
}

void ErrorMonitoringPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the desktop's theme changed
        Theme::useSecondaryText(m_results, palette());
}

void ErrorMonitoringPanel::refreshCounts()
{
    const int total = m_model->rowCount();
    m_helper->setCount(total);
    m_results->setText(BusinessErrorFilterModel::resultsText(m_proxy->rowCount()));
    m_export->setEnabled(m_state == State::List && m_proxy->rowCount() > 0);
}

void ErrorMonitoringPanel::showChosen()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_state != State::List) {
        m_chosen->setError(std::nullopt);
        return;
    }
    m_chosen->setError(current.data(BusinessErrorTableModel::ErrorRole).value<BusinessError>());
}

QList<BusinessError> ErrorMonitoringPanel::shownErrors() const
{
    QList<BusinessError> errors;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        errors.append(
            m_proxy->index(row, 0).data(BusinessErrorTableModel::ErrorRole).value<BusinessError>());
    return errors;
}

void ErrorMonitoringPanel::setTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone);
}

void ErrorMonitoringPanel::exportCsv()
{
    if (m_state != State::List)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The file name offered when exporting; %1 is the connection code, %2 today's date.
    const QString name =
        tr("%1-business-errors-%2.csv").arg(m_code, QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export the business errors"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(folder);
    dialog->selectFile(QDir(folder).filePath(name));
    connect(dialog, &QFileDialog::fileSelected, this, &ErrorMonitoringPanel::exportTo);
    dialog->open(); // window-modal, returns at once
}

void ErrorMonitoringPanel::exportTo(const QString &path)
{
    if (path.isEmpty())
        return;
    // At most 100 rows: made here, at once; the disk is written off the GUI thread.
    const QByteArray bytes = BusinessErrorCsv::toCsv(shownErrors(), m_model->timeZone());
    m_export->setEnabled(false);
    setBusy(true);
    FileWriter::write(path, bytes, this, [this, path](const QString &error) {
        setBusy(false);
        refreshCounts();
        if (error.isEmpty())
            m_message->showMessage(
                MessageBar::Type::Positive,
                tr("The errors were exported to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_message->showMessage(MessageBar::Type::Error, error);
        emit exportFinished(path, error);
    });
}
