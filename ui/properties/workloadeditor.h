#pragma once

#include "project.h"
#include "propertyform.h"

#include <functional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace infraplan::ui {

class CatalogStore;
class NumberField;
class ProjectDocument;

/// Edits a sketch's workload: a training job (model, method, data, batch, precision, optimizer) or an
/// inference service (model, precision, request lengths, traffic profile, latency targets). The model is
/// a catalog preset or a custom architecture. Every edit replaces the workload through the document. A
/// workload several frames share says so, and one of them can take its own copy to change it alone.
class WorkloadEditor : public PropertyForm {
    Q_OBJECT
public:
    WorkloadEditor(ProjectDocument& document, const CatalogStore& catalogs, QWidget* parent = nullptr);

    /// Shows the workload of a sketch (training job or inference service, by its role), and whether other
    /// sketches share it.
    void showSketch(const std::string& sketchId);
    /// Re-reads everything from the document.
    void refresh();

    /// Says which other frames share the workload (hidden when none does).
    QLabel* sharedNote() const { return m_shared; }
    /// Gives the shown frame its own copy of a shared workload (one undo step).
    QPushButton* ownCopyButton() const { return m_ownCopy; }

private:
    void showWorkload(const std::string& workloadId, SketchRole role);
    void buildModel();
    void buildTraining();
    void buildService();
    void fillPresets();
    void refreshModel(const ModelChoice& model);
    void editModel(const std::function<void(ModelChoice&)>& change);
    void editJob(const std::function<void(TrainingJob&)>& change);
    void editService(const std::function<void(InferenceService&)>& change);
    const TrainingJob* job() const;
    const InferenceService* service() const;

    ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    std::string m_sketchId;
    std::string m_id;
    SketchRole m_role = SketchRole::Training;

    QLabel* m_title;
    QLabel* m_empty;
    QLabel* m_shared;
    QPushButton* m_ownCopy;
    QLineEdit* m_name;
    QComboBox* m_preset;
    QComboBox* m_architecture;
    NumberField* m_params;
    NumberField* m_layers;
    NumberField* m_hidden;
    NumberField* m_heads;
    NumberField* m_kvHeads;
    NumberField* m_ffn;
    NumberField* m_vocab;
    NumberField* m_seqLen;
    NumberField* m_experts;
    NumberField* m_expertsPerToken;
    NumberField* m_gflops;
    NumberField* m_bytesPerSample;

    QComboBox* m_method;
    NumberField* m_loraRank;
    NumberField* m_tokens;
    NumberField* m_samples;
    NumberField* m_globalBatch;
    QComboBox* m_trainingPrecision;
    QComboBox* m_optimizer;

    QComboBox* m_servicePrecision;
    NumberField* m_inputMean;
    NumberField* m_inputP99;
    NumberField* m_outputMean;
    NumberField* m_outputP99;
    NumberField* m_flopsPerRequest;
    NumberField* m_peakRps;
    QComboBox* m_shape;
    NumberField* m_ttft;
    NumberField* m_tpot;
    NumberField* m_e2e;
};

} // namespace infraplan::ui
