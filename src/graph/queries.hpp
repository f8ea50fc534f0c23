// Questions a reader asks of the event graph: what led to this, what came of
// it, how are two events connected, which chain is longest. Every result is
// deterministic and in date order where order matters.
#pragma once

#include <optional>
#include <vector>

#include "graph/event_graph.hpp"

namespace timegraph::graph {

// Orders events by (earliest, latest, id): the reading order of a timeline.
bool date_less(const model::Event& a, const model::Event& b);
std::vector<Vertex> by_date(const EventGraph& eg);

// All ancestors (causes) or descendants (effects) of v, in date order, v excluded.
std::vector<Vertex> causes(const EventGraph& eg, Vertex v);
std::vector<Vertex> effects(const EventGraph& eg, Vertex v);

// The link kinds a chain or a path may follow: all of them unless narrowed.
class KindSet {
public:
    KindSet() = default;
    explicit KindSet(const std::vector<model::LinkKind>& kinds);
    bool has(model::LinkKind k) const { return (bits_ >> static_cast<unsigned>(k) & 1u) != 0; }

private:
    unsigned bits_ = ~0u;
};

// A chain of links, first event to last: events[i] -> events[i + 1] along links[i].
struct Path {
    std::vector<Vertex> events;
    std::vector<Edge> links;
};

// The shortest chain of links of the given kinds from one event to another
// (both included), if any; among equally short ones, the first in link order.
std::optional<Path> path_between(const EventGraph& eg, Vertex from, Vertex to, const KindSet& kinds = {});
// Its events only.
std::optional<std::vector<Vertex>> shortest_path(const EventGraph& eg, Vertex from, Vertex to);

// Events with no causes in the model, and events with no effects, in date order.
std::vector<Vertex> root_causes(const EventGraph& eg);
std::vector<Vertex> final_effects(const EventGraph& eg);

// The chain with the most links (ties broken by date, then id), first to last.
// Feedback links are left out; the rest must be acyclic (check() reports
// cycles), otherwise it is empty.
std::vector<Vertex> longest_chain(const EventGraph& eg);

// The links worth drawing: every link, or (all_links false) the transitive
// reduction — a link implied by a longer chain of links is left out, unless
// it ends an event under way (model::Link::ends). Edges
// come in link order.
std::vector<Edge> drawn_links(const EventGraph& eg, bool all_links);

}  // namespace timegraph::graph
