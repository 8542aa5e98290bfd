#include "utf8text.h"

#include <cstdio>

namespace infraplan {

namespace {

/// Length of the well-formed UTF-8 sequence starting at `i`, or 0 when the byte there does not start one.
size_t sequenceLength(std::string_view s, size_t i)
{
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte (Table 3-7 of Unicode)
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (i + n > s.size())
        return 0;
    if (b(i + 1) < lo || b(i + 1) > hi)
        return 0;
    for (size_t k = 2; k < n; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF)
            return 0;
    return n;
}

} // namespace

std::optional<size_t> firstInvalidUtf8(std::string_view text)
{
    for (size_t i = 0; i < text.size();) {
        const size_t n = sequenceLength(text, i);
        if (n == 0)
            return i;
        i += n;
    }
    return std::nullopt;
}

std::string repairUtf8(std::string_view text)
{
    auto bad = firstInvalidUtf8(text);
    if (!bad)
        return std::string(text);
    std::string out(text.substr(0, *bad));
    out.reserve(text.size() + 16);
    for (size_t i = *bad; i < text.size();) {
        const size_t n = sequenceLength(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::optional<std::string> describeNonUtf8(std::string_view text)
{
    auto starts = [&](std::string_view bom) { return text.substr(0, bom.size()) == bom; };
    if (starts(std::string_view("\xFF\xFE\0\0", 4)) || starts(std::string_view("\0\0\xFE\xFF", 4)))
        return "the file is UTF-32 text; save it as UTF-8";
    if (starts("\xFF\xFE") || starts("\xFE\xFF"))
        return "the file is UTF-16 text; save it as UTF-8";
    const auto bad = firstInvalidUtf8(text);
    if (!bad)
        return std::nullopt;
    size_t line = 1, lineStart = 0;
    for (size_t i = 0; i < *bad; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
    return "the file is not UTF-8 text (byte " + std::string(byte) + " at line " + std::to_string(line) +
           ", column " + std::to_string(*bad - lineStart + 1) +
           "; it may be Latin-1 or Windows-1252): save it as UTF-8";
}

} // namespace infraplan
