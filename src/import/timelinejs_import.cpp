// TimelineJS3 JSON (its "events" list): start_date and end_date objects,
// text.headline as the title, text.text (HTML) as the note, group as the
// lane, media.url as the url, unique_id as the id. Years are TimelineJS's
// own, astronomical: -43 is 44 BCE.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "import/builder.hpp"
#include "import/import.hpp"

namespace timegraph::import {

namespace {

using nlohmann::json;

// Where each element of the top-level "events" array starts. nlohmann-json
// keeps no positions, so this walks the (already validated) text once,
// tracking strings and nesting only.
std::vector<std::size_t> event_offsets(std::string_view text) {
    std::vector<std::size_t> out;
    int depth = 0;
    bool in_events = false;
    std::string last_key;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"') {
            std::size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (depth == 1) last_key = std::string(text.substr(start, i - start));
        } else if (c == '{' || c == '[') {
            if (depth == 1 && c == '[' && last_key == "events") in_events = true;
            if (depth == 2 && in_events && c == '{') out.push_back(i);
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth == 1) in_events = false;
        }
    }
    return out;
}

// A field of a date object: TimelineJS writes numbers or strings of digits.
std::optional<long> date_field(const json& obj, const char* name, bool& bad) {
    if (!obj.contains(name) || obj[name].is_null()) return std::nullopt;
    const json& v = obj[name];
    if (v.is_number_integer()) return v.get<long>();
    if (v.is_string()) {
        std::string s(core::trim(v.get<std::string>()));
        if (s.empty()) return std::nullopt;
        try {
            std::size_t used = 0;
            long n = std::stol(s, &used);
            if (used == s.size()) return n;
        } catch (const std::exception&) {
        }
    }
    bad = true;
    return std::nullopt;
}

std::optional<model::DatePoint> date_point(const json& obj, const char* which, core::Position pos, Builder& b) {
    if (!obj.is_object()) {
        b.error(pos, fmt::format("{} is not an object like {{\"year\": \"2024\", \"month\": \"1\"}}", which));
        return std::nullopt;
    }
    bool bad = false;
    auto year = date_field(obj, "year", bad), month = date_field(obj, "month", bad), day = date_field(obj, "day", bad),
         hour = date_field(obj, "hour", bad), minute = date_field(obj, "minute", bad);
    auto second = date_field(obj, "second", bad), ms = date_field(obj, "millisecond", bad);
    if (bad || !year) {
        b.error(pos, fmt::format("{} needs a year, and its fields must be whole numbers, as in "
                                 "{{\"year\": \"2024\", \"month\": \"1\", \"day\": \"29\"}}", which));
        return std::nullopt;
    }
    model::DatePoint p;
    p.year = static_cast<int>(*year);
    p.precision = hour ? model::Precision::minute : day ? model::Precision::day
                  : month ? model::Precision::month : model::Precision::year;
    p.month = static_cast<unsigned>(month.value_or(1));
    p.day = static_cast<unsigned>(day.value_or(1));
    p.hour = static_cast<unsigned>(hour.value_or(0));
    p.minute = static_cast<unsigned>(minute.value_or(0));
    if (second.value_or(0) != 0 || ms.value_or(0) != 0)
        b.warn(pos, fmt::format("the seconds of {} are not carried over: a model's finest date is the minute", which));
    if (obj.contains("display_date"))
        b.warn(pos, fmt::format("the display_date of {} is not carried over: dates are shown at their precision", which));
    std::string why;
    auto checked = checked_point(p, why);
    if (!checked) b.error(pos, fmt::format("{} is not a date: {}", which, why));
    return checked;
}

std::string str(const json& obj, const char* a, const char* b = nullptr) {
    const json* v = &obj;
    for (const char* key : {a, b}) {
        if (!key) break;
        if (!v->is_object() || !v->contains(key)) return {};
        v = &(*v)[key];
    }
    return v->is_string() ? v->get<std::string>() : std::string();
}

// The text of TimelineJS's HTML: tags dropped, the common entities decoded.
std::string html_text(const std::string& html, bool& had_markup) {
    std::string out;
    had_markup = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '<') {
            auto close = html.find('>', i);
            if (close == std::string::npos) break;
            std::string tag = html.substr(i, close - i);
            if (tag.rfind("<p", 0) == 0 || tag.rfind("<br", 0) == 0 || tag.rfind("</p", 0) == 0) out += ' ';
            had_markup = true;
            i = close;
            continue;
        }
        out += html[i];
    }
    for (auto [entity, ch] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
                              {"&nbsp;", " "}, {"&ndash;", "\u2013"}, {"&mdash;", "\u2014"},
                              {"&amp;", "&"}}) {
        for (auto at = out.find(entity); at != std::string::npos; at = out.find(entity, at + 1))
            out.replace(at, std::string_view(entity).size(), ch);
    }
    return out;
}

void read_event(const json& ev, core::Position pos, Builder& b) {
    if (!ev.is_object()) return b.error(pos, "each of \"events\" must be an object with a start_date");
    if (!ev.contains("start_date")) return b.error(pos, "this event has no start_date: write {\"year\": \"2024\"}");
    auto start = date_point(ev["start_date"], "start_date", pos, b);
    std::optional<model::DatePoint> end;
    if (ev.contains("end_date") && !ev["end_date"].is_null()) end = date_point(ev["end_date"], "end_date", pos, b);
    std::string title = b.value(str(ev, "text", "headline"), pos, "headline");
    if (title.empty()) return b.error(pos, "this event has no text.headline, which a model's event needs as its title");
    if (!start || (ev.contains("end_date") && !ev["end_date"].is_null() && !end)) return;
    model::Event e;
    e.pos = pos;
    e.date_pos = pos;
    e.date.start = *start;
    if (end && (end->first_minute() != start->first_minute() || end->precision != start->precision)) e.date.end = end;
    if (e.date.end && e.date.end->last_minute() < e.date.start.first_minute())
        return b.error(pos, "end_date is before start_date");
    e.id = b.event_id(str(ev, "unique_id"), title, pos);
    e.title = title;
    e.lane = b.lane(str(ev, "group"), pos);
    bool markup = false;
    e.note = b.value(html_text(str(ev, "text", "text"), markup), pos, "text");
    if (markup) b.warn(pos, "the HTML of text.text is carried over as plain text in the note");
    e.url = b.value(str(ev, "media", "url"), pos, "media url");
    for (const char* key : {"caption", "credit", "thumbnail"})
        if (!str(ev, "media", key).empty()) b.warn(pos, fmt::format("media.{} is not carried over", key));
    for (const char* key : {"background", "autolink", "display_date"})
        if (ev.contains(key)) b.warn(pos, fmt::format("\"{}\" is not carried over", key));
    b.doc.events.push_back(std::move(e));
}

}  // namespace

model::Document import_timelinejs(std::string_view text, const std::string& file, core::Diagnostics& diags) {
    Builder b(file, diags);
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        b.error(LineIndex(text).at(e.byte > 0 ? e.byte - 1 : 0),
                "this is not JSON that TimelineJS reads: " + std::string(e.what()).substr(std::string(e.what()).find(':') + 2));
        return b.finish();
    }
    if (!root.is_object() || !root.contains("events") || !root["events"].is_array()) {
        b.error({1, 1}, "a TimelineJS file is an object with an \"events\" list: {\"events\": [{\"start_date\": ...}]}");
        return b.finish();
    }
    if (root.contains("title")) {
        bool markup = false;
        b.doc.title = b.value(str(root["title"], "text", "headline"), {1, 1}, "title");
        b.doc.subtitle = b.value(html_text(str(root["title"], "text", "text"), markup), {1, 1}, "title's text");
    }
    auto offsets = event_offsets(text);
    LineIndex lines(text);
    const json& events = root["events"];
    for (std::size_t i = 0; i < events.size(); ++i)
        read_event(events[i], i < offsets.size() ? lines.at(offsets[i]) : core::Position{1, 1}, b);
    if (root.contains("eras") && !root["eras"].empty())
        b.warn({1, 1}, fmt::format("{} not carried over: a model has lanes, not eras",
                                   root["eras"].size() == 1 ? "the era is" : fmt::format("the {} eras are", root["eras"].size())));
    return b.finish();
}

}  // namespace timegraph::import
