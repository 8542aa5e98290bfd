#include "validationinput.h"

#include "textfile.h"
#include "validation.h"

#include <ostream>

namespace infraplan::cli {

std::optional<std::vector<ValidationCase>>
readValidationCases(const std::string& command, const std::string& path, Context& c, int& exitCode)
{
    std::string error;
    auto text = readTextFile(path, error, 64u << 20);
    if (!text) {
        c.err << "infraplan " << command << ": " << error << "\n";
        exitCode = Failure;
        return std::nullopt;
    }
    Problems problems;
    auto cases = parseValidationFile(*text, problems);
    if (!cases) {
        for (const auto& p : problems)
            c.err << "infraplan " << command << ": " << path << ": " << p.toString() << "\n";
        exitCode = InputProblems;
        return std::nullopt;
    }
    for (const auto& p : problems)
        c.err << "infraplan " << command << ": skipped " << p.toString() << "\n";
    return cases;
}

} // namespace infraplan::cli
