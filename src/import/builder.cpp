#include "import/builder.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "core/text.hpp"

namespace timegraph::import {

namespace {

bool valid_id(std::string_view s) {
    if (s.empty() || !std::isalnum(static_cast<unsigned char>(s.front()))) return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
}

// Cuts at a code point boundary after at most `max` code points.
std::string cut(std::string s, std::size_t max) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        if (count == max) return s.substr(0, i);
        std::size_t len = core::utf8_sequence_length(s, i);
        i += len == 0 ? 1 : len;
    }
    return s;
}

}  // namespace

std::string one_line(std::string_view text, bool& changed) {
    std::string out;
    changed = false;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = core::utf8_sequence_length(text, i);
        auto c = static_cast<unsigned char>(text[i]);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            changed = true;
            ++i;
            space = false;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            changed = changed || c != '\t' || space;
            if (!space) out += ' ';
            space = true;
            i += len;
            continue;
        }
        space = false;
        out.append(text.substr(i, len));
        i += len;
    }
    return std::string(core::trim(out));
}

std::string point_text(const model::DatePoint& p) {
    std::string out = p.approximate ? "~" : "";
    return out += model::iso_point(p);
}

std::optional<model::DatePoint> checked_point(const model::DatePoint& p, std::string& why) {
    auto check = model::parse_date(model::iso_point(p));
    if (check.date) return check.date->start;
    why = check.error->message;
    return std::nullopt;
}

LineIndex::LineIndex(std::string_view text) : text_(text), starts_{0} {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(i + 1);
}

core::Position LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
    auto line = static_cast<int>(it - starts_.begin()) + 1;
    return {line, core::column_of(text_.substr(*it), offset - *it) + 1};
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= text.size();) {
        auto end = text.find('\n', start);
        auto l = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        lines.push_back(l);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : sep) + item;
    return out;
}

std::string id_slug(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && !std::isalnum(static_cast<unsigned char>(out.front()))) out.erase(0, 1);
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 40) {  // at a word's end when there is one
        auto dash = out.rfind('-', 40);
        out.resize(dash != std::string::npos && dash >= 16 ? dash : 40);
        while (!out.empty() && out.back() == '-') out.pop_back();
    }
    return out;
}

Builder::Builder(std::string file, core::Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

void Builder::warn(core::Position pos, std::string message) { diags_.warning(file_, pos, std::move(message)); }
void Builder::error(core::Position pos, std::string message) { diags_.error(file_, pos, std::move(message)); }

std::string Builder::value(std::string_view text, core::Position pos, std::string_view what) {
    bool changed = false;
    std::string v = one_line(text, changed);
    if (changed) warn(pos, fmt::format("the {} is written on one line: its line breaks and control characters become spaces", what));
    std::size_t limit = core::kMaxValueChars;
    std::string kept = cut(v, limit);
    if (kept.size() < v.size())
        warn(pos, fmt::format("the {} is cut to {} characters, the most a value may hold", what, core::thousands(limit)));
    return kept;
}

std::vector<std::string> Builder::items(const std::vector<std::string>& raw, core::Position pos, std::string_view what) {
    std::vector<std::string> out;
    for (const auto& item : raw) {
        std::string v = value(item, pos, what);
        if (v.find(',') != std::string::npos) {
            warn(pos, fmt::format("'{}' holds a comma, which separates {} in a model: it becomes two items", core::printable(v), what));
            for (auto& part : core::split_list(v)) out.push_back(part);
        } else if (!v.empty()) {
            out.push_back(std::move(v));
        }
    }
    return out;
}

std::string Builder::unique(std::string base) {
    if (base.empty()) base = "event";
    int& n = taken_[base];
    if (++n == 1) return base;
    for (;; ++n) {
        std::string candidate = fmt::format("{}-{}", base, n);
        if (!taken_.count(candidate)) {
            taken_[candidate] = 1;
            return candidate;
        }
    }
}

std::string Builder::event_id(std::string_view wanted, std::string_view title, core::Position pos) {
    std::string source(wanted);
    std::string id;
    if (valid_id(source) && !taken_.count(source)) {
        id = unique(source);
    } else {
        id = unique(id_slug(source.empty() ? title : source));
        if (!source.empty())
            warn(pos, fmt::format("the id '{}' is written as '{}' ({})", core::printable(source), id,
                                  valid_id(source) ? "an earlier event has it" : "ids use letters, digits, - and _"));
    }
    if (!source.empty() && !ids_.count(source)) ids_[source] = id;
    return id;
}

std::string Builder::id_of(const std::string& source_id) const {
    auto it = ids_.find(source_id);
    return it == ids_.end() ? std::string() : it->second;
}

std::string Builder::lane(std::string_view name, core::Position pos) {
    std::string n = value(name, pos, "lane");
    if (n.empty()) return {};
    auto [it, added] = lanes_.try_emplace(n);
    if (!added) return it->second;
    std::string base = id_slug(n);
    if (base.empty()) base = "lane";
    std::string id = base;
    for (int k = 2; std::any_of(doc.lanes.begin(), doc.lanes.end(), [&](const auto& l) { return l.id == id; }); ++k)
        id = fmt::format("{}-{}", base, k);
    doc.lanes.push_back({id, n, pos});
    it->second = id;
    return id;
}

model::Document Builder::finish() {
    std::vector<std::string> known;
    for (const auto& e : doc.events) known.push_back(e.id);
    std::vector<model::Link> kept;
    for (auto& link : doc.links) {
        bool ok = true;
        for (std::string* end : {&link.from, &link.to}) {
            if (std::string id = id_of(*end); !id.empty()) *end = id;
            if (doc.find_event(*end) >= 0) continue;
            ok = false;
            if (rejected_.count(*end)) continue;
            std::string hint = core::did_you_mean(*end, known);
            error(link.pos, fmt::format("no event has the id '{}'{}", core::printable(*end),
                                        hint.empty() ? "" : fmt::format(" (did you mean '{}'?)", hint)));
        }
        if (ok) kept.push_back(std::move(link));
    }
    doc.links = std::move(kept);
    return std::move(doc);
}

}  // namespace timegraph::import
