// How long the comparison analysis (table, load sweeps, scaled clusters, TCO counterparts, recommendations
// with their what-if runs) takes on the example projects with the real engines: the comparison view runs it
// off the UI thread after results change, so it should stay well under a second.
#include "catalog.h"
#include "catalogdatabase.h"
#include "comparisonanalysis.h"
#include "projectfile.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

using namespace infraplan;

int main()
{
    const Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
    for (const auto& entry : std::filesystem::directory_iterator(INFRAPLAN_SOURCE_DIR "/data/examples")) {
        Problems problems;
        const auto project = projectfile::load(entry.path(), problems);
        if (!project) {
            std::fprintf(stderr, "%s: cannot load\n", entry.path().c_str());
            return 1;
        }
        const auto summaries = simulateProject(*project, catalog);
        std::atomic<long> runs = 0;
        const SketchSimulator counting = [&](const Project& p, const Sketch& s, const SimulationOptions& o) {
            ++runs;
            return simulateSketch(p, s, catalog, o);
        };
        std::vector<double> ms;
        size_t findings = 0;
        for (int i = 0; i < 5; ++i) {
            runs = 0;
            const auto start = std::chrono::steady_clock::now();
            const ComparisonAnalysis a = analyzeComparison(*project, summaries, catalog, counting);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            findings = a.findings.size();
        }
        std::sort(ms.begin(), ms.end());
        int computed = 0;
        for (const auto& s : summaries)
            computed += s.computed;
        std::printf(
            "%-28s %d/%zu sketches simulated, %ld what-if runs, %zu findings: median %.1f ms (min %.1f, "
            "max %.1f)\n",
            entry.path().stem().c_str(), computed, summaries.size(), runs.load(), findings, ms[2], ms[0],
            ms[4]);
    }
    return 0;
}
