#include "monitoring/DataFlowsSection.h"

#include "monitoring/ConnectionPicker.h"
#include "style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

DataFlowsSection::DataFlowsSection(const QString &name, const QString &title,
                                   const QString &pickerLabel, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_helper(new QLabel(this))
    , m_picker(new ConnectionPicker(this))
    , m_cards(new QHBoxLayout)
{
    setObjectName(name);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_helper->setObjectName(QStringLiteral("sectionHelper"));
    m_helper->setWordWrap(true);
    m_helper->hide();
    m_picker->setObjectName(name + QStringLiteral("Picker"));
    m_picker->setAccessibleName(title + QStringLiteral(": ") + pickerLabel);
    auto *label = new QLabel(pickerLabel, this);
    label->setBuddy(m_picker);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_title, 1, Qt::AlignVCenter);
    top->addWidget(label, 0, Qt::AlignVCenter);
    top->addWidget(m_picker, 0, Qt::AlignVCenter);

    m_cards->setSpacing(14);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_helper);
    layout->addSpacing(4);
    layout->addLayout(m_cards, 1);
    applyPalette();
}

void DataFlowsSection::setHelper(const QString &text)
{
    m_helper->setText(text);
    m_helper->setVisible(!text.isEmpty());
}

void DataFlowsSection::addCard(QWidget *card, int stretch)
{
    m_cards->addWidget(card, stretch);
}

void DataFlowsSection::applyPalette()
{
    QPalette p = m_helper->palette();
    p.setColor(QPalette::WindowText, Theme::secondaryText(palette()));
    m_helper->setPalette(p);
}

void DataFlowsSection::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
