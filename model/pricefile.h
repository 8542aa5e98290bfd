#pragma once

#include <string>
#include <vector>

namespace infraplan {

/// The kind of price a provider's file states; never mixed up: a reservation is not on-demand.
enum class PriceTerm { OnDemand, Reserved1y, Reserved3y, Spot };

/// One hourly price a provider's machine-readable price file states for a machine type in a region.
struct PriceQuote {
    std::string instanceType; ///< the provider's own name: p5.48xlarge, Standard_ND96isr_H100_v5
    std::string regionCode;   ///< the provider's own region name: us-east-1, eastus, us-central1
    PriceTerm term = PriceTerm::OnDemand;
    double usdPerHour = 0;
};

/// Hourly USD rate of one Google Cloud resource SKU (per vCPU, per GiB of RAM or per GPU): Google prices
/// machines by their parts, so an instance's price is assembled from these.
struct ResourceRate {
    std::string description; ///< the SKU's description, e.g. "A3 Instance Core running in Americas"
    std::string regionCode;
    PriceTerm term = PriceTerm::OnDemand;
    double usdPerUnitHour = 0;
};

/// What one reader made of a price file: the provider, the file's own date, the prices it states and the
/// rows it passed over with why (counted by reason; a provider's file has hundreds of thousands of rows).
struct PriceFile {
    std::string provider; ///< aws, azure, gcp
    std::string title;    ///< names the file's kind, for the source it becomes
    std::string date;     ///< YYYY-MM-DD: the file's publication date (Azure: its newest effective date)
    std::vector<PriceQuote> quotes;
    std::vector<ResourceRate> rates;
    std::vector<std::pair<std::string, int>> ignored; ///< reason, rows
    void ignore(const std::string& reason);
};

std::string priceTermName(PriceTerm term);
/// The catalog field a term is filed under.
std::string priceTermField(PriceTerm term);

} // namespace infraplan
