#pragma once

#include "projectfields.h"

#include <functional>
#include <map>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace infraplan::ui {

class NumberField;

/// A form of labelled property editors in titled sections, in two columns. Each editor reports the user's
/// edits through a callback and is filled programmatically without triggering it.
class PropertyForm : public QWidget {
    Q_OBJECT
public:
    explicit PropertyForm(QWidget* parent = nullptr);
    ~PropertyForm() override;

    QLabel* section(const QString& title);
    /// A field declared in model/projectfields.h: its range and whether it is whole come from there.
    NumberField* number(const QString& label, const ProjectField& field, const QString& unit,
                        const QString& tooltip, std::function<void(double)> onEdit)
    {
        return number(label, field.min, field.max, field.integer, unit, tooltip, std::move(onEdit));
    }
    NumberField* number(const QString& label, double min, double max, bool integer, const QString& unit,
                        const QString& tooltip, std::function<void(double)> onEdit);
    QComboBox* choice(const QString& label, const QString& tooltip,
                      std::function<void(const QVariant&)> onPick);
    QLineEdit* text(const QString& label, const QString& tooltip, std::function<void(const QString&)> onEdit);
    QCheckBox* check(const QString& label, const QString& tooltip, std::function<void(bool)> onToggle);
    /// Adds any widget as a row (label may be empty for a full-width row).
    void row(const QString& label, QWidget* field);
    void setRowVisible(QWidget* field, bool visible);
    QGridLayout* grid() const { return m_grid; }

    /// Selects the combo entry whose data equals `data` without firing the callback.
    static void select(QComboBox* box, const QVariant& data);
    static void setText(QLineEdit* edit, const QString& text);
    static void setChecked(QCheckBox* box, bool on);

private:
    /// Adds a row: the label in the first column (or none), the field in the second (or across both).
    void addRow(QLabel* label, QWidget* field);

    // A grid rather than a QFormLayout: Qt 6.4's QFormLayout::setRowVisible reads and writes outside its
    // arrays when rows are hidden (seen under valgrind); hiding a grid row's widgets is safe.
    QGridLayout* m_grid;
    std::map<QWidget*, QLabel*> m_labels; ///< field -> its label
};

} // namespace infraplan::ui
