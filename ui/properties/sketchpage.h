#pragma once

#include "project.h"
#include "propertyform.h"

#include <functional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace infraplan::ui {

class CatalogStore;
class InstancePicker;
class NumberField;
class ProjectDocument;

/// Properties of one sketch: name and workload; node groups with their instance type and count; links,
/// storage and region; pricing and precision; the parallel layout (training) or the serving, batching and
/// autoscaling policies (inference). The workload has a tab of its own (WorkloadEditor). Every edit goes
/// through the document.
class SketchPage : public PropertyForm {
    Q_OBJECT
public:
    SketchPage(ProjectDocument& document, const CatalogStore& catalogs, QWidget* parent = nullptr);

    /// Shows a sketch (and highlights one of its node groups, if given).
    void showSketch(const std::string& sketchId, const std::string& focusNodeId = {});
    const std::string& sketchId() const { return m_sketchId; }
    /// Re-reads every value from the document (after an edit, undo or a catalog change).
    void refresh();
    /// Replaces the question asked when the frame leaves a workload no other frame uses (true: delete it);
    /// tests answer it without a dialog.
    void setDeleteWorkloadQuestion(std::function<bool(const QString& workloadName)> ask)
    {
        m_askDeleteWorkload = std::move(ask);
    }
    /// Count field of a node group, for tests and keyboard focus.
    NumberField* countField(const std::string& nodeId) const;
    /// Instance picker of a node group, for tests.
    InstancePicker* instancePicker(const std::string& nodeId) const;

private:
    void buildGeneral();
    void buildHardware();
    void buildPolicies();
    void fillCatalogChoices();
    void rebuildNodeRows();
    const Sketch* sketch() const;
    QString workloadName(const std::string& workloadId) const;

    ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    std::string m_sketchId;
    std::string m_focusNodeId;
    std::function<bool(const QString&)> m_askDeleteWorkload;

    QLineEdit* m_name;
    QLabel* m_role;
    QComboBox* m_workloadChoice;
    QWidget* m_nodes;
    QGridLayout* m_nodeGrid;
    std::vector<std::string> m_nodeIds;
    std::vector<std::pair<InstancePicker*, NumberField*>> m_nodeFields;
    QComboBox* m_scaleUp;
    QComboBox* m_scaleOut;
    QComboBox* m_storage;
    QComboBox* m_region;
    QCheckBox* m_ownPricing;
    QComboBox* m_pricing;
    NumberField* m_amortization;
    NumberField* m_discount;
    NumberField* m_spotLoss;
    NumberField* m_electricity;
    NumberField* m_pue;
    QComboBox* m_precision;

    QLabel* m_layoutSection;
    QCheckBox* m_autoLayout;
    NumberField* m_dp;
    NumberField* m_tp;
    NumberField* m_pp;
    NumberField* m_microBatch;
    QComboBox* m_schedule;
    NumberField* m_interleave;
    QComboBox* m_zero;
    QComboBox* m_recompute;

    QLabel* m_servingSection;
    NumberField* m_replicaAccelerators;
    NumberField* m_maxBatch;
    NumberField* m_kvFraction;
    NumberField* m_maxWait;
    QLabel* m_autoscalingSection;
    QCheckBox* m_autoscale;
    NumberField* m_minReplicas;
    NumberField* m_maxReplicas;
    NumberField* m_targetUtilization;
    NumberField* m_scaleUpDelay;
};

} // namespace infraplan::ui
