// The causal graph: events as boxes and links as curves, laid out by
// Graphviz's dot engine from left to right in time. An event that certainly
// precedes another always sits to its left; the result is a Scene, or DOT.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "graph/event_graph.hpp"
#include "scene/scene.hpp"

namespace timegraph::causal {

// Which engine lays the graph out. `dated` (and `automatic`, which is it)
// runs the layered phases over time columns (layered.hpp), and above
// kMaxLayeredEvents the overview along the time scale; `dot` is Graphviz's.
enum class CausalEngine { automatic, dot, dated };

// Which way time runs: to the right (landscape pages), down (portrait pages
// and phones), or `automatic`: the way that crosses fewer links, right on a
// tie (graphs of up to 150 events; bigger ones run right).
enum class Direction { automatic, right, down };

// The layered engine's limit; bigger graphs get the overview (see causal_layout.cpp).
inline constexpr std::size_t kMaxLayeredEvents = 2000;
inline constexpr double kDefaultDotTimeout = 20;  // seconds

struct CausalOptions {
    CausalEngine engine = CausalEngine::automatic;
    Direction direction = Direction::automatic;
    // Seconds Graphviz's dot may take (engine `dot`). It runs in a child
    // process, killed at the deadline, which is an error. 0: no bound, in
    // this process.
    double dot_timeout = kDefaultDotTimeout;
    bool all_links = false;        // draw links that a longer chain implies, too
    double max_title_width = 160;  // px; event titles wrap to this width...
    int max_title_lines = 3;       // ...in at most this many lines, the box widening for more...
    double widest_title = 320;     // ...up to this width, and only then end in an ellipsis
    double max_label_width = 120;  // px; link labels wrap to this width
    double min_frame_width = 480;  // px; the heading and legend wrap to at least this
    std::string prefix = "gr";     // prefix of every SVG id, unique per view in a page
};

// The laid-out causal graph with its heading, legend and credit. Graphviz's
// messages become diagnostics at the model's file; when Graphviz fails, an
// error is reported and there is no scene.
std::optional<scene::Scene> causal_layout(const graph::EventGraph& eg, const CausalOptions& options,
                                          core::Diagnostics& diagnostics);

// The same graph as DOT text for Graphviz users, written by Graphviz itself:
// labels are text, the time constraints are kept as invisible nodes (`_t0`,
// `_t1`, ...) and edges, and `dot -Tsvg` accepts it whatever the labels hold.
std::optional<std::string> causal_dot(const graph::EventGraph& eg, const CausalOptions& options,
                                      core::Diagnostics& diagnostics);

}  // namespace timegraph::causal
