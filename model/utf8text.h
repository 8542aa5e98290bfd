#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace infraplan {

/// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlongs, no surrogates,
/// nothing above U+10FFFF), or nullopt when the whole text is UTF-8.
std::optional<size_t> firstInvalidUtf8(std::string_view text);

/// The text with every byte that is not part of well-formed UTF-8 replaced by U+FFFD, so that it can be
/// shown and written to JSON. Valid text comes back unchanged.
std::string repairUtf8(std::string_view text);

/// Nullopt when `text` (the bytes of a file) is UTF-8; otherwise why not, in words a user can act on: a
/// UTF-16 or UTF-32 byte order mark, or the first bad byte with its line and column.
std::optional<std::string> describeNonUtf8(std::string_view text);

} // namespace infraplan
