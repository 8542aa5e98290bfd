#include "arguments.h"
#include "catalog.h"
#include "catalogdatabase.h"
#include "catalogfiles.h"
#include "catalogprovenance.h"
#include "catalogschema.h"
#include "catalogvalidator.h"
#include "commands.h"
#include "figureformat.h"
#include "hardwarerow.h"
#include "jsontext.h"
#include "priceimport.h"
#include "sourcepolicy.h"
#include "sqlitedb.h"
#include "textfile.h"
#include "userrowcheck.h"

#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace infraplan::cli {

namespace {

using nlohmann::json;

json itemJson(const CatalogItem& i, const Catalog& catalog)
{
    json figures = json::object();
    for (const auto& [k, f] : i.figures) {
        json fig = {{"value", f.value}, {"source", f.sourceId}};
        if (const FieldSpec* spec = fieldSpec(i.kind, k))
            fig["unit"] = spec->unit;
        if (!f.note.empty())
            fig["note"] = f.note;
        if (const Source* s = catalog.source(f.sourceId))
            fig["source_date"] = s->date;
        figures[k] = fig;
    }
    return {{"id", i.id},
            {"kind", kindName(i.kind)},
            {"name", i.name},
            {"vendor", i.vendor},
            {"origin", i.origin == ItemOrigin::Shipped ? "shipped" : "user"},
            {"attributes", i.attributes},
            {"figures", figures}};
}

std::string number(double v)
{
    std::ostringstream s;
    s << std::setprecision(6) << v;
    return s.str();
}

/// The first few of the schema's key figures that a row has: enough to tell items apart in a listing. The
/// field names and units come from the schema, so a listing and a tooltip can never disagree.
std::string headline(const CatalogItem& i)
{
    constexpr int kShown = 4;
    std::string out;
    if (i.kind == ItemKind::Instance)
        out = acceleratorIdOf(i);
    int shown = 0;
    for (std::string_view field : keyFields(i.kind)) {
        const auto v = i.figure(std::string(field));
        if (!v)
            continue;
        const FieldSpec* spec = fieldSpec(i.kind, field);
        // Large counts (parameters) read better with separators than in exponent form; the rest keep the
        // catalog's own digits (a price of 55.04 stays 55.04).
        std::string text = std::fabs(*v) >= 1e6 ? formatNumber(*v) : number(*v);
        if (spec) {
            const bool dimensionless =
                spec->unit.empty() || spec->unit == "ratio" || spec->unit == "fraction";
            text =
                dimensionless ? std::string(spec->label) + " " + text : text + " " + std::string(spec->unit);
        }
        out += (out.empty() ? "" : ", ") + text;
        if (++shown == kShown)
            break;
    }
    return out;
}

int list(Arguments& a, Context& c)
{
    if (!a.onlyFlags({"json"}))
        return c.err << "infraplan catalog list: " << a.error() << "\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    std::optional<ItemKind> kind;
    if (auto k = a.option("kind")) {
        kind = kindFromName(*k);
        if (!kind) {
            c.err << "infraplan catalog list: unknown kind '" << *k << "'; kinds are:";
            for (ItemKind x : allKinds())
                c.err << " " << kindName(x);
            c.err << "\n";
            return Usage;
        }
    }
    if (a.flag("json")) {
        json items = json::array();
        for (const auto& i : catalog->all())
            if (!kind || i.kind == *kind)
                items.push_back(itemJson(i, *catalog));
        c.out << jsonText(items, 2) << "\n";
        return Ok;
    }
    for (const auto& i : catalog->all()) {
        if (kind && i.kind != *kind)
            continue;
        std::string id = i.id, k(kindName(i.kind));
        id.resize(std::max<size_t>(id.size() + 1, 30), ' ');
        k.resize(12, ' ');
        c.out << id << k << i.name << (i.origin == ItemOrigin::User ? " [user]" : "") << "  (" << headline(i)
              << ")\n";
    }
    return Ok;
}

int show(Arguments& a, Context& c)
{
    if (!a.onlyFlags({"json"}) || a.positionals().size() != 2)
        return c.err << "usage: infraplan catalog show ID [--json]\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    const std::string& id = a.positionals()[1];
    const CatalogItem* i = catalog->find(id);
    if (!i) {
        c.err << "infraplan catalog show: no catalog item has id '" << id << "'\n";
        return InputProblems;
    }
    if (a.flag("json")) {
        json j = itemJson(*i, *catalog);
        json sources = json::object();
        for (const auto& [k, f] : i->figures)
            if (const Source* s = catalog->source(f.sourceId))
                sources[s->id] = {{"title", s->title}, {"url", s->url}, {"date", s->date}};
        j["sources"] = sources;
        c.out << jsonText(j, 2) << "\n";
        return Ok;
    }
    c.out << i->name << "  [" << i->id << ", " << kindName(i->kind)
          << (i->origin == ItemOrigin::User ? ", your own row" : ", shipped") << "]\n";
    if (!i->vendor.empty())
        c.out << "  vendor: " << i->vendor << "\n";
    for (const auto& [k, v] : i->attributes)
        c.out << "  " << k << ": " << v << "\n";
    for (const auto& [k, f] : i->figures) {
        const FieldSpec* spec = fieldSpec(i->kind, k);
        const Source* s = catalog->source(f.sourceId);
        c.out << "  " << (spec ? std::string(spec->label) : k) << " (" << k << "): " << number(f.value) << " "
              << (spec ? spec->unit : "") << "\n      source: " << f.sourceId;
        if (s)
            c.out << ", " << s->title << (s->date.empty() ? "" : " (" + s->date + ")")
                  << (s->url.empty() ? "" : " " + s->url);
        if (!f.note.empty())
            c.out << "\n      note: " << f.note;
        c.out << "\n";
    }
    return Ok;
}

int import(Arguments& a, Context& c)
{
    if (a.positionals().size() != 2)
        return c.err << "usage: infraplan catalog import FILE\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    Problems problems;
    CatalogData rows = catalogfiles::readFile(a.positionals()[1], problems);
    for (Problem& p : checkUserRows(*catalog, rows, "import"))
        problems.push_back(std::move(p));
    if (!problems.empty()) {
        c.err << "infraplan catalog import: " << a.positionals()[1] << " was not imported:\n";
        for (const auto& p : problems)
            c.err << "  " << p.toString() << "\n";
        return InputProblems;
    }
    try {
        const auto paths = CatalogPaths::standard(c.executableDir());
        CatalogDatabase user(paths.user.string(), sql::Database::Mode::ReadWriteCreate);
        user.upsert(rows);
        c.out << "imported " << rows.items.size() << " item(s) and " << rows.sources.size()
              << " source(s) into " << paths.user.string() << "\n";
    } catch (const sql::Error& e) {
        c.err << "infraplan catalog import: " << e.what() << "\n";
        return Failure;
    }
    return Ok;
}

int exportRows(Arguments& a, Context& c)
{
    if (!a.onlyFlags({"user"}) || a.positionals().size() != 2)
        return c.err << "usage: infraplan catalog export FILE [--kind KIND] [--user]\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    std::optional<ItemKind> kind;
    if (auto k = a.option("kind"); k && !(kind = kindFromName(*k)))
        return c.err << "infraplan catalog export: unknown kind '" << *k << "'\n", Usage;
    CatalogData out;
    std::set<std::string> used;
    for (const auto& i : catalog->all()) {
        if ((kind && i.kind != *kind) || (a.flag("user") && i.origin != ItemOrigin::User))
            continue;
        out.items.push_back(i);
        for (const auto& [k, f] : i.figures)
            used.insert(f.sourceId);
    }
    for (const auto& s : catalog->sources())
        if (used.count(s.id))
            out.sources.push_back(s);
    const std::filesystem::path file = a.positionals()[1];
    const std::string ext = file.extension().string();
    if (ext != ".json" && ext != ".csv")
        return c.err << "infraplan catalog export: give a file name ending in .json or .csv\n", Usage;
    std::string error;
    if (!writeFileAtomically(file, ext == ".csv" ? catalogfiles::toCsv(out) : catalogfiles::toJson(out),
                             error)) {
        c.err << "infraplan catalog export: " << error << "\n";
        return Failure;
    }
    c.out << "exported " << out.items.size() << " item(s) to " << file.string() << "\n";
    return Ok;
}

int remove(Arguments& a, Context& c)
{
    if (a.positionals().size() != 2)
        return c.err << "usage: infraplan catalog remove ID\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    const std::string& id = a.positionals()[1];
    if (catalog->isShipped(id))
        return c.err << "infraplan catalog remove: '" << id << "' is a shipped row and cannot be removed\n",
               InputProblems;
    try {
        CatalogDatabase user(CatalogPaths::standard(c.executableDir()).user.string(),
                             sql::Database::Mode::ReadWriteCreate);
        if (!user.remove(id))
            return c.err << "infraplan catalog remove: you have no row with id '" << id << "'\n",
                   InputProblems;
    } catch (const sql::Error& e) {
        c.err << "infraplan catalog remove: " << e.what() << "\n";
        return Failure;
    }
    c.out << "removed " << id << "\n";
    return Ok;
}

std::string percent(double share)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << 100 * share << "%";
    return s.str();
}

int checkCatalog(Context& c)
{
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    Problems problems = validateCatalog(catalog->data());
    for (const auto& p : problems)
        c.err << p.toString() << "\n";
    c.out << catalog->all().size() << " items, " << catalog->sources().size() << " sources, "
          << problems.size() << " problem(s)\n";
    const CatalogProvenance prov = catalogProvenance(catalog->data());
    c.out << "figures with a primary source: " << prov.primaryFigures << " of " << prov.figures << " ("
          << percent(prov.primaryShare()) << ")\n"
          << "instance prices from the provider's own page or price file: " << prov.primaryInstancePrices
          << " of " << prov.instancePrices << " (" << percent(prov.instancePricePrimaryShare()) << ")\n"
          << "  of them on-demand prices: " << prov.primaryOnDemandPrices << " of " << prov.onDemandPrices
          << " (" << percent(prov.onDemandPricePrimaryShare()) << ")\n"
          << "  at most " << percent(kMaxNotPrimaryInstancePriceShare)
          << " of instance prices from other sources: "
          << (prov.instancePricesMostlyPrimary() ? "met" : "not met") << " (" << prov.notPrimaryPrices.size()
          << " of " << prov.instancePrices << ")\n";
    auto list = [&](const char* heading, const std::vector<CatalogProvenance::Figure>& figures) {
        if (figures.empty())
            return;
        c.out << heading << " (item, field, source, kind):\n";
        for (const auto& f : figures) {
            const std::string_view kind = sourceKindName(f.kind);
            c.out << "  " << f.itemId << "  " << f.field << "  " << f.sourceId << "  "
                  << (kind.empty() ? std::string_view("unstated") : kind) << "\n";
        }
    };
    list("instance prices not from the provider's own page or price file", prov.notPrimaryPrices);
    list("other figures without a primary source", prov.notPrimary);
    return problems.empty() ? Ok : InputProblems;
}

int importPriceFile(Arguments& a, Context& c)
{
    if (a.positionals().size() != 3 || a.positionals()[1] != "import")
        return c.err << "usage: infraplan catalog prices import FILE [--region R]\n", Usage;
    const Catalog* catalog = c.catalog();
    if (!catalog)
        return Failure;
    const std::string fileName = a.positionals()[2];
    std::string error;
    auto text = readTextFile(fileName, error);
    if (!text) {
        c.err << "infraplan catalog prices import: " << error << "\n";
        return InputProblems;
    }
    auto result = importPrices(*text, fileName, *catalog, a.option("region").value_or(""), error);
    if (!result) {
        c.err << "infraplan catalog prices import: " << fileName << ": " << error << "\n";
        return InputProblems;
    }
    c.out << result->file.title << ", published " << result->file.date << "\n";
    for (const auto& m : result->matched)
        c.out << "matched " << m << "\n";
    for (const auto& s : result->skipped)
        c.out << "skipped " << s << "\n";
    if (result->rows.items.empty()) {
        c.out << "no instance matched; the catalog is unchanged\n";
        return Ok;
    }
    CatalogData context = catalog->data();
    Problems problems = validateCatalog(result->rows, &context);
    if (!problems.empty()) {
        c.err << "infraplan catalog prices import: nothing was written:\n";
        for (const auto& p : problems)
            c.err << "  " << p.toString() << "\n";
        return InputProblems;
    }
    try {
        const auto paths = CatalogPaths::standard(c.executableDir());
        CatalogDatabase user(paths.user.string(), sql::Database::Mode::ReadWriteCreate);
        user.upsert(result->rows);
        c.out << "wrote " << result->rows.items.size() << " instance row(s) to " << paths.user.string()
              << "; shipped rows are unchanged\n";
    } catch (const sql::Error& e) {
        c.err << "infraplan catalog prices import: " << e.what() << "\n";
        return Failure;
    }
    return Ok;
}

} // namespace

int catalogCommand(const std::vector<std::string>& args, Context& c)
{
    Arguments a(args, {"kind", "region"});
    if (!a.error().empty())
        return c.err << "infraplan catalog: " << a.error() << "\n", Usage;
    const std::string sub = a.positionals().empty() ? "" : a.positionals()[0];
    if (sub == "list")
        return list(a, c);
    if (sub == "show")
        return show(a, c);
    if (sub == "import")
        return import(a, c);
    if (sub == "export")
        return exportRows(a, c);
    if (sub == "remove")
        return remove(a, c);
    if (sub == "check")
        return checkCatalog(c);
    if (sub == "prices")
        return importPriceFile(a, c);
    if (sub == "recover")
        return catalogRecoverCommand({a.positionals().begin() + 1, a.positionals().end()}, c);
    c.err << "infraplan catalog: expected list, show, import, export, remove, check, prices or recover (see "
             "infraplan catalog --help)\n";
    return Usage;
}

} // namespace infraplan::cli
