// Pieces both causal-graph engines share (Graphviz's dot and the dated
// layout): an event's box, a link group's ids and accessible text, and the
// laid-out body that compose() frames. Internal to the causal stage.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "causal/causal_graphviz.hpp"
#include "scene/scene.hpp"

namespace timegraph::causal::detail {

// Above this many events, boxes and links carry no <desc>: each keeps its
// <title> (a box's accessible name), and the page's panel shows the details.
// At 10,000 events the descriptions were 25,000 elements and 1.5 MB of the
// page for the browser to parse, repeating what the model JSON holds.
inline constexpr std::size_t kDescribedEventsMax = 2000;

// The drawing between the legend and the credit, at the origin: what lies
// beneath (bands, axis), then the links' groups and the events' groups, which
// compose() puts in one layer each.
struct Body {
    std::vector<scene::Group> groups;
    std::vector<scene::Group> link_groups, event_groups;
    double width = 0, height = 0;
    std::size_t links = 0;
    bool down = false;  // time runs down the body rather than right
};

// An event's box, centred at `centre`: rounded rect, date line, wrapped title.
scene::Group event_group(const graph::EventGraph& eg, graph::Vertex v, const NodeText& t, scene::Point centre,
                         const CausalOptions& options);

// A link's group with its ids, data-from/to and accessible text, but no items yet.
scene::Group link_shell(const graph::EventGraph& eg, graph::Edge edge, const CausalOptions& options);

// A link's label lines, centred at `centre`, added to its group.
void add_label(scene::Group& g, const std::vector<std::string>& lines, scene::Point centre);

// A layout engine: the body from the graph and its measured boxes (by
// vertex), or nullopt once it has reported an error in diagnostics. The
// engines sit behind this one type and are chosen by name.
using Engine = std::optional<Body> (*)(const graph::EventGraph& eg, const std::vector<NodeText>& texts,
                                       const CausalOptions& options, core::Diagnostics& diagnostics);

// The engine of that name ("dot": Graphviz; "dated": dated_body), or nullptr.
Engine find_engine(std::string_view name);

// The layered layout (layered_body.cpp): events in time columns, ordered and
// placed by the layered phases (layered.hpp), links routed clear of boxes;
// time runs the way options.direction says (`automatic`: see layered_body.cpp).
Body layered_body(const graph::EventGraph& eg, const std::vector<NodeText>& texts, const CausalOptions& options);

// The overview for graphs above kMaxLayeredEvents: x from the shared time
// scale, lanes as bands, rows within a lane ordered by barycenter sweeps,
// links as curves. O((V + E) log V).
Body dated_body(const graph::EventGraph& eg, const std::vector<NodeText>& texts, const CausalOptions& options);

}  // namespace timegraph::causal::detail
