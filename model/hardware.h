#pragma once

#include "catalog.h"
#include "precision.h"
#include "problem.h"
#include "project.h"

#include <optional>
#include <string>

namespace infraplan {

/// Achievable fractions of datasheet peaks for a device family (catalog kind `calibration`).
struct Calibration {
    double computeEfficiency = 0.5;          ///< training: achievable fraction of peak dense FLOP/s
    double inferenceComputeEfficiency = 0.5; ///< serving (prefill, batched decode)
    double memoryBwEfficiency = 0.8;
    double scaleUpEfficiency = 0.8;
    double scaleOutEfficiency = 0.8;
    /// Training: fixed time every tensor-parallel collective costs beyond its alpha-beta time (launch and
    /// the wait for every rank of the group), fitted per family; 0 where the cases do not ask for it.
    double tpCollectiveSyncS = 0;
    std::string sourceId; ///< where the calibration came from, for the report
};

/// One accelerator (or CPU socket) with the figures the engines use, in SI units.
struct AcceleratorSpec {
    std::string id;
    std::string name;
    std::string family;
    bool isCpu = false;
    double memoryBytes = 0;
    double memoryBwBytesPerS = 0;
    double tdpW = 0;
    double idleW = 0;            ///< when the catalog has none: a documented fraction of TDP
    double scaleUpBytesPerS = 0; ///< per device, per direction; 0 = none
    double pcieBytesPerS = 0;
    double priceUsd = 0;
    /// Share of the boost clock held under dense GEMMs within the power limit (sustainedclock.h); it scales
    /// the achievable compute of both engines.
    double sustainedClockFraction = 1;
    /// Accelerators made of several independent compute cores that each join a collective as a rank
    /// (NeuronCores: 2 per Inferentia2 or Trainium chip); 1 otherwise and for CPUs.
    double collectiveRanksPerDevice = 1;
    Calibration calibration;
    const CatalogItem* item = nullptr;

    /// Peak dense FLOP/s (or OP/s) in a precision; nullopt when the device has no such format.
    std::optional<double> peakFlops(Precision p) const;
};

struct LinkSpec {
    std::string id;
    std::string name;
    double bytesPerS = 0; ///< per device or port, per direction
    double latencyS = 0;
    double portPowerW = 0;
    /// Devices on this link talk through the host's PCIe (the link's technology is "pcie"): their collectives
    /// reach kHostPcieCollectiveEfficiency of its rate (collectives.h).
    bool overHost = false;
};

struct StorageSpec {
    std::string id;
    std::string name;
    double readBytesPerSPerNode = 0;
    double writeBytesPerSPerNode = 0;
    double readBytesPerSAggregate = 0; ///< 0 = scales with nodes
    double usdPerTBMonth = 0;
    double throughputBytesPerSPerTiB = 0; ///< tiers whose throughput scales with capacity (FSx for Lustre)
};

struct RegionSpec {
    std::string id;
    std::string name;
    double electricityUsdPerKWh = 0;
    double pue = 1.0;
    double rttS = 0;
    double spaceUsdPerKWMonth = 0;
    double egressUsdPerGB =
        0; ///< data sent to users over the internet; 0 = not priced (owned sites: transit)
};

/// A server or cloud instance type resolved with its accelerator, links, region and prices.
struct InstanceSpec {
    std::string id;
    std::string name;
    std::string provider;
    bool owned = false;
    AcceleratorSpec accelerator;
    double acceleratorsPerNode = 1;
    double networkBytesPerS = 0;
    double hostPowerW = 0; ///< everything but the accelerators
    double ramBytes = 0;
    std::optional<double> usdPerHourOnDemand, usdPerHour1y, usdPerHour3y, usdPerHourSpot;
    std::optional<double> purchaseUsd;
    std::string scaleUpLinkId, scaleOutLinkId, regionId;
};

/// Everything an engine needs about one sketch's hardware, resolved from the catalog once.
struct SketchHardware {
    InstanceSpec instance;
    int nodes = 0;           ///< instances in the sketch (sum over node groups of this type)
    double accelerators = 0; ///< nodes x accelerators per node
    LinkSpec scaleUp;        ///< inside a node
    LinkSpec scaleOut;       ///< between nodes
    std::optional<StorageSpec> storage;
    RegionSpec region;
    Pricing pricing;
};

/// Reads typed specs from catalog items; a problem names what is missing.
std::optional<AcceleratorSpec> resolveAccelerator(const Catalog& catalog, const std::string& id,
                                                  Problems& problems);
std::optional<InstanceSpec> resolveInstance(const Catalog& catalog, const std::string& id,
                                            Problems& problems);
std::optional<LinkSpec> resolveLink(const Catalog& catalog, const std::string& id, Problems& problems);
std::optional<StorageSpec> resolveStorage(const Catalog& catalog, const std::string& id, Problems& problems);
std::optional<RegionSpec> resolveRegion(const Catalog& catalog, const std::string& id, Problems& problems);
/// The sketch's hardware. Sketches made of several instance types use the first group's type and count
/// every group's nodes; a problem says so when types differ.
std::optional<SketchHardware> resolveSketchHardware(const Catalog& catalog, const Sketch& sketch,
                                                    Problems& problems);
/// The model of a workload: the preset from the catalog, or the custom spec.
std::optional<ModelSpec> resolveModel(const Catalog& catalog, const ModelChoice& choice, Problems& problems);

} // namespace infraplan
