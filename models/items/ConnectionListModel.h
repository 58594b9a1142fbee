#pragma once

#include "domain/Connection.h"
#include "domain/WrongCredentials.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

class LogoCache;

// The connections of one PIM, in the server's order (creation order, docs/pim-api.md §2),
// as a list model with named roles for the overview's tiles, the CLI and the cache.
//
// setConnections() DIFFS the fresh list against the rows by code: removed rows are removed,
// new ones inserted where they belong, reordered ones moved, changed ones get dataChanged()
// with only the roles that changed. Never a reset; an unchanged list emits nothing.
// setWrongCredentials() marks the connections used with another user's username (docs/pim-api.md §7).
// With a LogoCache, rows ask for their logo and LogoRole/DecorationRole change (dataChanged
// with those roles only) when it is ready: at once, or with the others of the same frame
// (LogoFrameMs) when logos come in a stream.
class ConnectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int LogoFrameMs = 16;

    enum Role {
        CodeRole = Qt::UserRole + 1, // QString                           "code"
        LabelRole,                   // QString                           "label"
        FlowTypeRole,                // int, FlowType (0 source, 1 dest.) "flowType"
        FlowTypeNameRole,            // QString, translated "Data source" "flowTypeName"
        ImageRole,                   // QString, the image path, or ""    "image"
        AuditableRole,               // bool                              "auditable"
        TypeRole,                    // QString, "default" or "app"       "type"
        LogoRole,                    // QImage once decoded, else invalid "logo"
        HasWrongCredentialsRole,     // bool                              "hasWrongCredentials"
        WrongCredentialsUsesRole,    // QVariantList of {username, date}  "wrongCredentialsUses"
        WrongCredentialsTextRole,    // QString, a tooltip naming users   "wrongCredentialsText"
        ConnectionRole,              // Connection                        "connection"
        ServerOrderRole,             // int, the row in the server's list "serverOrder"
        LogoPendingRole,             // bool: the logo is kept or coming   "logoPending"
                                     // but not drawn yet (a placeholder)
    };
    Q_ENUM(Role)

    explicit ConnectionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setConnections(const QList<Connection> &connections);
    void setWrongCredentials(const WrongCredentials &wrongCredentials);
    // Not owned. Rows with an image ask it for their logo.
    void setLogoCache(LogoCache *cache);
    // Removes every row (row by row signals, not a reset).
    void clear();

    QList<Connection> connections() const;
    Connection connectionAt(int row) const;
    int rowOf(const QString &code) const; // -1 when absent
    int countOf(FlowType type) const;
    WrongCredentials wrongCredentials() const { return m_wrongCredentials; }
    bool hasAnyWrongCredentials() const;

    // "This connection's client ID was used with other usernames: someone (date)..."
    static QString wrongCredentialsText(const QList<WrongCredentialsUse> &uses);

signals:
    // hasAnyWrongCredentials() changed: the overview's note above the grid (docs/pim-api.md §7).
    void anyWrongCredentialsChanged(bool any);

private:
    struct Row
    {
        Connection connection;
        QList<WrongCredentialsUse> wrongUses;
    };

    void updateRow(int row, const Connection &fresh);
    void requestLogo(const QString &path);
    void onLogoReady(const QString &path);
    void announceLogos(const QSet<QString> &paths);
    void notifyAnyWrongCredentials(bool before);

    QList<Row> m_rows;
    WrongCredentials m_wrongCredentials;
    QPointer<LogoCache> m_logos;
    // Logos that arrive in a stream (a sync, a start) are announced a frame at a time: the first
    // at once, those that follow within the frame together at its end, so that the views paint
    // once per frame rather than once per logo.
    QTimer m_logoFrame;
    QSet<QString> m_logosInFrame;
};
