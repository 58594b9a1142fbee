#pragma once

#include "store/CachedMonitoring.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>

// The connected Apps of one PIM (docs/pim-api.md §11.2), in the PIM's order, for the
// overview's "Connected Apps" tiles. It answers the roles of ConnectionListModel that the
// tiles and their proxy read (DisplayRole and LabelRole: the name; CodeRole: the App's
// connection code; ImageRole: the logo's address; LogoRole: the logo once loaded;
// HasWrongCredentialsRole: false), so the connections' grid view and delegate draw it as they
// draw connections. No flow type role: the Apps are one section, in the PIM's order.
//
// setApps() with the same Apps in the same order only tells the rows that changed
// (dataChanged); otherwise the rows are removed and the new list inserted. setLogo() sets a
// row's logo (dataChanged with the logo roles).
class AppListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AppRole = Qt::UserRole + 100, // CachedApp
        AuthorRole,                   // QString, empty when none
    };
    Q_ENUM(Role)

    explicit AppListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setApps(const QList<CachedApp> &apps);
    // The logo of the App with this connection code (a null image forgets it).
    void setLogo(const QString &connectionCode, const QImage &logo);
    bool hasLogo(const QString &connectionCode) const { return m_logos.contains(connectionCode); }
    void clear() { setApps({}); }

    QList<CachedApp> apps() const { return m_apps; }
    CachedApp appAt(int row) const { return m_apps.value(row); }
    int rowOf(const QString &connectionCode) const; // -1 when absent

    // "Developed by Lingo Workshop" (docs/pim-api.md §11.2); empty without an author.
    static QString authorText(const ConnectedApp &app);

private:
    QList<CachedApp> m_apps;
    QHash<QString, QImage> m_logos; // by connection code
};
