// libFuzzer target: opening a catalog database, as a damaged user catalog would be opened: the bytes are
// the file. Opening, migrating and reading must end in rows or in sql::Error, and recovery must read what
// it can without throwing.
#include "catalogdatabase.h"
#include "catalogrecovery.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace infraplan;
    static const std::string path = "/tmp/infraplan-fuzz-catalogdb-" + std::to_string(::getpid()) + ".sqlite";
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        std::remove((path + suffix).c_str());
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    } else {
        return 0;
    }
    try {
        CatalogDatabase db(path, sql::Database::Mode::ReadWriteCreate);
        (void)db.read();
    } catch (const sql::Error&) {
    }
    (void)recoverCatalogRows(path);
    return 0;
}
