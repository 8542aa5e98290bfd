#pragma once

#include "catalog.h"
#include "project.h"
#include "searchrequest.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <QString>
#include <string>
#include <vector>

namespace infraplan::ui {

/// Everything a search needs, copied so that it can run off the UI thread.
struct SearchJob {
    SearchRequest request;
    Project project;
    std::shared_ptr<const Catalog> catalog;
};

/// One result as the table and the chart show it, with what applying it means.
struct SearchRow {
    QString configuration;
    double objective = 0; ///< the x of the chart: step time (s), time to train (days) or TTFT p99 (ms)
    double costUsd = 0;   ///< per step, per run or per month
    QString detail;
    Sketch sketch;                        ///< "Add as new sketch" adds this (ids filled by the document)
    std::optional<ParallelLayout> layout; ///< "Apply layout" sets this on the searched sketch
};

struct SearchOutcome {
    std::vector<SearchRow> rows;
    QString objectiveTitle; ///< column and axis title of `objective`
    QString costTitle;
    QString summary; ///< configurations, time, rejections with reasons
    QString error;
    bool cancelled = false;
};

/// Runs one search on the calling thread (the dialog calls it from a worker thread). `progress` gets a
/// fraction 0..1.
SearchOutcome runSearch(const SearchJob& job, const std::atomic<bool>* cancel,
                        const std::function<void(double)>& progress);

} // namespace infraplan::ui
