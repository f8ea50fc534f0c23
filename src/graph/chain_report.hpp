// Causal chains as a reader sees them in a terminal: an indented, dated tree
// of an event's causes or effects, or the path between two events; and the
// same as JSON for scripts.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "graph/event_graph.hpp"

namespace timegraph::graph {

enum class Direction { causes, effects };

// The tree of causes (or effects) under v, children in date order. An event
// reached again by another branch is printed once, then referred to.
std::string chain_tree(const EventGraph& eg, Vertex v, Direction dir);

// A path of events, first to last, with the link kind and label between each.
std::string path_text(const EventGraph& eg, const std::vector<Vertex>& path);

// {"root", "direction", "events": [...in date order], "links": [...within the chain]}.
nlohmann::json chain_json(const EventGraph& eg, Vertex v, Direction dir);
nlohmann::json path_json(const EventGraph& eg, const std::vector<Vertex>& path);

}  // namespace timegraph::graph
