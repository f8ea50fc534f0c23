#include "parse/url_check.hpp"

#include <cctype>

#include <fmt/format.h>

#include "core/text.hpp"

namespace timegraph::parse {

namespace {

bool has_scheme(std::string_view url) {
    std::size_t i = 0;
    if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
    while (i < url.size() && (std::isalnum(static_cast<unsigned char>(url[i])) || url[i] == '+' || url[i] == '-' ||
                              url[i] == '.'))
        ++i;
    return i < url.size() && url[i] == ':';
}

// The `url:` line of an event's block, found from the event line on.
core::Position url_position(const model::Document& doc, const model::Event& e) {
    for (int line = e.pos.line + 1; line <= static_cast<int>(doc.lines.size()); ++line) {
        std::string_view text = doc.lines[static_cast<std::size_t>(line - 1)];
        std::size_t b = text.find_first_not_of(" \t");
        if (b == std::string_view::npos) continue;
        if (text.substr(b, 6) == "event " || text.substr(b) == "event") break;
        if (text.substr(b, 3) != "url") continue;
        std::size_t colon = text.find_first_not_of(" \t", b + 3);
        if (colon == std::string_view::npos || text[colon] != ':') continue;
        std::size_t value = text.find_first_not_of(" \t\"", colon + 1);
        return {line, core::column_of(text, value == std::string_view::npos ? colon : value) + 1};
    }
    return e.pos;
}

}  // namespace

void warn_schemeless_urls(const model::Document& doc, core::Diagnostics& diags) {
    for (const auto& e : doc.events) {
        if (e.url.empty() || has_scheme(e.url)) continue;
        core::Position pos = url_position(doc, e);
        diags.warning(doc.file, pos,
                      fmt::format("url '{}' has no scheme and will not be linked: write https://{}", e.url, e.url),
                      doc.line_text(pos.line));
    }
}

}  // namespace timegraph::parse
