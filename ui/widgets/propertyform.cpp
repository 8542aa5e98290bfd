#include "propertyform.h"

#include "numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace infraplan::ui {

PropertyForm::PropertyForm(QWidget* parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    const int line = fontMetrics().height();
    m_form->setContentsMargins(line / 2, line / 4, line / 2, line / 2);
    m_form->setHorizontalSpacing(line / 2);
    m_form->setVerticalSpacing(line / 4);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QLabel* PropertyForm::section(const QString& title)
{
    auto* label = new QLabel(title, this);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    const int line = fontMetrics().height();
    label->setContentsMargins(0, m_form->rowCount() ? line * 3 / 4 : 0, 0, line / 6);
    m_form->addRow(label);
    return label;
}

NumberField* PropertyForm::number(const QString& label, double min, double max, bool integer,
                                  const QString& unit, const QString& tooltip,
                                  std::function<void(double)> onEdit)
{
    auto* field = new NumberField(min, max, integer, unit, this);
    if (!tooltip.isEmpty())
        field->setToolTip(tooltip + "\n" + field->toolTip());
    field->lineEdit()->setAccessibleName(label);
    connect(field, &NumberField::edited, this, std::move(onEdit));
    m_form->addRow(label, field);
    return field;
}

QComboBox* PropertyForm::choice(const QString& label, const QString& tooltip,
                                std::function<void(const QVariant&)> onPick)
{
    auto* box = new QComboBox(this);
    box->setToolTip(tooltip);
    box->setAccessibleName(label);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    connect(box, &QComboBox::activated, this,
            [box, onPick = std::move(onPick)](int i) { onPick(box->itemData(i)); });
    m_form->addRow(label, box);
    return box;
}

QLineEdit* PropertyForm::text(const QString& label, const QString& tooltip,
                              std::function<void(const QString&)> onEdit)
{
    auto* edit = new QLineEdit(this);
    edit->setToolTip(tooltip);
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::editingFinished, this, [edit, onEdit = std::move(onEdit)] {
        if (edit->isModified()) {
            edit->setModified(false);
            onEdit(edit->text());
        }
    });
    m_form->addRow(label, edit);
    return edit;
}

QCheckBox* PropertyForm::check(const QString& label, const QString& tooltip,
                               std::function<void(bool)> onToggle)
{
    auto* box = new QCheckBox(label, this);
    box->setToolTip(tooltip);
    connect(box, &QCheckBox::clicked, this, std::move(onToggle));
    m_form->addRow(QString(), box);
    return box;
}

void PropertyForm::row(const QString& label, QWidget* field)
{
    if (label.isEmpty())
        m_form->addRow(field);
    else
        m_form->addRow(label, field);
}

void PropertyForm::setRowVisible(QWidget* field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void PropertyForm::select(QComboBox* box, const QVariant& data)
{
    const QSignalBlocker block(box);
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

void PropertyForm::setText(QLineEdit* edit, const QString& text)
{
    // Leave what the user is typing alone; anything else shows the document's value.
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void PropertyForm::setChecked(QCheckBox* box, bool on)
{
    const QSignalBlocker block(box);
    box->setChecked(on);
}

} // namespace infraplan::ui
