// The document as .tg text (docs/format.md): one key line per value, so that
// no imported text can start an event, a lane or a link line.
#include <fmt/format.h>

#include "import/builder.hpp"
#include "import/import.hpp"

namespace timegraph::import {

namespace {

// A value our parser reads back as written: a value that starts and ends
// with a quote keeps them inside one more pair, which the parser removes.
std::string tg_value(const std::string& v) {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return "\"" + v + "\"";
    return v;
}

void key(std::string& out, const char* indent, const char* name, const std::string& v) {
    if (!v.empty()) out += fmt::format("{}{}: {}\n", indent, name, tg_value(v));
}

std::string date_text(const model::Date& d) {
    if (d.open) return point_text(d.start) + "..";
    if (d.end) return point_text(d.start) + ".." + point_text(*d.end);
    return point_text(d.start);
}

void write_event(std::string& out, const model::Event& e) {
    out += "\nevent " + e.id + "\n";
    key(out, "  ", "date", date_text(e.date));
    key(out, "  ", "title", e.title);
    key(out, "  ", "lane", e.lane);
    key(out, "  ", "actors", join(e.actors, ", "));
    key(out, "  ", "place", e.place);
    key(out, "  ", "tags", join(e.tags, ", "));
    for (const auto& q : e.quotes) key(out, "  ", "quote", q);
    for (const auto& s : e.sources) key(out, "  ", "source", s);
    key(out, "  ", "note", e.note);
    key(out, "  ", "url", e.url);
    if (e.status != model::Status::happened) key(out, "  ", "status", model::to_string(e.status));
}

void write_link(std::string& out, const model::Link& l) {
    out += fmt::format("{} {} {}", l.from, model::arrow(l.kind), l.to);
    out += l.label.empty() ? "\n" : ": " + tg_value(l.label) + "\n";
    for (const auto& q : l.quotes) key(out, "  ", "quote", q);
    for (const auto& s : l.sources) key(out, "  ", "source", s);
    key(out, "  ", "note", l.note);
}

}  // namespace

std::string write_tg(const model::Document& doc) {
    std::string out;
    key(out, "", "title", doc.title);
    key(out, "", "subtitle", doc.subtitle);
    key(out, "", "source", doc.source);
    if (!doc.lanes.empty()) out += out.empty() ? "" : "\n";
    for (const auto& lane : doc.lanes) out += fmt::format("lane {}: {}\n", lane.id, tg_value(lane.name));
    for (const auto& e : doc.events) write_event(out, e);
    if (!doc.links.empty()) out += "\n";
    for (const auto& l : doc.links) write_link(out, l);
    return out;
}

}  // namespace timegraph::import
