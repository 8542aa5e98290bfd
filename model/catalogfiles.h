#pragma once

#include "catalogdata.h"
#include "problem.h"

#include <filesystem>
#include <string>

namespace infraplan {

/// Reads and writes catalog rows in the reviewable text formats: the JSON of data/catalog/ and a long CSV
/// (one row per figure or attribute) for spreadsheets. See docs/catalog.md.
namespace catalogfiles {

/// Parses one catalog JSON document. Problems name the file and JSON path; rows with problems are skipped.
CatalogData parseJson(const std::string& text, const std::string& fileName, Problems& problems);
/// Reads every *.json in a folder, in name order.
CatalogData readJsonFolder(const std::filesystem::path& folder, Problems& problems);
std::string toJson(const CatalogData& data);

CatalogData parseCsv(const std::string& text, const std::string& fileName, Problems& problems);
std::string toCsv(const CatalogData& data);

/// Reads a file as JSON or CSV, chosen by its extension.
CatalogData readFile(const std::filesystem::path& file, Problems& problems);

} // namespace catalogfiles
} // namespace infraplan
