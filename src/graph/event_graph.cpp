#include "graph/event_graph.hpp"

#include <algorithm>

#include <boost/graph/strong_components.hpp>

namespace timegraph::graph {

std::optional<Vertex> EventGraph::find(const std::string& id) const {
    auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    return it->second;
}

namespace {

// Marks the links that end an event under way, and those of them that close
// a cycle: both ends in one strongly connected component.
void mark_ending_links(EventGraph& eg) {
    std::vector<int> comp(boost::num_vertices(eg.g));
    bool any = false;
    for (auto [it, end] = boost::edges(eg.g); it != end; ++it) {
        model::Link& l = eg.document.links[static_cast<std::size_t>(eg.g[*it].link)];
        l.ends = ends_under_way(eg, *it);
        l.feedback = false;
        any = any || l.ends;
    }
    if (!any) return;
    boost::strong_components(eg.g, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, eg.g)));
    for (auto [it, end] = boost::edges(eg.g); it != end; ++it) {
        model::Link& l = eg.document.links[static_cast<std::size_t>(eg.g[*it].link)];
        l.feedback = l.ends && comp[boost::source(*it, eg.g)] == comp[boost::target(*it, eg.g)];
    }
}

}  // namespace

bool ends_under_way(const EventGraph& eg, Edge e) {
    const EventProps& from = eg.g[boost::source(e, eg.g)];
    const EventProps& to = eg.g[boost::target(e, eg.g)];
    return eg.g[e].kind == model::LinkKind::blocks && to.earliest < from.earliest && to.latest >= from.earliest;
}

bool has_feedback(const EventGraph& eg) {
    const auto& links = eg.document.links;
    return std::any_of(links.begin(), links.end(), [](const model::Link& l) { return l.feedback; });
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
    mark_ending_links(eg);
    return eg;
}

}  // namespace timegraph::graph
