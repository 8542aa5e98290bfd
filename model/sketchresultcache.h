#pragma once

#include "results.h"
#include "simulation.h"

#include <cstddef>
#include <deque>
#include <optional>
#include <string>

namespace infraplan {

/// What a sketch's result depends on: the project without the other sketches (workloads, pricing settings,
/// currency) and the sketch without its place on the canvas, with the options that change the figures. Two
/// equal inputs give the same result: the engines are deterministic for a seed.
struct SketchInputs {
    Project project;
    bool fullInferenceSimulation = true;
    bool daySlices = false;
    unsigned seed = 1;
    bool operator==(const SketchInputs&) const = default;
};

/// The inputs of `sketch` of `project` under `options`.
SketchInputs sketchInputs(const Project& project, const Sketch& sketch, const SimulationOptions& options);

/// Results of recent runs by their inputs, so that an undo, a redo or an edit put back re-uses a result
/// instead of simulating again. Holds at most `capacity` results, dropping the oldest. Results depend on the
/// catalog too: clear the cache when it changes.
class SketchResultCache {
public:
    explicit SketchResultCache(size_t capacity = 64) : m_capacity(capacity) {}

    /// The result stored for these inputs, if any.
    std::optional<SketchSummary> find(const SketchInputs& inputs) const;
    /// Stores a result (a cancelled run's must not be stored); replaces one for equal inputs.
    void store(SketchInputs inputs, SketchSummary summary);
    void clear() { m_entries.clear(); }
    size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        SketchInputs inputs;
        SketchSummary summary;
    };
    size_t m_capacity;
    std::deque<Entry> m_entries; ///< oldest first
};

} // namespace infraplan
