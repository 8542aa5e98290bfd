#pragma once

#include <QTableWidget>

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
    enum Role { RatioRole = Qt::UserRole + 1, BestRole, KeyRole };

    explicit ComparisonTableWidget(QWidget* parent = nullptr);

    /// Shows `table`; `project` names the workloads in the first row.
    void setTable(const ComparisonTable& table, const Project& project, const SketchPalette& palette);
};

} // namespace infraplan::ui
