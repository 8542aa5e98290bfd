#include "projectdocument.h"

#include "idallocator.h"
#include "pricingdefaults.h"
#include "projectfile.h"
#include "projectlocate.h"
#include "setfieldcommand.h"
#include "structurecommand.h"

#include <algorithm>
#include <map>
#include <QUndoStack>

namespace infraplan::ui {

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // Commands may notify while the stack is torn down; make sure nobody listens by then.
    disconnect(this, nullptr, nullptr, nullptr);
}

void ProjectDocument::reset(Project project, const QString& filePath)
{
    m_undo->clear();
    m_project = std::move(project);
    m_filePath = filePath;
    m_undo->setClean();
    emit changed(ProjectChange{ProjectChange::Kind::Reset, {}, {}, {}});
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

bool ProjectDocument::open(const QString& filePath, Problems& problems)
{
    auto project = projectfile::load(filePath.toStdString(), problems);
    if (!project)
        return false;
    reset(std::move(*project), filePath);
    return true;
}

bool ProjectDocument::saveAs(const QString& filePath, QString& error)
{
    std::string reason;
    if (!projectfile::save(m_project, filePath.toStdString(), reason)) {
        error = QString::fromStdString(reason);
        return false;
    }
    m_undo->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    return true;
}

bool ProjectDocument::isModified() const
{
    return !m_undo->isClean();
}

template <typename Target, typename T>
bool ProjectDocument::setField(const std::string& id, T& (*access)(Target&), T value,
                               const ProjectChange& change, const QString& text, quint64 session)
{
    Target* target = locateTarget<Target>(m_project, id);
    if (!target || access(*target) == value)
        return false;
    m_undo->push(new SetFieldCommand<Target, T>(*this, id, access, std::move(value), change, text, session));
    return true;
}

ProjectChange ProjectDocument::sketchChange(const std::string& sketchId) const
{
    return {ProjectChange::Kind::SketchChanged, {sketchId}, {}, {}};
}

// ----- Structure -----

std::string ProjectDocument::addSketch(Sketch sketch, std::vector<TrainingJob> newJobs,
                                       std::vector<InferenceService> newServices)
{
    IdAllocator ids(m_project);
    ProjectParts parts;
    for (TrainingJob& j : newJobs) {
        const std::string old = j.id;
        j.id = ids.keepOrNext(j.id.empty() ? "training" : j.id);
        if (sketch.workloadId == old || (old.empty() && sketch.role == SketchRole::Training))
            sketch.workloadId = j.id;
        parts.trainingJobs.push_back({m_project.trainingJobs.size() + parts.trainingJobs.size(), j});
    }
    for (InferenceService& s : newServices) {
        const std::string old = s.id;
        s.id = ids.keepOrNext(s.id.empty() ? "service" : s.id);
        if (sketch.workloadId == old || (old.empty() && sketch.role == SketchRole::Inference))
            sketch.workloadId = s.id;
        parts.services.push_back({m_project.services.size() + parts.services.size(), s});
    }
    sketch.id = ids.keepOrNext(sketch.id.empty() ? (sketch.role == SketchRole::Training ? "cluster" : "fleet")
                                                 : sketch.id);
    for (NodeGroup& n : sketch.nodes)
        n.id = ids.keepOrNext(n.id.empty() ? sketch.id + "-nodes" : n.id);
    const std::string id = sketch.id;
    const QString text = tr("Add %1").arg(QString::fromStdString(sketch.name));
    parts.sketches.push_back({m_project.sketches.size(), std::move(sketch)});
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Insert, text));
    return id;
}

std::string ProjectDocument::addNodeGroup(const std::string& sketchId, const std::string& itemId, int count,
                                          Point position)
{
    const Sketch* sketch = m_project.sketch(sketchId);
    if (!sketch || count < 1)
        return {};
    IdAllocator ids(m_project);
    NodeGroup node;
    node.id = ids.next(sketchId + "-nodes-");
    node.itemId = itemId;
    node.count = count;
    node.position = position;
    ProjectParts parts;
    parts.nodes.push_back({sketchId, sketch->nodes.size(), node});
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Insert,
                                      tr("Add %1 × %2").arg(count).arg(QString::fromStdString(itemId))));
    return node.id;
}

void ProjectDocument::removeItems(const std::vector<std::string>& sketchIds,
                                  const std::vector<std::string>& nodeIds)
{
    auto contains = [](const std::vector<std::string>& v, const std::string& id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    ProjectParts parts;
    for (size_t i = 0; i < m_project.sketches.size(); ++i) {
        const Sketch& s = m_project.sketches[i];
        if (contains(sketchIds, s.id)) {
            parts.sketches.push_back({i, s});
            continue;
        }
        for (size_t n = 0; n < s.nodes.size(); ++n)
            if (contains(nodeIds, s.nodes[n].id))
                parts.nodes.push_back({s.id, n, s.nodes[n]});
    }
    if (parts.empty())
        return;
    const size_t count = parts.sketches.size() + parts.nodes.size();
    const QString text =
        count == 1
            ? tr("Delete %1")
                  .arg(QString::fromStdString(parts.sketches.empty() ? parts.nodes.front().node.itemId
                                                                     : parts.sketches.front().sketch.name))
            : tr("Delete %1 items").arg(count);
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Remove, text));
}

std::vector<std::string> ProjectDocument::paste(const Fragment& fragment, Point offset,
                                                const std::string& targetSketchId)
{
    return insertFragment(fragment, offset, targetSketchId, {});
}

std::vector<std::string> ProjectDocument::insertFragment(const Fragment& fragment, Point offset,
                                                         const std::string& targetSketchId, QString text)
{
    IdAllocator ids(m_project);
    ProjectParts parts;
    std::map<std::string, std::string> workloadIds; // fragment id -> project id
    for (const TrainingJob& j : fragment.trainingJobs) {
        if (const TrainingJob* same = m_project.trainingJob(j.id); same && *same == j) {
            workloadIds[j.id] = j.id;
            continue;
        }
        TrainingJob copy = j;
        copy.id = ids.keepOrNext(j.id);
        workloadIds[j.id] = copy.id;
        parts.trainingJobs.push_back({m_project.trainingJobs.size() + parts.trainingJobs.size(), copy});
    }
    for (const InferenceService& s : fragment.services) {
        if (const InferenceService* same = m_project.service(s.id); same && *same == s) {
            workloadIds[s.id] = s.id;
            continue;
        }
        InferenceService copy = s;
        copy.id = ids.keepOrNext(s.id);
        workloadIds[s.id] = copy.id;
        parts.services.push_back({m_project.services.size() + parts.services.size(), copy});
    }
    std::vector<std::string> created;
    for (const Sketch& s : fragment.sketches) {
        Sketch copy = s;
        copy.id = ids.next(s.role == SketchRole::Training ? "cluster-" : "fleet-");
        copy.position = {s.position.x + offset.x, s.position.y + offset.y};
        if (auto it = workloadIds.find(s.workloadId); it != workloadIds.end())
            copy.workloadId = it->second;
        else if (!m_project.trainingJob(s.workloadId) && !m_project.service(s.workloadId))
            copy.workloadId.clear();
        for (NodeGroup& n : copy.nodes)
            n.id = ids.next(copy.id + "-nodes-");
        created.push_back(copy.id);
        parts.sketches.push_back({m_project.sketches.size() + parts.sketches.size(), std::move(copy)});
    }
    if (const Sketch* target = m_project.sketch(targetSketchId)) {
        for (const NodeGroup& n : fragment.nodes) {
            NodeGroup copy = n;
            copy.id = ids.next(target->id + "-nodes-");
            copy.position = {n.position.x + offset.x, n.position.y + offset.y};
            created.push_back(copy.id);
            parts.nodes.push_back({target->id, target->nodes.size() + parts.nodes.size(), std::move(copy)});
        }
    }
    if (parts.sketches.empty() && parts.nodes.empty())
        return {};
    if (text.isEmpty())
        text = created.size() == 1 ? tr("Paste") : tr("Paste %1 items").arg(created.size());
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Insert, text));
    return created;
}

std::vector<std::string> ProjectDocument::duplicateSketches(const std::vector<std::string>& sketchIds)
{
    Fragment f;
    const double gap = 40;
    for (const std::string& id : sketchIds) {
        const Sketch* source = m_project.sketch(id);
        if (!source)
            continue;
        // Shares the workload by id (not copied), so the variant answers the same question.
        Sketch copy = *source;
        copy.name = source->name + tr(" (variant)").toStdString();
        copy.position.x += source->size.width + gap;
        f.sketches.push_back(std::move(copy));
    }
    if (f.sketches.empty())
        return {};
    const QString text = f.sketches.size() == 1
                             ? tr("Duplicate %1")
                                   .arg(QString::fromStdString(m_project.sketch(sketchIds.front())
                                                                   ? m_project.sketch(sketchIds.front())->name
                                                                   : std::string()))
                             : tr("Duplicate %1 frames").arg(f.sketches.size());
    return insertFragment(f, {0, 0}, {}, text);
}

namespace {
template <typename Workload>
std::string uniqueName(const std::vector<Workload>& existing, const std::string& wanted)
{
    auto taken = [&](const std::string& name) {
        return std::any_of(existing.begin(), existing.end(),
                           [&](const Workload& w) { return w.name == name; });
    };
    if (wanted.empty() || !taken(wanted))
        return wanted;
    for (int n = 2;; ++n)
        if (const std::string candidate = wanted + " " + std::to_string(n); !taken(candidate))
            return candidate;
}
} // namespace

std::string ProjectDocument::addTrainingJob(TrainingJob job)
{
    IdAllocator ids(m_project);
    job.id = ids.keepOrNext(job.id.empty() ? "training" : job.id);
    job.name = uniqueName(m_project.trainingJobs, job.name);
    ProjectParts parts;
    parts.trainingJobs.push_back({m_project.trainingJobs.size(), job});
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Insert,
                                      tr("Add training job")));
    return job.id;
}

std::string ProjectDocument::addService(InferenceService service)
{
    IdAllocator ids(m_project);
    service.id = ids.keepOrNext(service.id.empty() ? "service" : service.id);
    service.name = uniqueName(m_project.services, service.name);
    ProjectParts parts;
    parts.services.push_back({m_project.services.size(), service});
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Insert,
                                      tr("Add inference service")));
    return service.id;
}

std::string ProjectDocument::assignNewTrainingJob(const std::string& sketchId, TrainingJob job)
{
    if (!m_project.sketch(sketchId))
        return {};
    m_undo->beginMacro(tr("New training job"));
    const std::string id = addTrainingJob(std::move(job));
    setSketchWorkload(sketchId, id);
    m_undo->endMacro();
    return id;
}

std::string ProjectDocument::assignNewService(const std::string& sketchId, InferenceService service)
{
    if (!m_project.sketch(sketchId))
        return {};
    m_undo->beginMacro(tr("New inference service"));
    const std::string id = addService(std::move(service));
    setSketchWorkload(sketchId, id);
    m_undo->endMacro();
    return id;
}

void ProjectDocument::inOneStep(const QString& text, const std::function<void()>& edits)
{
    m_undo->beginMacro(text);
    edits();
    m_undo->endMacro();
}

std::vector<std::string> ProjectDocument::workloadUsers(const std::string& workloadId) const
{
    std::vector<std::string> users;
    for (const Sketch& s : m_project.sketches)
        if (!workloadId.empty() && s.workloadId == workloadId)
            users.push_back(s.id);
    return users;
}

bool ProjectDocument::removeUnusedWorkload(const std::string& workloadId)
{
    if (workloadId.empty() || !workloadUsers(workloadId).empty())
        return false;
    ProjectParts parts;
    QString name;
    for (size_t i = 0; i < m_project.trainingJobs.size(); ++i)
        if (m_project.trainingJobs[i].id == workloadId) {
            parts.trainingJobs.push_back({i, m_project.trainingJobs[i]});
            name = QString::fromStdString(m_project.trainingJobs[i].name);
        }
    for (size_t i = 0; i < m_project.services.size(); ++i)
        if (m_project.services[i].id == workloadId) {
            parts.services.push_back({i, m_project.services[i]});
            name = QString::fromStdString(m_project.services[i].name);
        }
    if (parts.empty())
        return false;
    m_undo->push(new StructureCommand(*this, std::move(parts), StructureCommand::Direction::Remove,
                                      tr("Delete %1").arg(name)));
    return true;
}

std::string ProjectDocument::makeOwnWorkloadCopy(const std::string& sketchId)
{
    const Sketch* sketch = m_project.sketch(sketchId);
    if (!sketch || workloadUsers(sketch->workloadId).size() < 2 ||
        (!m_project.trainingJob(sketch->workloadId) && !m_project.service(sketch->workloadId)))
        return {};
    const std::string suffix = " (" + sketch->name + ")";
    std::string id;
    m_undo->beginMacro(tr("Own copy of the workload for %1").arg(QString::fromStdString(sketch->name)));
    if (const TrainingJob* job = m_project.trainingJob(sketch->workloadId)) {
        TrainingJob copy = *job;
        copy.name += suffix;
        id = assignNewTrainingJob(sketchId, std::move(copy));
    } else if (const InferenceService* service = m_project.service(sketch->workloadId)) {
        InferenceService copy = *service;
        copy.name += suffix;
        id = assignNewService(sketchId, std::move(copy));
    }
    m_undo->endMacro();
    return id;
}

// ----- Geometry -----

void ProjectDocument::moveItems(const std::vector<ItemPosition>& positions, quint64 dragSession)
{
    if (positions.empty() || MoveItemsCommand::changesNothing(m_project, positions))
        return;
    m_undo->push(new MoveItemsCommand(*this, positions, dragSession));
}

void ProjectDocument::resizeSketch(const std::string& sketchId, Size size, quint64 dragSession)
{
    size.width = std::clamp(size.width, field::kFrameWidth.min, field::kFrameWidth.max);
    size.height = std::clamp(size.height, field::kFrameHeight.min, field::kFrameHeight.max);
    setField<Sketch, Size>(
        sketchId, [](Sketch& s) -> Size& { return s.size; }, size,
        {ProjectChange::Kind::Geometry, {sketchId}, {}, {}}, tr("Resize frame"), dragSession);
}

// ----- Node groups -----

bool ProjectDocument::setCount(const std::string& nodeId, int count)
{
    const Sketch* s = sketchOfNode(m_project, nodeId);
    if (!s || count < 1 || count > 1000000)
        return false;
    return setField<NodeGroup, int>(
        nodeId, [](NodeGroup& n) -> int& { return n.count; }, count,
        {ProjectChange::Kind::NodeChanged, {s->id}, {nodeId}, {}}, tr("Set count to %1").arg(count));
}

bool ProjectDocument::setNodeItem(const std::string& nodeId, const std::string& instanceId)
{
    const Sketch* s = sketchOfNode(m_project, nodeId);
    if (!s || instanceId.empty())
        return false;
    return setField<NodeGroup, std::string>(
        nodeId, [](NodeGroup& n) -> std::string& { return n.itemId; }, instanceId,
        {ProjectChange::Kind::NodeChanged, {s->id}, {nodeId}, {}},
        tr("Use %1").arg(QString::fromStdString(instanceId)));
}

// ----- Sketches -----

bool ProjectDocument::setSketchName(const std::string& id, const std::string& name)
{
    return setField<Sketch, std::string>(
        id, [](Sketch& s) -> std::string& { return s.name; }, name, sketchChange(id), tr("Rename frame"));
}

bool ProjectDocument::setSketchWorkload(const std::string& id, const std::string& workloadId)
{
    return setField<Sketch, std::string>(
        id, [](Sketch& s) -> std::string& { return s.workloadId; }, workloadId, sketchChange(id),
        tr("Change workload"));
}

bool ProjectDocument::setPricing(const std::string& id, const Pricing& pricing)
{
    return setField<Sketch, Pricing>(
        id, [](Sketch& s) -> Pricing& { return s.pricing; }, pricing, sketchChange(id), tr("Change pricing"));
}

bool ProjectDocument::setOwnPricing(const std::string& id, bool own)
{
    const Sketch* s = m_project.sketch(id);
    if (!s || s->ownPricing == own)
        return false;
    m_undo->beginMacro(own ? tr("Give the frame its own pricing") : tr("Use the project's pricing"));
    if (own)
        setPricing(id, effectivePricing(m_project, *s));
    setField<Sketch, bool>(
        id, [](Sketch& k) -> bool& { return k.ownPricing; }, own, sketchChange(id),
        own ? tr("Give the frame its own pricing") : tr("Use the project's pricing"));
    m_undo->endMacro();
    return true;
}

bool ProjectDocument::setRegion(const std::string& id, const std::string& regionId)
{
    return setField<Sketch, std::string>(
        id, [](Sketch& s) -> std::string& { return s.regionId; }, regionId, sketchChange(id),
        tr("Set region"));
}

bool ProjectDocument::setStorage(const std::string& id, const std::string& storageId)
{
    return setField<Sketch, std::string>(
        id, [](Sketch& s) -> std::string& { return s.storageId; }, storageId, sketchChange(id),
        tr("Set storage"));
}

bool ProjectDocument::setScaleUpLink(const std::string& id, const std::string& linkId)
{
    return setField<Sketch, std::string>(
        id, [](Sketch& s) -> std::string& { return s.scaleUpLink; }, linkId, sketchChange(id),
        tr("Set scale-up link"));
}

bool ProjectDocument::setScaleOutLink(const std::string& id, const std::string& linkId)
{
    return setField<Sketch, std::string>(
        id, [](Sketch& s) -> std::string& { return s.scaleOutLink; }, linkId, sketchChange(id),
        tr("Set scale-out link"));
}

bool ProjectDocument::setPrecision(const std::string& id, std::optional<Precision> precision)
{
    return setField<Sketch, std::optional<Precision>>(
        id, [](Sketch& s) -> std::optional<Precision>& { return s.precision; }, precision, sketchChange(id),
        tr("Set precision"));
}

bool ProjectDocument::setLayout(const std::string& id, const ParallelLayout& layout)
{
    return setField<Sketch, ParallelLayout>(
        id, [](Sketch& s) -> ParallelLayout& { return s.layout; }, layout, sketchChange(id),
        tr("Change parallel layout"));
}

bool ProjectDocument::setReplicaAccelerators(const std::string& id, int accelerators)
{
    if (accelerators < 1)
        return false;
    return setField<Sketch, int>(
        id, [](Sketch& s) -> int& { return s.replicaAccelerators; }, accelerators, sketchChange(id),
        tr("Set accelerators per replica"));
}

bool ProjectDocument::setBatching(const std::string& id, const BatchingPolicy& batching)
{
    return setField<Sketch, BatchingPolicy>(
        id, [](Sketch& s) -> BatchingPolicy& { return s.batching; }, batching, sketchChange(id),
        tr("Change batching"));
}

bool ProjectDocument::setAutoscaling(const std::string& id, const AutoscalingPolicy& autoscaling)
{
    return setField<Sketch, AutoscalingPolicy>(
        id, [](Sketch& s) -> AutoscalingPolicy& { return s.autoscaling; }, autoscaling, sketchChange(id),
        tr("Change autoscaling"));
}

// ----- Workloads and project -----

bool ProjectDocument::setTrainingJob(const TrainingJob& job)
{
    return setField<TrainingJob, TrainingJob>(
        job.id, [](TrainingJob& j) -> TrainingJob& { return j; }, job,
        {ProjectChange::Kind::WorkloadChanged, {}, {}, {job.id}},
        tr("Edit %1").arg(QString::fromStdString(job.name)));
}

bool ProjectDocument::setService(const InferenceService& service)
{
    return setField<InferenceService, InferenceService>(
        service.id, [](InferenceService& s) -> InferenceService& { return s; }, service,
        {ProjectChange::Kind::WorkloadChanged, {}, {}, {service.id}},
        tr("Edit %1").arg(QString::fromStdString(service.name)));
}

bool ProjectDocument::setProjectName(const std::string& name)
{
    return setField<Project, std::string>(
        {}, [](Project& p) -> std::string& { return p.name; }, name,
        {ProjectChange::Kind::ProjectInfo, {}, {}, {}}, tr("Rename project"));
}

bool ProjectDocument::setProjectCurrency(const std::string& code)
{
    if (!currencyFromCode(code))
        return false;
    // Every sketch's money is shown again: verdicts and reports carry figures in words.
    std::vector<std::string> all;
    for (const Sketch& s : m_project.sketches)
        all.push_back(s.id);
    return setField<Project, std::string>(
        {}, [](Project& p) -> std::string& { return p.currency; }, code,
        {ProjectChange::Kind::ProjectInfo, all, {}, {}},
        tr("Change currency to %1").arg(QString::fromStdString(code)));
}

bool ProjectDocument::setExchangeRate(double perUsd, const std::string& date)
{
    perUsd = std::max(0.0, perUsd);
    if (perUsd == m_project.exchangeRatePerUsd && date == m_project.exchangeRateDate)
        return false;
    std::vector<std::string> all;
    for (const Sketch& s : m_project.sketches)
        all.push_back(s.id);
    m_undo->beginMacro(tr("Set exchange rate"));
    const bool a = setField<Project, double>(
        {}, [](Project& p) -> double& { return p.exchangeRatePerUsd; }, perUsd,
        {ProjectChange::Kind::ProjectInfo, all, {}, {}}, tr("Set exchange rate"));
    const bool b = setField<Project, std::string>(
        {}, [](Project& p) -> std::string& { return p.exchangeRateDate; }, date,
        {ProjectChange::Kind::ProjectInfo, all, {}, {}}, tr("Set exchange rate date"));
    m_undo->endMacro();
    return a || b;
}

bool ProjectDocument::setPricingDefaults(const PricingDefaults& defaults)
{
    std::vector<std::string> all;
    for (const Sketch& s : m_project.sketches)
        all.push_back(s.id);
    return setField<Project, PricingDefaults>(
        {}, [](Project& p) -> PricingDefaults& { return p.pricingDefaults; }, defaults,
        {ProjectChange::Kind::ProjectInfo, all, {}, {}}, tr("Change the project's pricing"));
}

bool ProjectDocument::setProjectDescription(const std::string& description)
{
    return setField<Project, std::string>(
        {}, [](Project& p) -> std::string& { return p.description; }, description,
        {ProjectChange::Kind::ProjectInfo, {}, {}, {}}, tr("Edit description"));
}

} // namespace infraplan::ui
