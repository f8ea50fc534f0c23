// Causal chains as a reader sees them in a terminal: an indented, dated tree
// of an event's causes or effects, or the path between two events; and the
// same as JSON for scripts.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "graph/event_graph.hpp"
#include "graph/queries.hpp"

namespace timegraph::graph {

enum class Direction { causes, effects };

// The tree of causes (or effects) under v along links of the given kinds,
// children in date order. Each step names its kind: caused by, enabled by,
// blocked by, ended by (a block into an event under way). An event reached
// again by another branch is printed once, then referred to; a feedback link
// is printed, marked, and not followed, so a loop is never walked round.
std::string chain_tree(const EventGraph& eg, Vertex v, Direction dir, const KindSet& kinds = {});

// A path of events, first to last, with the step's kind and label between each.
std::string path_text(const EventGraph& eg, const Path& path);

// {"root", "direction", "events": [...in date order], "links": [...walked]};
// each link carries its "kind", its "step" (as in the text) and "feedback".
nlohmann::json chain_json(const EventGraph& eg, Vertex v, Direction dir, const KindSet& kinds = {});
nlohmann::json path_json(const EventGraph& eg, const Path& path);

// A step's name, reading along the direction: "caused by" or "causes", ...,
// "ended by" or "ends".
const char* step_name(const model::Link& l, Direction dir);

}  // namespace timegraph::graph
