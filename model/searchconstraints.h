#pragma once

#include "hardware.h"

#include <string>
#include <vector>

namespace infraplan {

/// What a planner asks of a plan, shared by the cluster and fleet searches. Zero or empty means no limit.
struct PlanConstraints {
    double budgetUsd = 0;               ///< training: the whole run; inference: per month
    double deadlineDays = 0;            ///< training: time to train, wall clock
    std::vector<std::string> providers; ///< instance providers ("aws", "gcp", "owned", ...); empty = any
    std::vector<std::string> vendors;   ///< accelerator vendors ("NVIDIA", "AMD", "Google", ...); empty = any
    bool allowCloud = true;
    bool allowOwned = true;
    std::vector<std::string> instances; ///< catalog instance ids to consider; empty = every instance
};

/// Whether the constraints' filters (providers, vendors, cloud/owned, instance list) allow an instance;
/// when not, `why` says which filter left it out.
bool instanceAllowed(const InstanceSpec& instance, const PlanConstraints& constraints, std::string& why);

/// Pricing for a searched configuration: owned hardware is amortized, cloud keeps the user's mode (or on
/// demand when the user's sketch was owned).
Pricing pricingFor(const InstanceSpec& instance, const Pricing& requested);

} // namespace infraplan
