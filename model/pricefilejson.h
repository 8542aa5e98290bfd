#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace infraplan::pricefilejson {

/// A member of an object, or an empty value of the same shape when it is absent or of another type (never
/// a temporary): the providers' files leave members out freely.
inline const nlohmann::json& member(const nlohmann::json& j, const char* key, bool array = false)
{
    static const nlohmann::json emptyObject = nlohmann::json::object(), emptyArray = nlohmann::json::array();
    auto it = j.find(key);
    if (it == j.end() || (array ? !it->is_array() : !it->is_object()))
        return array ? emptyArray : emptyObject;
    return *it;
}

/// A string member, or "" when it is absent or not a string.
inline std::string str(const nlohmann::json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace infraplan::pricefilejson
