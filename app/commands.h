#pragma once

#include "commandline.h"

#include <string>
#include <vector>

namespace infraplan::cli {

/// One subcommand: its name, a line for --help, its usage and the function that runs it.
struct Command {
    const char* name;
    const char* summary;
    const char* usage;
    int (*run)(const std::vector<std::string>& args, Context& context);
};

/// Every subcommand, in the order --help lists them. Each is implemented in its own *command.cpp.
const std::vector<Command>& commands();

int calibrateCommand(const std::vector<std::string>& args, Context& context);
int catalogCommand(const std::vector<std::string>& args, Context& context);
/// `catalog recover FILE`: every row that can still be read from a damaged catalog, into the user catalog.
int catalogRecoverCommand(const std::vector<std::string>& files, Context& context);
int checkCommand(const std::vector<std::string>& args, Context& context);
int reportCommand(const std::vector<std::string>& args, Context& context);
int searchCommand(const std::vector<std::string>& args, Context& context);
int simulateCommand(const std::vector<std::string>& args, Context& context);
int validateCommand(const std::vector<std::string>& args, Context& context);

} // namespace infraplan::cli
