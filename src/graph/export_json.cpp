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
    return {{"index", index},       {"from", l.from},       {"to", l.to},
            {"kind", model::to_string(l.kind)}, {"label", l.label}, {"quotes", l.quotes},
            {"sources", l.sources}, {"note", l.note},       {"drawn", drawn},
            {"line", l.pos.line}};
}

}  // namespace

bool is_safe_url(std::string_view url) {
    // Browsers ignore leading spaces and control characters and fold case in the scheme.
    std::string lower;
    for (char c : url) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 || lower.rfind("mailto:", 0) == 0;
}

json date_json(const model::Date& d) {
    json j = {{"text", model::format_date(d)},
              {"precision", model::to_string(d.precision())},
              {"approximate", d.approximate()},
              {"start", model::iso_point(d.start)},
              {"end", d.end ? json(model::iso_point(*d.end)) : json(nullptr)},
              {"open", d.open},
              {"earliest", model::iso_minutes(d.earliest())},
              {"latest", d.open ? json(nullptr) : json(model::iso_minutes(d.latest()))}};
    return j;
}

json export_json(const EventGraph& eg, bool all_links) {
    const auto& doc = eg.document;
    json lanes = json::array();
    for (const auto& l : doc.lanes) lanes.push_back({{"id", l.id}, {"name", l.name}});
    json events = json::array();
    for (const auto& e : doc.events) events.push_back(event_json(e));
    std::vector<bool> drawn(doc.links.size(), false);
    for (Edge e : drawn_links(eg, all_links)) drawn[static_cast<std::size_t>(eg.g[e].link)] = true;
    json links = json::array();
    for (std::size_t i = 0; i < doc.links.size(); ++i) links.push_back(link_json(doc.links[i], i, drawn[i]));
    json analysis = {{"order", id_list(eg, by_date(eg))},
                     {"root_causes", id_list(eg, root_causes(eg))},
                     {"final_effects", id_list(eg, final_effects(eg))},
                     {"longest_chain", id_list(eg, longest_chain(eg))}};
    return {{"format", "timegraph"}, {"version", 1},       {"title", doc.title},  {"subtitle", doc.subtitle},
            {"source", doc.source},  {"lanes", lanes},     {"events", events},    {"links", links},
            {"analysis", analysis}};
}

}  // namespace timegraph::graph
