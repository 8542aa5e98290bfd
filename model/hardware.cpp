#include "hardware.h"

#include "catalogschema.h"
#include "hardwarerow.h"

#include "sustainedclock.h"
#include <algorithm>

namespace infraplan {

namespace {

// Without a measured idle draw, an accelerator is taken to idle at this fraction of its TDP. NVIDIA data
// centre GPUs report 60-100 W idle at 400-700 W TDP in nvidia-smi (docs/model.md, "Power").
constexpr double kIdleFractionOfTdp = 0.15;

const CatalogItem* findKind(const Catalog& catalog, const std::string& id, ItemKind kind, Problems& problems)
{
    const CatalogItem* item = catalog.find(id);
    if (!item) {
        problems.push_back({id, "is not in the catalog"});
        return nullptr;
    }
    if (item->kind != kind) {
        problems.push_back({id, "is a " + std::string(kindName(item->kind)) + ", expected a " +
                                    std::string(kindName(kind))});
        return nullptr;
    }
    return item;
}

Calibration calibrationFor(const Catalog& catalog, const std::string& family)
{
    // Training and serving calibrations are separate items of the same family; their fields merge.
    Calibration c;
    for (const CatalogItem* item : catalog.items(ItemKind::Calibration)) {
        if (item->attribute("family") != family)
            continue;
        c.computeEfficiency = item->figureOr("compute_efficiency", c.computeEfficiency);
        c.inferenceComputeEfficiency =
            item->figureOr("inference_compute_efficiency", c.inferenceComputeEfficiency);
        c.memoryBwEfficiency = item->figureOr("memory_bw_efficiency", c.memoryBwEfficiency);
        c.scaleUpEfficiency = item->figureOr("scale_up_efficiency", c.scaleUpEfficiency);
        c.scaleOutEfficiency = item->figureOr("scale_out_efficiency", c.scaleOutEfficiency);
        c.tpCollectiveSyncS = item->figureOr("tp_collective_sync_us", c.tpCollectiveSyncS * 1e6) * 1e-6;
        if (auto it = item->figures.find("compute_efficiency"); it != item->figures.end())
            c.sourceId = it->second.sourceId;
    }
    return c;
}

} // namespace

std::optional<double> AcceleratorSpec::peakFlops(Precision p) const
{
    if (!item)
        return std::nullopt;
    auto v = item->figure(std::string(peakField(p)));
    // FP16 and BF16 share tensor units on every device in the catalog that lists only one of them.
    if (!v && p == Precision::FP16)
        v = item->figure("bf16_tflops");
    if (!v && p == Precision::BF16)
        v = item->figure("fp16_tflops");
    if (!v)
        return std::nullopt;
    return *v * 1e12;
}

std::optional<AcceleratorSpec> resolveAccelerator(const Catalog& catalog, const std::string& id,
                                                  Problems& problems)
{
    const CatalogItem* item = findKind(catalog, id, ItemKind::Accelerator, problems);
    if (!item)
        return std::nullopt;
    AcceleratorSpec a;
    a.id = item->id;
    a.name = item->name;
    a.family = item->attribute("family");
    a.isCpu = item->attribute("device_type") == "cpu";
    a.memoryBytes = item->figureOr("memory_gb", 0) * 1e9;
    a.memoryBwBytesPerS = item->figureOr("memory_bw_GBps", 0) * 1e9;
    a.tdpW = item->figureOr("tdp_w", 0);
    a.idleW = item->figureOr("idle_w", a.tdpW * kIdleFractionOfTdp);
    a.scaleUpBytesPerS = item->figureOr("scale_up_GBps", 0) * 1e9;
    a.pcieBytesPerS = item->figureOr("pcie_GBps", 0) * 1e9;
    a.priceUsd = item->figureOr("price_usd", 0);
    a.calibration = calibrationFor(catalog, a.family);
    a.sustainedClockFraction = sustainedClockFraction(catalog, *item);
    a.collectiveRanksPerDevice = a.isCpu ? 1 : std::max(1.0, item->figureOr("cores", 1));
    a.item = item;
    if (a.tdpW <= 0)
        problems.push_back({id, "has no TDP in the catalog; its power draw is unknown"});
    return a;
}

std::optional<InstanceSpec> resolveInstance(const Catalog& catalog, const std::string& id, Problems& problems)
{
    const CatalogItem* item = findKind(catalog, id, ItemKind::Instance, problems);
    if (!item)
        return std::nullopt;
    auto accel = resolveAccelerator(catalog, item->attribute("accelerator"), problems);
    if (!accel)
        return std::nullopt;
    InstanceSpec s;
    s.id = item->id;
    s.name = item->name;
    s.provider = item->attribute("provider");
    s.owned = isOwnedInstance(*item);
    s.accelerator = *accel;
    s.acceleratorsPerNode = item->figureOr("accelerator_count", 1);
    s.networkBytesPerS = item->figureOr("network_Gbps", 0) * 1e9 / 8;
    s.hostPowerW = item->figureOr("host_power_w", 0);
    s.ramBytes = item->figureOr("ram_GiB", 0) * 1073741824.0;
    s.usdPerHourOnDemand = instancePrice(*item, PricingMode::OnDemand);
    s.usdPerHour1y = instancePrice(*item, PricingMode::Reserved1y);
    s.usdPerHour3y = instancePrice(*item, PricingMode::Reserved3y);
    s.usdPerHourSpot = instancePrice(*item, PricingMode::Spot);
    s.purchaseUsd = instancePrice(*item, PricingMode::Owned);
    s.scaleUpLinkId = item->attribute("scale_up_link");
    s.scaleOutLinkId = item->attribute("scale_out_link");
    s.regionId = item->attribute("region");
    // CPU memory is the host's RAM: give the CPU its share of it.
    if (s.accelerator.isCpu && s.accelerator.memoryBytes <= 0 && s.acceleratorsPerNode > 0)
        s.accelerator.memoryBytes = s.ramBytes / s.acceleratorsPerNode;
    return s;
}

std::optional<LinkSpec> resolveLink(const Catalog& catalog, const std::string& id, Problems& problems)
{
    const CatalogItem* item = findKind(catalog, id, ItemKind::Link, problems);
    if (!item)
        return std::nullopt;
    return LinkSpec{item->id,
                    item->name,
                    item->figureOr("bandwidth_GBps", 0) * 1e9,
                    item->figureOr("latency_us", 0) * 1e-6,
                    item->figureOr("port_power_w", 0),
                    item->attribute("technology") == "pcie"};
}

std::optional<StorageSpec> resolveStorage(const Catalog& catalog, const std::string& id, Problems& problems)
{
    const CatalogItem* item = findKind(catalog, id, ItemKind::Storage, problems);
    if (!item)
        return std::nullopt;
    return StorageSpec{item->id,
                       item->name,
                       item->figureOr("read_GBps_per_node", 0) * 1e9,
                       item->figureOr("write_GBps_per_node", item->figureOr("read_GBps_per_node", 0) / 2) *
                           1e9,
                       item->figureOr("read_GBps_aggregate", 0) * 1e9,
                       item->figureOr("price_usd_per_TB_month", 0),
                       item->figureOr("throughput_MBps_per_TiB", 0) * 1e6};
}

std::optional<RegionSpec> resolveRegion(const Catalog& catalog, const std::string& id, Problems& problems)
{
    const CatalogItem* item = findKind(catalog, id, ItemKind::Region, problems);
    if (!item)
        return std::nullopt;
    return RegionSpec{item->id,
                      item->name,
                      item->figureOr("electricity_usd_per_kWh", 0),
                      item->figureOr("pue", 1.0),
                      item->figureOr("rtt_ms", 0) / 1000.0,
                      item->figureOr("space_usd_per_kW_month", 0),
                      item->figureOr("egress_usd_per_GB", 0)};
}

std::optional<SketchHardware> resolveSketchHardware(const Catalog& catalog, const Sketch& sketch,
                                                    Problems& problems)
{
    if (sketch.nodes.empty()) {
        problems.push_back({sketch.id, "has no servers or instances yet: drop one from the palette"});
        return std::nullopt;
    }
    auto inst = resolveInstance(catalog, sketch.nodes.front().itemId, problems);
    if (!inst)
        return std::nullopt;
    SketchHardware hw;
    hw.instance = *inst;
    for (const NodeGroup& g : sketch.nodes) {
        if (g.itemId != sketch.nodes.front().itemId)
            problems.push_back(
                {sketch.id, "mixes instance types; the simulation treats every node as " + inst->name});
        hw.nodes += g.count;
    }
    hw.accelerators = hw.nodes * inst->acceleratorsPerNode;
    hw.pricing = sketch.pricing;

    // Scale-up: the sketch's choice, else the instance's, else the accelerator's own, else PCIe.
    std::string upId = !sketch.scaleUpLink.empty() ? sketch.scaleUpLink : inst->scaleUpLinkId;
    if (upId.empty())
        upId = inst->accelerator.item ? inst->accelerator.item->attribute("scale_up_link") : "";
    if (!upId.empty()) {
        if (auto l = resolveLink(catalog, upId, problems))
            hw.scaleUp = *l;
    }
    if (hw.scaleUp.bytesPerS <= 0) {
        hw.scaleUp = {"pcie", "PCIe (host link)", inst->accelerator.pcieBytesPerS, 2e-6, 0, true};
        if (hw.scaleUp.bytesPerS <= 0)
            hw.scaleUp.bytesPerS = 32e9; // PCIe Gen4 x16 per direction, the floor of any current server
    }
    // The accelerator's own scale-up figure is per device; prefer it when the link row is per port.
    if (inst->accelerator.scaleUpBytesPerS > 0 && upId == inst->accelerator.item->attribute("scale_up_link"))
        hw.scaleUp.bytesPerS = inst->accelerator.scaleUpBytesPerS;

    // Scale-out: per accelerator share of the instance's network, or the chosen fabric's per-port rate.
    const std::string outId = !sketch.scaleOutLink.empty() ? sketch.scaleOutLink : inst->scaleOutLinkId;
    if (!outId.empty()) {
        if (auto l = resolveLink(catalog, outId, problems))
            hw.scaleOut = *l;
    }
    if (hw.scaleOut.bytesPerS <= 0 && inst->networkBytesPerS > 0)
        hw.scaleOut = {"instance-network", "Instance network",
                       inst->networkBytesPerS / std::max(1.0, inst->acceleratorsPerNode), 10e-6, 0};
    if (!sketch.storageId.empty())
        hw.storage = resolveStorage(catalog, sketch.storageId, problems);
    const std::string regionId = !sketch.regionId.empty() ? sketch.regionId : inst->regionId;
    if (!regionId.empty()) {
        if (auto r = resolveRegion(catalog, regionId, problems))
            hw.region = *r;
    }
    return hw;
}

std::optional<ModelSpec> resolveModel(const Catalog& catalog, const ModelChoice& choice, Problems& problems)
{
    if (choice.custom)
        return choice.custom;
    const CatalogItem* item = findKind(catalog, choice.preset, ItemKind::Model, problems);
    if (!item)
        return std::nullopt;
    auto spec = modelSpecFromItem(*item);
    if (!spec)
        problems.push_back({choice.preset, "model preset lacks the figures needed to simulate it"});
    return spec;
}

} // namespace infraplan
