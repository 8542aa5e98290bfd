#pragma once

#include "catalogitem.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace infraplan {

/// Describes one figure a kind of item may carry: its unit and the range a sane value lies in.
/// The table is the single place that knows field names; validation, import, docs and tooltips use it.
struct FieldSpec {
    ItemKind kind;
    std::string_view name;
    std::string_view unit;
    double min;
    double max;
    std::string_view label;
};

std::string_view kindName(ItemKind kind);
std::optional<ItemKind> kindFromName(std::string_view name);
std::span<const ItemKind> allKinds();

/// "primary", "secondary" or "" (unstated), as written in catalog files.
std::string_view sourceKindName(SourceKind kind);
std::optional<SourceKind> sourceKindFromName(std::string_view name);

std::span<const FieldSpec> fieldSpecs();
const FieldSpec* fieldSpec(ItemKind kind, std::string_view field);
/// The figures that tell a row of a kind at a glance (catalog tooltips), most telling first.
std::span<const std::string_view> keyFields(ItemKind kind);
/// Attribute keys a kind may carry, for validation of imports.
std::span<const std::string_view> attributeKeys(ItemKind kind);

} // namespace infraplan
