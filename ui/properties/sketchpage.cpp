#include "sketchpage.h"

#include "catalogstore.h"
#include "catalogtext.h"
#include "hardware.h"
#include "hardwarerow.h"
#include "instancepicker.h"
#include "kindicon.h"
#include "numberfield.h"
#include "pricingdefaults.h"
#include "pricingmodechoice.h"
#include "projectdocument.h"
#include "sketchdefaults.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <utility>
#include <vector>

namespace infraplan::ui {

namespace {
const char* const kNewWorkload = "\x01new";

QString precisionLabel(Precision p)
{
    return QString::fromUtf8(precisionName(p).data()).toUpper();
}
} // namespace

SketchPage::SketchPage(ProjectDocument& document, const CatalogStore& catalogs, QWidget* parent)
    : PropertyForm(parent), m_document(document), m_catalogs(catalogs)
{
    m_askDeleteWorkload = [this](const QString& name) {
        return QMessageBox::question(
                   this, tr("Delete the workload?"),
                   tr("No other frame uses %1. Delete it from the project as well?").arg(name),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    buildGeneral();
    buildHardware();
    buildPolicies();
    fillCatalogChoices();
    connect(&catalogs, &CatalogStore::catalogChanged, this, [this] {
        fillCatalogChoices();
        rebuildNodeRows();
        refresh();
    });
}

QString SketchPage::workloadName(const std::string& workloadId) const
{
    const Project& p = m_document.project();
    if (const TrainingJob* j = p.trainingJob(workloadId))
        return QString::fromStdString(j->name.empty() ? j->id : j->name);
    if (const InferenceService* s = p.service(workloadId))
        return QString::fromStdString(s->name.empty() ? s->id : s->name);
    return QString::fromStdString(workloadId);
}

const Sketch* SketchPage::sketch() const
{
    return m_document.project().sketch(m_sketchId);
}

void SketchPage::buildGeneral()
{
    section(tr("Frame"));
    m_name = text(tr("Name"), tr("Shown on the canvas and in comparisons"),
                  [this](const QString& t) { m_document.setSketchName(m_sketchId, t.toStdString()); });
    m_role = new QLabel(this);
    row(tr("Role"), m_role);
    m_workloadChoice =
        choice(tr("Workload"), tr("What this frame trains or serves"), [this](const QVariant& v) {
            const Sketch* s = sketch();
            if (!s)
                return;
            // The workload this frame leaves, when no other frame uses it, would stay in the file unseen:
            // ask whether it goes too, in the same undo step.
            const std::string left = s->workloadId;
            if (v.toString().toStdString() == left)
                return;
            const bool lastUser = !left.empty() && m_document.workloadUsers(left) == std::vector{m_sketchId};
            const bool deleteLeft = lastUser && m_askDeleteWorkload(workloadName(left));
            const SketchRole role = s->role;
            m_document.inOneStep(tr("Change workload"), [&] {
                if (v.toString() == kNewWorkload) {
                    if (role == SketchRole::Training)
                        m_document.assignNewTrainingJob(m_sketchId,
                                                        sketchdefaults::defaultTrainingJob(m_catalogs.get()));
                    else
                        m_document.assignNewService(m_sketchId,
                                                    sketchdefaults::defaultService(m_catalogs.get()));
                } else {
                    m_document.setSketchWorkload(m_sketchId, v.toString().toStdString());
                }
                if (deleteLeft)
                    m_document.removeUnusedWorkload(left);
            });
        });
}

void SketchPage::buildHardware()
{
    section(tr("Hardware"));
    m_nodes = new QWidget(this);
    m_nodeGrid = new QGridLayout(m_nodes);
    m_nodeGrid->setContentsMargins(0, 0, 0, 0);
    m_nodeGrid->setHorizontalSpacing(4);
    m_nodeGrid->setColumnStretch(0, 3);
    m_nodeGrid->setColumnStretch(1, 1);
    row(tr("Node groups"), m_nodes);
    m_scaleUp = choice(
        tr("Scale-up link"),
        tr("Inside a node (NVLink, ICI, PCIe…); drop an interconnect on "
           "the frame to set it"),
        [this](const QVariant& v) { m_document.setScaleUpLink(m_sketchId, v.toString().toStdString()); });
    m_scaleOut = choice(
        tr("Scale-out fabric"), tr("Between nodes (InfiniBand, RoCE, EFA…)"),
        [this](const QVariant& v) { m_document.setScaleOutLink(m_sketchId, v.toString().toStdString()); });
    m_storage =
        choice(tr("Storage"), tr("Where training data and model weights are read from"),
               [this](const QVariant& v) { m_document.setStorage(m_sketchId, v.toString().toStdString()); });
    m_region =
        choice(tr("Region"), tr("Sets electricity price, PUE and latency to users"),
               [this](const QVariant& v) { m_document.setRegion(m_sketchId, v.toString().toStdString()); });

    section(tr("Pricing"));
    m_ownPricing = check(tr("Own pricing"),
                         tr("Off: the project's pricing settings apply (set them with nothing selected)"),
                         [this](bool on) { m_document.setOwnPricing(m_sketchId, on); });
    m_pricing = choice(tr("Pricing"), tr("How the hardware is paid for"), [this](const QVariant& v) {
        if (const Sketch* s = sketch()) {
            Pricing p = s->pricing;
            p.mode = static_cast<PricingMode>(v.toInt());
            m_document.setPricing(m_sketchId, p);
        }
    });
    PricingModeChoice::addItems(m_pricing);
    m_amortization =
        number(tr("Written off over"), 0.25, 30, false, tr("years"),
               tr("Owned hardware: the purchase price is spread over this many years"), [this](double y) {
                   if (const Sketch* s = sketch()) {
                       Pricing p = s->pricing;
                       p.amortizationYears = y;
                       m_document.setPricing(m_sketchId, p);
                   }
               });
    // The user's own pricing figures: each an undoable edit of the sketch's pricing.
    auto pricingField = [this](double Pricing::*field) {
        return [this, field](double v) {
            if (const Sketch* s = sketch()) {
                Pricing p = s->pricing;
                p.*field = v;
                m_document.setPricing(m_sketchId, p);
            }
        };
    };
    m_discount = number(tr("Discount"), 0, 100, false, tr("%"),
                        tr("Negotiated off the catalog's instance price (rate or purchase)"),
                        pricingField(&Pricing::discountPercent));
    m_spotLoss =
        number(tr("Lost to interruptions"), 0, 90, false, tr("%"),
               tr("Spot: share of the paid instance time that serves nothing (interrupted, replaced, "
                  "reloading the model)"),
               [this](double v) {
                   if (const Sketch* s = sketch()) {
                       Pricing p = s->pricing;
                       p.spotInterruptionShare = v / 100;
                       m_document.setPricing(m_sketchId, p);
                   }
               });
    m_electricity = number(tr("Electricity"), 0, 10, false, tr("USD/kWh"),
                           tr("Owned: your site's price; empty uses the region's catalog figure"),
                           pricingField(&Pricing::electricityUsdPerKWh));
    m_pue = number(tr("PUE"), 1, 5, false, {}, tr("Your site's PUE; empty uses the region's catalog figure"),
                   pricingField(&Pricing::pue));
    m_precision =
        choice(tr("Precision"), tr("Numeric format; overrides the workload's"), [this](const QVariant& v) {
            m_document.setPrecision(m_sketchId, v.toString().isEmpty()
                                                    ? std::nullopt
                                                    : precisionFromName(v.toString().toStdString()));
        });
}

void SketchPage::buildPolicies()
{
    auto editLayout = [this](auto change) {
        if (const Sketch* s = sketch()) {
            ParallelLayout l = s->layout;
            change(l);
            m_document.setLayout(m_sketchId, l);
        }
    };
    m_layoutSection = section(tr("Parallel layout"));
    m_autoLayout =
        check(tr("Let the engine choose"), tr("Search data, tensor and pipeline parallel degrees that fit"),
              [=](bool on) { editLayout([on](ParallelLayout& l) { l.automatic = on; }); });
    m_dp = number(tr("Data parallel"), field::kDataParallel, {}, tr("Replicas of the model"),
                  [=](double v) { editLayout([v](ParallelLayout& l) { l.dp = int(v); }); });
    m_tp = number(tr("Tensor parallel"), field::kTensorParallel, {}, tr("Devices splitting each layer"),
                  [=](double v) { editLayout([v](ParallelLayout& l) { l.tp = int(v); }); });
    m_pp = number(tr("Pipeline parallel"), field::kPipelineParallel, {}, tr("Pipeline stages"),
                  [=](double v) { editLayout([v](ParallelLayout& l) { l.pp = int(v); }); });
    m_microBatch = number(tr("Micro-batch"), field::kMicroBatch, tr("sequences"), {},
                          [=](double v) { editLayout([v](ParallelLayout& l) { l.microBatch = int(v); }); });
    m_schedule = choice(tr("Schedule"), tr("Pipeline schedule"), [=](const QVariant& v) {
        editLayout([v](ParallelLayout& l) { l.schedule = static_cast<PipelineSchedule>(v.toInt()); });
    });
    m_schedule->addItem(tr("1F1B"), static_cast<int>(PipelineSchedule::OneFOneB));
    m_schedule->addItem(tr("Interleaved"), static_cast<int>(PipelineSchedule::Interleaved));
    m_interleave =
        number(tr("Virtual stages"), field::kInterleave, {}, tr("Per pipeline rank (interleaved schedule)"),
               [=](double v) { editLayout([v](ParallelLayout& l) { l.interleave = int(v); }); });
    m_zero =
        choice(tr("ZeRO stage"), tr("How optimizer state, gradients and weights are sharded"),
               [=](const QVariant& v) { editLayout([v](ParallelLayout& l) { l.zeroStage = v.toInt(); }); });
    for (int z = 0; z <= 3; ++z)
        m_zero->addItem(z == 3 ? tr("3 (FSDP, full sharding)") : QString::number(z), z);
    m_recompute = choice(tr("Recompute"), tr("Activation checkpointing"), [=](const QVariant& v) {
        editLayout([v](ParallelLayout& l) { l.recompute = static_cast<Recompute>(v.toInt()); });
    });
    m_recompute->addItem(tr("None"), static_cast<int>(Recompute::None));
    m_recompute->addItem(tr("Selective"), static_cast<int>(Recompute::Selective));
    m_recompute->addItem(tr("Full"), static_cast<int>(Recompute::Full));

    auto editBatching = [this](auto change) {
        if (const Sketch* s = sketch()) {
            BatchingPolicy b = s->batching;
            change(b);
            m_document.setBatching(m_sketchId, b);
        }
    };
    m_servingSection = section(tr("Serving and batching"));
    m_replicaAccelerators =
        number(tr("Accelerators per replica"), field::kReplicaAccelerators, {},
               tr("Devices holding one copy of the model (tensor parallel)"),
               [this](double v) { m_document.setReplicaAccelerators(m_sketchId, int(v)); });
    m_maxBatch =
        number(tr("Max batch"), field::kMaxBatch, tr("sequences"), tr("Concurrent sequences per replica"),
               [=](double v) { editBatching([v](BatchingPolicy& b) { b.maxBatch = int(v); }); });
    m_kvFraction = number(tr("KV-cache share"), field::kKvCacheFraction, {},
                          tr("Share of the memory left after the weights given to the KV cache"),
                          [=](double v) { editBatching([v](BatchingPolicy& b) { b.kvCacheFraction = v; }); });
    m_maxWait = number(tr("Max batching wait"), field::kMaxWaitMs, tr("ms"),
                       tr("Longest a request waits for a batch to fill (dynamic batching)"),
                       [=](double v) { editBatching([v](BatchingPolicy& b) { b.maxWaitMs = v; }); });

    auto editScaling = [this](auto change) {
        if (const Sketch* s = sketch()) {
            AutoscalingPolicy a = s->autoscaling;
            change(a);
            m_document.setAutoscaling(m_sketchId, a);
        }
    };
    m_autoscalingSection = section(tr("Autoscaling"));
    m_autoscale = check(tr("Scale replicas with traffic"), {},
                        [=](bool on) { editScaling([on](AutoscalingPolicy& a) { a.enabled = on; }); });
    m_minReplicas = number(tr("Min replicas"), field::kMinReplicas, {}, {}, [=](double v) {
        editScaling([v](AutoscalingPolicy& a) { a.minReplicas = int(v); });
    });
    m_maxReplicas = number(tr("Max replicas"), field::kMaxReplicas, {}, {}, [=](double v) {
        editScaling([v](AutoscalingPolicy& a) { a.maxReplicas = int(v); });
    });
    m_minReplicas->setRule([this](double v) {
        const Sketch* s = sketch();
        return s && v > s->autoscaling.maxReplicas
                   ? tr("cannot exceed max replicas (%1)").arg(s->autoscaling.maxReplicas)
                   : QString();
    });
    m_maxReplicas->setRule([this](double v) {
        const Sketch* s = sketch();
        return s && v < s->autoscaling.minReplicas
                   ? tr("cannot be below min replicas (%1)").arg(s->autoscaling.minReplicas)
                   : QString();
    });
    m_targetUtilization = number(
        tr("Target utilisation"), field::kTargetUtilization, {}, tr("Busy share the autoscaler aims for"),
        [=](double v) { editScaling([v](AutoscalingPolicy& a) { a.targetUtilization = v; }); });
    m_scaleUpDelay = number(tr("Scale-up delay"), field::kScaleUpDelayS, tr("s"),
                            tr("Provisioning time before a new replica loads the model"), [=](double v) {
                                editScaling([v](AutoscalingPolicy& a) { a.scaleUpDelayS = v; });
                            });
}

void SketchPage::fillCatalogChoices()
{
    const Catalog& catalog = m_catalogs.get();
    auto fill = [&](QComboBox* box, ItemKind kind, const QString& none, auto accept) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(none, QString());
        for (const CatalogItem* i : catalog.items(kind))
            if (accept(*i))
                box->addItem(kindicon::icon(categoryOf(*i)), QString::fromStdString(i->name),
                             QString::fromStdString(i->id));
    };
    fill(m_scaleUp, ItemKind::Link, tr("The instance's own"),
         [](const CatalogItem& i) { return !isScaleOutLink(i); });
    fill(m_scaleOut, ItemKind::Link, tr("The instance's own"),
         [](const CatalogItem& i) { return isScaleOutLink(i); });
    fill(m_storage, ItemKind::Storage, tr("None"), [](const CatalogItem&) { return true; });
    fill(m_region, ItemKind::Region, tr("The instance's region"), [](const CatalogItem&) { return true; });
}

namespace {
using ComboItems = std::vector<std::pair<QString, QVariant>>;
/// Fills a combo box with these items (text, data), leaving it alone when it already holds them: a
/// refilled box repaints, and every refresh refills.
void setItems(QComboBox* box, const ComboItems& items)
{
    bool same = box->count() == static_cast<int>(items.size());
    for (int i = 0; same && i < box->count(); ++i)
        same = box->itemText(i) == items[size_t(i)].first && box->itemData(i) == items[size_t(i)].second;
    if (same)
        return;
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& [text, data] : items)
        box->addItem(text, data);
}
} // namespace

void SketchPage::showSketch(const std::string& sketchId, const std::string& focusNodeId)
{
    m_sketchId = sketchId;
    m_focusNodeId = focusNodeId;
    rebuildNodeRows();
    refresh();
}

NumberField* SketchPage::countField(const std::string& nodeId) const
{
    for (size_t i = 0; i < m_nodeIds.size(); ++i)
        if (m_nodeIds[i] == nodeId)
            return m_nodeFields[i].second;
    return nullptr;
}

InstancePicker* SketchPage::instancePicker(const std::string& nodeId) const
{
    for (size_t i = 0; i < m_nodeIds.size(); ++i)
        if (m_nodeIds[i] == nodeId)
            return m_nodeFields[i].first;
    return nullptr;
}

void SketchPage::rebuildNodeRows()
{
    const Sketch* s = sketch();
    std::vector<std::string> ids;
    if (s)
        for (const NodeGroup& n : s->nodes)
            ids.push_back(n.id);
    if (ids == m_nodeIds && !m_nodeFields.empty())
        return;
    while (QLayoutItem* item = m_nodeGrid->takeAt(0)) {
        // Later, not now: the edit that led here may have come from one of these widgets.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_nodeFields.clear();
    m_nodeIds = ids;
    for (size_t r = 0; r < ids.size(); ++r) {
        const std::string id = ids[r];
        auto* instance = new InstancePicker(m_catalogs, m_nodes);
        instance->setObjectName(QString::fromStdString("instance:" + id));
        connect(instance, &InstancePicker::picked, this,
                [this, id](const std::string& itemId) { m_document.setNodeItem(id, itemId); });
        auto* count = new NumberField(field::kNodeCount.min, field::kNodeCount.max, true, tr("×"), m_nodes);
        count->setObjectName(QString::fromStdString("count:" + id));
        count->lineEdit()->setAccessibleName(tr("Node count"));
        count->setToolTip(tr("How many of these servers or instances"));
        connect(count, &NumberField::edited, this, [this, id](double v) { m_document.setCount(id, int(v)); });
        m_nodeGrid->addWidget(instance, static_cast<int>(r), 0, Qt::AlignTop);
        m_nodeGrid->addWidget(count, static_cast<int>(r), 1, Qt::AlignTop);
        m_nodeFields.push_back({instance, count});
    }
    if (ids.empty())
        m_nodeGrid->addWidget(new QLabel(tr("Drop a server or instance onto the frame"), m_nodes), 0, 0, 1,
                              2);
}

void SketchPage::refresh()
{
    const Sketch* s = sketch();
    if (!s)
        return;
    rebuildNodeRows();
    const Project& project = m_document.project();
    const Catalog& catalog = m_catalogs.get();
    const bool training = s->role == SketchRole::Training;
    setText(m_name, QString::fromStdString(s->name));
    m_role->setText(training ? tr("Training cluster") : tr("Inference fleet"));
    {
        ComboItems items;
        if (training)
            for (const TrainingJob& j : project.trainingJobs)
                items.push_back(
                    {QString::fromStdString(j.name.empty() ? j.id : j.name), QString::fromStdString(j.id)});
        else
            for (const InferenceService& v : project.services)
                items.push_back(
                    {QString::fromStdString(v.name.empty() ? v.id : v.name), QString::fromStdString(v.id)});
        if (s->workloadId.empty() || std::none_of(items.begin(), items.end(), [&](const auto& i) {
                return i.second == QString::fromStdString(s->workloadId);
            }))
            items.insert(items.begin(), {tr("(none)"), QString()});
        items.push_back({training ? tr("New training job…") : tr("New inference service…"),
                         QString::fromLatin1(kNewWorkload)});
        setItems(m_workloadChoice, items);
    }
    select(m_workloadChoice, QString::fromStdString(s->workloadId));

    const CatalogItem* instance = s->nodes.empty() ? nullptr : catalog.find(s->nodes.front().itemId);
    auto own = [&](std::string (*linkOf)(const CatalogItem&), const QString& fallback) {
        const std::string id = instance ? linkOf(*instance) : std::string();
        return id.empty() ? fallback
                          : tr("The instance's own (%1)").arg(catalogtext::displayName(catalog, id));
    };
    m_scaleUp->setItemText(0, own(scaleUpLinkOf, tr("The instance's own")));
    m_scaleOut->setItemText(0, own(scaleOutLinkOf, tr("The instance's own")));
    m_region->setItemText(
        0, !project.pricingDefaults.regionId.empty()
               ? tr("The project's (%1)")
                     .arg(catalogtext::displayName(catalog, project.pricingDefaults.regionId))
           : instance && !homeRegionOf(*instance).empty()
               ? tr("The instance's (%1)").arg(catalogtext::displayName(catalog, homeRegionOf(*instance)))
               : tr("The instance's region"));
    select(m_scaleUp, QString::fromStdString(s->scaleUpLink));
    select(m_scaleOut, QString::fromStdString(s->scaleOutLink));
    select(m_storage, QString::fromStdString(s->storageId));
    select(m_region, QString::fromStdString(s->regionId));
    for (size_t i = 0; i < m_nodeFields.size() && i < s->nodes.size(); ++i) {
        m_nodeFields[i].first->setCurrent(s->nodes[i].itemId);
        m_nodeFields[i].second->setValue(s->nodes[i].count);
    }

    // Without pricing of its own the frame shows the project's settings, read-only.
    const PricingDefaults& defaults = project.pricingDefaults;
    const Pricing& shown = s->ownPricing ? s->pricing : defaults.pricing;
    setChecked(m_ownPricing, s->ownPricing);
    for (QWidget* w : std::initializer_list<QWidget*>{m_pricing, m_amortization, m_discount, m_spotLoss,
                                                      m_electricity, m_pue})
        w->setEnabled(s->ownPricing);
    select(m_pricing, static_cast<int>(shown.mode));
    m_amortization->setValue(shown.amortizationYears);
    setRowVisible(m_amortization, shown.mode == PricingMode::Owned);
    m_discount->setValue(shown.discountPercent);
    m_spotLoss->setValue(shown.spotInterruptionShare * 100);
    setRowVisible(m_spotLoss, shown.mode == PricingMode::Spot);
    // Unset figures show the one that applies and where it comes from, never a bare 0.
    Problems ignored;
    std::string regionId = effectiveRegionId(project, *s);
    if (regionId.empty() && instance)
        regionId = homeRegionOf(*instance);
    const std::optional<RegionSpec> region =
        regionId.empty() ? std::nullopt : resolveRegion(catalog, regionId, ignored);
    const QString regionName = region ? QString::fromStdString(region->name) : QString();
    const QString projectFigure = tr("%1 (the project's)");
    m_electricity->setUnsetText(
        defaults.pricing.electricityUsdPerKWh > 0
            ? projectFigure.arg(QLocale().toString(defaults.pricing.electricityUsdPerKWh))
        : region
            ? tr("%1 (%2, catalog)").arg(QLocale().toString(region->electricityUsdPerKWh, 'f', 3), regionName)
            : tr("the region's (none chosen)"));
    m_electricity->setValue(shown.electricityUsdPerKWh);
    setRowVisible(m_electricity, shown.mode == PricingMode::Owned);
    m_pue->setUnsetText(defaults.pricing.pue > 0 ? projectFigure.arg(QLocale().toString(defaults.pricing.pue))
                        : region
                            ? tr("%1 (%2, catalog)").arg(QLocale().toString(region->pue, 'f', 2), regionName)
                            : tr("1.00 (no region chosen)"));
    m_pue->setValue(shown.pue);
    Precision workloadPrecision = Precision::BF16;
    if (const TrainingJob* j = project.trainingJob(s->workloadId); j && training)
        workloadPrecision = j->precision;
    else if (const InferenceService* v = project.service(s->workloadId); v && !training)
        workloadPrecision = v->precision;
    {
        ComboItems items{{tr("The workload's (%1)").arg(precisionLabel(workloadPrecision)), QString()}};
        for (Precision p : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16,
                            Precision::FP8, Precision::INT8, Precision::INT4, Precision::FP4})
            if (!training || (p != Precision::INT4 && p != Precision::FP4))
                items.push_back({precisionLabel(p), QString::fromUtf8(precisionName(p).data())});
        setItems(m_precision, items);
    }
    select(m_precision, s->precision ? QString::fromUtf8(precisionName(*s->precision).data()) : QString());

    const ParallelLayout& l = s->layout;
    setChecked(m_autoLayout, l.automatic);
    m_dp->setValue(l.dp);
    m_tp->setValue(l.tp);
    m_pp->setValue(l.pp);
    m_microBatch->setValue(l.microBatch);
    select(m_schedule, static_cast<int>(l.schedule));
    m_interleave->setValue(l.interleave);
    select(m_zero, l.zeroStage);
    select(m_recompute, static_cast<int>(l.recompute));
    setRowVisible(m_layoutSection, training);
    setRowVisible(m_autoLayout, training);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_dp, m_tp, m_pp, m_microBatch, m_schedule, m_zero, m_recompute})
        setRowVisible(w, training && !l.automatic);
    setRowVisible(m_interleave, training && !l.automatic && l.schedule == PipelineSchedule::Interleaved);

    m_replicaAccelerators->setValue(s->replicaAccelerators);
    m_maxBatch->setValue(s->batching.maxBatch);
    m_kvFraction->setValue(s->batching.kvCacheFraction);
    m_maxWait->setValue(s->batching.maxWaitMs);
    setChecked(m_autoscale, s->autoscaling.enabled);
    m_minReplicas->setValue(s->autoscaling.minReplicas);
    m_maxReplicas->setValue(s->autoscaling.maxReplicas);
    m_targetUtilization->setValue(s->autoscaling.targetUtilization);
    m_scaleUpDelay->setValue(s->autoscaling.scaleUpDelayS);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_servingSection, m_replicaAccelerators, m_maxBatch, m_kvFraction,
                                         m_maxWait, m_autoscalingSection, m_autoscale})
        setRowVisible(w, !training);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_minReplicas, m_maxReplicas, m_targetUtilization, m_scaleUpDelay})
        setRowVisible(w, !training && s->autoscaling.enabled);
}

} // namespace infraplan::ui
