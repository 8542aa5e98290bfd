#include "dropcontroller.h"

#include "catalogstore.h"
#include "catalogtext.h"
#include "frameplacement.h"
#include "hardwarerow.h"
#include "projectdocument.h"
#include "sketchdefaults.h"

#include <cmath>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace infraplan::ui {

namespace {
constexpr double kGrid = 20;
double snapped(double v)
{
    return std::round(v / kGrid) * kGrid;
}
/// Where the first node group sits in a new frame: below the header, at the left.
constexpr Point kFirstNodePosition{20, 80};
} // namespace

DropController::DropController(ProjectDocument& document, const CatalogStore& catalogs, QObject* parent)
    : QObject(parent), m_document(document), m_catalogs(catalogs)
{}

bool DropController::canDrop(const std::string& itemId, const std::string& frameId) const
{
    const CatalogItem* item = m_catalogs.get().find(itemId);
    if (!item)
        return false;
    if (item->kind == ItemKind::Instance || item->kind == ItemKind::Accelerator)
        return true;
    return !frameId.empty() && item->kind != ItemKind::Calibration;
}

std::vector<std::string> DropController::drop(const std::string& itemId, QPointF scenePos,
                                              const std::string& frameId)
{
    const CatalogItem* item = m_catalogs.get().find(itemId);
    if (!item) {
        emit problem(tr("'%1' is not in the catalog.").arg(QString::fromStdString(itemId)));
        return {};
    }
    switch (item->kind) {
    case ItemKind::Instance:
        return dropInstance(*item, scenePos, frameId, std::nullopt);
    case ItemKind::Accelerator:
        return dropAccelerator(*item, scenePos, frameId);
    case ItemKind::Link:
    case ItemKind::Storage:
    case ItemKind::Region:
    case ItemKind::Model:
        if (frameId.empty()) {
            emit problem(tr("Drop %1 onto a frame to use it there.").arg(QString::fromStdString(item->name)));
            return {};
        }
        dropOnFrame(*item, frameId);
        return {};
    case ItemKind::Calibration:
        break;
    }
    return {};
}

std::optional<SketchRole> DropController::askRole(const CatalogItem& item) const
{
    if (m_chooseRole)
        return m_chooseRole(item);
    QMessageBox box(QApplication::activeWindow());
    box.setWindowTitle(tr("New frame"));
    box.setIcon(QMessageBox::Question);
    box.setText(tr("What should %1 be part of?").arg(QString::fromStdString(item.name)));
    box.setInformativeText(
        tr("A training cluster trains a model once; an inference fleet serves it to users."));
    QPushButton* training = box.addButton(tr("Training cluster"), QMessageBox::AcceptRole);
    QPushButton* inference = box.addButton(tr("Inference fleet"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(training);
    box.exec();
    if (box.clickedButton() == training)
        return SketchRole::Training;
    if (box.clickedButton() == inference)
        return SketchRole::Inference;
    return std::nullopt;
}

std::vector<std::string> DropController::dropInstance(const CatalogItem& instance, QPointF scenePos,
                                                      const std::string& frameId,
                                                      std::optional<SketchRole> role)
{
    const Project& project = m_document.project();
    if (const Sketch* frame = project.sketch(frameId)) {
        const QPointF local = scenePos - QPointF(frame->position.x, frame->position.y);
        const Point at{std::max(kFirstNodePosition.x, snapped(local.x() - 60)),
                       std::max(kFirstNodePosition.y, snapped(local.y() - 20))};
        const std::string id =
            m_document.addNodeGroup(frame->id, instance.id, sketchdefaults::initialCount(frame->role), at);
        emit done(tr("Added %1 to %2")
                      .arg(QString::fromStdString(instance.name), QString::fromStdString(frame->name)));
        return {id};
    }
    if (!role)
        role = askRole(instance);
    if (!role)
        return {};
    const Catalog& catalog = m_catalogs.get();
    const QString shortName = catalogtext::shortName(instance);
    const QString name = *role == SketchRole::Training ? tr("%1 training cluster").arg(shortName)
                                                       : tr("%1 inference fleet").arg(shortName);
    Sketch sketch = sketchdefaults::newSketch(*role, name.toStdString(),
                                              {snapped(scenePos.x() - 60), snapped(scenePos.y() - 40)});
    sketch.position = freePlaceFor(project.sketches, sketch.position, sketch.size, kGrid);
    // The project's pricing applies unless it cannot: an owned server in a cloud project or the reverse.
    const bool owned = isOwnedInstance(instance);
    sketch.ownPricing = owned != (project.pricingDefaults.pricing.mode == PricingMode::Owned);
    if (sketch.ownPricing)
        sketch.pricing.mode = owned ? PricingMode::Owned : PricingMode::OnDemand;
    NodeGroup node;
    node.itemId = instance.id;
    node.count = sketchdefaults::initialCount(*role);
    node.position = kFirstNodePosition;
    sketch.nodes.push_back(node);
    std::vector<TrainingJob> jobs;
    std::vector<InferenceService> services;
    if (*role == SketchRole::Training) {
        if (!project.trainingJobs.empty())
            sketch.workloadId = project.trainingJobs.front().id;
        else
            jobs.push_back(sketchdefaults::defaultTrainingJob(catalog));
    } else {
        if (!project.services.empty())
            sketch.workloadId = project.services.front().id;
        else
            services.push_back(sketchdefaults::defaultService(catalog));
    }
    const std::string id = m_document.addSketch(std::move(sketch), std::move(jobs), std::move(services));
    emit done(tr("Created %1").arg(name));
    return {id};
}

std::vector<std::string> DropController::dropAccelerator(const CatalogItem& accelerator, QPointF scenePos,
                                                         const std::string& frameId)
{
    std::optional<SketchRole> role;
    if (const Sketch* frame = m_document.project().sketch(frameId))
        role = frame->role;
    else
        role = askRole(accelerator);
    if (!role)
        return {};
    const CatalogItem* chassis = sketchdefaults::chassisFor(m_catalogs.get(), accelerator.id, *role);
    if (!chassis) {
        emit problem(
            tr("No server or cloud instance in the catalog holds %1, so it cannot be placed on its "
               "own. Add a server holding it with Catalog › Edit catalog (an instance whose "
               "accelerator is '%2'), then drop that server.")
                .arg(QString::fromStdString(accelerator.name), QString::fromStdString(accelerator.id)));
        return {};
    }
    auto ids = dropInstance(*chassis, scenePos, frameId, role);
    emit done(tr("%1 holds %2 × %3")
                  .arg(QString::fromStdString(chassis->name),
                       catalogtext::number(acceleratorsPerInstance(*chassis, 1)),
                       QString::fromStdString(accelerator.name)));
    return ids;
}

void DropController::dropOnFrame(const CatalogItem& item, const std::string& frameId)
{
    const QString name = QString::fromStdString(item.name);
    switch (item.kind) {
    case ItemKind::Link:
        if (isScaleOutLink(item)) {
            m_document.setScaleOutLink(frameId, item.id);
            emit done(tr("Scale-out fabric: %1").arg(name));
        } else {
            m_document.setScaleUpLink(frameId, item.id);
            emit done(tr("Scale-up link: %1").arg(name));
        }
        break;
    case ItemKind::Storage:
        m_document.setStorage(frameId, item.id);
        emit done(tr("Storage: %1").arg(name));
        break;
    case ItemKind::Region:
        m_document.setRegion(frameId, item.id);
        emit done(tr("Region: %1").arg(name));
        break;
    case ItemKind::Model:
        dropModel(item, frameId);
        break;
    default:
        break;
    }
}

void DropController::dropModel(const CatalogItem& model, const std::string& frameId)
{
    const Sketch* sketch = m_document.project().sketch(frameId);
    if (!sketch)
        return;
    // A drop onto one frame changes that frame: a workload other frames share is copied for it first.
    if (m_document.workloadUsers(sketch->workloadId).size() > 1) {
        m_document.inOneStep(
            tr("Model %1 for %2")
                .arg(QString::fromStdString(model.name), QString::fromStdString(sketch->name)),
            [&] {
                m_document.makeOwnWorkloadCopy(frameId);
                setModel(model, frameId);
            });
        emit done(tr("Model: %1 (this frame now has its own copy of the workload it shared)")
                      .arg(QString::fromStdString(model.name)));
        return;
    }
    setModel(model, frameId);
    emit done(tr("Model: %1").arg(QString::fromStdString(model.name)));
}

void DropController::setModel(const CatalogItem& model, const std::string& frameId)
{
    const Project& project = m_document.project();
    const Sketch* sketch = project.sketch(frameId);
    const Catalog& catalog = m_catalogs.get();
    if (sketch->role == SketchRole::Training) {
        if (const TrainingJob* job = project.trainingJob(sketch->workloadId)) {
            TrainingJob edited = *job;
            edited.model = ModelChoice{model.id, std::nullopt};
            m_document.setTrainingJob(edited);
        } else {
            TrainingJob created = sketchdefaults::defaultTrainingJob(catalog);
            created.model = ModelChoice{model.id, std::nullopt};
            created.name = model.name + " training";
            m_document.assignNewTrainingJob(frameId, created);
        }
    } else {
        if (const InferenceService* service = project.service(sketch->workloadId)) {
            InferenceService edited = *service;
            edited.model = ModelChoice{model.id, std::nullopt};
            m_document.setService(edited);
        } else {
            InferenceService created = sketchdefaults::defaultService(catalog);
            created.model = ModelChoice{model.id, std::nullopt};
            created.name = model.name + " service";
            m_document.assignNewService(frameId, created);
        }
    }
}

} // namespace infraplan::ui
