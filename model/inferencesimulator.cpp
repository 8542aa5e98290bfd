#include "inferencesimulator.h"

#include "fastrandom.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <limits>
#include <vector>

namespace infraplan {

namespace {

// Prompt tokens one iteration may prefill: TensorRT-LLM's max_num_tokens and vLLM's max_num_batched_tokens
// default to 8192. A longer prompt is prefilled alone in its own iteration.
constexpr double kPrefillTokenBudget = 8192;

// Requests waiting in front of the fleet at most (16 bytes each: 64 MB).
constexpr double kMaxQueued = 4e6;
// Per-replica buffers are reserved up to this size and grow beyond it only with the requests really in
// flight, so a large batch limit costs nothing until traffic fills it.
constexpr size_t kReservedPerReplica = 32;

// The standard normal's quantile (Acklam's rational approximation, relative error below 1.2e-9).
double normalQuantile(double p)
{
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    if (p < 0.02425) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - 0.02425) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/// Draws request lengths: fixed, or log-normal with the distribution's mean and p99, rounded to whole tokens.
class LengthSampler {
public:
    explicit LengthSampler(const LengthDistribution& d) : m_mean(d.mean), m_sigma(lognormalSigma(d))
    {
        m_mu = std::log(std::max(1e-9, d.mean)) - m_sigma * m_sigma / 2;
        if (m_sigma <= 0)
            return;
        // The inverse CDF on a grid of u, interpolated between points: two draws per request made exp and the
        // normal quantile a tenth of the simulation's time. The grid's first and last cells, where the
        // quantile bends sharply, are computed exactly.
        m_grid.resize(kCells + 1);
        for (int k = 1; k < kCells; ++k)
            m_grid[static_cast<size_t>(k)] = exact(double(k) / kCells);
    }
    double draw(FastRandom& rng) const
    {
        if (m_sigma <= 0)
            return m_mean;
        const double u = rng.uniform();
        const double x = u * kCells;
        const int k = static_cast<int>(x);
        double v;
        if (k < 1 || k >= kCells - 1) {
            v = exact(u);
        } else {
            const double lo = m_grid[static_cast<size_t>(k)], hi = m_grid[static_cast<size_t>(k) + 1];
            v = lo + (x - k) * (hi - lo);
        }
        return std::max(1.0, std::floor(v + 0.5)); // whole tokens
    }

private:
    static constexpr int kCells = 2048;
    double exact(double u) const { return std::exp(m_mu + m_sigma * normalQuantile(u)); }

    double m_mean, m_sigma, m_mu = 0;
    std::vector<double> m_grid;
};

struct Waiting {
    double arrival;
    float in, out;
};

struct Active {
    uint64_t finishIteration;
    double arrival;
    double firstToken;
    double contextBase; ///< prompt length minus the iteration that prefilled it: context = base + iteration
    float in, out;
    bool operator>(const Active& o) const { return finishIteration > o.finishIteration; }
};

enum class ReplicaState { Starting, Ready, Draining, Gone };

struct Replica {
    ReplicaState state = ReplicaState::Ready;
    double eventTime = -1; ///< scheduled event, -1 = none
    // Continuous batching
    uint64_t iteration = 0; ///< iterations completed at the last boundary
    double boundaryTime = 0;
    uint64_t targetIteration = 0;
    bool prefillSegment = false;
    double requests = 0, contextBaseSum = 0, kvReservedTokens = 0;
    std::vector<Active> active; ///< min-heap on finishIteration
    std::vector<Waiting> prefill;
    std::vector<double> prefillAdmitted;
    double prefillTokens = 0, prefillSquares = 0;
    int nudged = 0;
    // Dynamic batching
    bool busy = false;
    double batchStart = 0;
    std::vector<double> batch;
    // Both
    bool running = false;
    double busyS = 0;
};

/// Every replica's next event in a tournament tree: rescheduling one is O(log R), finding the earliest O(1),
/// and a rescheduled event simply replaces the old one (no stale entries to skip). Each node holds its
/// winner's time and sequence number, so a match compares neighbours in memory instead of chasing indices.
class EventTree {
public:
    void grow(int replicas)
    {
        if (replicas <= m_leaves && !m_nodes.empty())
            return;
        std::vector<Node> leaves(static_cast<size_t>(m_leaves));
        for (int i = 0; i < m_leaves && !m_nodes.empty(); ++i)
            leaves[static_cast<size_t>(i)] = m_nodes[static_cast<size_t>(m_leaves + i)];
        while (m_leaves < replicas)
            m_leaves *= 2;
        m_nodes.assign(2 * static_cast<size_t>(m_leaves), Node{});
        for (size_t i = 0; i < leaves.size(); ++i)
            m_nodes[static_cast<size_t>(m_leaves) + i] = leaves[i];
        for (size_t n = static_cast<size_t>(m_leaves) - 1; n >= 1; --n)
            m_nodes[n] = earlier(m_nodes[2 * n], m_nodes[2 * n + 1]);
    }
    void set(int replica, double time, uint64_t seq)
    {
        size_t n = static_cast<size_t>(m_leaves + replica);
        m_nodes[n] = time < kNone ? Node{time, static_cast<uint32_t>(seq), replica} : Node{};
        for (n /= 2; n >= 1; n /= 2)
            m_nodes[n] = earlier(m_nodes[2 * n], m_nodes[2 * n + 1]);
    }
    void clear(int replica) { set(replica, kNone, 0); }
    int top() const { return m_nodes.size() > 1 ? m_nodes[1].replica : -1; }
    double topTime() const { return top() < 0 ? -1 : m_nodes[1].time; }

private:
    static constexpr double kNone = 1e300;
    // 16 bytes, so a match's two children share a cache line. The sequence number only orders events at the
    // same instant; 32 bits cover 4e9 schedulings, eighty simulated days of the busiest fleet.
    struct alignas(16) Node {
        double time = kNone;
        uint32_t seq = 0;
        int replica = -1;
    };
    static const Node& earlier(const Node& a, const Node& b)
    {
        if (a.time != b.time)
            return a.time < b.time ? a : b;
        return a.seq <= b.seq ? a : b;
    }
    int m_leaves = 1;
    std::vector<Node> m_nodes; ///< 1-based heap layout; leaves at m_leaves + replica
};

/// What the load balancer scans on every arrival, kept apart from the replicas for a compact, cache-friendly
/// loop: requests in service or admitted (infinite when the replica does not admit) and KV tokens reserved.
struct Slot {
    float load;
    float kvReserved;
};

class FleetSimulator {
public:
    explicit FleetSimulator(const FleetSimulationConfig& config)
        : m_c(compressed(config, m_hourS)), m_m(*config.replica),
          m_rng(config.seed * 0x9e3779b97f4a7c15ULL + 12345), m_in(config.replica->setup().inputTokens),
          m_out(config.replica->setup().outputTokens)
    {
        m_rule = autoscalerRule(m_c);
        m_llm = m_m.isLlm();
        m_beams = std::max(1, m_m.setup().beams);
        m_maxRequests = m_m.maxConcurrentRequests();
        m_kvCapacity = m_m.kvCapacityTokens();
        m_maxBatch = std::max(1, m_m.setup().batching.maxBatch);
        m_maxWaitS = std::max(0.0, m_m.setup().batching.maxWaitMs / 1000);
        m_capacityRps = m_m.capacity().requestsPerS;
        // Ten minutes of peak traffic, but never more than kMaxQueued requests: memory must not grow with
        // the traffic of a fleet that cannot keep up (such a fleet drops requests either way).
        m_queueLimit = static_cast<size_t>(std::clamp(600 * config.peakRequestsPerS, 100000.0, kMaxQueued));
    }

    FleetSimulationResult run();

private:
    // --- time and billing
    void bill(double until);
    int billedCount() const { return m_starting + m_ready + m_draining; }
    /// Instances held: a partly drained instance is still paid whole.
    int billedInstances() const { return m_rule.instancesFor(billedCount()); }
    void setState(Replica& r, ReplicaState s, double t);
    // --- events
    void schedule(int replica, double time);
    void unschedule(int replica);
    void refreshSlot(int replica);
    void arrival(double t);
    double nextArrivalAfter(double t);
    void tick(double t);
    // --- continuous batching
    void llmBoundary(int i, double t);
    void llmServe(int i, double t);
    void llmNudge(double t);
    double decodeSegmentS(const Replica& r, uint64_t iterations) const;
    // --- dynamic batching
    void genericLaunch(int i, double t);
    void genericTry(int i, double t);
    void genericDone(int i, double t);
    void genericArrival(double t);
    // --- results
    void complete(double arrival, double firstToken, double finish, double out);
    int addReplica(double readyAt, double t);

    /// A day with more requests than the budget runs on a compressed clock: every hour, delay and interval
    /// shrinks by the same factor while request rates stay, so queues and batches see the real rates and the
    /// autoscaler the same dynamics relative to the traffic profile (docs/model.md).
    static FleetSimulationConfig compressed(FleetSimulationConfig c, double& hourS)
    {
        double expected = 0;
        for (double f : c.hourlyFractions)
            expected += c.peakRequestsPerS * f * 3600;
        expected *= c.durationS / 86400;
        const double scale = expected > c.maxSimulatedRequests && c.maxSimulatedRequests > 0
                                 ? c.maxSimulatedRequests / expected
                                 : 1.0;
        hourS = 3600 * scale;
        c.durationS *= scale;
        c.sampleUntilS *= scale;
        c.sampleFromS *= scale;
        c.scaleIntervalS *= scale;
        c.scaleDownStabilizationS *= scale;
        c.autoscaling.scaleUpDelayS *= scale;
        c.modelLoadS *= scale;
        for (double& t : c.startingReadyAtS)
            t *= scale;
        return c;
    }

    double m_hourS = 3600;
    int m_handling = -1; ///< replica whose event is being handled (its tree entry is still the old event)
    const FleetSimulationConfig m_c;
    AutoscalerRule m_rule;
    const ReplicaModel& m_m;
    FastRandom m_rng;
    LengthSampler m_in, m_out;
    bool m_llm = true;
    int m_beams = 1;
    double m_maxRequests = 1, m_kvCapacity = 0, m_maxWaitS = 0, m_capacityRps = 0;
    int m_maxBatch = 1;
    size_t m_queueLimit = 100000;

    std::vector<Replica> m_replicas;
    std::deque<Waiting> m_queue;
    EventTree m_events;
    std::vector<Slot> m_slots;
    uint64_t m_seq = 0;
    int m_starting = 0, m_ready = 0, m_draining = 0;
    double m_billedSince = 0, m_readySince = 0, m_readyReplicaS = 0;
    uint64_t m_windowArrivals = 0;
    int64_t m_sampledOpen = 0; ///< recorded requests arrived and not finished
    std::deque<std::pair<double, int>> m_wishes;
    uint64_t m_met = 0;
    int m_peakHour = 0;
    FleetSimulationResult m_r;
};

void FleetSimulator::bill(double until)
{
    const double end = std::min(until, m_c.durationS);
    double from = m_billedSince;
    while (from < end) {
        int index = static_cast<int>(from / m_hourS);
        if ((index + 1) * m_hourS <= from) // rounding put `from` on the previous hour's end
            ++index;
        const int hour = std::min(23, index);
        const double hourEnd = std::min(end, (index + 1) * m_hourS);
        m_r.replicasByHour[hour] += billedCount() * (hourEnd - from);
        m_r.averageReplicas += billedCount() * (hourEnd - from);
        m_r.instancesByHour[hour] += billedInstances() * (hourEnd - from);
        m_r.averageInstances += billedInstances() * (hourEnd - from);
        if (hour == m_peakHour)
            m_r.readyAtPeakHour += m_ready * (hourEnd - from);
        from = hourEnd;
    }
    m_billedSince = std::max(m_billedSince, end);
    const double readyEnd = std::min(until, m_c.durationS);
    if (readyEnd > m_readySince) {
        m_readyReplicaS += m_ready * (readyEnd - m_readySince);
        m_readySince = readyEnd;
    }
}

void FleetSimulator::setState(Replica& r, ReplicaState s, double t)
{
    bill(t);
    auto counter = [&](ReplicaState x) -> int* {
        switch (x) {
        case ReplicaState::Starting:
            return &m_starting;
        case ReplicaState::Ready:
            return &m_ready;
        case ReplicaState::Draining:
            return &m_draining;
        case ReplicaState::Gone:
            return nullptr;
        }
        return nullptr;
    };
    if (int* from = counter(r.state))
        --*from;
    if (int* to = counter(s))
        ++*to;
    r.state = s;
    m_r.peakReplicas = std::max<double>(m_r.peakReplicas, billedCount());
    m_r.peakInstances = std::max<double>(m_r.peakInstances, billedInstances());
    refreshSlot(static_cast<int>(&r - m_replicas.data()));
}

void FleetSimulator::schedule(int replica, double time)
{
    m_replicas[static_cast<size_t>(replica)].eventTime = time;
    m_events.set(replica, time, m_seq++);
}

void FleetSimulator::unschedule(int replica)
{
    m_replicas[static_cast<size_t>(replica)].eventTime = -1;
    if (replica != m_handling) // the event being handled leaves the tree when its handler is done
        m_events.clear(replica);
}

void FleetSimulator::refreshSlot(int i)
{
    const Replica& r = m_replicas[static_cast<size_t>(i)];
    Slot& s = m_slots[static_cast<size_t>(i)];
    s.load = r.state == ReplicaState::Ready
                 ? static_cast<float>(r.requests + static_cast<double>(r.prefill.size()) + r.nudged)
                 : std::numeric_limits<float>::infinity();
    s.kvReserved = static_cast<float>(r.kvReservedTokens);
}

int FleetSimulator::addReplica(double readyAt, double t)
{
    m_replicas.emplace_back();
    m_slots.push_back({std::numeric_limits<float>::infinity(), 0});
    m_events.grow(static_cast<int>(m_replicas.size()));
    Replica& r = m_replicas.back();
    r.state = ReplicaState::Gone;
    if (m_llm) {
        r.active.reserve(static_cast<size_t>(std::min(m_maxRequests, double(kReservedPerReplica))) + 1);
        r.prefill.reserve(64);
        r.prefillAdmitted.reserve(64);
    } else {
        r.batch.reserve(std::min(static_cast<size_t>(m_maxBatch), kReservedPerReplica));
    }
    const int i = static_cast<int>(m_replicas.size()) - 1;
    if (readyAt <= t) {
        setState(r, ReplicaState::Ready, t);
    } else {
        setState(r, ReplicaState::Starting, t);
        schedule(i, readyAt);
    }
    return i;
}

double FleetSimulator::nextArrivalAfter(double t)
{
    // Poisson with a rate constant within each hour: memoryless, so at an hour boundary draw afresh.
    while (t < m_c.durationS) {
        int hour = static_cast<int>(t / m_hourS);
        if ((hour + 1) * m_hourS <= t) // rounding put t on the previous hour's end
            ++hour;
        const double hourEnd = (hour + 1) * m_hourS;
        const double rate = m_c.peakRequestsPerS * m_c.hourlyFractions[static_cast<size_t>(hour % 24)];
        if (rate > 0) {
            const double next = t + m_rng.exponential(1 / rate);
            if (next < hourEnd)
                return next;
        }
        t = hourEnd;
    }
    return -1;
}

void FleetSimulator::complete(double arrival, double firstToken, double finish, double out)
{
    const double ttft = firstToken - arrival + m_c.rttS;
    const double e2e = finish - arrival + m_c.rttS;
    ++m_r.completed;
    if ((m_c.sampleUntilS > 0 && arrival >= m_c.sampleUntilS) || arrival < m_c.sampleFromS)
        return;
    --m_sampledOpen;
    m_r.ttft.record(ttft);
    m_r.e2e.record(e2e);
    bool met = true;
    if (m_llm) {
        m_r.outputTokens += out;
        if (out > 1) {
            const double tpot = (finish - firstToken) / (out - 1);
            m_r.tpot.record(tpot);
            met = met && (m_c.targets.tpotP99Ms <= 0 || tpot * 1000 <= m_c.targets.tpotP99Ms);
        }
        met = met && (m_c.targets.ttftP99Ms <= 0 || ttft * 1000 <= m_c.targets.ttftP99Ms);
    }
    met = met && (m_c.targets.e2eP99Ms <= 0 || e2e * 1000 <= m_c.targets.e2eP99Ms);
    if (met)
        ++m_met;
}

// --- continuous batching
// -------------------------------------------------------------------------------------

double FleetSimulator::decodeSegmentS(const Replica& r, uint64_t n) const
{
    // Iteration i (after boundary k) reads contextBaseSum + sequences x i tokens of KV cache: the segment's
    // time is linear plus quadratic in its length, so it is summed in closed form.
    const double seqs = r.requests * m_beams;
    const double perIteration =
        m_m.iteration(seqs, 0, 0, 0).totalS(); // the part that does not grow with context
    const double k = static_cast<double>(r.iteration), nn = static_cast<double>(n);
    const double ctx = m_beams * r.contextBaseSum * nn + seqs * (nn * k + nn * (nn + 1) / 2);
    return nn * perIteration + ctx * m_m.attnPerContextTokenS();
}

void FleetSimulator::llmBoundary(int i, double t)
{
    Replica& r = m_replicas[i];
    if (r.running) {
        r.busyS += t - r.boundaryTime;
        r.running = false;
    }
    r.iteration = r.targetIteration;
    r.boundaryTime = t;
    if (r.prefillSegment) {
        // The prefill iteration produced every new request's first token.
        const uint64_t j = r.iteration;
        for (size_t p = 0; p < r.prefill.size(); ++p) {
            const Waiting& w = r.prefill[p];
            if (w.out <= 1) {
                r.kvReservedTokens -= w.in + m_beams * w.out;
                complete(w.arrival, t, t, w.out);
                continue;
            }
            r.active.push_back({j + static_cast<uint64_t>(w.out) - 1, w.arrival, t,
                                static_cast<double>(w.in) - static_cast<double>(j), w.in, w.out});
            std::push_heap(r.active.begin(), r.active.end(), std::greater<Active>());
            r.requests += 1;
            r.contextBaseSum += static_cast<double>(w.in) - static_cast<double>(j);
        }
        r.prefill.clear();
        r.prefillAdmitted.clear();
        r.prefillTokens = r.prefillSquares = 0;
        r.prefillSegment = false;
    }
    while (!r.active.empty() && r.active.front().finishIteration <= r.iteration) {
        std::pop_heap(r.active.begin(), r.active.end(), std::greater<Active>());
        const Active a = r.active.back();
        r.active.pop_back();
        r.requests -= 1;
        r.contextBaseSum -= a.contextBase;
        r.kvReservedTokens -= a.in + m_beams * a.out;
        complete(a.arrival, a.firstToken, t, a.out);
    }
    if (r.active.empty()) { // keep the running sums exact
        r.requests = 0;
        r.contextBaseSum = 0;
    }
    llmServe(i, t);
}

void FleetSimulator::llmServe(int i, double t)
{
    Replica& r = m_replicas[i];
    r.nudged = 0;
    r.eventTime = -1;
    if (r.state == ReplicaState::Ready) {
        while (!m_queue.empty() && r.requests + static_cast<double>(r.prefill.size()) < m_maxRequests) {
            const Waiting& w = m_queue.front();
            const double need = w.in + m_beams * w.out;
            if (r.kvReservedTokens + need > m_kvCapacity && r.requests + r.prefill.size() > 0)
                break;
            if (!r.prefill.empty() && r.prefillTokens + w.in > kPrefillTokenBudget)
                break;
            r.prefill.push_back(w);
            r.prefillTokens += w.in;
            r.prefillSquares += static_cast<double>(w.in) * w.in;
            r.kvReservedTokens += need;
            m_r.queueWait.record(t - w.arrival);
            m_queue.pop_front();
        }
    }
    refreshSlot(i);
    if (!r.prefill.empty()) {
        const double seqs = r.requests * m_beams;
        const double ctx = m_beams * r.contextBaseSum + seqs * static_cast<double>(r.iteration + 1);
        const double dt = m_m.iteration(seqs, ctx, r.prefillTokens, r.prefillSquares).totalS();
        r.targetIteration = r.iteration + 1;
        r.prefillSegment = true;
        r.running = true;
        schedule(i, t + dt);
        return;
    }
    if (!r.active.empty()) {
        const uint64_t n = r.active.front().finishIteration - r.iteration;
        r.targetIteration = r.iteration + n;
        r.running = true;
        schedule(i, t + decodeSegmentS(r, n));
        return;
    }
    unschedule(i); // idle: nothing scheduled
    refreshSlot(i);
    if (r.state == ReplicaState::Draining)
        setState(r, ReplicaState::Gone, t);
}

void FleetSimulator::llmNudge(double t)
{
    // The queue was empty: find the least-loaded replica with room and bring its next boundary forward.
    int best = -1;
    float bestLoad = std::numeric_limits<float>::infinity();
    const Waiting& w = m_queue.front();
    const float maxLoad = static_cast<float>(m_maxRequests - 1);
    const float kvRoom = static_cast<float>(m_kvCapacity - (w.in + m_beams * w.out));
    const Slot* slots = m_slots.data();
    for (int i = 0, n = static_cast<int>(m_slots.size()); i < n; ++i) {
        const float load = slots[i].load;
        if (load >= bestLoad || load > maxLoad || (load > 0 && slots[i].kvReserved > kvRoom))
            continue;
        bestLoad = load;
        best = i;
        if (load == 0)
            break;
    }
    if (best < 0)
        return;
    Replica& r = m_replicas[best];
    if (!r.running) {
        r.boundaryTime = t;
        llmServe(best, t);
        return;
    }
    ++r.nudged;
    refreshSlot(best);
    if (r.prefillSegment)
        return; // its next boundary is already the end of one iteration
    // How many decode iterations will have finished by t? The one in progress must complete first.
    const double seqs = r.requests * m_beams;
    const double perIteration =
        m_m.iteration(seqs, 0, 0, 0).totalS(); // the part that does not grow with context
    const double cA = m_m.attnPerContextTokenS();
    const double k = static_cast<double>(r.iteration);
    const double a = cA * seqs / 2;
    const double b = perIteration + cA * (m_beams * r.contextBaseSum + seqs * k) + cA * seqs / 2;
    const double tau = t - r.boundaryTime;
    const double n = a > 0 ? (-b + std::sqrt(b * b + 4 * a * tau)) / (2 * a) : tau / b;
    const uint64_t done = std::max<uint64_t>(1, static_cast<uint64_t>(std::ceil(n - 1e-9)));
    const uint64_t m = r.targetIteration - r.iteration;
    if (done >= m)
        return;
    r.targetIteration = r.iteration + done;
    schedule(best, r.boundaryTime + decodeSegmentS(r, done));
}

// --- dynamic batching
// ----------------------------------------------------------------------------------------

void FleetSimulator::genericLaunch(int i, double t)
{
    Replica& r = m_replicas[i];
    const size_t b = std::min<size_t>(m_queue.size(), static_cast<size_t>(m_maxBatch));
    r.batch.clear();
    for (size_t n = 0; n < b; ++n) {
        r.batch.push_back(m_queue.front().arrival);
        m_r.queueWait.record(t - m_queue.front().arrival);
        m_queue.pop_front();
    }
    double s = m_m.batchS(static_cast<double>(b));
    if (m_c.exponentialService)
        s = m_rng.exponential(s);
    r.busy = true;
    r.running = true;
    r.batchStart = t;
    schedule(i, t + s);
}

void FleetSimulator::genericTry(int i, double t)
{
    Replica& r = m_replicas[i];
    if (r.busy || r.state != ReplicaState::Ready || m_queue.empty())
        return;
    const double due = m_queue.front().arrival + m_maxWaitS;
    if (m_queue.size() >= static_cast<size_t>(m_maxBatch) || t >= due - 1e-12)
        genericLaunch(i, t);
    else if (r.eventTime < 0 || r.eventTime > due)
        schedule(i, due);
}

void FleetSimulator::genericDone(int i, double t)
{
    Replica& r = m_replicas[i];
    r.eventTime = -1;
    if (r.busy) {
        r.busyS += t - r.batchStart;
        r.busy = false;
        r.running = false;
        for (double a : r.batch)
            complete(a, t, t, 0);
        r.batch.clear();
    }
    if (r.state == ReplicaState::Draining) {
        setState(r, ReplicaState::Gone, t);
        return;
    }
    genericTry(i, t);
}

void FleetSimulator::genericArrival(double t)
{
    for (int i = 0; i < static_cast<int>(m_replicas.size()); ++i) {
        const Replica& r = m_replicas[i];
        if (r.state == ReplicaState::Ready && !r.busy) {
            genericTry(i, t);
            return;
        }
    }
}

// --- arrivals and the autoscaler
// -----------------------------------------------------------------------------

void FleetSimulator::arrival(double t)
{
    ++m_r.arrivals;
    ++m_windowArrivals;
    const int hour = std::min(23, static_cast<int>(t / m_hourS));
    m_r.requestsByHour[hour] += 1;
    Waiting w{t, static_cast<float>(m_llm ? m_in.draw(m_rng) : 0),
              static_cast<float>(m_llm ? m_out.draw(m_rng) : 0)};
    if (m_queue.size() >= m_queueLimit) {
        ++m_r.dropped;
        return;
    }
    const bool wasEmpty = m_queue.empty();
    m_queue.push_back(w);
    if (t >= m_c.sampleFromS && (m_c.sampleUntilS <= 0 || t < m_c.sampleUntilS))
        ++m_sampledOpen;
    if (m_llm) {
        if (wasEmpty)
            llmNudge(t);
    } else {
        genericArrival(t);
    }
}

void FleetSimulator::tick(double t)
{
    const AutoscalingPolicy& p = m_c.autoscaling;
    const double observed = static_cast<double>(m_windowArrivals) / m_c.scaleIntervalS;
    m_windowArrivals = 0;
    const int wish = m_rule.replicasFor(observed);
    m_wishes.emplace_back(t, wish);
    while (!m_wishes.empty() && m_wishes.front().first < t - m_c.scaleDownStabilizationS)
        m_wishes.pop_front();
    int target = wish;
    for (const auto& [when, w] : m_wishes)
        target = std::max(target, w);
    int current = m_starting + m_ready;
    if (target > current) {
        ++m_r.scaleUps;
        for (Replica& r : m_replicas) // cheaper to keep a draining replica than to start a new one
            if (r.state == ReplicaState::Draining && current < target) {
                setState(r, ReplicaState::Ready, t);
                ++current;
            }
        while (current < target) {
            addReplica(t + p.scaleUpDelayS + m_c.modelLoadS, t);
            ++current;
        }
    } else if (target < current) {
        ++m_r.scaleDowns;
        for (int i = static_cast<int>(m_replicas.size()) - 1; i >= 0 && current > target; --i)
            if (m_replicas[i].state == ReplicaState::Starting) {
                setState(m_replicas[i], ReplicaState::Gone, t);
                unschedule(i);
                --current;
            }
        while (current > target) {
            int pick = -1;
            double least = 1e300;
            for (int i = 0; i < static_cast<int>(m_replicas.size()); ++i) {
                const Replica& r = m_replicas[i];
                if (r.state != ReplicaState::Ready)
                    continue;
                const double load =
                    m_llm ? r.requests + static_cast<double>(r.prefill.size()) : (r.busy ? 1.0 : 0.0);
                if (load < least) {
                    least = load;
                    pick = i;
                }
            }
            if (pick < 0)
                break;
            Replica& r = m_replicas[pick];
            setState(r, ReplicaState::Draining, t);
            if (!r.running) {
                setState(r, ReplicaState::Gone, t);
                unschedule(pick);
            }
            --current;
        }
    }
}

FleetSimulationResult FleetSimulator::run()
{
    const std::array<double, 24>& f = m_c.hourlyFractions;
    m_peakHour = static_cast<int>(std::max_element(f.begin(), f.end()) - f.begin());
    const AutoscalingPolicy& p = m_c.autoscaling;
    int initial = std::max(1, m_c.fixedReplicas);
    if (p.enabled) {
        initial = m_rule.replicasFor(m_c.peakRequestsPerS * f[0]);
        if (m_c.initialReplicas > 0)
            initial = m_c.initialReplicas;
    }
    m_replicas.reserve(static_cast<size_t>(std::max(initial, p.enabled ? p.maxReplicas : initial)) + 8);
    for (int i = 0; i < initial; ++i)
        addReplica(0, 0);
    if (p.enabled) {
        for (double readyAt : m_c.startingReadyAtS)
            addReplica(readyAt, 0);
        const size_t n = m_c.priorWishes.size();
        for (size_t k = 0; k < n; ++k)
            m_wishes.emplace_back(-double(n - k) * m_c.scaleIntervalS, m_c.priorWishes[k]);
    }

    double nextArrival = nextArrivalAfter(0);
    double nextTick = p.enabled ? m_c.scaleIntervalS : -1;
    const auto started = std::chrono::steady_clock::now();
    const double budgetS = m_c.wallClockBudgetS < 0 ? defaultWallClockBudgetS() : m_c.wallClockBudgetS;
    double now = 0;
    while (true) {
        if ((m_r.events & 0xffff) == 0) {
            if (m_c.cancel && m_c.cancel->load(std::memory_order_relaxed)) {
                m_r.cancelled = true;
                break;
            }
            if (budgetS > 0 &&
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() > budgetS) {
                m_r.stoppedByBudget = true;
                break;
            }
        }
        ++m_r.events;
        const double te = m_events.topTime();
        double t = -1;
        int kind = 0; // 1 arrival, 2 tick, 3 replica
        auto consider = [&](double when, int k) {
            if (when >= 0 && (t < 0 || when < t)) {
                t = when;
                kind = k;
            }
        };
        consider(nextArrival, 1);
        consider(nextTick >= 0 && nextTick < m_c.durationS ? nextTick : -1, 2);
        consider(te, 3);
        if (kind == 0)
            break;
        now = t;
        if (kind == 1) {
            arrival(t);
            nextArrival = nextArrivalAfter(t);
        } else if (kind == 2) {
            tick(t);
            nextTick += m_c.scaleIntervalS;
        } else {
            const int i = m_events.top();
            // The handler usually reschedules this replica: its tree entry is replaced then, and only
            // cleared below when it was not (one tree update per event instead of two).
            m_replicas[static_cast<size_t>(i)].eventTime = -1;
            m_handling = i;
            Replica& r = m_replicas[static_cast<size_t>(i)];
            if (r.state == ReplicaState::Starting) {
                setState(r, ReplicaState::Ready, t);
                if (m_llm) {
                    r.boundaryTime = t;
                    llmServe(i, t);
                } else {
                    genericTry(i, t);
                }
            } else if (m_llm) {
                llmBoundary(i, t);
            } else {
                genericDone(i, t);
            }
            m_handling = -1;
            if (m_replicas[static_cast<size_t>(i)].eventTime < 0)
                m_events.clear(i);
        }
        if (m_c.endAfterSampled && m_sampledOpen == 0 && now >= m_c.sampleUntilS) {
            // Past the duration the run was draining: it is whole, only the rest of the drain is skipped.
            m_r.endedAfterSampled = now < m_c.durationS;
            break;
        }
    }
    // Stopped by the budget, the figures are those of the part of the day simulated: each hour is averaged
    // over the part of it that was reached, and requests still queued are unfinished, not dropped.
    // Ended after its sampled requests, a run is partial the same way (what is still queued then counts as
    // dropped, as at the end of any short run: its caller judges the backlog by it).
    const bool partial = m_r.stoppedByBudget || m_r.endedAfterSampled;
    const double day = partial ? std::clamp(now, 1e-9, m_c.durationS) : m_c.durationS;
    bill(day);
    if (!m_r.stoppedByBudget)
        m_r.dropped += m_queue.size();
    m_r.averageReplicas /= day;
    m_r.averageInstances /= day;
    for (int h = 0; h < 24; ++h) {
        // A day cut short by the budget averages each hour over the part reached; otherwise over the whole
        // hour on the simulator's clock (a short run, such as one slice of the day, is scaled by its caller).
        const double covered = partial ? std::clamp(day - h * m_hourS, 0.0, m_hourS) : m_hourS;
        m_r.replicasByHour[h] = covered > 0 ? m_r.replicasByHour[h] / covered : 0;
        m_r.instancesByHour[h] = covered > 0 ? m_r.instancesByHour[h] / covered : 0;
        m_r.requestsByHour[h] = covered > 0 ? m_r.requestsByHour[h] / covered : 0;
        if (h == m_peakHour)
            m_r.readyAtPeakHour = covered > 0 ? m_r.readyAtPeakHour / covered : 0;
    }
    m_r.timeScale = m_hourS / 3600;
    m_r.simulatedS = day;
    double busy = 0;
    for (const Replica& r : m_replicas)
        busy += r.busyS;
    m_r.busyFraction = m_readyReplicaS > 0 ? std::min(1.0, busy / m_readyReplicaS) : 0;
    m_r.loadFraction =
        m_readyReplicaS > 0 && m_capacityRps > 0
            ? std::min(1.0, static_cast<double>(m_r.completed) / (m_readyReplicaS * m_capacityRps))
            : 0;
    m_r.sloAttainment = m_r.arrivals ? static_cast<double>(m_met) / static_cast<double>(m_r.arrivals) : 1;
    return m_r;
}

} // namespace

double defaultWallClockBudgetS()
{
    static const double budget = [] {
        const char* env = std::getenv("INFRAPLAN_SIMULATION_BUDGET_S");
        char* end = nullptr;
        const double v = env ? std::strtod(env, &end) : 0;
        return env && end != env && *end == '\0' && std::isfinite(v) && v >= 0 ? v : 120.0;
    }();
    return budget;
}

AutoscalerRule autoscalerRule(const FleetSimulationConfig& config)
{
    AutoscalerRule rule;
    rule.replicaRequestsPerS = config.replicaRequestsPerS;
    rule.targetUtilization = config.autoscaling.targetUtilization;
    rule.replicasPerInstance = config.replicasPerInstance;
    rule.instancesPerReplica = config.instancesPerReplica;
    rule.minReplicas = config.autoscaling.minReplicas;
    rule.maxReplicas = config.autoscaling.maxReplicas;
    return rule;
}

FleetSimulationResult simulateFleet(const FleetSimulationConfig& config)
{
    if (!config.replica)
        return {};
    FleetSimulator sim(config);
    return sim.run();
}

} // namespace infraplan
