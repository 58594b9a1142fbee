#include "overview/OverviewPage.h"

#include "overview/ConnectionGridView.h"
#include "items/ConnectionListModel.h"
#include "overview/ConnectionSection.h"
#include "overview/ConnectionTileDelegate.h"
#include "overview/EmptyState.h"
#include "widgets/MessageBar.h"
#include "overview/OverviewHeader.h"
#include "domain/ValidationError.h"
#include "widgets/StatusSlot.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRegion>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int Margin = 20; // the page's side margins, as the header's
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new OverviewHeader(this))
    , m_statusSlot(new StatusSlot(Margin))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_wrongNote(new MessageBar(this))
    , m_apps(ConnectionSection::appsSection())
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("overviewPage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *column = new QVBoxLayout(content);
    // The tiles' cells carry half the gap: the side margins make up the rest.
    const int half = ConnectionTileDelegate::Gap / 2;
    column->setContentsMargins(Margin - half, 12, Margin - half, Margin);
    column->setSpacing(14);

    // Section 7: the note above the grid when some connections are used with another
    // connection's username.
    m_wrongNote->setObjectName(QStringLiteral("wrongCredentialsNote"));
    m_wrongNote->setClosable(false);
    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(half, 0, half, 0);
    noteRow->addWidget(m_wrongNote);
    column->addLayout(noteRow);

    for (FlowType type : {FlowType::Source, FlowType::Destination, FlowType::Other})
        m_sections[int(type)] = new ConnectionSection(type, content);
    m_apps->setParent(content);
    for (ConnectionSection *section : allSections()) {
        column->addWidget(section);
        ConnectionGridView *view = section->view();
        connect(view, &ConnectionGridView::leaveRequested, this,
                [this, section](int key, int col) { onLeave(section, key, col); });
        connect(view, &ConnectionGridView::currentTileMoved, this,
                [this, view](const QRect &rect) { onTileMoved(view, rect); });
        connect(section, &ConnectionSection::countChanged, this, &OverviewPage::refresh);
        if (section == m_apps) {
            // An App is opened from here and deleted from its page only (§11.1).
            connect(view, &ConnectionGridView::openRequested, this,
                    &OverviewPage::appOpenRequested);
            continue;
        }
        connect(view, &ConnectionGridView::openRequested, this, &OverviewPage::openRequested);
        connect(view, &ConnectionGridView::deleteRequested, this, &OverviewPage::deleteRequested);
        connect(view, &ConnectionGridView::clicked, this, [this, view]() { m_lastView = view; });
    }
    column->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("overviewScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);

    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);

    m_statusSlot->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addSpacing(0);
    layout->addLayout(m_statusSlot);
    layout->addWidget(m_stack, 1);

    // Tab order: the header's controls, then the sections in their order, then the empty
    // state's button (only one of the last two is visible).
    QWidget *previous = m_header->createButton();
    for (ConnectionSection *section : allSections()) {
        setTabOrder(previous, section->view());
        previous = section->view();
    }
    setTabOrder(previous, m_empty->actionButton());

    connect(m_header, &OverviewHeader::searchTextChanged, this, [this](const QString &text) {
        for (ConnectionSection *section : allSections())
            section->setFilterText(text);
        refresh();
    });
    connect(m_header, &OverviewHeader::refreshRequested, this, &OverviewPage::refreshRequested);
    connect(m_header, &OverviewHeader::createRequested, this, &OverviewPage::createRequested);
    connect(m_empty, &EmptyState::actionTriggered, this, [this]() {
        if (!m_model)
            emit signInRequested();
        else if (m_model->rowCount() > 0 || m_apps->totalCount() > 0)
            m_header->searchField()->clear(); // "Clear the search"
        else
            emit createRequested();
    });
    refresh();
}

void OverviewPage::setModel(ConnectionListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    for (ConnectionSection *section : m_sections)
        section->setSourceModel(model);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &OverviewPage::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewPage::refresh);
        connect(model, &ConnectionListModel::anyWrongCredentialsChanged, this,
                &OverviewPage::refresh);
    }
    refresh();
}

void OverviewPage::setAppModel(QAbstractItemModel *model)
{
    if (m_appModel)
        disconnect(m_appModel, nullptr, this, nullptr);
    m_appModel = model;
    m_apps->setSourceModel(model);
    if (model) {
        // The header counts every App, the search aside.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &OverviewPage::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewPage::refresh);
    }
    refresh();
}

QList<ConnectionSection *> OverviewPage::allSections() const
{
    return {m_sections[0], m_sections[1], m_sections[2], m_apps};
}

void OverviewPage::setLimitReached(bool reached)
{
    m_limitReached = reached;
    m_header->setLimitReached(reached);
    refresh();
}

void OverviewPage::setWriteEnabled(bool enabled, const QString &reason)
{
    m_writeEnabled = enabled;
    m_writeReason = enabled ? QString() : reason;
    m_header->setWriteEnabled(enabled, reason);
    refresh();
}

void OverviewPage::setBusy(bool busy)
{
    m_header->setBusy(busy);
}

void OverviewPage::setLoading(bool loading)
{
    m_loading = loading;
    refresh();
}

void OverviewPage::setStatusArea(QWidget *area)
{
    m_statusSlot->place(area);
}

void OverviewPage::refresh()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int apps = m_model ? m_apps->totalCount() : 0;
    int shown = 0;
    for (ConnectionSection *section : allSections())
        shown += section->count();
    m_header->setCount(total, apps);

    if (!m_model) {
        m_empty->setContent(Icons::Name::Server, tr("No PIM to show yet."),
                            tr("Sign in to your Akeneo PIM to see and manage its connections."),
                            tr("Sign in…"));
        m_empty->setActionEnabled(true);
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0 && apps == 0 && m_loading) {
        m_empty->setContent(Icons::Name::Refresh, tr("Loading the connections…"), QString());
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0 && apps == 0) {
        // Section 7's empty state, with what a connection is, and the way to create one.
        m_empty->setContent(Icons::Name::Connection, tr("No connection declared yet."),
                            tr("A connection lets a third party (an ERP, a DAM, an e-commerce "
                               "platform…) send data to the PIM or receive data from it "
                               "through the API."),
                            tr("Create your first connection"));
        QString reason = m_writeReason;
        if (m_limitReached)
            reason = ValidationKeys::message(ValidationKeys::limitReached());
        m_empty->setActionEnabled(m_writeEnabled && !m_limitReached, reason);
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setContent(
            Icons::Name::Search,
            tr("No connection matches “%1”.").arg(m_header->searchField()->text().trimmed()),
            tr("The search looks in the labels and the codes."), tr("Clear the search"));
        m_empty->setActionEnabled(true);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_scroll);
    }

    const bool anyWrong = m_model && m_model->hasAnyWrongCredentials();
    if (anyWrong && m_wrongNote->isHidden())
        m_wrongNote->showMessage(MessageBar::Type::Warning,
                                 tr("Some connections are not used with their own username. "
                                    "Point at the warning mark on a tile to see by whom and "
                                    "when."));
    else if (!anyWrong && !m_wrongNote->isHidden())
        m_wrongNote->hide();
}

bool OverviewPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty && m_model && m_model->rowCount() == 0 && !m_loading;
}

bool OverviewPage::tilesOnScreenHaveTheirLogos() const
{
    for (const ConnectionSection *section : m_sections) {
        const ConnectionGridView *view = section->view();
        const QAbstractItemModel *model = view->model();
        if (!model || !view->isVisible())
            continue;
        // On screen: within the part of the grid the scroll area shows.
        const QRegion onScreen = view->viewport()->visibleRegion();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (onScreen.intersects(view->visualRect(index)) &&
                index.data(ConnectionListModel::LogoPendingRole).toBool())
                return false;
        }
    }
    return true;
}

bool OverviewPage::isNoMatchShown() const
{
    return m_stack->currentWidget() == m_empty && m_model &&
           (m_model->rowCount() > 0 || m_apps->totalCount() > 0);
}

QString OverviewPage::currentCode() const
{
    if (m_lastView && m_lastView->isVisibleTo(this) && m_lastView->selectionModel() &&
        m_lastView->selectionModel()->hasSelection())
        return m_lastView->currentCode();
    return {};
}

bool OverviewPage::focusTile(const QString &code)
{
    for (ConnectionSection *section : allSections()) {
        ConnectionGridView *view = section->view();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ConnectionListModel::CodeRole).toString() == code) {
                view->setFocus(Qt::OtherFocusReason);
                view->setCurrentIndex(index);
                return true;
            }
        }
    }
    return false;
}

void OverviewPage::focusSearch()
{
    m_header->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_header->searchField()->selectAll();
}

void OverviewPage::onLeave(ConnectionSection *from, int key, int column)
{
    const QList<ConnectionSection *> sections = allSections();
    const int index = int(sections.indexOf(from));
    const bool forward =
        key == Qt::Key_Down ||
        key == (layoutDirection() == Qt::LeftToRight ? Qt::Key_Right : Qt::Key_Left);
    for (int i = forward ? index + 1 : index - 1; i >= 0 && i < int(sections.size());
         i += forward ? 1 : -1) {
        ConnectionSection *next = sections[i];
        if (next->isHidden() || next->count() == 0)
            continue;
        if (key == Qt::Key_Down)
            next->view()->enterAt(column, true);
        else if (key == Qt::Key_Up)
            next->view()->enterAt(column, false);
        else if (forward)
            next->view()->enterAt(0, true);
        else
            next->view()->enterAt(next->count(), false); // clamped: the last tile
        return;
    }
    if (!forward && key == Qt::Key_Up)
        focusSearch(); // above the first row: back to the search field
}

void OverviewPage::onTileMoved(ConnectionGridView *view, const QRect &rect)
{
    m_lastView = view == m_apps->view() ? nullptr : view;
    clearOtherSelections(view);
    // The grids do not scroll: the page does. Bring the tile into view, with its gap.
    QWidget *content = m_scroll->widget();
    const QPoint center = view->viewport()->mapTo(content, rect.center());
    m_scroll->ensureVisible(center.x(), center.y(), rect.width() / 2,
                            rect.height() / 2 + ConnectionTileDelegate::Gap);
}

void OverviewPage::clearOtherSelections(ConnectionGridView *keep)
{
    for (ConnectionSection *section : allSections()) {
        ConnectionGridView *view = section->view();
        if (view != keep && view->selectionModel()) {
            view->selectionModel()->clear();
        }
    }
}
