#include "catalogfiles.h"

#include "catalogschema.h"
#include "jsontext.h"
#include "textfile.h"
#include "utf8text.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

namespace infraplan::catalogfiles {

using nlohmann::json;

namespace {

/// The whole shipped catalog is under 1 MB; a file a hundred times that is a mistake.
constexpr size_t kMaxCatalogFileBytes = 128u << 20;

std::string str(const json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void parseFigure(const json& f, const std::string& where, const std::string& field, CatalogItem& item,
                 Problems& problems)
{
    Figure fig;
    if (f.is_array() && (f.size() == 2 || f.size() == 3) && f[0].is_number() && f[1].is_string() &&
        (f.size() == 2 || f[2].is_string())) {
        fig.value = f[0].get<double>();
        fig.sourceId = f[1].get<std::string>();
        if (f.size() == 3)
            fig.note = f[2].get<std::string>();
    } else if (f.is_object() && f.contains("value") && f["value"].is_number() && f.contains("source") &&
               f["source"].is_string()) {
        fig.value = f["value"].get<double>();
        fig.sourceId = f["source"].get<std::string>();
        fig.note = str(f, "note");
    } else {
        problems.push_back({where, "a figure must be [value, source] or [value, source, note]"});
        return;
    }
    if (!std::isfinite(fig.value)) {
        problems.push_back({where, "value is not a finite number"});
        return;
    }
    item.figures[field] = std::move(fig);
}

} // namespace

CatalogData parseJson(const std::string& text, const std::string& fileName, Problems& problems)
{
    CatalogData data;
    Problems parseProblems;
    const auto parsed = parseJsonText(text, parseProblems);
    for (const Problem& p : parseProblems)
        problems.push_back({p.where.empty() ? fileName : fileName + ":" + p.where, p.message});
    if (!parsed)
        return data;
    const json& doc = *parsed;
    if (!doc.is_object()) {
        problems.push_back({fileName, "a catalog file must hold a JSON object with 'sources' and 'items'"});
        return data;
    }
    if (auto it = doc.find("sources"); it != doc.end()) {
        if (!it->is_array()) {
            problems.push_back({fileName + ":/sources", "must be an array"});
        } else {
            for (size_t i = 0; i < it->size(); ++i) {
                const json& s = (*it)[i];
                const std::string where = fileName + ":/sources/" + std::to_string(i);
                if (!s.is_object() || str(s, "id").empty()) {
                    problems.push_back({where, "a source needs an 'id'"});
                    continue;
                }
                auto kind = sourceKindFromName(str(s, "kind"));
                if (!kind) {
                    problems.push_back({where + "/kind", "unknown source kind '" + str(s, "kind") +
                                                             "': use primary or secondary"});
                    continue;
                }
                data.sources.push_back({str(s, "id"), str(s, "title"), str(s, "url"), str(s, "date"), *kind});
            }
        }
    }
    if (auto it = doc.find("items"); it != doc.end()) {
        if (!it->is_array()) {
            problems.push_back({fileName + ":/items", "must be an array"});
            return data;
        }
        for (size_t i = 0; i < it->size(); ++i) {
            const json& j = (*it)[i];
            const std::string where = fileName + ":/items/" + std::to_string(i);
            if (!j.is_object()) {
                problems.push_back({where, "an item must be an object"});
                continue;
            }
            CatalogItem item;
            item.id = str(j, "id");
            if (item.id.empty()) {
                problems.push_back({where + "/id", "missing or not a string"});
                continue;
            }
            auto kind = kindFromName(str(j, "kind"));
            if (!kind) {
                problems.push_back({where + "/kind", "unknown kind '" + str(j, "kind") + "'"});
                continue;
            }
            item.kind = *kind;
            item.name = str(j, "name");
            item.vendor = str(j, "vendor");
            if (auto a = j.find("attributes"); a != j.end()) {
                if (!a->is_object())
                    problems.push_back({where + "/attributes", "must be an object of strings"});
                else
                    for (const auto& [k, v] : a->items()) {
                        if (v.is_string())
                            item.attributes[k] = v.get<std::string>();
                        else
                            problems.push_back({where + "/attributes/" + k, "must be a string"});
                    }
            }
            if (auto f = j.find("figures"); f != j.end()) {
                if (!f->is_object())
                    problems.push_back({where + "/figures", "must be an object"});
                else
                    for (const auto& [k, v] : f->items())
                        parseFigure(v, where + "/figures/" + k, k, item, problems);
            }
            data.items.push_back(std::move(item));
        }
    }
    return data;
}

CatalogData readJsonFolder(const std::filesystem::path& folder, Problems& problems)
{
    CatalogData data;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    if (ec) {
        problems.push_back({folder.string(), "cannot list folder: " + ec.message()});
        return data;
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        CatalogData part = readFile(file, problems);
        for (auto& s : part.sources)
            data.sources.push_back(std::move(s));
        for (auto& i : part.items)
            data.items.push_back(std::move(i));
    }
    return data;
}

std::string toJson(const CatalogData& data)
{
    json doc = json::object();
    json sources = json::array();
    for (const auto& s : data.sources) {
        json src = {{"id", s.id}, {"title", s.title}, {"url", s.url}, {"date", s.date}};
        if (s.kind != SourceKind::Unstated)
            src["kind"] = sourceKindName(s.kind);
        sources.push_back(src);
    }
    json items = json::array();
    for (const auto& i : data.items) {
        json figures = json::object();
        for (const auto& [k, f] : i.figures) {
            json fig = json::array({f.value, f.sourceId});
            if (!f.note.empty())
                fig.push_back(f.note);
            figures[k] = fig;
        }
        json item = {{"id", i.id}, {"kind", kindName(i.kind)}, {"name", i.name}, {"vendor", i.vendor}};
        item["attributes"] = i.attributes;
        item["figures"] = figures;
        items.push_back(item);
    }
    doc["sources"] = sources;
    doc["items"] = items;
    return jsonText(doc, 1) + "\n";
}

namespace {

// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::vector<std::vector<std::string>> parseCsvRows(const std::string& text, std::string& error)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
            if (!(row.size() == 1 && row[0].empty()))
                rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        error = "unterminated quoted field";
        return {};
    }
    if (fieldStarted || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

constexpr const char* kCsvHeader =
    "id,kind,name,vendor,field,value,source,note,source_title,source_url,source_date,source_kind";

} // namespace

std::string toCsv(const CatalogData& data)
{
    std::ostringstream out;
    out << kCsvHeader << "\n";
    std::map<std::string, const Source*> sources;
    for (const auto& s : data.sources)
        sources[s.id] = &s;
    for (const auto& i : data.items) {
        const std::string head = csvField(i.id) + "," + std::string(kindName(i.kind)) + "," +
                                 csvField(i.name) + "," + csvField(i.vendor) + ",";
        for (const auto& [k, v] : i.attributes)
            out << head << "@" << csvField(k) << "," << csvField(v) << ",,,,,,\n";
        for (const auto& [k, f] : i.figures) {
            std::ostringstream value;
            value.precision(12);
            value << f.value;
            const Source* s = sources.count(f.sourceId) ? sources[f.sourceId] : nullptr;
            out << head << csvField(k) << "," << value.str() << "," << csvField(f.sourceId) << ","
                << csvField(f.note) << "," << (s ? csvField(s->title) : "") << ","
                << (s ? csvField(s->url) : "") << "," << (s ? csvField(s->date) : "") << ","
                << (s ? sourceKindName(s->kind) : "") << "\n";
        }
        if (i.attributes.empty() && i.figures.empty())
            out << head << ",,,,,,,\n";
    }
    return out.str();
}

CatalogData parseCsv(const std::string& text, const std::string& fileName, Problems& problems)
{
    CatalogData data;
    // Rows go into the user's database and from there into every listing and export: text that is not
    // UTF-8 is refused here rather than stored.
    if (auto encoding = describeNonUtf8(text)) {
        problems.push_back({fileName, *encoding});
        return data;
    }
    std::string error;
    auto rows = parseCsvRows(text, error);
    if (!error.empty()) {
        problems.push_back({fileName, "not valid CSV: " + error});
        return data;
    }
    if (rows.empty()) {
        problems.push_back({fileName, "empty CSV file"});
        return data;
    }
    std::vector<std::string> header = rows.front();
    if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0)
        header[0].erase(0, 3);
    // Files written before sources stated their kind have no source_kind column; they still read.
    std::vector<std::string> expected = {"id",           "kind",       "name",       "vendor",
                                         "field",        "value",      "source",     "note",
                                         "source_title", "source_url", "source_date"};
    if (header.size() == expected.size() + 1)
        expected.push_back("source_kind");
    if (header != expected) {
        problems.push_back({fileName + ":1", std::string("header must be: ") + kCsvHeader});
        return data;
    }
    std::map<std::string, size_t> index;
    std::map<std::string, size_t> sourceIndex;
    for (size_t r = 1; r < rows.size(); ++r) {
        auto& row = rows[r];
        const std::string where = fileName + ":" + std::to_string(r + 1);
        if (row.size() != expected.size()) {
            problems.push_back({where, "expected " + std::to_string(expected.size()) + " columns, found " +
                                           std::to_string(row.size())});
            continue;
        }
        auto kind = kindFromName(row[1]);
        if (row[0].empty() || !kind) {
            problems.push_back({where, row[0].empty() ? "missing id" : "unknown kind '" + row[1] + "'"});
            continue;
        }
        auto [it, inserted] = index.emplace(row[0], data.items.size());
        if (inserted) {
            CatalogItem item;
            item.id = row[0];
            item.kind = *kind;
            item.name = row[2];
            item.vendor = row[3];
            data.items.push_back(std::move(item));
        }
        CatalogItem& item = data.items[it->second];
        const std::string& field = row[4];
        if (field.empty())
            continue;
        if (field[0] == '@') {
            item.attributes[field.substr(1)] = row[5];
            continue;
        }
        char* end = nullptr;
        const double value = std::strtod(row[5].c_str(), &end);
        if (row[5].empty() || *end != '\0' || !std::isfinite(value)) {
            problems.push_back({where, "value '" + row[5] + "' of " + field + " is not a number"});
            continue;
        }
        item.figures[field] = Figure{value, row[6], row[7]};
        if (!row[6].empty() && !sourceIndex.count(row[6]) && !(row[8].empty() && row[9].empty())) {
            auto sourceKind = sourceKindFromName(row.size() > 11 ? row[11] : "");
            if (!sourceKind) {
                problems.push_back(
                    {where, "unknown source kind '" + row[11] + "': use primary or secondary"});
                continue;
            }
            sourceIndex[row[6]] = data.sources.size();
            data.sources.push_back({row[6], row[8], row[9], row[10], *sourceKind});
        }
    }
    return data;
}

CatalogData readFile(const std::filesystem::path& file, Problems& problems)
{
    std::string error;
    auto text = readTextFile(file, error, kMaxCatalogFileBytes);
    if (!text) {
        problems.push_back({file.string(), error});
        return {};
    }
    const std::string ext = file.extension().string();
    if (ext == ".csv")
        return parseCsv(*text, file.string(), problems);
    if (ext == ".json")
        return parseJson(*text, file.string(), problems);
    problems.push_back({file.string(), "unknown file type '" + ext + "': use .json or .csv"});
    return {};
}

} // namespace infraplan::catalogfiles
