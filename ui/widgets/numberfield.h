#pragma once

#include <functional>
#include <optional>
#include <QValidator>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace infraplan::ui {

/// Accepts a number within a range (whole numbers only when asked) plus an optional extra rule, and says
/// in plain words why anything else is refused.
class NumberValidator : public QValidator {
    Q_OBJECT
public:
    NumberValidator(double min, double max, bool integer, QObject* parent = nullptr);

    /// An extra rule on an in-range value: returns the reason it is refused, or an empty string.
    void setRule(std::function<QString(double)> rule) { m_rule = std::move(rule); }
    /// Accepts an empty input (a field whose default applies).
    void setEmptyAllowed(bool allowed) { m_emptyAllowed = allowed; }
    State validate(QString& input, int& pos) const override;
    /// Why `input` is refused; empty when it is acceptable.
    QString problem(const QString& input) const;
    /// The number in `input` (accepts the C and the user's locale); nullopt when there is none.
    static std::optional<double> parse(const QString& input);

private:
    double m_min, m_max;
    bool m_integer;
    bool m_emptyAllowed = false;
    std::function<QString(double)> m_rule;
};

/// A line edit for one number with its unit, refusing invalid input at the field: the reason appears under
/// it while typing, and leaving the field with an invalid value puts the last accepted value back. edited()
/// fires only for an accepted value that differs from the current one.
class NumberField : public QWidget {
    Q_OBJECT
public:
    NumberField(double min, double max, bool integer, const QString& unit, QWidget* parent = nullptr);
    ~NumberField() override;

    void setValue(double value);
    double value() const { return m_value; }
    void setRule(std::function<QString(double)> rule);
    /// Makes 0 mean "not set, a default applies": the field then shows empty with `defaultText` (the
    /// figure that applies and where it comes from) as its placeholder, and an emptied field is 0 again.
    void setUnsetText(const QString& defaultText);
    QLineEdit* lineEdit() const { return m_edit; }
    /// The reason shown under the field (empty when the input is fine).
    QString problemText() const;

signals:
    void edited(double value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showProblem(const QString& problem);
    void commit();
    QString format(double value) const;

    QLineEdit* m_edit;
    QLabel* m_problem;
    NumberValidator* m_validator;
    double m_value = 0;
    bool m_integer;
    bool m_zeroIsUnset = false;
};

} // namespace infraplan::ui
