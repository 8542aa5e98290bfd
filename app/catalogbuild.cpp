// Build step: turns the reviewable catalog JSON in data/catalog/ into the shipped SQLite database.
// It refuses to produce a database from a catalog that breaks an integrity rule.
#include "catalogdatabase.h"
#include "catalogfiles.h"
#include "catalogvalidator.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace infraplan;
    if (argc != 3) {
        std::cerr << "usage: infraplan-catalog-build CATALOG_FOLDER OUTPUT.sqlite\n";
        return 2;
    }
    Problems problems;
    CatalogData data = catalogfiles::readJsonFolder(argv[1], problems);
    for (const auto& p : validateCatalog(data))
        problems.push_back(p);
    for (const auto& p : validateShippedSources(data))
        problems.push_back(p);
    if (!problems.empty()) {
        for (const auto& p : problems)
            std::cerr << "catalog: " << p.toString() << "\n";
        std::cerr << problems.size() << " problem(s) in " << argv[1] << "\n";
        return 1;
    }
    const std::string out = argv[2];
    const std::string tmp = out + ".tmp";
    std::filesystem::remove(tmp);
    try {
        {
            CatalogDatabase db(tmp, sql::Database::Mode::ReadWriteCreate);
            db.replaceAll(data);
        }
        std::filesystem::rename(tmp, out);
    } catch (const std::exception& e) {
        std::cerr << "catalog: " << e.what() << "\n";
        return 1;
    }
    std::cout << "catalog: " << data.items.size() << " items, " << data.sources.size() << " sources -> "
              << out << "\n";
    return 0;
}
