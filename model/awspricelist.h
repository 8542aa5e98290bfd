#pragma once

#include "pricefile.h"

#include <optional>
#include <string>

namespace infraplan {

/// Reads the AWS Price List offer file for Amazon EC2 (offerCode AmazonEC2), JSON or CSV. Keeps Linux,
/// shared-tenancy, no pre-installed software, used-capacity rows: on-demand hourly rates and standard
/// no-upfront reservations of one and three years. Everything else is counted as ignored with the reason.
std::optional<PriceFile> readAwsOfferJson(const std::string& text, std::string& error);
std::optional<PriceFile> readAwsOfferCsv(const std::string& text, std::string& error);

} // namespace infraplan
