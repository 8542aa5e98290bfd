// libFuzzer target: the validation-case loader and the predictions it feeds (`infraplan validate`). The
// catalog is the shipped one when INFRAPLAN_CATALOG names it, so that cases reach the engines; empty
// otherwise.
#include "catalog.h"
#include "validation.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

namespace {
const infraplan::Catalog& catalog()
{
    static const std::unique_ptr<infraplan::Catalog> c = [] {
        const char* path = std::getenv("INFRAPLAN_CATALOG");
        if (path && *path) {
            try {
                return std::make_unique<infraplan::Catalog>(infraplan::loadCatalog({path, {}}));
            } catch (const std::exception&) {
            }
        }
        return std::make_unique<infraplan::Catalog>();
    }();
    return *c;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace infraplan;
    Problems problems;
    const auto cases = parseValidationFile(std::string(reinterpret_cast<const char*>(data), size), problems);
    if (cases && cases->size() <= 8) // the engines are the costly part; a few cases explore them as well
        (void)runValidation(*cases, catalog());
    return 0;
}
