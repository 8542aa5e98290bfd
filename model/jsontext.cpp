#include "jsontext.h"

#include "utf8text.h"

#include <set>
#include <vector>

namespace infraplan {

using nlohmann::json;

namespace {

/// Follows the parser through the document so that an error can say where it happened, and refuses what
/// nlohmann would accept silently (a repeated key keeps only its last value) or at any cost (deep nesting).
class PathTracker {
public:
    struct Stop {
        std::string message;
    };

    bool operator()(int /*depth*/, json::parse_event_t event, json& parsed)
    {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            if (m_frames.size() >= static_cast<size_t>(kMaxJsonDepth))
                throw Stop{"nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"};
            m_frames.push_back({event == json::parse_event_t::object_start, {}, {}, 0});
            break;
        case json::parse_event_t::key: {
            Frame& f = m_frames.back();
            f.key = parsed.get<std::string>();
            if (!f.keys.insert(f.key).second)
                throw Stop{"the key '" + f.key +
                           "' appears more than once in this object; keep one (only the last would be read)"};
            break;
        }
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            m_frames.pop_back();
            valueDone();
            break;
        case json::parse_event_t::value:
            valueDone();
            break;
        }
        return true;
    }

    /// JSON Pointer of the value being read.
    std::string path() const
    {
        std::string p;
        for (const Frame& f : m_frames) {
            if (!f.object) {
                p += "/" + std::to_string(f.index);
                continue;
            }
            if (f.key.empty() && &f == &m_frames.back())
                break; // between members
            p += "/";
            for (char c : f.key)
                p += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        }
        return p;
    }

private:
    struct Frame {
        bool object;
        std::set<std::string> keys;
        std::string key;
        size_t index;
    };

    /// A value is complete: the path goes back to its container until the next key or element starts.
    void valueDone()
    {
        if (m_frames.empty())
            return;
        Frame& f = m_frames.back();
        if (f.object)
            f.key.clear();
        else
            ++f.index;
    }

    std::vector<Frame> m_frames;
};

/// nlohmann's messages start with "[json.exception.parse_error.101] "; the rest is what a user can act on.
std::string withoutPrefix(const std::string& what)
{
    if (what.rfind("[json.exception.", 0) == 0)
        if (auto pos = what.find("] "); pos != std::string::npos)
            return what.substr(pos + 2);
    return what;
}

} // namespace

std::optional<json> parseJsonText(const std::string& text, Problems& problems)
{
    if (auto encoding = describeNonUtf8(text)) {
        problems.push_back({"", *encoding});
        return std::nullopt;
    }
    PathTracker tracker;
    auto fail = [&](const std::string& message) {
        problems.push_back({tracker.path(), repairUtf8(message)});
        return std::nullopt;
    };
    try {
        // The tracker is copied into the parser; a reference keeps the path readable here afterwards.
        return json::parse(text, [&](int depth, json::parse_event_t event, json& parsed) {
            return tracker(depth, event, parsed);
        });
    } catch (const PathTracker::Stop& stop) {
        return fail(stop.message);
    } catch (const json::parse_error& e) {
        return fail("not valid JSON (the file may be truncated or damaged): " + withoutPrefix(e.what()));
    } catch (const json::exception& e) {
        return fail(withoutPrefix(e.what()));
    } catch (const std::bad_alloc&) {
        return fail("the file is too large to read into memory");
    }
}

std::string jsonText(const json& j, int indent)
{
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace infraplan
