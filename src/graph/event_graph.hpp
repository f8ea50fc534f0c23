// The EventGraph: the one Boost.Graph every later stage reads. Vertex i is
// document.events[i]; each edge is one link of the document. Checks and
// queries over it live beside this file.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>

#include "model/document.hpp"

namespace timegraph::graph {

struct EventProps {
    int event = -1;  // index into Document::events
    // The event's interval, Date::earliest() and latest(), worked out once:
    // sorting and the transitive reduction ask for them millions of times.
    model::Minutes earliest = 0, latest = 0;
    // Drawn muted: a figure highlights a chain, and this event lies outside it (graph/subset.hpp).
    bool muted = false;
};

struct LinkProps {
    int link = -1;  // index into Document::links
    model::LinkKind kind = model::LinkKind::causes;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EventProps, LinkProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct EventGraph {
    model::Document document;
    Graph g;
    std::unordered_map<std::string, Vertex> by_id;

    const model::Event& event(Vertex v) const { return document.events[static_cast<std::size_t>(g[v].event)]; }
    const model::Link& link(Edge e) const { return document.links[static_cast<std::size_t>(g[e].link)]; }
    // A link is muted when either of its events is.
    bool muted(Edge e) const { return g[boost::source(e, g)].muted || g[boost::target(e, g)].muted; }
    // The vertex of an event id, if there is one.
    std::optional<Vertex> find(const std::string& id) const;
};

// Builds the graph from a document whose ids the parser has resolved. Links
// that name unknown events (already reported by the parser) are left out.
// It marks each link's `ends` and `feedback` (model::Link).
EventGraph build(model::Document document);

// Whether a link blocks an event already under way: the target began before
// the source and had not certainly ended by then. Such a link ends it.
bool ends_under_way(const EventGraph& eg, Edge e);

// Whether some link of the graph is a feedback link.
bool has_feedback(const EventGraph& eg);

}  // namespace timegraph::graph
