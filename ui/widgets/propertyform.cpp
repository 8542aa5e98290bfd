#include "propertyform.h"

#include "numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace infraplan::ui {

PropertyForm::PropertyForm(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    const int line = fontMetrics().height();
    m_grid->setContentsMargins(line / 2, line / 4, line / 2, line / 2);
    m_grid->setHorizontalSpacing(line / 2);
    m_grid->setVerticalSpacing(line / 4);
    m_grid->setColumnStretch(1, 1);
}

void PropertyForm::addRow(QLabel* label, QWidget* field)
{
    const int r = m_grid->rowCount();
    if (label) {
        label->setBuddy(field);
        m_grid->addWidget(label, r, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(field, r, 1);
        m_labels[field] = label;
        // Align the label with the field's first line (fields may grow a problem line below).
        label->setMinimumHeight(field->sizeHint().height() > 0
                                    ? std::min(field->sizeHint().height(), fontMetrics().height() * 2)
                                    : 0);
    } else {
        m_grid->addWidget(field, r, 0, 1, 2);
    }
}

PropertyForm::~PropertyForm()
{
    // A focused line edit emits editingFinished while it is destroyed; the callbacks it would reach belong
    // to the subclass, which is gone by then.
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->disconnect(this);
}

QLabel* PropertyForm::section(const QString& title)
{
    auto* label = new QLabel(title, this);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    const int line = fontMetrics().height();
    label->setContentsMargins(0, m_grid->count() ? line * 3 / 4 : 0, 0, line / 6);
    addRow(nullptr, label);
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
    addRow(new QLabel(label, this), field);
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
    addRow(new QLabel(label, this), box);
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
    addRow(new QLabel(label, this), edit);
    return edit;
}

QCheckBox* PropertyForm::check(const QString& label, const QString& tooltip,
                               std::function<void(bool)> onToggle)
{
    auto* box = new QCheckBox(label, this);
    box->setToolTip(tooltip);
    connect(box, &QCheckBox::clicked, this, std::move(onToggle));
    addRow(nullptr, box);
    return box;
}

void PropertyForm::row(const QString& label, QWidget* field)
{
    addRow(label.isEmpty() ? nullptr : new QLabel(label, this), field);
}

void PropertyForm::setRowVisible(QWidget* field, bool visible)
{
    field->setVisible(visible);
    if (auto it = m_labels.find(field); it != m_labels.end())
        it->second->setVisible(visible);
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
