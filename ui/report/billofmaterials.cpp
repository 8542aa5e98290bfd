#include "billofmaterials.h"

#include "figureformat.h"

#include <algorithm>

namespace infraplan::ui {

namespace {

std::string figureSource(const CatalogItem* item, const std::string& field)
{
    if (!item)
        return {};
    auto it = item->figures.find(field);
    return it == item->figures.end() ? std::string() : it->second.sourceId;
}

std::string linkId(const std::string& chosen, const CatalogItem* instance, const char* attribute)
{
    return !chosen.empty() ? chosen : instance ? instance->attribute(attribute) : std::string();
}

std::string nameOf(const CatalogItem* item, const std::string& id)
{
    return item && !item->name.empty() ? item->name : id;
}

} // namespace

std::string priceField(PricingMode mode)
{
    switch (mode) {
    case PricingMode::OnDemand:
        return "price_on_demand_usd_h";
    case PricingMode::Reserved1y:
        return "price_1y_usd_h";
    case PricingMode::Reserved3y:
        return "price_3y_usd_h";
    case PricingMode::Spot:
        return "price_spot_usd_h";
    case PricingMode::Owned:
        return "purchase_usd";
    }
    return "price_on_demand_usd_h";
}

std::vector<BomLine> billOfMaterials(const Sketch& sketch, const Catalog& catalog)
{
    std::vector<BomLine> lines;
    const bool owned = sketch.pricing.mode == PricingMode::Owned;
    const std::string field = priceField(sketch.pricing.mode);
    int nodes = 0;
    const CatalogItem* firstInstance = nullptr;
    for (const NodeGroup& group : sketch.nodes) {
        const CatalogItem* item = catalog.find(group.itemId);
        firstInstance = firstInstance ? firstInstance : item;
        nodes += group.count;
        BomLine line;
        line.component = owned ? "Server" : "Cloud instance";
        line.name = nameOf(item, group.itemId);
        line.catalogId = group.itemId;
        line.quantity = group.count;
        line.quantityUnit = group.count == 1 ? "instance" : "instances";
        if (item) {
            line.unitPriceUsd = item->figure(field);
            line.priceUnit = owned ? "USD" : "USD/h";
            line.basis =
                owned ? "purchase price" : std::string(pricingModeName(sketch.pricing.mode)) + " rate";
            std::replace(line.basis.begin(), line.basis.end(), '_', '-');
            if (!line.unitPriceUsd)
                line.basis = "no " + line.basis + " in the catalog";
            line.sourceId = figureSource(item, field);
            const double perNode = item->figureOr("accelerator_count", 0);
            if (perNode > 0)
                line.detail = formatNumber(perNode) + " accelerators each";
        } else {
            line.basis = "not in the catalog";
        }
        lines.push_back(line);

        const std::string acceleratorId = item ? item->attribute("accelerator") : std::string();
        if (!acceleratorId.empty()) {
            const CatalogItem* acc = catalog.find(acceleratorId);
            BomLine a;
            a.component = "Accelerator";
            a.name = nameOf(acc, acceleratorId);
            a.catalogId = acceleratorId;
            a.quantity = group.count * item->figureOr("accelerator_count", 0);
            a.quantityUnit = acc && acc->attribute("device_type") == "cpu" ? "sockets" : "devices";
            a.basis = owned ? "in the server price" : "in the instance price";
            if (acc && acc->figure("tdp_w")) {
                a.detail = formatNumber(*acc->figure("tdp_w")) + " W TDP";
                a.sourceId = figureSource(acc, "tdp_w");
            }
            if (acc && acc->figure("memory_gb")) {
                a.detail += (a.detail.empty() ? "" : ", ") + formatNumber(*acc->figure("memory_gb")) + " GB";
                if (a.sourceId.empty())
                    a.sourceId = figureSource(acc, "memory_gb");
            }
            lines.push_back(a);
        }
    }
    auto addLink = [&](const std::string& id, const char* component, double quantity, const char* unit) {
        if (id.empty())
            return;
        const CatalogItem* link = catalog.find(id);
        BomLine l;
        l.component = component;
        l.name = nameOf(link, id);
        l.catalogId = id;
        l.quantity = quantity;
        l.quantityUnit = unit;
        if (link && link->figure("port_price_usd")) {
            l.unitPriceUsd = link->figure("port_price_usd");
            l.priceUnit = "USD/port";
            l.basis = "price per port";
            l.sourceId = figureSource(link, "port_price_usd");
        } else {
            l.basis = owned ? "no port price in the catalog" : "in the instance price";
        }
        if (link && link->figure("bandwidth_GBps")) {
            l.detail = formatNumber(*link->figure("bandwidth_GBps")) + " GB/s per direction";
            if (l.sourceId.empty())
                l.sourceId = figureSource(link, "bandwidth_GBps");
        }
        lines.push_back(l);
    };
    double accelerators = 0;
    for (const BomLine& l : lines)
        if (l.component == "Accelerator")
            accelerators += l.quantity;
    addLink(linkId(sketch.scaleUpLink, firstInstance, "scale_up_link"), "Scale-up link", accelerators,
            "devices");
    if (nodes > 1 || !sketch.scaleOutLink.empty())
        addLink(linkId(sketch.scaleOutLink, firstInstance, "scale_out_link"), "Scale-out link", nodes,
                "ports");
    if (!sketch.storageId.empty()) {
        const CatalogItem* storage = catalog.find(sketch.storageId);
        BomLine s;
        s.component = "Storage";
        s.name = nameOf(storage, sketch.storageId);
        s.catalogId = sketch.storageId;
        s.quantityUnit = "as the workload needs";
        if (storage && storage->figure("price_usd_per_TB_month")) {
            s.unitPriceUsd = storage->figure("price_usd_per_TB_month");
            s.priceUnit = "USD/TB-month";
            s.basis = "capacity price";
            s.sourceId = figureSource(storage, "price_usd_per_TB_month");
        } else {
            s.basis = "no capacity price in the catalog";
        }
        lines.push_back(s);
    }
    return lines;
}

std::vector<const CatalogItem*> itemsUsedBy(const Project& project, const Sketch& sketch,
                                            const Catalog& catalog)
{
    std::vector<const CatalogItem*> out;
    auto add = [&](const std::string& id) {
        const CatalogItem* item = id.empty() ? nullptr : catalog.find(id);
        if (item && std::find(out.begin(), out.end(), item) == out.end())
            out.push_back(item);
        return item;
    };
    std::vector<std::string> families;
    const CatalogItem* firstInstance = nullptr;
    for (const NodeGroup& group : sketch.nodes) {
        const CatalogItem* instance = add(group.itemId);
        if (!instance)
            continue;
        firstInstance = firstInstance ? firstInstance : instance;
        if (const CatalogItem* acc = add(instance->attribute("accelerator")))
            families.push_back(acc->attribute("family"));
    }
    add(linkId(sketch.scaleUpLink, firstInstance, "scale_up_link"));
    add(linkId(sketch.scaleOutLink, firstInstance, "scale_out_link"));
    add(sketch.storageId);
    add(!sketch.regionId.empty() ? sketch.regionId : firstInstance ? firstInstance->attribute("region") : "");
    for (const CatalogItem* calibration : catalog.items(ItemKind::Calibration))
        if (std::find(families.begin(), families.end(), calibration->attribute("family")) != families.end())
            add(calibration->id);
    if (const TrainingJob* job = project.trainingJob(sketch.workloadId))
        add(job->model.preset);
    if (const InferenceService* service = project.service(sketch.workloadId))
        add(service->model.preset);
    return out;
}

} // namespace infraplan::ui
