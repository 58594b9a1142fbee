#pragma once

#include "domain/FlowType.h"

#include <QWidget>

class FieldMessage;
class QButtonGroup;
class QRadioButton;

// The three flow types (docs/pim-api.md §3) as radio buttons, each with a line saying what it
// is for, and a warning when "Other" is chosen (its data flows are not monitored). Used by the
// creation dialog and the settings form. Focus goes to the checked button, so a label's buddy
// and mnemonic work.
class FlowTypeChooser : public QWidget
{
    Q_OBJECT

public:
    explicit FlowTypeChooser(QWidget *parent = nullptr);

    FlowType flowType() const { return m_flowType; }
    void setFlowType(FlowType type);

    // A validation error under the choices (the server's flowType reason); empty clears it.
    void setError(const QString &error);
    QString error() const;

    // The warning shown while "Other" is chosen, empty otherwise (for tests and screen readers).
    QString warning() const;

    QRadioButton *button(FlowType type) const;

signals:
    // The user or setFlowType() changed the choice.
    void flowTypeChanged(FlowType type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(FlowType type);
    void applyPalette();

    FlowType m_flowType = FlowType::Source;
    QButtonGroup *m_group;
    QRadioButton *m_buttons[3] = {};
    FieldMessage *m_otherWarning;
    FieldMessage *m_error;
};
