// Runs Graphviz's dot layout on a built graph under a time bound. Graphviz
// cannot be cancelled, and a layout may recurse deeply or run for minutes,
// so by default it runs in a forked child process that is killed at the
// deadline; the child sends back only numbers (positions, sizes, curves) and
// Graphviz's messages. Internal to the causal stage.
#pragma once

#include <string>
#include <vector>

#include "causal/causal_graphviz.hpp"

namespace timegraph::causal::detail {

struct DotPoint {
    double x = 0, y = 0;  // Graphviz points, y up
};

struct DotNode {
    DotPoint centre;
    double width = 0, height = 0;  // points
};

struct DotEdge {
    std::vector<std::vector<DotPoint>> beziers;  // each: a start point, then three points per cubic segment
    bool has_label = false;                      // Graphviz placed the reserved label room...
    DotPoint label_centre;                       // ...here,
    double label_width = 0, label_height = 0;    // ...this big (points)
};

struct DotResult {
    enum class Status {
        ok,         // laid out; `messages` holds Graphviz's warnings
        failed,     // Graphviz reported an error; `messages` says which
        timed_out,  // still running at the deadline, and killed
        crashed,    // the child process died, or sent back no layout
    };
    Status status = Status::failed;
    std::vector<DotNode> nodes;  // in Built::nodes order
    std::vector<DotEdge> edges;  // in Built::links order
    std::vector<std::string> messages;
};

// Lays `built` out with dot. With timeout_seconds > 0 the layout runs in a
// child process that gets that long; with 0 (or where fork fails) it runs in
// this process without a bound.
DotResult run_dot(const Built& built, double timeout_seconds);

}  // namespace timegraph::causal::detail
