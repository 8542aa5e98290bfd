#pragma once

#include "searchjob.h"

#include <atomic>
#include <memory>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QThread;

class QChartView;
class QScatterSeries;

namespace infraplan::ui {

class CatalogStore;
class ProjectDocument;
class SearchResultsModel;

/// "Find a plan…" for one sketch: the constraints (budget, deadline, latency targets, providers, vendors,
/// owned or cloud), a search run off the UI thread with progress and Cancel, the results in a sortable table
/// with a chart of cost against the objective, and the two ways to use a result: apply its layout to the
/// sketch, or add it to the canvas as a new sketch (each one undo step through the document).
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    SearchDialog(ProjectDocument& document, CatalogStore& catalogs, std::string sketchId,
                 QWidget* parent = nullptr);
    ~SearchDialog() override;

    /// Starts the search with the constraints as the form shows them.
    void startSearch();
    void cancelSearch();
    bool isRunning() const { return m_thread != nullptr; }

    SearchKind kind() const;
    void setKind(SearchKind kind);
    SearchResultsModel& results() const { return *m_model; }
    QTableView* table() const { return m_table; }
    /// Applies the selected row's layout to the sketch; false when nothing applicable is selected.
    bool applySelectedLayout();
    /// Adds the selected row as a new sketch next to the searched one; returns its id (empty when none).
    std::string addSelectedAsSketch();

signals:
    void searchFinished();

private:
    void finish(const SearchOutcome& outcome);
    void updateButtons();
    void updateChart();
    const SearchRow* selectedRow() const;
    SearchJob job() const;

    ProjectDocument& m_document;
    CatalogStore& m_catalogs;
    std::string m_sketchId;
    bool m_training = true;
    QComboBox* m_kind;
    QComboBox* m_objective;
    QDoubleSpinBox* m_budget;
    QDoubleSpinBox* m_deadline;
    QDoubleSpinBox* m_ttft;
    QDoubleSpinBox* m_tpot;
    QLineEdit* m_providers;
    QLineEdit* m_vendors;
    QCheckBox* m_cloud;
    QCheckBox* m_owned;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_apply;
    QPushButton* m_add;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_table;
    SearchResultsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QChartView* m_chart;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace infraplan::ui
