#include "apps/AppSettingsForm.h"

#include "widgets/CopyButton.h"
#include "widgets/FieldMessage.h"
#include "widgets/FlowTypeChooser.h"
#include "widgets/FormGrid.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the PIM's words, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AppSettingsForm::AppSettingsForm(Clipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_flowType(new FlowTypeChooser(this))
    , m_tracked(new QCheckBox(tr("&Track in Data flows dashboard"), this))
    , m_trackedHint(new FieldMessage(this))
    , m_code(valueLabel(QStringLiteral("appCode"), this))
    , m_username(valueLabel(QStringLiteral("appUsername"), this))
    , m_scopes(valueLabel(QStringLiteral("appScopes"), this))
    , m_categories(valueLabel(QStringLiteral("appCategories"), this))
{
    setObjectName(QStringLiteral("appSettings"));
    m_flowType->setObjectName(QStringLiteral("flowType"));
    m_flowType->setAccessibleName(tr("Flow type"));
    m_tracked->setObjectName(QStringLiteral("auditable"));
    m_tracked->setAccessibleName(tr("Track in Data flows dashboard"));
    m_trackedHint->setHint(tr("You can only track “Source” and “Destination” connections."));
    m_username->setAccessibleName(tr("Username"));
    m_scopes->setAccessibleName(tr("Authorised access"));

    auto *copyUsername = new CopyButton(
        clipboard, Clipboard::Kind::Plain, [this]() { return m_usernameValue; }, tr("Username"),
        this);
    copyUsername->setObjectName(QStringLiteral("copyUsername"));
    auto *usernameRow = new QHBoxLayout;
    usernameRow->setContentsMargins(0, 0, 0, 0);
    usernameRow->addWidget(m_username);
    usernameRow->addWidget(copyUsername);
    usernameRow->addStretch(1);

    // What the PIM says of the App: read-only.
    auto *about = new QGroupBox(tr("General settings"), this);
    auto *aboutForm = new FormGrid(about);
    aboutForm->addRow(tr("Code"), nullptr, m_code);
    aboutForm->addRow(tr("Username"), nullptr, usernameRow, copyUsername);
    aboutForm->addRow(tr("Authorised access"), nullptr, m_scopes);
    aboutForm->addRow(tr("Categories"), nullptr, m_categories);

    // What the administrator chooses (docs/pim-api.md §11.2, monitoring-settings).
    auto *flows = new QGroupBox(tr("Data flows"), this);
    auto *flowsForm = new FormGrid(flows);
    flowsForm->addRow(tr("&Flow type"), m_flowType, m_flowType,
                      m_flowType->button(FlowType::Source));
    flowsForm->addRow(FormGrid::stacked({m_tracked, m_trackedHint}));

    const int labelWidth = qMax(aboutForm->labelColumnWidth(), flowsForm->labelColumnWidth());
    aboutForm->setLabelColumnWidth(labelWidth);
    flowsForm->setLabelColumnWidth(labelWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(about);
    layout->addWidget(flows);
    layout->addStretch(1);

    connect(m_flowType, &FlowTypeChooser::flowTypeChanged, this, [this](FlowType type) {
        if (type == FlowType::Other) {
            // docs/pim-api.md §3: an "Other" connection is never tracked.
            const QSignalBlocker blocker(m_tracked);
            m_tracked->setChecked(false);
        }
        applyEnabled();
        edited();
    });
    connect(m_tracked, &QCheckBox::toggled, this, &AppSettingsForm::edited);
    setSettings(std::nullopt);
}

void AppSettingsForm::setApp(const ConnectedApp &app)
{
    m_code->setText(app.connectionCode);
    m_usernameValue = app.connectionUsername;
    m_username->setText(app.connectionUsername.isEmpty() ? tr("Not given by the PIM")
                                                         : app.connectionUsername);
    m_scopes->setText(app.scopes.isEmpty() ? tr("None") : app.scopes.join(QLatin1Char('\n')));
    m_categories->setText(app.categories.isEmpty() ? tr("None")
                                                   : app.categories.join(QStringLiteral(", ")));
}

void AppSettingsForm::setSettings(const std::optional<AppMonitoringSettings> &settings)
{
    m_known = settings.has_value();
    const QSignalBlocker flowBlocker(m_flowType);
    const QSignalBlocker trackedBlocker(m_tracked);
    const AppMonitoringSettings shown = settings.value_or(AppMonitoringSettings());
    m_flowType->setFlowType(shown.flowType);
    m_tracked->setChecked(shown.flowType != FlowType::Other && shown.auditable);
    applyEnabled();
}

AppMonitoringSettings AppSettingsForm::settings() const
{
    const FlowType type = m_flowType->flowType();
    return {type, type != FlowType::Other && m_tracked->isChecked()};
}

void AppSettingsForm::setWriteEnabled(bool enabled, const QString &reason)
{
    m_writeEnabled = enabled;
    m_reason = enabled ? QString() : reason;
    applyEnabled();
}

QString AppSettingsForm::usernameText() const
{
    return m_username->text();
}

QString AppSettingsForm::scopesText() const
{
    return m_scopes->text();
}

void AppSettingsForm::applyEnabled()
{
    const bool editable = m_known && m_writeEnabled;
    m_flowType->setEnabled(editable);
    m_flowType->setToolTip(editable ? QString() : m_reason);
    const bool other = m_flowType->flowType() == FlowType::Other;
    m_tracked->setEnabled(editable && !other);
    m_tracked->setToolTip(!editable ? m_reason
                          : other   ? tr("Not available for the flow type Other: its "
                                           "data flows are not monitored.")
                                    : QString());
}

void AppSettingsForm::edited()
{
    if (m_known && m_writeEnabled)
        emit settingsEdited(settings());
}
