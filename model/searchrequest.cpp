#include "searchrequest.h"

#include "trainingsetup.h"

#include <algorithm>

namespace infraplan {

namespace {

std::function<void(size_t, size_t)> fractionDone(const std::function<void(double)>& progress)
{
    if (!progress)
        return {};
    return [progress](size_t done, size_t total) {
        progress(double(done) / double(std::max<size_t>(1, total)));
    };
}

const Sketch* firstSketchServing(const Project& project, const std::string& serviceId)
{
    for (const Sketch& s : project.sketches)
        if (s.role == SketchRole::Inference && s.workloadId == serviceId)
            return &s;
    return nullptr;
}

SearchResults fleetSearch(const Project& project, const Catalog& catalog, const SearchRequest& r,
                          const std::atomic<bool>* cancel, const std::function<void(double)>& progress)
{
    SearchResults out;
    const Sketch* base = nullptr;
    if (!r.sketchId.empty() && !(base = project.sketch(r.sketchId))) {
        out.problem = SearchSetupProblem::NoSketch;
        return out;
    }
    const InferenceService* found = project.service(!r.serviceId.empty() ? r.serviceId
                                                    : base               ? base->workloadId
                                                                         : std::string());
    if (!found) {
        out.problem = SearchSetupProblem::NoService;
        return out;
    }
    if (!base)
        base = firstSketchServing(project, found->id);
    InferenceService service = *found;
    if (r.targets)
        service.targets = *r.targets;
    FleetSearchOptions options;
    options.top = r.top;
    options.constraints = r.constraints;
    options.simulateFinalists = r.simulateFinalists;
    options.fullDaySimulation = r.fullDaySimulation;
    options.finalists = r.finalists;
    options.cancel = cancel;
    options.progress = fractionDone(progress);
    out.fleets = searchInferenceFleets(project, service, base, catalog, options);
    return out;
}

} // namespace

SearchResults runSearch(const Project& project, const Catalog& catalog, const SearchRequest& request,
                        const std::atomic<bool>* cancel, const std::function<void(double)>& progress)
{
    if (request.kind == SearchKind::Fleet)
        return fleetSearch(project, catalog, request, cancel, progress);
    SearchResults out;
    const Sketch* sketch = project.sketch(request.sketchId);
    if (!sketch || sketch->role != SketchRole::Training) {
        out.problem = sketch ? SearchSetupProblem::NotTraining : SearchSetupProblem::NoSketch;
        return out;
    }
    if (request.kind == SearchKind::Layout) {
        Problems problems;
        auto setup = prepareTraining(project, *sketch, catalog, problems);
        if (!setup) {
            out.problem = SearchSetupProblem::CannotModel;
            out.problemDetail = problems.empty() ? "cannot model the sketch" : problems[0].toString();
            return out;
        }
        TrainingSearchOptions options;
        options.top = request.top;
        options.objective = request.objective;
        out.layouts = searchTrainingLayouts(*setup, options);
        return out;
    }
    ClusterSearchOptions options;
    options.top = request.top;
    options.objective = request.objective;
    options.constraints = request.constraints;
    if (request.maxNodes)
        options.maxNodes = *request.maxNodes;
    options.cancel = cancel;
    options.progress = fractionDone(progress);
    out.clusters = searchTrainingClusters(project, *sketch, catalog, options);
    return out;
}

} // namespace infraplan
