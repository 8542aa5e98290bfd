#pragma once

#include "catalogitem.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace infraplan {

/// A kind of site that never originates a figure: what it shows is copied, sold or summarised from
/// somewhere else, so the catalog cites the originator instead.
enum class ForbiddenSiteKind { Shop, Encyclopedia, ContentFarm, NewsMirror, PersonalBlog };

struct ForbiddenHost {
    std::string_view host; ///< matches the host itself and every subdomain of it
    ForbiddenSiteKind kind;
};

/// The one list of hosts the shipped catalog may not cite (docs/catalog.md, "Provenance").
const std::vector<ForbiddenHost>& forbiddenSourceHosts();

std::string_view forbiddenSiteKindName(ForbiddenSiteKind kind); ///< "shop", "encyclopedia", ...

/// The host of an http(s) address, lower case, without "www." ("https://www.Example.org/a" -> "example.org");
/// empty when the address has none.
std::string sourceHost(std::string_view url);

/// The forbidden host a source's address is on, if it is on one.
std::optional<ForbiddenHost> forbiddenHostOf(const Source& source);

/// At most this share of the instance prices may come from a source other than the provider's own page or
/// price file (issue 16).
inline constexpr double kMaxNotPrimaryInstancePriceShare = 0.10;

} // namespace infraplan
