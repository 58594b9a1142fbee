#include "widgets/FlowTypeChooser.h"

#include "widgets/FieldMessage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString descriptionOf(FlowType type)
{
    if (type == FlowType::Other)
        return FlowTypeChooser::tr("Neither a source nor a destination, for example a script "
                                   "that checks the catalog.");
    return FlowTypes::description(type);
}

} // namespace

FlowTypeChooser::FlowTypeChooser(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_otherWarning(new FieldMessage(this))
    , m_error(new FieldMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    // Descriptions line up with the radio buttons' text, not with their circle.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);

    for (FlowType type : {FlowType::Source, FlowType::Destination, FlowType::Other}) {
        auto *button = new QRadioButton(FlowTypes::displayName(type), this);
        button->setObjectName(FlowTypes::toApi(type));
        button->setAccessibleName(FlowTypes::displayName(type));
        button->setAccessibleDescription(descriptionOf(type));
        m_group->addButton(button, int(type));
        m_buttons[int(type)] = button;

        auto *description = new QLabel(descriptionOf(type), this);
        description->setWordWrap(true);
        description->setTextFormat(Qt::PlainText);
        description->setContentsMargins(indent, 0, 0, 0);
        description->setObjectName(QStringLiteral("description"));
        description->setBuddy(button);

        layout->addWidget(button);
        layout->addWidget(description);
        if (type != FlowType::Other)
            layout->addSpacing(4);
    }
    m_otherWarning->setContentsMargins(indent, 2, 0, 0);
    layout->addWidget(m_otherWarning);
    layout->addWidget(m_error);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            choose(FlowType(id));
    });
    m_buttons[int(FlowType::Source)]->setChecked(true); // docs/pim-api.md §3: preselected
    choose(FlowType::Source);
    applyPalette();
}

void FlowTypeChooser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void FlowTypeChooser::applyPalette()
{
    // The descriptions are quieter than the choices, and stay readable (Theme::secondaryText).
    QPalette quiet = palette();
    const QColor soft = Theme::secondaryText(quiet);
    quiet.setColor(QPalette::Active, QPalette::WindowText, soft);
    quiet.setColor(QPalette::Inactive, QPalette::WindowText, soft);
    for (QLabel *description : findChildren<QLabel *>(QStringLiteral("description")))
        description->setPalette(quiet);
}

QRadioButton *FlowTypeChooser::button(FlowType type) const
{
    return m_buttons[int(type)];
}

void FlowTypeChooser::setFlowType(FlowType type)
{
    m_buttons[int(type)]->setChecked(true); // choose() runs through idToggled
}

void FlowTypeChooser::choose(FlowType type)
{
    const bool changed = type != m_flowType;
    m_flowType = type;
    setFocusProxy(m_buttons[int(type)]);
    m_otherWarning->setMessage(
        Theme::Tone::Warning,
        type == FlowType::Other
            ? tr("The data flows of this connection will not be monitored in the Data flows "
                 "dashboard. Prefer a source or a destination when you can.")
            : QString());
    if (changed)
        emit flowTypeChanged(type);
}

void FlowTypeChooser::setError(const QString &error)
{
    m_error->setMessage(Theme::Tone::Negative, error);
}

QString FlowTypeChooser::error() const
{
    return m_error->message();
}

QString FlowTypeChooser::warning() const
{
    return m_otherWarning->message();
}
