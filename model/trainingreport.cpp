#include "trainingreport.h"

#include "figureformat.h"

#include <cstdio>

namespace infraplan {

namespace {

using nlohmann::json;

std::string pct(double part, double whole)
{
    return whole > 0 ? formatWith("%.1f%%", 100 * part / whole) : "-";
}

json powerJson(const PowerDraw& p)
{
    return {{"accelerators", p.acceleratorsW},
            {"hosts", p.hostsW},
            {"network", p.networkW},
            {"it", p.itW()},
            {"pue", p.pue},
            {"published", p.published},
            {"facility", p.facilityW()}};
}

} // namespace

json memoryGbJson(const TrainingEstimate& e)
{
    return {{"weights", e.memory.weights / 1e9},       {"gradients", e.memory.gradients / 1e9},
            {"optimizer", e.memory.optimizer / 1e9},   {"activations", e.memory.activations / 1e9},
            {"buffers", e.memory.buffers / 1e9},       {"total", e.memory.total() / 1e9},
            {"capacity", e.memoryCapacityBytes / 1e9}, {"fits", e.fits}};
}

json stepSecondsJson(const TrainingEstimate& e)
{
    return {{"compute", e.step.compute}, {"recompute", e.step.recompute}, {"tp_comm", e.step.tpComm},
            {"ep_comm", e.step.epComm},  {"pp_comm", e.step.ppComm},      {"bubble", e.step.bubble},
            {"dp_comm", e.step.dpComm},  {"optimizer", e.step.optimizer}, {"data_stall", e.step.dataStall},
            {"total", e.stepTimeS}};
}

json trainingDetailJson(const TrainingRun& run)
{
    const TrainingWorkload& w = run.setup.workload;
    const TrainingCluster& c = run.setup.cluster;
    const TrainingEstimate& e = run.estimate;
    const TrainingLayout& l = run.layout;
    const CheckpointPlan& ck = run.checkpoints;
    json warnings = json::array();
    for (const Warning& warning : run.warnings)
        warnings.push_back({{"code", warningCodeName(warning.code)}, {"message", warning.message}});
    const double tokensPerStep = e.globalBatch * w.tokensPerSample;
    return {
        {"engine", "training/1"},
        {"model",
         {{"name", w.model.name},
          {"transformer", w.model.transformer},
          {"params", w.model.params},
          {"active_params", w.activeParams},
          {"trainable_params", w.method == TrainingMethod::Lora ? w.loraParams : w.model.params},
          {"method", methodName(w.method)},
          {"precision", precisionName(w.precision)},
          {"tokens_per_sample", w.tokensPerSample},
          {"model_flops_per_token", w.modelFlopsPerToken},
          {"fp8_flop_share", w.fp8FlopShare}}},
        {"cluster",
         {{"accelerator", c.hardware.instance.accelerator.name},
          {"accelerators", c.accelerators},
          {"nodes", c.hardware.nodes},
          {"accelerators_per_node", c.perNode},
          {"scale_up_domain", c.scaleUpDomain},
          {"peak_tflops", c.peakFlops / 1e12},
          {"peak_16bit_tflops", c.peak16Flops / 1e12},
          {"compute_efficiency", c.computeEfficiency},
          {"memory_gb", c.memoryBytes / 1e9},
          {"scale_up_GBps", c.upBytesPerS / 1e9},
          {"scale_out_GBps", c.outBytesPerS / 1e9},
          {"calibration_source", c.calibrationSource}}},
        {"layout",
         {{"dp", l.dp},
          {"tp", l.tp},
          {"pp", l.pp},
          {"ep", l.ep},
          {"micro_batch", l.microBatch},
          {"schedule", l.virtualStages() > 1 ? "interleaved" : "1f1b"},
          {"interleave", l.virtualStages()},
          {"zero", l.zeroStage},
          {"recompute", recomputeName(l.recompute)},
          {"chosen", run.layoutChosen},
          {"layouts_evaluated", run.layoutsEvaluated},
          {"devices_used", e.devicesUsed},
          {"description", describeLayout(l)}}},
        {"batch",
         {{"global_batch", e.globalBatch},
          {"microbatches", e.microbatches},
          {"tokens_per_step", tokensPerStep}}},
        {"memory_gb", memoryGbJson(e)},
        {"fit_advice", run.fitAdvice},
        {"step_s", stepSecondsJson(e)},
        {"throughput",
         {{"tokens_per_s", e.tokensPerS},
          {"samples_per_s", e.samplesPerS},
          {"tflops_per_device", e.modelFlopsPerSPerDevice / 1e12},
          {"mfu", e.mfu},
          {"hfu", e.hfu}}},
        {"time",
         {{"steps", run.steps},
          {"useful_hours", run.usefulHours},
          {"wall_hours", run.wallHours},
          {"time_to_train_days", run.timeToTrainDays},
          {"accelerator_hours", run.acceleratorHours}}},
        {"storage",
         {{"dataset_tb", run.datasetBytes / 1e12},
          {"provisioned_tb", run.storageTB},
          {"read_needed_GBps", e.dataReadBytesPerS / 1e9},
          {"read_available_GBps", c.storageReadBytesPerS / 1e9},
          {"write_available_GBps", c.storageWriteBytesPerS / 1e9},
          {"checkpoint_gb", ck.checkpointBytes / 1e9},
          {"checkpoint_write_s", ck.writeS},
          {"restart_s", ck.restartS},
          {"failures_per_day", ck.failuresPerHour * 24},
          {"mtbf_hours", ck.mtbfS / 3600},
          {"young_interval_min", ck.youngIntervalS / 60},
          {"checkpoint_interval_min", ck.intervalS / 60},
          {"checkpoint_interval_steps", ck.intervalSteps},
          {"goodput", ck.goodput}}},
        {"power_w", {{"average", powerJson(run.averagePower)}, {"peak", powerJson(run.peakPower)}}},
        {"energy",
         {{"run_kwh", run.runEnergyKWh},
          {"kwh_per_month", run.averagePower.facilityW() / 1000 * kHoursPerMonth}}},
        {"cost_usd",
         {{"run", run.runCostUsd},
          {"monthly",
           {{"compute", run.monthly.computeUsd},
            {"power", run.monthly.powerUsd},
            {"storage", run.monthly.storageUsd},
            {"network", run.monthly.networkUsd},
            {"space", run.monthly.spaceUsd},
            {"total", run.monthly.totalUsd()},
            {"basis", run.monthly.basis},
            {"priced", run.monthly.priced}}}}},
        {"warnings", warnings},
    };
}

std::string trainingReportText(const TrainingRun& run, const ExchangeRate& money)
{
    const TrainingWorkload& w = run.setup.workload;
    const TrainingCluster& c = run.setup.cluster;
    const TrainingEstimate& e = run.estimate;
    const StepBreakdown& s = e.step;
    const MemoryBreakdown& m = e.memory;
    const CheckpointPlan& ck = run.checkpoints;
    std::string t;
    auto line = [&t](const std::string& text) { t += "   " + text + "\n"; };
    auto gb = [](double bytes) { return formatWith("%.1f GB", bytes / 1e9); };
    auto sec = [](double v) { return v >= 1 ? formatWith("%.2f s", v) : formatWith("%.1f ms", v * 1000); };

    line("Workload: " + w.model.name + ", " + std::string(methodName(w.method)) + ", " +
         std::string(precisionName(w.precision)) +
         (w.fp8FlopShare > 0 ? formatWith(" (%.0f%% of FLOPs in FP8)", 100 * w.fp8FlopShare) : "") + ", " +
         formatWith("%.4g", w.model.params) + " params" +
         (w.method == TrainingMethod::Lora ? ", " + formatWith("%.3g", w.loraParams) + " trained (LoRA)"
                                           : ""));
    line("Cluster: " + formatWith("%.0f", c.accelerators) + " x " + c.hardware.instance.accelerator.name +
         " in " + formatWith("%.0f", double(c.hardware.nodes)) + " nodes; scale-up " +
         formatWith("%.0f GB/s", c.upBytesPerS / 1e9) + " (domain " + formatWith("%.0f", c.scaleUpDomain) +
         "), scale-out " + formatWith("%.1f GB/s", c.outBytesPerS / 1e9) +
         " per device (achievable); compute efficiency " + formatWith("%.2f", c.computeEfficiency));
    line("Layout: " + describeLayout(run.layout) +
         (run.layoutChosen
              ? formatWith(" (chosen by the engine from %.0f layouts)", double(run.layoutsEvaluated))
              : ""));
    line("Batch: " + formatWith("%.0f", e.globalBatch) + (w.model.transformer ? " sequences" : " samples") +
         " per step, " + formatWith("%.0f", e.microbatches) + " microbatches per pipeline");
    t += "\n";
    line("Memory per device: " + gb(m.total()) + " of " + gb(e.memoryCapacityBytes) +
         (e.fits ? " (fits)" : " (DOES NOT FIT)"));
    line("  weights " + gb(m.weights) + ", gradients " + gb(m.gradients) + ", optimizer " + gb(m.optimizer) +
         ", activations " + gb(m.activations) + ", buffers " + gb(m.buffers));
    for (const std::string& a : run.fitAdvice)
        line("  would fit with " + a);
    line("Step time: " + sec(e.stepTimeS));
    const std::pair<const char*, double> parts[] = {{"compute", s.compute},
                                                    {"  of which recompute", s.recompute},
                                                    {"tensor-parallel comm", s.tpComm},
                                                    {"all-to-all (experts, embedding tables)", s.epComm},
                                                    {"pipeline comm", s.ppComm},
                                                    {"pipeline bubble", s.bubble},
                                                    {"data-parallel comm", s.dpComm},
                                                    {"optimizer update", s.optimizer},
                                                    {"data-loading stall", s.dataStall}};
    for (const auto& [name, v] : parts)
        if (v > 0 || std::string(name) == "compute")
            line(std::string("  ") + name + ": " + sec(v) + " (" + pct(v, e.stepTimeS) + ")");
    line("Throughput: " + formatWith("%.4g", e.tokensPerS) + " tokens/s, " +
         formatWith("%.4g", e.samplesPerS) + " samples/s, " +
         formatWith("%.0f", e.modelFlopsPerSPerDevice / 1e12) + " TFLOP/s per device, MFU " +
         formatWith("%.1f%%", 100 * e.mfu) + " (HFU " + formatWith("%.1f%%", 100 * e.hfu) + ")");
    t += "\n";
    line("Storage: the run needs " + formatWith("%.3g GB/s", e.dataReadBytesPerS / 1e9) +
         " to keep the accelerators fed; the tier delivers " +
         (c.storageReadBytesPerS > 0 ? formatWith("%.3g GB/s", c.storageReadBytesPerS / 1e9)
                                     : std::string("(unknown)")) +
         "; dataset " + formatWith("%.3g TB", run.datasetBytes / 1e12) + ", provisioned " +
         formatWith("%.3g TB", run.storageTB));
    line("Checkpoints: " + gb(ck.checkpointBytes) + " each, written in " + sec(ck.writeS) + "; " +
         formatWith("%.2f", ck.failuresPerHour * 24) + " failures/day expected (MTBF " +
         formatWith("%.1f h", ck.mtbfS / 3600) + "); checkpoint every " +
         formatWith("%.0f", ck.intervalSteps) + " steps (" + formatWith("%.0f min", ck.intervalS / 60) +
         ", Young " + formatWith("%.0f min", ck.youngIntervalS / 60) + "); goodput " +
         formatWith("%.1f%%", 100 * ck.goodput));
    line("Time to train: " + formatWith("%.1f days", run.timeToTrainDays) + " (" +
         formatWith("%.0f", run.steps) + " steps, " + formatWith("%.0f h", run.usefulHours) + " computing, " +
         formatWith("%.0f h", run.wallHours) + " wall), " + formatWith("%.4g", run.acceleratorHours) +
         " accelerator-hours");
    t += "\n";
    const PowerDraw& a = run.averagePower;
    if (!a.published)
        line("Power: not published for " + run.setup.cluster.hardware.instance.accelerator.name);
    else
        line("Power (average): " + formatWith("%.1f kW", a.facilityW() / 1000) +
             " at the facility = (accelerators " + formatWith("%.1f", a.acceleratorsW / 1000) + " + hosts " +
             formatWith("%.1f", a.hostsW / 1000) + " + network " + formatWith("%.1f", a.networkW / 1000) +
             " kW) x PUE " + formatWith("%.2f", a.pue) + "; peak " +
             formatWith("%.1f kW", run.peakPower.facilityW() / 1000));
    line("Energy: " + formatWith("%.4g MWh", run.runEnergyKWh / 1000) + " for the run, " +
         formatWith("%.4g MWh", a.facilityW() / 1000 * kHoursPerMonth / 1000) + " per month");
    // A run is paid once: its cost and what it is made of, never the cluster's monthly rate.
    const MonthlyCost mc = run.monthly.over(run.wallHours);
    line("Cost of the run: " + formatMoney(run.runCostUsd, money) + " (compute " +
         formatMoney(mc.computeUsd, money) + ", power " + formatMoney(mc.powerUsd, money) + ", storage " +
         (mc.storageUnpricedWarning.empty() ? formatMoney(mc.storageUsd, money) : std::string("not priced")) +
         ", network " + formatMoney(mc.networkUsd, money) + ", space " + formatMoney(mc.spaceUsd, money) +
         "; " + mc.basis + ")");
    if (!run.warnings.empty()) {
        t += "\n";
        for (const Warning& warning : run.warnings)
            line("! " + warning.message);
    }
    return t;
}

} // namespace infraplan
