#pragma once

#include "domain/BusinessError.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

// Under the error monitoring's table: the chosen business error in full (docs/pim-api.md §9.3):
// its message, its details (product, family, locale, channel, attribute) and its documentation
// sentences. Everything the PIM wrote is shown as plain text, except the documentation, whose
// web links (href, http or https only) open in the browser; a link to a PIM screen (route)
// shows its title as plain text (ErrorDocumentation::html() builds that, escaping the rest).
class ErrorDetailsPane : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorDetailsPane(QWidget *parent = nullptr);

    // nullopt: "Select an error…".
    void setError(const std::optional<BusinessError> &error);

    QString messageText() const;
    QString detailsText() const;
    // The documentation labels' rich text, one per documentation sentence.
    QStringList documentationHtml() const;

    // Opens a link of the PIM's documentation, or of the helper, in the browser: only http and
    // https addresses; anything else is refused (false).
    static bool openWebLink(const QString &link);

signals:
    // A documentation link was opened in the browser.
    void linkOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void onLinkActivated(const QString &link);

    QLabel *m_placeholder;
    QLabel *m_message;
    QLabel *m_details;
    QWidget *m_documentationBox;
    QVBoxLayout *m_documentation;
    QList<QLabel *> m_documentationLabels;
};
