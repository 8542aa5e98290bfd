#include "numberfield.h"

#include <cmath>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace {
QString plain(double v)
{
    if (std::abs(v) >= 1e7 || (v != 0 && std::abs(v) < 1e-3))
        return QLocale().toString(v, 'g', 6);
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}
} // namespace

NumberValidator::NumberValidator(double min, double max, bool integer, QObject* parent)
    : QValidator(parent), m_min(min), m_max(max), m_integer(integer)
{}

std::optional<double> NumberValidator::parse(const QString& input)
{
    QString s = input.trimmed();
    s.remove(QLocale().groupSeparator());
    s.remove(' ');
    bool ok = false;
    double v = QLocale().toDouble(s, &ok);
    if (!ok)
        v = QLocale::c().toDouble(s, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QValidator::State NumberValidator::validate(QString& input, int&) const
{
    for (QChar c : input)
        if (!c.isDigit() && !QStringLiteral(".,-+eE  ").contains(c) &&
            c != QLocale().groupSeparator().front())
            return Invalid;
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

QString NumberValidator::problem(const QString& input) const
{
    if (input.trimmed().isEmpty())
        return m_emptyAllowed ? QString() : tr("Enter a number");
    auto v = parse(input);
    if (!v)
        return tr("'%1' is not a number").arg(input.trimmed());
    const QString range = m_integer ? tr("a whole number from %1 to %2") : tr("a number from %1 to %2");
    if (m_integer && *v != std::floor(*v))
        return tr("%1 is not a whole number; enter %2").arg(plain(*v), range.arg(plain(m_min), plain(m_max)));
    if (*v < m_min)
        return tr("%1 is too small; enter %2").arg(plain(*v), range.arg(plain(m_min), plain(m_max)));
    if (*v > m_max)
        return tr("%1 is too large; enter %2").arg(plain(*v), range.arg(plain(m_min), plain(m_max)));
    if (m_rule)
        return m_rule(*v);
    return {};
}

NumberField::NumberField(double min, double max, bool integer, const QString& unit, QWidget* parent)
    : QWidget(parent), m_validator(new NumberValidator(min, max, integer, this)), m_integer(integer)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    m_edit = new QLineEdit(this);
    m_edit->setValidator(m_validator);
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->installEventFilter(this);
    row->addWidget(m_edit, 1);
    if (!unit.isEmpty()) {
        auto* u = new QLabel(unit, this);
        u->setMinimumWidth(fontMetrics().horizontalAdvance(unit) + 2);
        row->addWidget(u);
    }
    outer->addLayout(row);
    m_problem = new QLabel(this);
    m_problem->setObjectName("problem");
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_problem->setPalette(p);
    m_problem->hide();
    outer->addWidget(m_problem);
    setToolTip(integer ? tr("A whole number from %1 to %2").arg(plain(min), plain(max))
                       : tr("A number from %1 to %2").arg(plain(min), plain(max)));
    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString& text) { showProblem(m_validator->problem(text)); });
    connect(m_edit, &QLineEdit::editingFinished, this, &NumberField::commit);
}

NumberField::~NumberField()
{
    // The line edit outlives this part of the object by a moment: destroying a focused line edit emits
    // editingFinished and a focus-out, which must not reach a half-destroyed field.
    m_edit->removeEventFilter(this);
    m_edit->disconnect(this);
}

void NumberField::setRule(std::function<QString(double)> rule)
{
    m_validator->setRule(std::move(rule));
}

void NumberField::setUnsetText(const QString& defaultText)
{
    m_zeroIsUnset = true;
    m_validator->setEmptyAllowed(true);
    m_edit->setPlaceholderText(defaultText);
    m_edit->setToolTip(defaultText);
    if (m_value == 0 && !m_edit->hasFocus() && !m_edit->text().isEmpty())
        m_edit->clear();
}

void NumberField::setValue(double value)
{
    m_value = value;
    // The same text is left alone: setting it again repaints the field (every refresh sets every field).
    if (!m_edit->hasFocus() || m_problem->isHidden()) {
        if (const QString text = format(value); m_edit->text() != text)
            m_edit->setText(text);
        else
            m_edit->setModified(false);
    }
    showProblem({});
}

QString NumberField::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString NumberField::format(double value) const
{
    if (m_zeroIsUnset && value == 0)
        return {};
    return m_integer ? QLocale().toString(static_cast<qlonglong>(std::llround(value))) : plain(value);
}

void NumberField::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // A style sheet set again, even unchanged, re-polishes and repaints the field.
    const QString style =
        problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c83232; }");
    if (m_edit->styleSheet() != style)
        m_edit->setStyleSheet(style);
}

void NumberField::commit()
{
    if (m_zeroIsUnset && m_edit->text().trimmed().isEmpty()) {
        showProblem({});
        if (m_value != 0) {
            m_value = 0;
            emit edited(0);
        }
        return;
    }
    const QString problem = m_validator->problem(m_edit->text());
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const double v = *NumberValidator::parse(m_edit->text());
    m_edit->setText(format(v));
    if (v == m_value)
        return;
    m_value = v;
    emit edited(v);
}

bool NumberField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut &&
        !m_validator->problem(m_edit->text()).isEmpty()) {
        // Refused: the field goes back to the value the document has, the reason stays visible.
        const QString problem = m_validator->problem(m_edit->text());
        m_edit->setText(format(m_value));
        m_problem->setText(tr("Refused: %1").arg(problem));
        m_problem->show();
        m_edit->setStyleSheet({});
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace infraplan::ui
