#include "events/EventSubscriptionPart.h"

#include "domain/ApiError.h"
#include "domain/ValidationError.h"
#include "services/Clipboard.h"
#include "services/MessageBox.h"
#include "style/Icons.h"
#include "widgets/CopyButton.h"
#include "widgets/FieldMessage.h"
#include "widgets/SearchField.h"
#include "workspace/Events.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

EventSubscriptionPart::EventSubscriptionPart(Clipboard *clipboard, MessageBox *messageBox,
                                             QWidget *parent)
    : QGroupBox(tr("Event subscription"), parent)
    , m_clipboard(clipboard)
    , m_messageBox(messageBox)
    , m_unavailableLabel(wrappedLabel(QString(), this))
    , m_asOf(wrappedLabel(QString(), this))
    , m_body(new QWidget(this))
    , m_enabled(new QCheckBox(tr("Event subscription activation"), m_body))
    , m_enabledMessage(new FieldMessage(m_body))
    , m_url(new QLineEdit(m_body))
    , m_test(new QPushButton(tr("Test"), m_body))
    , m_urlMessage(new FieldMessage(m_body))
    , m_secret(new QLineEdit(m_body))
    , m_regenerate(new QPushButton(Icons::icon(Icons::Name::Regenerate), tr("Regenerate"), m_body))
    , m_usesUuid(new QCheckBox(tr("Use product UUID instead of product identifier?"), m_body))
    , m_save(new QPushButton(tr("Save"), m_body))
    , m_logs(new QPushButton(tr("Event logs"), m_body))
    , m_status(new FieldMessage(m_body))
{
    m_copySecret = new CopyButton(
        clipboard, Clipboard::Kind::Secret, [this]() { return m_secret->text(); },
        tr("Event subscription secret"), m_body);
    m_unavailableLabel->setObjectName(QStringLiteral("eventsUnavailable"));
    m_asOf->setObjectName(QStringLiteral("eventsAsOf"));
    m_enabled->setObjectName(QStringLiteral("eventsEnabled"));
    m_enabledMessage->setObjectName(QStringLiteral("eventsEnabledMessage"));
    m_url->setObjectName(QStringLiteral("eventsUrl"));
    m_test->setObjectName(QStringLiteral("eventsTest"));
    m_urlMessage->setObjectName(QStringLiteral("eventsUrlMessage"));
    m_secret->setObjectName(QStringLiteral("eventsSecret"));
    m_copySecret->setObjectName(QStringLiteral("eventsCopySecret"));
    m_regenerate->setObjectName(QStringLiteral("eventsRegenerate"));
    m_usesUuid->setObjectName(QStringLiteral("eventsUsesUuid"));
    m_save->setObjectName(QStringLiteral("eventsSave"));
    m_logs->setObjectName(QStringLiteral("eventsLogs"));
    m_status->setObjectName(QStringLiteral("eventsStatus"));

    m_enabled->setAccessibleName(m_enabled->text());
    m_url->setAccessibleName(tr("Event subscription URL"));
    m_url->setPlaceholderText(tr("https://example.com/akeneo-events"));
    SearchField::enableClearButton(m_url, tr("Clear the URL"));
    m_test->setAccessibleName(tr("Test the URL"));
    m_test->setToolTip(tr("The PIM sends a signed test request to this URL"));
    m_secret->setAccessibleName(tr("Event subscription secret"));
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password); // masked; copied through the Clipboard service
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_regenerate->setAccessibleName(tr("Regenerate the event subscription secret"));
    m_usesUuid->setAccessibleName(m_usesUuid->text());
    m_save->setAccessibleName(tr("Save the event subscription"));
    m_logs->setAccessibleName(tr("Show the event logs"));
    m_logs->setIcon(Icons::icon(Icons::Name::Chart));
    m_unavailableLabel->hide();
    m_asOf->hide();

    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(6);
    int row = 0;
    grid->addWidget(wrappedLabel(tr("You can be notified of events happening in the PIM for "
                                    "products synchronized with this connection. You just need "
                                    "to define a URL."),
                                 m_body),
                    row++, 0, 1, 3);
    grid->addWidget(m_enabled, row++, 0, 1, 3);
    grid->addWidget(m_enabledMessage, row++, 0, 1, 3);
    auto *urlLabel = new QLabel(tr("&URL"), m_body);
    urlLabel->setBuddy(m_url);
    grid->addWidget(urlLabel, row, 0);
    grid->addWidget(m_url, row, 1);
    grid->addWidget(m_test, row++, 2);
    grid->addWidget(m_urlMessage, row++, 1, 1, 2);
    auto *secretLabel = new QLabel(tr("&Secret"), m_body);
    secretLabel->setBuddy(m_secret);
    grid->addWidget(secretLabel, row, 0);
    auto *secretRow = new QHBoxLayout;
    secretRow->setSpacing(0);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copySecret);
    grid->addLayout(secretRow, row, 1);
    grid->addWidget(m_regenerate, row++, 2);
    grid->addWidget(m_usesUuid, row++, 1, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save, 0, Qt::AlignTop);
    buttons->addWidget(m_status, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_logs, 0, Qt::AlignTop);
    grid->addLayout(buttons, row++, 0, 1, 3);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_asOf);
    column->addWidget(m_unavailableLabel);
    column->addWidget(m_body);

    setTabOrder(m_enabled, m_url);
    setTabOrder(m_url, m_test);
    setTabOrder(m_test, m_secret);
    setTabOrder(m_secret, m_copySecret);
    setTabOrder(m_copySecret, m_regenerate);
    setTabOrder(m_regenerate, m_usesUuid);
    setTabOrder(m_usesUuid, m_save);
    setTabOrder(m_save, m_logs);

    connect(m_enabled, &QCheckBox::toggled, this, &EventSubscriptionPart::updateControls);
    connect(m_usesUuid, &QCheckBox::toggled, this, &EventSubscriptionPart::updateControls);
    connect(m_url, &QLineEdit::textEdited, this, [this]() {
        m_urlMessage->clearMessage(); // an old test result or error is about another URL
        updateControls();
    });
    connect(m_url, &QLineEdit::returnPressed, this, &EventSubscriptionPart::save);
    connect(m_save, &QPushButton::clicked, this, &EventSubscriptionPart::save);
    connect(m_test, &QPushButton::clicked, this, &EventSubscriptionPart::test);
    connect(m_regenerate, &QPushButton::clicked, this, &EventSubscriptionPart::askRegenerate);
    connect(m_logs, &QPushButton::clicked, this, [this]() { emit logsRequested(m_code); });
    clear();
}

EventSubscriptionPart::~EventSubscriptionPart() = default;

void EventSubscriptionPart::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    clear();
    m_workspace = workspace;
    if (!workspace)
        return;
    connect(workspace, &Workspace::canWriteChanged, this, [this]() {
        // Back online with what the cache had: read it again, unless the user is editing.
        if (m_loaded && m_fromCache && m_workspace->canWrite() && !isModified())
            load();
        updateControls();
    });
}

void EventSubscriptionPart::open(const QString &code)
{
    clear();
    m_code = code;
    load();
}

void EventSubscriptionPart::clear()
{
    ++m_generation;
    m_code.clear();
    m_form = {};
    m_loaded = false;
    m_fromCache = false;
    m_unavailable = false;
    m_busy = 0;
    m_announceSave = false;
    m_enabled->setChecked(false);
    m_url->clear();
    m_secret->clear();
    m_usesUuid->setChecked(false);
    m_enabledMessage->clearMessage();
    m_urlMessage->clearMessage();
    m_status->clearMessage();
    m_asOf->hide();
    m_unavailableLabel->hide();
    m_body->show();
    updateControls();
}

void EventSubscriptionPart::load()
{
    if (!m_workspace || m_code.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_workspace->events()->loadSubscription(
        m_code, this,
        [this, generation](const ApiError &error,
                           const Events::Answer<EventSubscriptionForm> &answer) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            const bool announce = std::exchange(m_announceSave, false);
            if (error.kind == ApiError::Kind::Unavailable) {
                showUnavailable();
            } else if (error.isError()) {
                m_status->setMessage(Theme::Tone::Negative, error.message());
            } else {
                showForm(answer.value, answer.asOf, answer.fromCache);
                if (announce) {
                    m_status->setMessage(Theme::Tone::Positive,
                                         tr("Event subscription successfully updated."));
                    emit saved(m_code);
                }
            }
        });
}

void EventSubscriptionPart::showForm(const EventSubscriptionForm &form, const QDateTime &asOf,
                                     bool fromCache)
{
    m_form = form;
    m_loaded = true;
    m_fromCache = fromCache;
    m_unavailable = false;
    m_unavailableLabel->hide();
    m_body->show();
    const EventSubscription &s = form.subscription;
    showEdits(s);
    m_secret->setText(s.secret.value_or(QString()));
    // "isUsingUuid" exists from 7.0 on (docs/pim-api.md §8.2).
    m_usesUuid->setVisible(s.usesUuid.has_value());
    m_asOf->setVisible(fromCache && asOf.isValid());
    if (fromCache && asOf.isValid())
        m_asOf->setText(tr("Offline: as of %1")
                            .arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat)));
    if (fromCache && s.hasSecret() && s.secret->isEmpty())
        m_secret->setPlaceholderText(tr("Not kept on this computer"));
    else
        m_secret->setPlaceholderText(s.hasSecret() ? QString() : tr("Made at the first save"));
    updateControls();
    emit loaded(m_code);
}

void EventSubscriptionPart::showUnavailable()
{
    m_unavailable = true;
    m_loaded = true;
    m_body->hide();
    m_asOf->hide();
    // Not an error: the PIM has no Events API (docs/pim-api.md §8), as after Akeneo retired it.
    m_unavailableLabel->setText(tr("Event subscriptions are not available on this PIM: it has no "
                                   "Events API."));
    m_unavailableLabel->show();
    emit loaded(m_code);
}

EventSubscriptionUpdate EventSubscriptionPart::update() const
{
    EventSubscriptionUpdate update = EventSubscriptionUpdate::from(m_form.subscription);
    update.code = m_code;
    update.enabled = m_enabled->isChecked();
    update.url = m_url->text().trimmed();
    update.usesUuid = m_usesUuid->isChecked();
    return update;
}

bool EventSubscriptionPart::isModified() const
{
    return m_loaded && !m_unavailable &&
           !(update() == EventSubscriptionUpdate::from(m_form.subscription));
}

bool EventSubscriptionPart::canSave() const
{
    return m_save->isEnabled();
}

void EventSubscriptionPart::revert()
{
    if (!m_loaded || m_unavailable)
        return;
    showEdits(m_form.subscription); // the limit's warning comes back with updateControls()
    m_status->clearMessage();
    updateControls();
}

void EventSubscriptionPart::showEdits(const EventSubscription &s)
{
    m_enabled->setChecked(s.enabled);
    m_url->setText(s.url.value_or(QString()));
    m_usesUuid->setChecked(s.usesUuid.value_or(false));
    m_enabledMessage->clearMessage();
    m_urlMessage->clearMessage();
}

void EventSubscriptionPart::save()
{
    if (!m_workspace || !m_loaded || m_busy > 0 || !m_save->isEnabled())
        return;
    const quint64 generation = m_generation;
    m_enabledMessage->clearMessage();
    m_urlMessage->clearMessage();
    m_status->clearMessage();
    setBusy(true);
    m_workspace->events()->saveSubscription(update(), this,
                                            [this, generation](const ApiError &error) {
                                                if (!isCurrent(generation))
                                                    return;
                                                setBusy(false);
                                                if (error.isError()) {
                                                    showSaveError(error);
                                                    emit saveFinished(m_code, false);
                                                    return;
                                                }
                                                emit saveFinished(m_code, true);
                                                if (!isCurrent(generation))
                                                    return; // the page was left on that signal
                                                // Read back: the first save makes the PIM create
                                                // the secret (docs/pim-api.md §8.4).
                                                m_announceSave = true;
                                                load();
                                            });
}

void EventSubscriptionPart::showSaveError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Unavailable) {
        showUnavailable();
        return;
    }
    if (error.kind != ApiError::Kind::Validation) {
        m_status->setMessage(Theme::Tone::Negative, error.message());
        return;
    }
    // docs/pim-api.md §8.3: "url", "enabled" (the limit of §8.6), "code" (unknown connection).
    const ValidationKeys::FormErrors errors = ValidationKeys::forForm(
        error.fieldErrors, {QStringLiteral("url"), QStringLiteral("enabled")});
    const QString url = errors.onFields.value(QStringLiteral("url"));
    m_urlMessage->setMessage(Theme::Tone::Negative, url);
    m_enabledMessage->setMessage(Theme::Tone::Negative,
                                 errors.onFields.value(QStringLiteral("enabled")));
    m_status->setMessage(Theme::Tone::Negative,
                         errors.elsewhere.isEmpty()
                             ? tr("Sorry, an error occurred while editing the event subscription.")
                             : errors.elsewhere.join(QLatin1Char('\n')));
    if (!url.isEmpty())
        m_url->setFocus();
}

void EventSubscriptionPart::test()
{
    if (!m_workspace || !m_loaded || !m_test->isEnabled())
        return;
    const quint64 generation = m_generation;
    m_urlMessage->setMessage(Theme::Tone::Info, tr("Testing…"));
    setBusy(true);
    m_workspace->events()->testUrl(
        m_code, m_url->text().trimmed(), m_secret->text(), this,
        [this, generation](const ApiError &error, const ReachabilityResult &result) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            if (error.kind == ApiError::Kind::Unavailable)
                showUnavailable();
            else if (error.isError())
                m_urlMessage->setMessage(Theme::Tone::Negative, error.message());
            else
                m_urlMessage->setMessage(
                    result.success ? Theme::Tone::Positive : Theme::Tone::Negative,
                    result.success ? tr("It works: the URL answered %1").arg(result.text())
                                   : tr("It failed: %1").arg(result.text()));
        });
}

void EventSubscriptionPart::askRegenerate()
{
    if (!m_regenerate->isEnabled())
        return;
    m_messageBox->ask(this, MessageBox::regenerateEventSecret(), this,
                      [this](MessageBox::Answer answer) {
                          if (answer == MessageBox::Answer::Confirm)
                              regenerate();
                      });
}

void EventSubscriptionPart::regenerate()
{
    if (!m_workspace || !m_loaded)
        return;
    const quint64 generation = m_generation;
    m_status->clearMessage();
    setBusy(true);
    m_workspace->events()->regenerateSecret(
        m_code, this, [this, generation](const ApiError &error, const EventSubscriptionForm &form) {
            if (!isCurrent(generation))
                return;
            setBusy(false);
            if (error.kind == ApiError::Kind::Unavailable) {
                showUnavailable();
                return;
            }
            if (!error.isError()) {
                // Only the secret: edits not saved yet stay.
                m_form.subscription.secret = form.subscription.secret;
                m_secret->setText(form.subscription.secret.value_or(QString()));
            }
            showStatus(error, tr("Webhook secret successfully regenerated. Update the receivers "
                                 "with the new one."));
        });
}

void EventSubscriptionPart::showStatus(const ApiError &error, const QString &success)
{
    if (error.isError())
        m_status->setMessage(Theme::Tone::Negative, error.message());
    else
        m_status->setMessage(Theme::Tone::Positive, success);
    updateControls();
}

void EventSubscriptionPart::setBusy(bool busy)
{
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    updateControls();
}

void EventSubscriptionPart::updateControls()
{
    const bool canWrite = m_workspace && m_workspace->canWrite() && m_loaded && !m_fromCache;
    const bool idle = m_busy == 0;
    const QString reason = !m_workspace ? QString()
                           : m_workspace->canWrite()
                               ? (m_fromCache ? tr("Read from this computer's copy: it can be "
                                                   "changed once the PIM can be reached.")
                                              : QString())
                               : m_workspace->writeDisabledReason();
    // docs/pim-api.md §8.6: the switch cannot turn this one on once the limit is reached.
    const bool blocked = m_loaded && m_form.activationBlocked();
    m_enabled->setEnabled(canWrite && idle && !blocked);
    if (blocked && !m_enabledMessage->hasMessage())
        m_enabledMessage->setMessage(
            Theme::Tone::Warning,
            tr("You can connect up to %1 connections to the Event subscription feature. You have "
               "reached this limit.")
                .arg(m_form.activeLimit.limit));
    m_url->setReadOnly(!canWrite);
    m_usesUuid->setEnabled(canWrite && idle);
    m_save->setEnabled(canWrite && idle && isModified());
    m_regenerate->setEnabled(canWrite && idle && m_form.subscription.hasSecret());
    m_copySecret->setEnabled(!m_secret->text().isEmpty());
    // docs/pim-api.md §8.5: Test needs a URL and a secret.
    const bool testable = !m_url->text().trimmed().isEmpty() && !m_secret->text().isEmpty();
    m_test->setEnabled(canWrite && idle && testable);
    m_urlMessage->setHint(canWrite && !testable
                              ? tr("Please, click on the Save button to be able to test the URL.")
                              : QString());
    m_logs->setEnabled(m_loaded && !m_code.isEmpty());
    for (QWidget *control : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_url),
                             static_cast<QWidget *>(m_usesUuid), static_cast<QWidget *>(m_save),
                             static_cast<QWidget *>(m_regenerate), static_cast<QWidget *>(m_test)})
        control->setToolTip(canWrite ? QString() : reason);
    m_test->setToolTip(canWrite ? tr("The PIM sends a signed test request to this URL") : reason);
}

QString EventSubscriptionPart::statusText() const
{
    return m_status->message();
}

QString EventSubscriptionPart::urlMessage() const
{
    return m_urlMessage->shownText();
}

QString EventSubscriptionPart::enabledMessage() const
{
    return m_enabledMessage->message();
}

QString EventSubscriptionPart::asOfText() const
{
    return m_asOf->isVisibleTo(this) ? m_asOf->text() : QString();
}

QString EventSubscriptionPart::unavailableText() const
{
    return m_unavailable ? m_unavailableLabel->text() : QString();
}
