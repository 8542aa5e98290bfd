// libFuzzer target: catalog CSV import (and the JSON catalog format, chosen by the first byte), then the
// integrity check and both writers, as `catalog import` and `catalog export` run them.
#include "catalogfiles.h"
#include "catalogvalidator.h"
#include "utf8text.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace infraplan;
    const std::string text(reinterpret_cast<const char*>(data), size);
    Problems problems;
    const bool json = !text.empty() && text[0] == '{';
    const CatalogData rows = json ? catalogfiles::parseJson(text, "fuzz.json", problems)
                                  : catalogfiles::parseCsv(text, "fuzz.csv", problems);
    for (const Problem& p : validateCatalog(rows))
        problems.push_back(p);
    const std::string csv = catalogfiles::toCsv(rows);
    const std::string written = catalogfiles::toJson(rows);
    if (firstInvalidUtf8(written))
        std::abort(); // what was imported can always be exported
    Problems again;
    const CatalogData reread = catalogfiles::parseCsv(csv, "again.csv", again);
    if (reread.items.size() != rows.items.size() && again.empty())
        std::abort(); // the CSV writer and reader agree on every row they accept
    return 0;
}
