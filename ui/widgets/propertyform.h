#pragma once

#include <functional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace infraplan::ui {

class NumberField;

/// A form of labelled property editors in titled sections. Each editor reports the user's edits through
/// a callback and is filled programmatically without triggering it.
class PropertyForm : public QWidget {
    Q_OBJECT
public:
    explicit PropertyForm(QWidget* parent = nullptr);

    QLabel* section(const QString& title);
    NumberField* number(const QString& label, double min, double max, bool integer, const QString& unit,
                        const QString& tooltip, std::function<void(double)> onEdit);
    QComboBox* choice(const QString& label, const QString& tooltip,
                      std::function<void(const QVariant&)> onPick);
    QLineEdit* text(const QString& label, const QString& tooltip, std::function<void(const QString&)> onEdit);
    QCheckBox* check(const QString& label, const QString& tooltip, std::function<void(bool)> onToggle);
    /// Adds any widget as a row (label may be empty for a full-width row).
    void row(const QString& label, QWidget* field);
    void setRowVisible(QWidget* field, bool visible);
    QFormLayout* layout() const { return m_form; }

    /// Selects the combo entry whose data equals `data` without firing the callback.
    static void select(QComboBox* box, const QVariant& data);
    static void setText(QLineEdit* edit, const QString& text);
    static void setChecked(QCheckBox* box, bool on);

private:
    QFormLayout* m_form;
};

} // namespace infraplan::ui
