#include "graph/export_json.hpp"

#include <algorithm>
#include <cctype>

#include "graph/queries.hpp"

namespace timegraph::graph {

using nlohmann::json;

namespace {

json id_list(const EventGraph& eg, const std::vector<Vertex>& vs) {
    json out = json::array();
    for (Vertex v : vs) out.push_back(eg.event(v).id);
    return out;
}

json event_json(const model::Event& e) {
    json j = {{"id", e.id},
              {"title", e.title},
              {"date", date_json(e.date)},
              {"lane", e.lane.empty() ? json(nullptr) : json(e.lane)},
              {"status", model::to_string(e.status)},
              {"actors", e.actors},
              {"place", e.place},
              {"tags", e.tags},
              {"quotes", e.quotes},
              {"sources", e.sources},
              {"note", e.note},
              {"line", e.pos.line}};
    j["url"] = is_safe_url(e.url) ? json(e.url) : json(nullptr);
    return j;
}

json link_json(const model::Link& l, std::size_t index, bool drawn) {
    json j = {{"index", index},       {"from", l.from},       {"to", l.to},
              {"kind", model::to_string(l.kind)}, {"label", l.label}, {"quotes", l.quotes},
              {"sources", l.sources}, {"note", l.note},       {"drawn", drawn}};
    // A figure's elided link is no fact of the model: marked, with the events
    // it stands for, and no line of the model to point to.
    if (l.kind == model::LinkKind::elided) {
        j["elided"] = true;
        j["via"] = l.via;
    } else {
        j["line"] = l.pos.line;
    }
    // Present only when true, so that the export of a model without them stays as it was.
    if (l.ends) j["ends"] = true;
    if (l.feedback) j["feedback"] = true;
    return j;
}

}  // namespace

bool is_safe_url(std::string_view url) {
    // Browsers ignore leading spaces and control characters and fold case in the scheme.
    std::string lower;
    for (char c : url) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 || lower.rfind("mailto:", 0) == 0;
}

namespace {

// How a date counted from other events was written, beside its resolved ends.
json derivation_json(const model::Date& d) {
    if (!d.start_from && !d.end_from) return nullptr;
    auto text = [](const std::optional<model::Relative>& r) { return r ? json(r->text) : json(nullptr); };
    return {{"start", text(d.start_from)}, {"end", text(d.end_from)}};
}

}  // namespace

json date_json(const model::Date& d) {
    json j = {{"text", model::format_date(d)},
              {"precision", model::to_string(d.precision())},
              {"approximate", d.approximate()},
              {"start", model::iso_point(d.start)},
              {"end", d.end ? json(model::iso_point(*d.end)) : json(nullptr)},
              {"open", d.open},
              {"earliest", model::iso_minutes(d.earliest())},
              {"latest", d.open ? json(nullptr) : json(model::iso_minutes(d.latest()))},
              {"zone", d.start.zone.empty() ? json(nullptr) : json(d.start.zone)},
              {"derived", derivation_json(d)}};
    return j;
}

namespace {

json lanes_json(const model::Document& doc) {
    json lanes = json::array();
    for (const auto& l : doc.lanes) {
        json j = {{"id", l.id}, {"name", l.name}};
        if (!l.colour.empty()) j["colour"] = l.colour;  // only when given, so that older exports stay as they were
        lanes.push_back(std::move(j));
    }
    return lanes;
}

json periods_json(const model::Document& doc) {
    json periods = json::array();
    for (const auto& p : doc.periods)
        periods.push_back({{"id", p.id},
                           {"title", p.title},
                           {"date", date_json(p.date)},
                           {"lane", p.lane.empty() ? json(nullptr) : json(p.lane)},
                           {"line", p.pos.line}});
    return periods;
}

std::vector<bool> drawn_flags(const EventGraph& eg, bool all_links) {
    std::vector<bool> drawn(eg.document.links.size(), false);
    for (Edge e : drawn_links(eg, all_links)) drawn[static_cast<std::size_t>(eg.g[e].link)] = true;
    return drawn;
}

json analysis_json(const EventGraph& eg) {
    return {{"order", id_list(eg, by_date(eg))},
            {"root_causes", id_list(eg, root_causes(eg))},
            {"final_effects", id_list(eg, final_effects(eg))},
            {"longest_chain", id_list(eg, longest_chain(eg))}};
}

std::string compact(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

namespace {

json timezone_json(const model::Document& doc) { return doc.timezone.empty() ? json(nullptr) : json(doc.timezone); }

}  // namespace

json export_json(const EventGraph& eg, bool all_links) {
    const auto& doc = eg.document;
    json events = json::array();
    for (const auto& e : doc.events) events.push_back(event_json(e));
    auto drawn = drawn_flags(eg, all_links);
    json links = json::array();
    for (std::size_t i = 0; i < doc.links.size(); ++i) links.push_back(link_json(doc.links[i], i, drawn[i]));
    json out = {{"format", "timegraph"}, {"version", 1},         {"title", doc.title},  {"subtitle", doc.subtitle},
                {"source", doc.source},  {"lanes", lanes_json(doc)}, {"events", events}, {"links", links},
                {"timezone", timezone_json(doc)}, {"analysis", analysis_json(eg)}};
    if (!doc.periods.empty()) out["periods"] = periods_json(doc);
    return out;
}

std::string export_json_text(const EventGraph& eg, bool all_links) {
    const auto& doc = eg.document;
    // The keys in the order nlohmann's objects keep them: sorted.
    std::string out = "{\"analysis\":" + compact(analysis_json(eg)) + ",\"events\":[";
    for (std::size_t i = 0; i < doc.events.size(); ++i) {
        if (i > 0) out += ',';
        out += compact(event_json(doc.events[i]));
    }
    out += "],\"format\":\"timegraph\",\"lanes\":" + compact(lanes_json(doc)) + ",\"links\":[";
    auto drawn = drawn_flags(eg, all_links);
    for (std::size_t i = 0; i < doc.links.size(); ++i) {
        if (i > 0) out += ',';
        out += compact(link_json(doc.links[i], i, drawn[i]));
    }
    out += "]";
    if (!doc.periods.empty()) out += ",\"periods\":" + compact(periods_json(doc));
    out += ",\"source\":" + compact(doc.source) + ",\"subtitle\":" + compact(doc.subtitle) +
           ",\"timezone\":" + compact(timezone_json(doc)) + ",\"title\":" + compact(doc.title) + ",\"version\":1}";
    return out;
}

}  // namespace timegraph::graph
