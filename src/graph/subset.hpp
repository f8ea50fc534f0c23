// Figures that tell one story: a subset of the event graph (a chain, a date
// range, some lanes or tags) whose links never dangle, and the muted marks
// that let a highlighted chain stand out from the rest. Both views draw the
// graph built here, so they show the same subset.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/event_graph.hpp"

namespace timegraph::graph {

// How many links one elision search may follow from a kept event through
// left-out ones. Past it, chains further out get no elided link (the figure
// loses a connection, not its time): the searches stay O(V * budget) on
// 100,000 events however the kept events lie.
inline constexpr std::size_t kElisionBudget = 2048;

// An elided link's <desc> names its left-out events up to this many.
inline constexpr std::size_t kElidedNamesMax = 3;

// A figure's graph: the kept events, in document order, with the links
// between them, then one link of kind `elided` for each pair of kept events
// joined by a chain of links through left-out events only (and no direct
// link). Its `via` holds the left-out events of the shortest such chain.
// An elided link whose effect certainly precedes its cause (possible when
// the chain passes through a long range) is left out, as the model's own
// checks would reject it.
struct Subset {
    EventGraph graph;
    std::vector<Vertex> original;  // by vertex of `graph`: the vertex in the full graph
    std::size_t left_out = 0;      // events of the full graph not kept
    std::size_t elided = 0;        // elided links added
};

// The subset of the events with keep[v] set (by vertex of eg).
Subset subset(const EventGraph& eg, const std::vector<bool>& keep);

// v, its causes and its effects (all ancestors and descendants), by vertex.
std::vector<bool> chain_set(const EventGraph& eg, Vertex v);

// "via 1 event", "via 3 events": how many left-out events an elided link stands for.
std::string via_text(const model::Link& l);
// An elided link's short name, as both views title it: "A … C, via 1 event".
std::string elided_title(const EventGraph& eg, Edge e);

// What a figure shows. Every filter given narrows it (they intersect);
// `highlight` keeps everything and mutes what lies outside that event's chain.
struct FigureFilter {
    std::string highlight, only_chain;         // event ids, "" for none
    std::optional<model::Minutes> from, to;    // events that reach into [from, to]
    std::vector<std::string> lanes, tags;      // lane ids; tags, any of which an event carries

    bool narrows() const { return !only_chain.empty() || from || to || !lanes.empty() || !tags.empty(); }
};

// The figure's graph, or a usage error: an unknown event (with a
// did-you-mean), lane or tag (naming the known ones), or filters that leave
// no event. Without narrowing filters the graph is eg itself (muted where a
// highlight says), so that a plain render copies nothing.
struct Figure {
    EventGraph graph;
    std::size_t left_out = 0, elided = 0;  // as in Subset
    std::string error;                     // "" unless the filter is unusable
};
Figure figure(EventGraph eg, const FigureFilter& filter);

// Whether a graph has muted events or elided links: a figure's, whose
// drawings carry the figure rules of the stylesheet.
bool has_figure_marks(const EventGraph& eg);

// "unknown event 'x'; did you mean 'y'?", for every command that takes an id.
std::string unknown_event_message(const EventGraph& eg, const std::string& id);

}  // namespace timegraph::graph
