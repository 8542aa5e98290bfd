#pragma once

#include "currency.h"

#include <QTextBrowser>
#include <vector>

namespace infraplan {
struct Finding;
}

namespace infraplan::ui {

class SketchPalette;

/// The recommendations: each finding as a tagged title, the saving when there is one, and the numbers behind
/// it as a list.
class FindingsView : public QTextBrowser {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);

    /// `money`: the project's currency, which the savings are shown in.
    void setFindings(const std::vector<Finding>& findings, const SketchPalette& palette,
                     const ExchangeRate& money);
    /// A one-line state instead of findings ("Analysing…", "Nothing to compare yet").
    void setMessage(const QString& message);
    /// How many findings are shown.
    int findingCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace infraplan::ui
