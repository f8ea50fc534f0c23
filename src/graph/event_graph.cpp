#include "graph/event_graph.hpp"

namespace timegraph::graph {

std::optional<Vertex> EventGraph::find(const std::string& id) const {
    auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    return it->second;
}

EventGraph build(model::Document document) {
    EventGraph eg;
    eg.document = std::move(document);
    const auto& events = eg.document.events;
    eg.g = Graph(events.size());
    eg.by_id.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        eg.g[i].event = static_cast<int>(i);
        eg.g[i].earliest = events[i].date.earliest();
        eg.g[i].latest = events[i].date.latest();
        eg.by_id.emplace(events[i].id, i);  // the first of duplicate ids wins, as the parser reported
    }
    const auto& links = eg.document.links;
    for (std::size_t i = 0; i < links.size(); ++i) {
        auto from = eg.by_id.find(links[i].from);
        auto to = eg.by_id.find(links[i].to);
        if (from == eg.by_id.end() || to == eg.by_id.end()) continue;
        boost::add_edge(from->second, to->second, LinkProps{static_cast<int>(i), links[i].kind}, eg.g);
    }
    return eg;
}

}  // namespace timegraph::graph
