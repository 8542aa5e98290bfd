#include "projectfile.h"

#include "pricingdefaults.h"

#include "catalog.h"
#include "catalogschema.h"
#include "hardwarerow.h"
#include "jsontext.h"
#include "projectlimits.h"
#include "textfile.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>

namespace infraplan::projectfile {

using nlohmann::json;

namespace {

/// Walks a JSON document collecting every problem with its path instead of stopping at the first.
class Reader {
public:
    explicit Reader(Problems& problems) : m_problems(problems) {}

    void problem(const std::string& path, const std::string& message)
    {
        m_problems.push_back({path, message});
    }

    const json* field(const json& obj, const std::string& path, const char* key, bool required)
    {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                problem(path + "/" + key, "required field is missing");
            return nullptr;
        }
        return &*it;
    }

    bool object(const json& j, const std::string& path)
    {
        if (j.is_object())
            return true;
        problem(path, "expected an object, found " + std::string(j.type_name()));
        return false;
    }

    void string(const json& obj, const std::string& path, const char* key, std::string& out,
                bool required = false, size_t maxLength = ProjectLimits::kMaxNameLength)
    {
        if (const json* v = field(obj, path, key, required)) {
            if (!v->is_string()) {
                problem(path + "/" + key, "expected a string, found " + std::string(v->type_name()));
                return;
            }
            const auto& s = v->get_ref<const std::string&>();
            if (required && s.empty())
                problem(path + "/" + key, "must not be empty");
            else if (s.size() > maxLength)
                problem(path + "/" + key, "is " + std::to_string(s.size()) + " bytes long; at most " +
                                              std::to_string(maxLength) + " are supported");
            else
                out = s;
        }
    }

    void number(const json& obj, const std::string& path, const char* key, double& out, double min,
                double max, bool required = false)
    {
        if (const json* v = field(obj, path, key, required)) {
            if (!v->is_number()) {
                problem(path + "/" + key, "expected a number, found " + std::string(v->type_name()));
                return;
            }
            const double d = v->get<double>();
            if (!std::isfinite(d) || d < min || d > max) {
                problem(path + "/" + key, describeRange(d, min, max));
                return;
            }
            out = d;
        }
    }

    /// A field declared in projectfields.h, with its key and range.
    void number(const json& obj, const std::string& path, const ProjectField& f, double& out,
                bool required = false)
    {
        number(obj, path, std::string(f.key).c_str(), out, f.min, f.max, required);
    }
    void integer(const json& obj, const std::string& path, const ProjectField& f, int& out,
                 bool required = false)
    {
        integer(obj, path, std::string(f.key).c_str(), out, int(f.min), int(f.max), required);
    }

    void integer(const json& obj, const std::string& path, const char* key, int& out, int min, int max,
                 bool required = false)
    {
        if (const json* v = field(obj, path, key, required)) {
            if (!v->is_number()) {
                problem(path + "/" + key, "expected a whole number, found " + std::string(v->type_name()));
                return;
            }
            // Compare as doubles: 2^64-1 read as a signed number would wrap to -1, and 1e30 is whole
            // even though JSON writes it like a fraction. Every int fits a double exactly.
            const double d = v->get<double>();
            if (v->is_number_float() && std::isfinite(d) && d != std::floor(d)) {
                problem(path + "/" + key, "expected a whole number, found a fraction");
                return;
            }
            if (!std::isfinite(d) || d < min || d > max) {
                problem(path + "/" + key, describeRange(d, min, max));
                return;
            }
            out = static_cast<int>(d);
        }
    }

    void boolean(const json& obj, const std::string& path, const char* key, bool& out)
    {
        if (const json* v = field(obj, path, key, false)) {
            if (v->is_boolean())
                out = v->get<bool>();
            else
                problem(path + "/" + key, "expected true or false, found " + std::string(v->type_name()));
        }
    }

    template <typename E>
    void choice(const json& obj, const std::string& path, const char* key, E& out,
                std::initializer_list<std::pair<const char*, E>> options)
    {
        choice<E, decltype(options)>(obj, path, key, out, options);
    }

    /// `options`: pairs of a name and the value it stands for.
    template <typename E, typename Options>
    void choice(const json& obj, const std::string& path, const char* key, E& out, const Options& options)
    {
        std::string s;
        string(obj, path, key, s);
        if (s.empty())
            return;
        std::string names;
        for (const auto& [name, value] : options) {
            if (s == name) {
                out = value;
                return;
            }
            names += (names.empty() ? "" : ", ") + std::string(name);
        }
        problem(path + "/" + key, "'" + s + "' is not one of: " + names);
    }

    void point(const json& obj, const std::string& path, const char* key, Point& out)
    {
        if (const json* v = field(obj, path, key, false); v && object(*v, path + "/" + key)) {
            number(*v, path + "/" + key, "x", out.x, -1e7, 1e7, true);
            number(*v, path + "/" + key, "y", out.y, -1e7, 1e7, true);
        }
    }

    template <typename T>
    void array(const json& obj, const std::string& path, const char* key, std::vector<T>& out, size_t maxSize,
               const std::function<void(const json&, const std::string&, T&)>& each)
    {
        const json* v = field(obj, path, key, false);
        if (!v)
            return;
        if (!v->is_array()) {
            problem(path + "/" + key, "expected an array, found " + std::string(v->type_name()));
            return;
        }
        if (v->size() > maxSize) {
            problem(path + "/" + key, "has " + std::to_string(v->size()) + " entries; at most " +
                                          std::to_string(maxSize) + " are supported");
            return;
        }
        for (size_t i = 0; i < v->size(); ++i) {
            const std::string p = path + "/" + key + "/" + std::to_string(i);
            if (!object((*v)[i], p))
                continue;
            T t;
            each((*v)[i], p, t);
            out.push_back(std::move(t));
        }
    }

private:
    static std::string fmt(double d)
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", d);
        return buf;
    }
    static std::string describeRange(double d, double min, double max)
    {
        if (!std::isfinite(d))
            return "must be a finite number";
        if (d < 0 && min >= 0)
            return fmt(d) + " is negative; it must be at least " + fmt(min);
        if (d < min)
            return fmt(d) + " is below the minimum of " + fmt(min);
        return fmt(d) + " is above the maximum of " + fmt(max);
    }
    Problems& m_problems;
};

constexpr double kBig = 1e18;

std::initializer_list<std::pair<const char*, Precision>> precisionOptions()
{
    static const std::initializer_list<std::pair<const char*, Precision>> list = {
        {"fp32", Precision::FP32}, {"tf32", Precision::TF32}, {"bf16", Precision::BF16},
        {"fp16", Precision::FP16}, {"fp8", Precision::FP8},   {"int8", Precision::INT8},
        {"int4", Precision::INT4}, {"fp4", Precision::FP4}};
    return list;
}

void readModelSpec(Reader& r, const json& j, const std::string& p, ModelSpec& m)
{
    r.string(j, p, "name", m.name);
    std::string arch = "transformer";
    r.string(j, p, "architecture", arch);
    if (arch != "transformer" && arch != "moe-transformer" && arch != "generic")
        r.problem(p + "/architecture", "'" + arch + "' is not one of: transformer, moe-transformer, generic");
    m.transformer = arch != "generic";
    std::string ffnType = "gelu";
    r.string(j, p, "ffn_type", ffnType);
    m.gatedFfn = ffnType == "swiglu";
    r.number(j, p, "params", m.params, 1, 1e15, !m.transformer);
    const bool t = m.transformer;
    r.integer(j, p, "layers", m.layers, 1, 10000, t);
    r.integer(j, p, "hidden", m.hidden, 1, 1000000, t);
    r.integer(j, p, "heads", m.heads, 1, 100000, t);
    m.kvHeads = m.heads;
    r.integer(j, p, "kv_heads", m.kvHeads, 1, 100000);
    m.ffn = 4 * m.hidden;
    r.integer(j, p, "ffn", m.ffn, 1, 100000000);
    r.integer(j, p, "vocab", m.vocab, 0, 100000000);
    r.integer(j, p, "seq_len", m.seqLen, 1, 100000000, t);
    r.integer(j, p, "train_seq_len", m.trainSeqLen, 0, 100000000);
    r.number(j, p, "mean_seq_len", m.meanSeqLen, 0, 1e8);
    r.integer(j, p, "experts", m.experts, 1, 100000);
    r.integer(j, p, "experts_per_token", m.expertsPerToken, 1, 100000);
    double gflops = 0;
    r.number(j, p, "fwd_gflops_per_sample", gflops, 1e-9, 1e12, !t);
    m.fwdFlopsPerSample = gflops * 1e9;
    r.number(j, p, "bytes_per_sample", m.bytesPerSample, 0, 1e13);
    r.number(j, p, "activation_bytes_per_sample", m.activationBytesPerSample, 0, 1e14);
    r.number(j, p, "embedding_params", m.embeddingParams, 0, 1e14);
    r.number(j, p, "embedding_values_per_sample", m.embeddingValuesPerSample, 0, 1e9);
    r.number(j, p, "embedding_lookups_per_sample", m.embeddingLookupsPerSample, 0, 1e10);
    if (m.embeddingParams > m.params && m.params > 0)
        r.problem(p + "/embedding_params", "cannot exceed params");
    if (m.kvHeads > m.heads)
        r.problem(p + "/kv_heads", "cannot exceed heads (" + std::to_string(m.heads) + ")");
    if (m.heads > 0 && m.hidden % m.heads != 0)
        r.problem(p + "/heads", "hidden (" + std::to_string(m.hidden) + ") must be divisible by heads");
    if (m.expertsPerToken > m.experts)
        r.problem(p + "/experts_per_token", "cannot exceed experts (" + std::to_string(m.experts) + ")");
}

void readModelChoice(Reader& r, const json& obj, const std::string& path, ModelChoice& m)
{
    const json* v = r.field(obj, path, "model", true);
    if (!v || !r.object(*v, path + "/model"))
        return;
    const std::string p = path + "/model";
    r.string(*v, p, "preset", m.preset);
    if (const json* c = r.field(*v, p, "custom", false); c && r.object(*c, p + "/custom")) {
        ModelSpec spec;
        readModelSpec(r, *c, p + "/custom", spec);
        m.custom = spec;
    }
    if (m.preset.empty() && !m.custom)
        r.problem(p, "give either a 'preset' (a catalog model id) or a 'custom' model");
}

void readLength(Reader& r, const json& obj, const std::string& path, const char* key, LengthDistribution& d)
{
    const json* v = r.field(obj, path, key, false);
    if (!v)
        return;
    const std::string p = path + "/" + key;
    if (v->is_number()) {
        r.number(obj, path, key, d.mean, 1, 1e8);
        d.p99 = 0;
        return;
    }
    if (!r.object(*v, p))
        return;
    r.number(*v, p, "mean", d.mean, 1, 1e8, true);
    r.number(*v, p, "p99", d.p99, 0, 1e9);
    if (d.p99 != 0 && d.p99 < d.mean)
        r.problem(p + "/p99", "the 99th percentile cannot be below the mean");
}

void readTraining(Reader& r, const json& j, const std::string& p, TrainingJob& t)
{
    r.string(j, p, "id", t.id, true);
    r.string(j, p, "name", t.name);
    readModelChoice(r, j, p, t.model);
    r.choice(j, p, "method", t.method,
             {{"pretrain", TrainingMethod::Pretrain},
              {"full_finetune", TrainingMethod::FullFinetune},
              {"lora", TrainingMethod::Lora}});
    r.integer(j, p, "lora_rank", t.loraRank, 1, 65536);
    r.number(j, p, "training_tokens", t.trainingTokens, 0, kBig);
    r.number(j, p, "training_samples", t.trainingSamples, 0, kBig);
    r.integer(j, p, "global_batch", t.globalBatch, 0, 100000000);
    r.choice(j, p, "precision", t.precision, precisionOptions());
    r.choice(j, p, "optimizer", t.optimizer, {{"adam", Optimizer::Adam}, {"sgd", Optimizer::Sgd}});
    if (t.trainingTokens <= 0 && t.trainingSamples <= 0)
        r.problem(p, "give training_tokens or training_samples (the amount of data to train on)");
    if (t.precision == Precision::INT8 || t.precision == Precision::INT4 || t.precision == Precision::FP4)
        r.problem(p + "/precision", "training needs fp32, tf32, bf16, fp16 or fp8 mixed precision");
}

void readService(Reader& r, const json& j, const std::string& p, InferenceService& s)
{
    r.string(j, p, "id", s.id, true);
    r.string(j, p, "name", s.name);
    readModelChoice(r, j, p, s.model);
    r.choice(j, p, "precision", s.precision, precisionOptions());
    readLength(r, j, p, "input_tokens", s.inputTokens);
    readLength(r, j, p, "output_tokens", s.outputTokens);
    r.number(j, p, "flops_per_request", s.flopsPerRequest, 0, 1e18);
    r.number(j, p, "bytes_per_request", s.bytesPerRequest, 0, 1e12);
    if (const json* t = r.field(j, p, "traffic", true); t && r.object(*t, p + "/traffic")) {
        const std::string tp = p + "/traffic";
        r.number(*t, tp, field::kPeakRps, s.traffic.peakRps, true);
        r.choice(*t, tp, "profile", s.traffic.shape, trafficShapeNames());
        if (s.traffic.shape == TrafficShape::Custom) {
            const json* h = r.field(*t, tp, "hourly", true);
            if (h && (!h->is_array() || h->size() != 24))
                r.problem(tp + "/hourly", "must be an array of 24 fractions of the peak (0 to 1)");
            else if (h)
                for (size_t i = 0; i < 24; ++i) {
                    const json& x = (*h)[i];
                    if (!x.is_number() || x.get<double>() < 0 || x.get<double>() > 1)
                        r.problem(tp + "/hourly/" + std::to_string(i), "must be a fraction between 0 and 1");
                    else
                        s.traffic.hourly[i] = x.get<double>();
                }
        }
    }
    if (const json* t = r.field(j, p, "targets", false); t && r.object(*t, p + "/targets")) {
        const std::string tp = p + "/targets";
        r.number(*t, tp, field::kTtftP99Ms, s.targets.ttftP99Ms);
        r.number(*t, tp, field::kTpotP99Ms, s.targets.tpotP99Ms);
        r.number(*t, tp, field::kE2eP99Ms, s.targets.e2eP99Ms);
    }
}

void readPricing(Reader& r, const json& v, const std::string& pp, Pricing& pricing)
{
    r.choice(v, pp, "mode", pricing.mode,
             {{"on_demand", PricingMode::OnDemand},
              {"reserved_1y", PricingMode::Reserved1y},
              {"reserved_3y", PricingMode::Reserved3y},
              {"spot", PricingMode::Spot},
              {"owned", PricingMode::Owned}});
    r.number(v, pp, "amortization_years", pricing.amortizationYears, 0.25, 30);
    r.number(v, pp, "discount_percent", pricing.discountPercent, 0, 100);
    r.number(v, pp, "spot_interruption_share", pricing.spotInterruptionShare, 0, 0.9);
    r.number(v, pp, "electricity_usd_per_kwh", pricing.electricityUsdPerKWh, 0, 10);
    r.number(v, pp, "pue", pricing.pue, 0, 5);
}

void readSketch(Reader& r, const json& j, const std::string& p, Sketch& s)
{
    r.string(j, p, "id", s.id, true);
    r.string(j, p, "name", s.name);
    r.choice(j, p, "role", s.role,
             {{"training", SketchRole::Training}, {"inference", SketchRole::Inference}});
    if (!j.contains("role"))
        r.problem(p + "/role", "required field is missing");
    r.string(j, p, "workload", s.workloadId);
    r.point(j, p, "position", s.position);
    if (const json* v = r.field(j, p, "size", false); v && r.object(*v, p + "/size")) {
        r.number(*v, p + "/size", field::kFrameWidth, s.size.width, true);
        r.number(*v, p + "/size", field::kFrameHeight, s.size.height, true);
    }
    r.array<NodeGroup>(j, p, "nodes", s.nodes, ProjectLimits::kMaxNodeGroupsPerSketch,
                       [&](const json& n, const std::string& np, NodeGroup& g) {
                           r.string(n, np, "id", g.id, true);
                           r.string(n, np, "item", g.itemId, true);
                           r.integer(n, np, field::kNodeCount, g.count, true);
                           r.point(n, np, "position", g.position);
                       });
    r.string(j, p, "scale_up", s.scaleUpLink);
    r.string(j, p, "scale_out", s.scaleOutLink);
    r.string(j, p, "storage", s.storageId);
    r.string(j, p, "region", s.regionId);
    // Without a pricing object of its own the sketch takes the project's.
    const json* ownPricing = r.field(j, p, "pricing", false);
    s.ownPricing = ownPricing != nullptr;
    if (ownPricing && r.object(*ownPricing, p + "/pricing"))
        readPricing(r, *ownPricing, p + "/pricing", s.pricing);
    if (const json* v = r.field(j, p, "layout", false); v && r.object(*v, p + "/layout")) {
        const std::string lp = p + "/layout";
        ParallelLayout& l = s.layout;
        l.automatic = false;
        r.boolean(*v, lp, "automatic", l.automatic);
        r.integer(*v, lp, field::kDataParallel, l.dp);
        r.integer(*v, lp, field::kTensorParallel, l.tp);
        r.integer(*v, lp, field::kPipelineParallel, l.pp);
        r.integer(*v, lp, field::kMicroBatch, l.microBatch);
        r.choice(*v, lp, "schedule", l.schedule,
                 {{"1f1b", PipelineSchedule::OneFOneB}, {"interleaved", PipelineSchedule::Interleaved}});
        r.integer(*v, lp, field::kInterleave, l.interleave);
        r.integer(*v, lp, field::kZeroStage, l.zeroStage);
        r.choice(*v, lp, "recompute", l.recompute,
                 {{"none", Recompute::None}, {"selective", Recompute::Selective}, {"full", Recompute::Full}});
        r.integer(*v, lp, "recompute_layers", l.recomputeLayers, 0, 100000);
    }
    r.integer(j, p, field::kReplicaAccelerators, s.replicaAccelerators);
    if (j.contains("precision")) {
        Precision prec = Precision::FP16;
        r.choice(j, p, "precision", prec, precisionOptions());
        s.precision = prec;
    }
    if (const json* v = r.field(j, p, "batching", false); v && r.object(*v, p + "/batching")) {
        const std::string bp = p + "/batching";
        r.integer(*v, bp, field::kMaxBatch, s.batching.maxBatch);
        r.number(*v, bp, field::kKvCacheFraction, s.batching.kvCacheFraction);
        r.number(*v, bp, field::kMaxWaitMs, s.batching.maxWaitMs);
    }
    if (const json* v = r.field(j, p, "autoscaling", false); v && r.object(*v, p + "/autoscaling")) {
        const std::string ap = p + "/autoscaling";
        AutoscalingPolicy& a = s.autoscaling;
        r.boolean(*v, ap, "enabled", a.enabled);
        r.integer(*v, ap, field::kMinReplicas, a.minReplicas);
        r.integer(*v, ap, field::kMaxReplicas, a.maxReplicas);
        r.number(*v, ap, field::kTargetUtilization, a.targetUtilization);
        r.number(*v, ap, field::kScaleUpDelayS, a.scaleUpDelayS);
        if (a.minReplicas > a.maxReplicas)
            r.problem(ap + "/min_replicas",
                      "cannot exceed max_replicas (" + std::to_string(a.maxReplicas) + ")");
    }
}

/// Optional figures are written only when set: a zero is the format's "not given".
template <typename T> void putIfSet(json& j, const char* key, T value)
{
    if (value > 0)
        j[key] = value;
}

json pricingJson(const Pricing& pricing)
{
    json j = {{"mode", pricingModeName(pricing.mode)}, {"amortization_years", pricing.amortizationYears}};
    // The user's pricing figures are written only when set, so files stay as they were otherwise.
    putIfSet(j, "discount_percent", pricing.discountPercent);
    putIfSet(j, "spot_interruption_share", pricing.spotInterruptionShare);
    putIfSet(j, "electricity_usd_per_kwh", pricing.electricityUsdPerKWh);
    putIfSet(j, "pue", pricing.pue);
    return j;
}

json modelSpecJson(const ModelSpec& m)
{
    json j = {
        {"name", m.name},
        {"architecture", !m.transformer ? "generic" : (m.experts > 1 ? "moe-transformer" : "transformer")}};
    putIfSet(j, "params", m.params);
    if (m.transformer) {
        j["ffn_type"] = m.gatedFfn ? "swiglu" : "gelu";
        j["layers"] = m.layers;
        j["hidden"] = m.hidden;
        j["heads"] = m.heads;
        j["kv_heads"] = m.kvHeads;
        j["ffn"] = m.ffn;
        j["vocab"] = m.vocab;
        j["seq_len"] = m.seqLen;
        putIfSet(j, "train_seq_len", m.trainSeqLen);
        putIfSet(j, "mean_seq_len", m.meanSeqLen);
        if (m.experts > 1) {
            j["experts"] = m.experts;
            j["experts_per_token"] = m.expertsPerToken;
        }
    } else {
        j["fwd_gflops_per_sample"] = m.fwdFlopsPerSample / 1e9;
    }
    putIfSet(j, "bytes_per_sample", m.bytesPerSample);
    putIfSet(j, "activation_bytes_per_sample", m.activationBytesPerSample);
    putIfSet(j, "embedding_params", m.embeddingParams);
    putIfSet(j, "embedding_values_per_sample", m.embeddingValuesPerSample);
    putIfSet(j, "embedding_lookups_per_sample", m.embeddingLookupsPerSample);
    return j;
}

json modelChoiceJson(const ModelChoice& m)
{
    json j = json::object();
    if (!m.preset.empty())
        j["preset"] = m.preset;
    if (m.custom)
        j["custom"] = modelSpecJson(*m.custom);
    return j;
}

json lengthJson(const LengthDistribution& d)
{
    json j = {{"mean", d.mean}};
    putIfSet(j, "p99", d.p99);
    return j;
}

json pointJson(const Point& p)
{
    return {{"x", p.x}, {"y", p.y}};
}

} // namespace

std::optional<Project> parse(const std::string& text, Problems& problems)
{
    auto parsed = parseJsonText(text, problems);
    if (!parsed)
        return std::nullopt;
    const json& doc = *parsed;
    Reader r(problems);
    const size_t before = problems.size();
    if (!r.object(doc, ""))
        return std::nullopt;
    int version = 0;
    r.integer(doc, "", "format", version, 0, std::numeric_limits<int>::max(), true);
    if (problems.size() != before)
        return std::nullopt;
    if (version != Project::kFormatVersion) {
        r.problem("/format",
                  "unknown format version " + std::to_string(version) + "; this Infraplan reads version " +
                      std::to_string(Project::kFormatVersion) +
                      (version > Project::kFormatVersion ? " (the file was made by a newer Infraplan)" : ""));
        return std::nullopt;
    }
    Project project;
    r.string(doc, "", "name", project.name);
    r.string(doc, "", "description", project.description, false, ProjectLimits::kMaxDescriptionLength);
    r.string(doc, "", "currency", project.currency);
    if (!currencyFromCode(project.currency)) {
        r.problem("/currency", "unknown currency '" + project.currency + "': use USD, CNY or EUR");
        project.currency = "USD";
    }
    if (const json* v = r.field(doc, "", "pricing", false); v && r.object(*v, "/pricing")) {
        readPricing(r, *v, "/pricing", project.pricingDefaults.pricing);
        r.string(*v, "/pricing", "region", project.pricingDefaults.regionId);
    }
    if (const json* v = r.field(doc, "", "exchange_rate", false); v && r.object(*v, "/exchange_rate")) {
        r.number(*v, "/exchange_rate", "per_usd", project.exchangeRatePerUsd, 1e-6, 1e6);
        r.string(*v, "/exchange_rate", "date", project.exchangeRateDate);
    }
    r.array<TrainingJob>(
        doc, "", "training_jobs", project.trainingJobs, ProjectLimits::kMaxWorkloads,
        [&](const json& j, const std::string& p, TrainingJob& t) { readTraining(r, j, p, t); });
    r.array<InferenceService>(
        doc, "", "inference_services", project.services, ProjectLimits::kMaxWorkloads,
        [&](const json& j, const std::string& p, InferenceService& s) { readService(r, j, p, s); });
    r.array<Sketch>(doc, "", "sketches", project.sketches, ProjectLimits::kMaxSketches,
                    [&](const json& j, const std::string& p, Sketch& s) { readSketch(r, j, p, s); });

    // Cross-references inside the file.
    std::set<std::string> ids;
    auto unique = [&](const std::string& id, const std::string& path) {
        if (!id.empty() && !ids.insert(id).second)
            r.problem(path + "/id", "id '" + id + "' is used more than once");
    };
    for (size_t i = 0; i < project.trainingJobs.size(); ++i)
        unique(project.trainingJobs[i].id, "/training_jobs/" + std::to_string(i));
    for (size_t i = 0; i < project.services.size(); ++i)
        unique(project.services[i].id, "/inference_services/" + std::to_string(i));
    for (size_t i = 0; i < project.sketches.size(); ++i) {
        const Sketch& s = project.sketches[i];
        const std::string p = "/sketches/" + std::to_string(i);
        unique(s.id, p);
        for (size_t n = 0; n < s.nodes.size(); ++n)
            unique(s.nodes[n].id, p + "/nodes/" + std::to_string(n));
        if (s.workloadId.empty())
            continue;
        if (s.role == SketchRole::Training && !project.trainingJob(s.workloadId))
            r.problem(p + "/workload", project.service(s.workloadId)
                                           ? "'" + s.workloadId +
                                                 "' is an inference service; a training "
                                                 "cluster needs a training job"
                                           : "no training job has id '" + s.workloadId + "'");
        if (s.role == SketchRole::Inference && !project.service(s.workloadId))
            r.problem(p + "/workload", project.trainingJob(s.workloadId)
                                           ? "'" + s.workloadId +
                                                 "' is a training job; an inference fleet "
                                                 "needs an inference service"
                                           : "no inference service has id '" + s.workloadId + "'");
    }
    if (problems.size() != before)
        return std::nullopt;
    return project;
}

std::optional<Project> load(const std::filesystem::path& file, Problems& problems)
{
    std::string error;
    auto text = readTextFile(file, error, ProjectLimits::kMaxFileBytes);
    if (!text) {
        problems.push_back({"", error});
        return std::nullopt;
    }
    return parse(*text, problems);
}

std::string serialize(const Project& project)
{
    json doc = {{"format", Project::kFormatVersion}, {"application", "Infraplan"}, {"name", project.name}};
    if (!project.description.empty())
        doc["description"] = project.description;
    doc["currency"] = project.currency;
    if (project.exchangeRatePerUsd > 0)
        doc["exchange_rate"] = {{"per_usd", project.exchangeRatePerUsd}, {"date", project.exchangeRateDate}};
    // Always written, so a reader of the file sees what its sketches inherit.
    doc["pricing"] = pricingJson(project.pricingDefaults.pricing);
    if (!project.pricingDefaults.regionId.empty())
        doc["pricing"]["region"] = project.pricingDefaults.regionId;
    json jobs = json::array();
    for (const auto& t : project.trainingJobs) {
        json j = {{"id", t.id},
                  {"name", t.name},
                  {"model", modelChoiceJson(t.model)},
                  {"method", methodName(t.method)},
                  {"precision", precisionName(t.precision)},
                  {"optimizer", t.optimizer == Optimizer::Adam ? "adam" : "sgd"}};
        if (t.method == TrainingMethod::Lora)
            j["lora_rank"] = t.loraRank;
        putIfSet(j, "training_tokens", t.trainingTokens);
        putIfSet(j, "training_samples", t.trainingSamples);
        putIfSet(j, "global_batch", t.globalBatch);
        jobs.push_back(j);
    }
    doc["training_jobs"] = jobs;
    json services = json::array();
    for (const auto& s : project.services) {
        json traffic = {{"peak_rps", s.traffic.peakRps}, {"profile", trafficShapeName(s.traffic.shape)}};
        if (s.traffic.shape == TrafficShape::Custom)
            traffic["hourly"] = s.traffic.hourly;
        json targets = json::object();
        putIfSet(targets, "ttft_p99_ms", s.targets.ttftP99Ms);
        putIfSet(targets, "tpot_p99_ms", s.targets.tpotP99Ms);
        putIfSet(targets, "e2e_p99_ms", s.targets.e2eP99Ms);
        json j = {{"id", s.id},
                  {"name", s.name},
                  {"model", modelChoiceJson(s.model)},
                  {"precision", precisionName(s.precision)},
                  {"input_tokens", lengthJson(s.inputTokens)},
                  {"output_tokens", lengthJson(s.outputTokens)},
                  {"traffic", traffic},
                  {"targets", targets}};
        putIfSet(j, "flops_per_request", s.flopsPerRequest);
        putIfSet(j, "bytes_per_request", s.bytesPerRequest);
        services.push_back(j);
    }
    doc["inference_services"] = services;
    json sketches = json::array();
    for (const auto& s : project.sketches) {
        json nodes = json::array();
        for (const auto& n : s.nodes)
            nodes.push_back(
                {{"id", n.id}, {"item", n.itemId}, {"count", n.count}, {"position", pointJson(n.position)}});
        json j = {{"id", s.id},
                  {"name", s.name},
                  {"role", roleName(s.role)},
                  {"workload", s.workloadId},
                  {"position", pointJson(s.position)},
                  {"size", {{"width", s.size.width}, {"height", s.size.height}}},
                  {"nodes", nodes}};
        if (s.ownPricing)
            j["pricing"] = pricingJson(s.pricing);
        if (!s.scaleUpLink.empty())
            j["scale_up"] = s.scaleUpLink;
        if (!s.scaleOutLink.empty())
            j["scale_out"] = s.scaleOutLink;
        if (!s.storageId.empty())
            j["storage"] = s.storageId;
        if (!s.regionId.empty())
            j["region"] = s.regionId;
        if (s.precision)
            j["precision"] = precisionName(*s.precision);
        if (s.role == SketchRole::Training) {
            const ParallelLayout& l = s.layout;
            j["layout"] = {{"automatic", l.automatic},
                           {"dp", l.dp},
                           {"tp", l.tp},
                           {"pp", l.pp},
                           {"micro_batch", l.microBatch},
                           {"schedule", l.schedule == PipelineSchedule::Interleaved ? "interleaved" : "1f1b"},
                           {"interleave", l.interleave},
                           {"zero", l.zeroStage},
                           {"recompute", recomputeName(l.recompute)}};
            if (l.recompute == Recompute::Full && l.recomputeLayers > 0)
                j["layout"]["recompute_layers"] = l.recomputeLayers;
        } else {
            j["replica_accelerators"] = s.replicaAccelerators;
            j["batching"] = {{"max_batch", s.batching.maxBatch},
                             {"kv_cache_fraction", s.batching.kvCacheFraction},
                             {"max_wait_ms", s.batching.maxWaitMs}};
            const AutoscalingPolicy& a = s.autoscaling;
            j["autoscaling"] = {{"enabled", a.enabled},
                                {"min_replicas", a.minReplicas},
                                {"max_replicas", a.maxReplicas},
                                {"target_utilization", a.targetUtilization},
                                {"scale_up_delay_s", a.scaleUpDelayS}};
        }
        sketches.push_back(j);
    }
    doc["sketches"] = sketches;
    return jsonText(doc, 2) + "\n";
}

bool save(const Project& project, const std::filesystem::path& file, std::string& error)
{
    return writeFileAtomically(file, serialize(project), error);
}

Problems checkAgainstCatalog(const Project& project, const Catalog& catalog)
{
    Problems problems;
    auto expect = [&](const std::string& id, ItemKind kind, const std::string& path) {
        if (id.empty())
            return;
        const CatalogItem* item = catalog.find(id);
        if (!item)
            problems.push_back({path, "'" + id + "' is not in the catalog"});
        else if (item->kind != kind)
            problems.push_back({path, "'" + id + "' is a " + std::string(kindName(item->kind)) + ", not a " +
                                          std::string(kindName(kind))});
    };
    expect(project.pricingDefaults.regionId, ItemKind::Region, "/pricing/region");
    auto checkModel = [&](const ModelChoice& m, const std::string& path) {
        if (!m.custom)
            expect(m.preset, ItemKind::Model, path + "/model/preset");
    };
    for (size_t i = 0; i < project.trainingJobs.size(); ++i)
        checkModel(project.trainingJobs[i].model, "/training_jobs/" + std::to_string(i));
    for (size_t i = 0; i < project.services.size(); ++i)
        checkModel(project.services[i].model, "/inference_services/" + std::to_string(i));
    for (size_t i = 0; i < project.sketches.size(); ++i) {
        const Sketch& s = project.sketches[i];
        const std::string p = "/sketches/" + std::to_string(i);
        for (size_t n = 0; n < s.nodes.size(); ++n)
            expect(s.nodes[n].itemId, ItemKind::Instance, p + "/nodes/" + std::to_string(n) + "/item");
        expect(s.scaleUpLink, ItemKind::Link, p + "/scale_up");
        expect(s.scaleOutLink, ItemKind::Link, p + "/scale_out");
        expect(s.storageId, ItemKind::Storage, p + "/storage");
        expect(s.regionId, ItemKind::Region, p + "/region");
        if (effectivePricing(project, s).mode == PricingMode::Owned)
            for (size_t n = 0; n < s.nodes.size(); ++n)
                if (const CatalogItem* it = catalog.find(s.nodes[n].itemId);
                    it && it->kind == ItemKind::Instance && !instancePrice(*it, PricingMode::Owned))
                    problems.push_back({p + "/pricing/mode", "'" + it->id +
                                                                 "' has no purchase price, so it cannot be "
                                                                 "priced as owned hardware"});
    }
    return problems;
}

} // namespace infraplan::projectfile
