#pragma once

#include "items/ConnectionListModel.h"
#include "domain/FlowType.h"

#include <QPointer>
#include <QWidget>

#include <array>

class ConnectionGridView;
class ConnectionSection;
class EmptyState;
class MessageBar;
class OverviewHeader;
class QScrollArea;
class QStackedWidget;
class StatusSlot;

// The main window's first page (docs/pim-api.md §7): the header, then the sections "Data
// sources", "Data destinations" and "Others" (each only when it has connections, each with its
// count and its grid of tiles), then "Connected Apps" (§11.2, when the PIM has Apps), the note
// about wrong credentials above them, or the empty state ("No connection declared yet.") with a
// button that opens the create dialog.
//
// It shows a ConnectionListModel and says what the user asks for through signals; it knows
// nothing of the network or the workspace (MainWindow wires it). Keyboard: Tab goes from the
// search field to each section in turn; arrow keys move between tiles, and on from one section
// to the next; Enter opens a tile; Delete asks to delete it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // Not owned; may be null.
    void setModel(ConnectionListModel *model);
    ConnectionListModel *model() const { return m_model; }
    // The connected Apps (an AppListModel); not owned, may be null (no Apps section).
    void setAppModel(QAbstractItemModel *model);

    void setLimitReached(bool reached);
    void setWriteEnabled(bool enabled, const QString &reason = QString());
    void setBusy(bool busy);
    // While the first list is on its way: "Loading…" rather than the empty state.
    void setLoading(bool loading);
    // The shared message bars (offline, errors): placed under the header. Not owned.
    void setStatusArea(QWidget *area);

    OverviewHeader *header() const { return m_header; }
    ConnectionSection *section(FlowType type) const { return m_sections[int(type)]; }
    ConnectionSection *appsSection() const { return m_apps; }
    EmptyState *emptyState() const { return m_empty; }
    bool isEmptyStateShown() const;
    bool isNoMatchShown() const;
    // No connection's tile on screen stands in for a logo with a placeholder while that logo is
    // kept or coming (ConnectionListModel::LogoPendingRole): the benchmarks' "painted".
    bool tilesOnScreenHaveTheirLogos() const;

    // The connection's tile chosen with the keyboard (or last clicked), empty when none (an
    // App's tile is never one: Delete must not take an App for a connection).
    QString currentCode() const;
    // Makes that tile (a connection's or an App's) current and gives it the focus (coming back
    // from its page).
    bool focusTile(const QString &code);
    void focusSearch();

signals:
    void openRequested(const QString &code);
    // An App's tile was opened; `code` is its connection code.
    void appOpenRequested(const QString &code);
    void deleteRequested(const QString &code);
    void createRequested();
    void refreshRequested();
    // No PIM is open: the empty state offers to sign in to one.
    void signInRequested();

private:
    void refresh();
    // The sections in their order on the page: the three flow types, then the Apps.
    QList<ConnectionSection *> allSections() const;
    void onLeave(ConnectionSection *from, int key, int column);
    void onTileMoved(ConnectionGridView *view, const QRect &rect);
    void clearOtherSelections(ConnectionGridView *keep);

    QPointer<ConnectionListModel> m_model;
    OverviewHeader *m_header;
    StatusSlot *m_statusSlot;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    MessageBar *m_wrongNote;
    std::array<ConnectionSection *, 3> m_sections{};
    ConnectionSection *m_apps;
    QPointer<QAbstractItemModel> m_appModel;
    EmptyState *m_empty;
    QPointer<ConnectionGridView> m_lastView;
    bool m_loading = false;
    bool m_writeEnabled = true;
    bool m_limitReached = false;
    QString m_writeReason;
};
