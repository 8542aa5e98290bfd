#pragma once

#include "results.h"

#include <QTableWidget>
#include <vector>

namespace infraplan {
struct ComparisonTable;
struct Project;
} // namespace infraplan

namespace infraplan::ui {

class SketchPalette;

/// The comparison table: one column per sketch (headed by its name in its colour), one row per headline
/// figure. The best value among a workload's alternatives is tinted and bold; under each value, its ratio to
/// the best
/// ("4.8× cheaper per month than Fleet A") in smaller type. Read-only.
class ComparisonTableWidget : public QTableWidget {
    Q_OBJECT
public:
    /// Item data roles the delegate (and tests) read.
    enum Role { RatioRole = Qt::UserRole + 1, BestRole, KeyRole, BandRole };

    explicit ComparisonTableWidget(QWidget* parent = nullptr);

    /// Shows `table`; `project` names the workloads in the first row.
    /// `summaries` (any order) give each cell the band of its figure, drawn under the value.
    void setTable(const ComparisonTable& table, const Project& project, const SketchPalette& palette,
                  const std::vector<SketchSummary>& summaries = {});
};

} // namespace infraplan::ui
