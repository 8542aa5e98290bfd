#include "workloadeditor.h"

#include "catalogstore.h"
#include "hardwarerow.h"
#include "kindicon.h"
#include "modelspec.h"
#include "numberfield.h"
#include "projectdocument.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace infraplan::ui {

namespace {
const char* const kCustom = "\x01custom";
/// A 7B-class dense transformer to start a custom architecture from when there is no preset to copy.
ModelSpec defaultCustomModel()
{
    ModelSpec s;
    s.name = "Custom model";
    s.gatedFfn = true;
    s.params = 7e9;
    s.layers = 32;
    s.hidden = 4096;
    s.heads = 32;
    s.kvHeads = 8;
    s.ffn = 14336;
    s.vocab = 128000;
    s.seqLen = 4096;
    return s;
}

QString upper(Precision p)
{
    return QString::fromUtf8(precisionName(p).data()).toUpper();
}
} // namespace

WorkloadEditor::WorkloadEditor(ProjectDocument& document, const CatalogStore& catalogs, QWidget* parent)
    : PropertyForm(parent), m_document(document), m_catalogs(catalogs)
{
    grid()->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("This frame has no workload yet: choose one under Frame → Workload, or drop a "
                            "model from the catalog onto the frame."),
                         this);
    m_empty->setWordWrap(true);
    row({}, m_empty);
    m_title = section(tr("Workload"));
    m_shared = new QLabel(this);
    m_shared->setObjectName("workloadShared");
    m_shared->setWordWrap(true);
    m_shared->setTextFormat(Qt::RichText);
    row({}, m_shared);
    m_ownCopy = new QPushButton(tr("Make a copy for this frame"), this);
    m_ownCopy->setObjectName("workloadOwnCopy");
    m_ownCopy->setToolTip(
        tr("This frame gets its own copy of the workload; the other frames keep the original"));
    connect(m_ownCopy, &QPushButton::clicked, this, [this] { m_document.makeOwnWorkloadCopy(m_sketchId); });
    row({}, m_ownCopy);
    m_name = text(tr("Name"), {}, [this](const QString& t) {
        if (m_role == SketchRole::Training)
            editJob([&](TrainingJob& j) { j.name = t.toStdString(); });
        else
            editService([&](InferenceService& s) { s.name = t.toStdString(); });
    });
    buildModel();
    buildTraining();
    buildService();
    fillPresets();
    connect(&catalogs, &CatalogStore::catalogChanged, this, &WorkloadEditor::fillPresets);
}

const TrainingJob* WorkloadEditor::job() const
{
    return m_document.project().trainingJob(m_id);
}

const InferenceService* WorkloadEditor::service() const
{
    return m_document.project().service(m_id);
}

void WorkloadEditor::editJob(const std::function<void(TrainingJob&)>& change)
{
    if (const TrainingJob* j = job()) {
        TrainingJob edited = *j;
        change(edited);
        m_document.setTrainingJob(edited);
    }
}

void WorkloadEditor::editService(const std::function<void(InferenceService&)>& change)
{
    if (const InferenceService* s = service()) {
        InferenceService edited = *s;
        change(edited);
        m_document.setService(edited);
    }
}

void WorkloadEditor::editModel(const std::function<void(ModelChoice&)>& change)
{
    if (m_role == SketchRole::Training)
        editJob([&](TrainingJob& j) { change(j.model); });
    else
        editService([&](InferenceService& s) { change(s.model); });
}

void WorkloadEditor::buildModel()
{
    m_preset = choice(tr("Model"), tr("A preset from the catalog, or your own architecture"),
                      [this](const QVariant& v) {
                          editModel([&](ModelChoice& m) {
                              if (v.toString() == kCustom) {
                                  // Start the custom architecture from the preset it replaces.
                                  if (!m.custom) {
                                      const CatalogItem* preset = m_catalogs.get().find(m.preset);
                                      auto spec = preset ? modelSpecFromItem(*preset) : std::nullopt;
                                      m.custom = spec ? *spec : defaultCustomModel();
                                      m.custom->name = m.custom->name.empty() ? "Custom model"
                                                                              : m.custom->name + " (custom)";
                                  }
                                  m.preset.clear();
                              } else {
                                  m = ModelChoice{v.toString().toStdString(), std::nullopt};
                              }
                          });
                      });
    auto spec = [this](auto change) {
        editModel([&](ModelChoice& m) {
            if (m.custom)
                change(*m.custom);
        });
    };
    m_architecture = choice(tr("Architecture"), {}, [=](const QVariant& v) {
        spec([&](ModelSpec& s) {
            s.transformer = v.toString() != "generic";
            if (v.toString() == "moe-transformer" && s.experts < 2)
                s.experts = 8, s.expertsPerToken = 2;
            if (v.toString() == "transformer")
                s.experts = 1, s.expertsPerToken = 1;
        });
    });
    m_architecture->addItem(tr("Transformer"), "transformer");
    m_architecture->addItem(tr("Mixture-of-experts transformer"), "moe-transformer");
    m_architecture->addItem(tr("Generic (FLOPs per sample)"), "generic");
    m_params = number(tr("Parameters"), 1, 1e15, false, {}, tr("Total parameters, all experts"),
                      [=](double v) { spec([&](ModelSpec& s) { s.params = v; }); });
    m_layers = number(tr("Layers"), 1, 10000, true, {}, {},
                      [=](double v) { spec([&](ModelSpec& s) { s.layers = int(v); }); });
    m_hidden = number(tr("Hidden size"), 1, 1e6, true, {}, {},
                      [=](double v) { spec([&](ModelSpec& s) { s.hidden = int(v); }); });
    m_heads = number(tr("Attention heads"), 1, 1e5, true, {}, {},
                     [=](double v) { spec([&](ModelSpec& s) { s.heads = int(v); }); });
    m_kvHeads =
        number(tr("KV heads"), 1, 1e5, true, {}, tr("Grouped-query attention: fewer KV heads than heads"),
               [=](double v) { spec([&](ModelSpec& s) { s.kvHeads = int(v); }); });
    m_ffn = number(tr("FFN size"), 1, 1e8, true, {}, {},
                   [=](double v) { spec([&](ModelSpec& s) { s.ffn = int(v); }); });
    m_vocab = number(tr("Vocabulary"), 0, 1e8, true, tr("tokens"), {},
                     [=](double v) { spec([&](ModelSpec& s) { s.vocab = int(v); }); });
    m_seqLen = number(tr("Sequence length"), 1, 1e8, true, tr("tokens"), {},
                      [=](double v) { spec([&](ModelSpec& s) { s.seqLen = int(v); }); });
    m_experts = number(tr("Experts"), 1, 1e5, true, {}, {},
                       [=](double v) { spec([&](ModelSpec& s) { s.experts = int(v); }); });
    m_expertsPerToken = number(tr("Experts per token"), 1, 1e5, true, {}, {},
                               [=](double v) { spec([&](ModelSpec& s) { s.expertsPerToken = int(v); }); });
    m_gflops = number(tr("Forward FLOPs per sample"), 1e-9, 1e12, false, tr("GFLOP"), {},
                      [=](double v) { spec([&](ModelSpec& s) { s.fwdFlopsPerSample = v * 1e9; }); });
    m_bytesPerSample =
        number(tr("Bytes per sample"), 0, 1e13, false, tr("B"), tr("Input read from storage per sample"),
               [=](double v) { spec([&](ModelSpec& s) { s.bytesPerSample = v; }); });
    auto custom = [this]() -> const ModelSpec* {
        const ModelChoice* m = job() ? &job()->model : service() ? &service()->model : nullptr;
        return m && m->custom ? &*m->custom : nullptr;
    };
    m_kvHeads->setRule([=](double v) {
        const ModelSpec* s = custom();
        return s && v > s->heads ? tr("cannot exceed the attention heads (%1)").arg(s->heads) : QString();
    });
    m_heads->setRule([=](double v) {
        const ModelSpec* s = custom();
        return s && s->hidden % int(v) != 0
                   ? tr("the hidden size (%1) must divide by the heads").arg(s->hidden)
                   : QString();
    });
    m_expertsPerToken->setRule([=](double v) {
        const ModelSpec* s = custom();
        return s && v > s->experts ? tr("cannot exceed the experts (%1)").arg(s->experts) : QString();
    });
}

void WorkloadEditor::buildTraining()
{
    m_method = choice(tr("Method"), {}, [this](const QVariant& v) {
        editJob([&](TrainingJob& j) { j.method = static_cast<TrainingMethod>(v.toInt()); });
    });
    m_method->addItem(tr("Pre-training"), static_cast<int>(TrainingMethod::Pretrain));
    m_method->addItem(tr("Full fine-tuning"), static_cast<int>(TrainingMethod::FullFinetune));
    m_method->addItem(tr("LoRA fine-tuning"), static_cast<int>(TrainingMethod::Lora));
    m_loraRank = number(tr("LoRA rank"), 1, 65536, true, {}, {},
                        [this](double v) { editJob([&](TrainingJob& j) { j.loraRank = int(v); }); });
    auto needsData = [this](bool tokens) {
        return [this, tokens](double v) {
            const TrainingJob* j = job();
            const double other = j ? (tokens ? j->trainingSamples : j->trainingTokens) : 1;
            return v <= 0 && other <= 0 ? tr("give the tokens or the samples to train on") : QString();
        };
    };
    m_tokens = number(tr("Training tokens"), 0, 1e18, false, tr("tokens"), tr("e.g. 1.5e12"),
                      [this](double v) { editJob([&](TrainingJob& j) { j.trainingTokens = v; }); });
    m_tokens->setRule(needsData(true));
    m_samples = number(tr("Training samples"), 0, 1e18, false, tr("samples"),
                       tr("For models that are not transformers"),
                       [this](double v) { editJob([&](TrainingJob& j) { j.trainingSamples = v; }); });
    m_samples->setRule(needsData(false));
    m_globalBatch = number(tr("Global batch"), 0, 1e8, true, tr("sequences"),
                           tr("Per optimizer step; 0 lets the engine pick"),
                           [this](double v) { editJob([&](TrainingJob& j) { j.globalBatch = int(v); }); });
    m_trainingPrecision = choice(tr("Precision"), tr("Mixed-precision format"), [this](const QVariant& v) {
        editJob([&](TrainingJob& j) { j.precision = static_cast<Precision>(v.toInt()); });
    });
    for (Precision p : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16, Precision::FP8})
        m_trainingPrecision->addItem(upper(p), static_cast<int>(p));
    m_optimizer = choice(tr("Optimizer"), {}, [this](const QVariant& v) {
        editJob([&](TrainingJob& j) { j.optimizer = static_cast<Optimizer>(v.toInt()); });
    });
    m_optimizer->addItem(tr("Adam"), static_cast<int>(Optimizer::Adam));
    m_optimizer->addItem(tr("SGD"), static_cast<int>(Optimizer::Sgd));
}

void WorkloadEditor::buildService()
{
    m_servicePrecision =
        choice(tr("Precision"), tr("Serving format of weights and activations"), [this](const QVariant& v) {
            editService([&](InferenceService& s) { s.precision = static_cast<Precision>(v.toInt()); });
        });
    for (Precision p : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16, Precision::FP8,
                        Precision::INT8, Precision::INT4, Precision::FP4})
        m_servicePrecision->addItem(upper(p), static_cast<int>(p));
    m_inputMean = number(tr("Input tokens (mean)"), 1, 1e8, false, tr("tokens"), {}, [this](double v) {
        editService([&](InferenceService& s) { s.inputTokens.mean = v; });
    });
    m_inputP99 = number(
        tr("Input tokens (p99)"), 0, 1e9, false, tr("tokens"), tr("0: every request has the mean length"),
        [this](double v) { editService([&](InferenceService& s) { s.inputTokens.p99 = v; }); });
    m_outputMean = number(tr("Output tokens (mean)"), 1, 1e8, false, tr("tokens"), {}, [this](double v) {
        editService([&](InferenceService& s) { s.outputTokens.mean = v; });
    });
    m_outputP99 = number(
        tr("Output tokens (p99)"), 0, 1e9, false, tr("tokens"), tr("0: every request has the mean length"),
        [this](double v) { editService([&](InferenceService& s) { s.outputTokens.p99 = v; }); });
    m_inputP99->setRule([this](double v) {
        const InferenceService* s = service();
        return s && v != 0 && v < s->inputTokens.mean
                   ? tr("cannot be below the mean (%1)").arg(s->inputTokens.mean)
                   : QString();
    });
    m_outputP99->setRule([this](double v) {
        const InferenceService* s = service();
        return s && v != 0 && v < s->outputTokens.mean
                   ? tr("cannot be below the mean (%1)").arg(s->outputTokens.mean)
                   : QString();
    });
    m_flopsPerRequest =
        number(tr("FLOPs per request"), 0, 1e18, false, tr("FLOP"),
               tr("Generic models; 0 uses the model's forward FLOPs per sample"),
               [this](double v) { editService([&](InferenceService& s) { s.flopsPerRequest = v; }); });
    m_peakRps = number(
        tr("Peak traffic"), field::kPeakRps, tr("req/s"), tr("Requests per second at the busiest hour"),
        [this](double v) { editService([&](InferenceService& s) { s.traffic.peakRps = v; }); });
    m_shape = choice(tr("Daily profile"), tr("How traffic varies over the day"), [this](const QVariant& v) {
        editService([&](InferenceService& s) {
            const auto shape = static_cast<TrafficShape>(v.toInt());
            if (shape == TrafficShape::Custom && s.traffic.shape != TrafficShape::Custom)
                s.traffic.hourly = s.traffic.fractions(); // start from the current shape
            s.traffic.shape = shape;
        });
    });
    m_shape->addItem(tr("Flat"), static_cast<int>(TrafficShape::Flat));
    m_shape->addItem(tr("Diurnal (consumer day)"), static_cast<int>(TrafficShape::Diurnal));
    m_shape->addItem(tr("Custom (from the file)"), static_cast<int>(TrafficShape::Custom));
    m_ttft = number(tr("Time to first token p99"), field::kTtftP99Ms, tr("ms"), tr("0: no target"),
                    [this](double v) { editService([&](InferenceService& s) { s.targets.ttftP99Ms = v; }); });
    m_tpot = number(tr("Time per output token p99"), field::kTpotP99Ms, tr("ms"), tr("0: no target"),
                    [this](double v) { editService([&](InferenceService& s) { s.targets.tpotP99Ms = v; }); });
    m_e2e = number(tr("End-to-end p99"), field::kE2eP99Ms, tr("ms"), tr("0: no target"),
                   [this](double v) { editService([&](InferenceService& s) { s.targets.e2eP99Ms = v; }); });
}

void WorkloadEditor::fillPresets()
{
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    for (const CatalogItem* m : m_catalogs.get().items(ItemKind::Model))
        m_preset->addItem(kindicon::icon(PaletteCategory::Model), QString::fromStdString(m->name),
                          QString::fromStdString(m->id));
    m_preset->addItem(tr("Custom architecture…"), QString::fromLatin1(kCustom));
}

void WorkloadEditor::refreshModel(const ModelChoice& model)
{
    if (!model.custom && m_preset->findData(QString::fromStdString(model.preset)) < 0) {
        const QSignalBlocker block(m_preset);
        m_preset->insertItem(0, tr("%1 (not in the catalog)").arg(QString::fromStdString(model.preset)),
                             QString::fromStdString(model.preset));
    }
    select(m_preset, model.custom ? QString::fromLatin1(kCustom) : QString::fromStdString(model.preset));
    const bool custom = model.custom.has_value();
    const ModelSpec s = custom ? *model.custom : ModelSpec{};
    select(m_architecture, !s.transformer ? "generic" : s.experts > 1 ? "moe-transformer" : "transformer");
    m_params->setValue(s.params);
    m_layers->setValue(s.layers);
    m_hidden->setValue(s.hidden);
    m_heads->setValue(s.heads);
    m_kvHeads->setValue(s.kvHeads);
    m_ffn->setValue(s.ffn);
    m_vocab->setValue(s.vocab);
    m_seqLen->setValue(s.seqLen);
    m_experts->setValue(s.experts);
    m_expertsPerToken->setValue(s.expertsPerToken);
    m_gflops->setValue(s.fwdFlopsPerSample / 1e9);
    m_bytesPerSample->setValue(s.bytesPerSample);
    setRowVisible(m_architecture, custom);
    setRowVisible(m_params, custom);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_layers, m_hidden, m_heads, m_kvHeads, m_ffn, m_vocab, m_seqLen})
        setRowVisible(w, custom && s.transformer);
    setRowVisible(m_experts, custom && s.transformer && s.experts > 1);
    setRowVisible(m_expertsPerToken, custom && s.transformer && s.experts > 1);
    setRowVisible(m_gflops, custom && !s.transformer);
    setRowVisible(m_bytesPerSample, custom);
}

void WorkloadEditor::showSketch(const std::string& sketchId)
{
    m_sketchId = sketchId;
    refresh();
}

void WorkloadEditor::refresh()
{
    const Project& project = m_document.project();
    const Sketch* sketch = project.sketch(m_sketchId);
    showWorkload(sketch ? sketch->workloadId : std::string(), sketch ? sketch->role : SketchRole::Training);
    QStringList others;
    for (const std::string& id : m_document.workloadUsers(m_id))
        if (const Sketch* s = project.sketch(id); s && id != m_sketchId)
            others << QString::fromStdString(s->name).toHtmlEscaped();
    m_shared->setText(tr("<b>Shared</b> with %n other frame(s): %1. A change here changes them too.", nullptr,
                         others.size())
                          .arg(others.join(", ")));
    setRowVisible(m_shared, sketch && !others.isEmpty());
    setRowVisible(m_ownCopy, sketch && !others.isEmpty());
}

void WorkloadEditor::showWorkload(const std::string& workloadId, SketchRole role)
{
    m_id = workloadId;
    m_role = role;
    const TrainingJob* j = role == SketchRole::Training ? job() : nullptr;
    const InferenceService* s = role == SketchRole::Inference ? service() : nullptr;
    // The form's rows stay in place (hidden) so the tab keeps its layout when a workload appears.
    setRowVisible(m_empty, !j && !s);
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_name, m_preset})
        setRowVisible(w, j || s);
    if (!j && !s)
        for (QWidget* w : std::initializer_list<QWidget*>{
                 m_architecture, m_params, m_layers, m_hidden, m_heads, m_kvHeads, m_ffn, m_vocab, m_seqLen,
                 m_experts, m_expertsPerToken, m_gflops, m_bytesPerSample})
            setRowVisible(w, false);
    const bool training = j != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_method, m_tokens, m_samples, m_globalBatch,
                                                      m_trainingPrecision, m_optimizer})
        setRowVisible(w, training);
    setRowVisible(m_loraRank, training && j->method == TrainingMethod::Lora);
    for (QWidget* w : std::initializer_list<QWidget*>{m_servicePrecision, m_inputMean, m_inputP99,
                                                      m_outputMean, m_outputP99, m_flopsPerRequest, m_peakRps,
                                                      m_shape, m_ttft, m_tpot, m_e2e})
        setRowVisible(w, s != nullptr);
    if (j) {
        m_title->setText(tr("Training job"));
        setText(m_name, QString::fromStdString(j->name));
        refreshModel(j->model);
        select(m_method, static_cast<int>(j->method));
        m_loraRank->setValue(j->loraRank);
        m_tokens->setValue(j->trainingTokens);
        m_samples->setValue(j->trainingSamples);
        m_globalBatch->setValue(j->globalBatch);
        select(m_trainingPrecision, static_cast<int>(j->precision));
        select(m_optimizer, static_cast<int>(j->optimizer));
    } else if (s) {
        m_title->setText(tr("Inference service"));
        setText(m_name, QString::fromStdString(s->name));
        refreshModel(s->model);
        select(m_servicePrecision, static_cast<int>(s->precision));
        m_inputMean->setValue(s->inputTokens.mean);
        m_inputP99->setValue(s->inputTokens.p99);
        m_outputMean->setValue(s->outputTokens.mean);
        m_outputP99->setValue(s->outputTokens.p99);
        m_flopsPerRequest->setValue(s->flopsPerRequest);
        m_peakRps->setValue(s->traffic.peakRps);
        select(m_shape, static_cast<int>(s->traffic.shape));
        m_ttft->setValue(s->targets.ttftP99Ms);
        m_tpot->setValue(s->targets.tpotP99Ms);
        m_e2e->setValue(s->targets.e2eP99Ms);
        const CatalogItem* preset = m_catalogs.get().find(s->model.preset);
        const bool generic =
            s->model.custom ? !s->model.custom->transformer : preset && isGenericModel(*preset);
        setRowVisible(m_flopsPerRequest, generic || s->flopsPerRequest > 0);
    }
}

} // namespace infraplan::ui
