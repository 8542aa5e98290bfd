// libFuzzer target: the price-file import (`infraplan catalog import-prices`, the catalog editor's price
// import) against the shipped catalog's rows, read from the source tree's data/catalog. A file starting with
// '{' is read as JSON (AWS offer file, Azure page, Google SKU list), anything else as an AWS offer CSV.
#include "catalog.h"
#include "catalogfiles.h"
#include "priceimport.h"
#include "utf8text.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {
const infraplan::Catalog& catalog()
{
    static const infraplan::Catalog c = [] {
        infraplan::Problems problems;
        infraplan::CatalogData shipped =
            infraplan::catalogfiles::readJsonFolder(INFRAPLAN_SOURCE_DIR "/data/catalog", problems);
        if (!problems.empty() || shipped.items.empty())
            std::abort(); // a fuzz run without the catalog's instances would never reach the matching
        return infraplan::Catalog(std::move(shipped), {});
    }();
    return c;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace infraplan;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string name = !text.empty() && text[0] == '{' ? "prices.json" : "prices.csv";
    std::string error;
    const auto import = importPrices(text, name, catalog(), "", error);
    if (!import) {
        if (error.empty() || firstInvalidUtf8(error))
            std::abort(); // a refused file is refused with a message that can be shown
        return 0;
    }
    if (firstInvalidUtf8(catalogfiles::toJson(import->rows)))
        std::abort(); // what was imported can always be exported
    return 0;
}
