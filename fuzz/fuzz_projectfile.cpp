// libFuzzer target: the project-file reader. Any bytes must end in a project or in problems, never in a
// crash, a sanitizer report or an exception; a project that was read must write and read back the same.
#include "catalog.h"
#include "jsontext.h"
#include "projectfile.h"
#include "utf8text.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace infraplan;
    const std::string text(reinterpret_cast<const char*>(data), size);
    Problems problems;
    const auto project = projectfile::parse(text, problems);
    for (const Problem& p : problems)
        if (firstInvalidUtf8(p.toString()))
            std::abort(); // every message must be showable and writable as JSON
    if (!project) {
        if (problems.empty())
            std::abort(); // a refusal always says why
        return 0;
    }
    (void)projectfile::checkAgainstCatalog(*project, Catalog());
    const std::string written = projectfile::serialize(*project);
    Problems again;
    const auto reread = projectfile::parse(written, again);
    if (!reread || projectfile::serialize(*reread) != written)
        std::abort();
    return 0;
}
