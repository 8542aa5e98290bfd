#include "sourcepolicy.h"

#include <algorithm>
#include <cctype>

namespace infraplan {

const std::vector<ForbiddenHost>& forbiddenSourceHosts()
{
    using K = ForbiddenSiteKind;
    static const std::vector<ForbiddenHost> hosts = {
        {"wikipedia.org", K::Encyclopedia},
        {"wikichip.org", K::Encyclopedia},
        {"grokipedia.com", K::Encyclopedia},
        {"aiwiki.ai", K::Encyclopedia},
        {"fandom.com", K::Encyclopedia},
        {"mullet.se", K::Shop},
        {"saulelectric.com", K::Shop},
        {"itcreations.com", K::Shop},
        {"newegg.com", K::Shop},
        {"ebay.com", K::Shop},
        {"cdw.com", K::Shop},
        {"factryze.ai", K::ContentFarm},
        {"deploybase.ai", K::ContentFarm},
        {"theneuralbase.com", K::ContentFarm},
        {"computespec.pages.dev", K::ContentFarm},
        {"dataxconnect.com", K::ContentFarm},
        {"menafn.com", K::NewsMirror},
        {"cccv.info", K::NewsMirror},
        {"eurodripusa.net", K::NewsMirror},
        {"dailycsr.com", K::NewsMirror},
        {"fanaticosdelhardware.com", K::NewsMirror},
        {"arthurchiao.art", K::PersonalBlog},
    };
    return hosts;
}

std::string_view forbiddenSiteKindName(ForbiddenSiteKind kind)
{
    switch (kind) {
    case ForbiddenSiteKind::Shop:
        return "shop";
    case ForbiddenSiteKind::Encyclopedia:
        return "encyclopedia";
    case ForbiddenSiteKind::ContentFarm:
        return "content farm";
    case ForbiddenSiteKind::NewsMirror:
        return "news mirror";
    case ForbiddenSiteKind::PersonalBlog:
        return "personal blog";
    }
    return "";
}

std::string sourceHost(std::string_view url)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string_view::npos)
        return {};
    std::string_view rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (const size_t at = rest.rfind('@'); at != std::string_view::npos)
        rest = rest.substr(at + 1);
    rest = rest.substr(0, rest.find(':'));
    std::string host(rest);
    std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
    if (host.rfind("www.", 0) == 0)
        host.erase(0, 4);
    return host;
}

std::optional<ForbiddenHost> forbiddenHostOf(const Source& source)
{
    const std::string host = sourceHost(source.url);
    if (host.empty())
        return std::nullopt;
    for (const auto& f : forbiddenSourceHosts()) {
        const bool same = host == f.host;
        const bool sub = host.size() > f.host.size() && host.ends_with(f.host) &&
                         host[host.size() - f.host.size() - 1] == '.';
        if (same || sub)
            return f;
    }
    return std::nullopt;
}

} // namespace infraplan
