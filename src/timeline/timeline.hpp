// The dated timeline: one band per lane, events placed by the shared time
// scale, labels packed in rows with leaders, causal links as curved arrows,
// and a frame (title, legend, source). Produces a Scene; it prints nothing.
#pragma once

#include <optional>
#include <string>

#include "graph/event_graph.hpp"
#include "scene/scene.hpp"
#include "timescale/time_scale.hpp"

namespace timegraph::timeline {

// Which way time runs: left to right with lanes as bands, or top to bottom
// with lanes as columns (for narrow screens).
enum class Direction { right, down };

struct TimelineOptions {
    timescale::ScaleKind scale = timescale::ScaleKind::compressed;
    std::optional<timescale::Minutes> from;  // show only events that reach into [from, to]
    std::optional<timescale::Minutes> to;
    double width = 1200;  // px; the height follows the content
    bool links = true;
    // Events a figure's filters left out before layout (graph/subset.hpp):
    // the note counts them, and lanes they leave empty get no band.
    std::size_t left_out = 0;
    Direction direction = Direction::right;
};

// The narrowest width the timeline lays out at; smaller widths are raised to
// it. Time running down lays out narrower, to a phone's width: where a
// column per lane will not hold its longest word, lanes become marker tracks
// beside one column of labels.
inline constexpr double kMinTimelineWidth = 480;
inline constexpr double kMinDownTimelineWidth = 320;

scene::Scene timeline_layout(const graph::EventGraph& eg, const TimelineOptions& options);

// When the model has events but none reaches into [from, to], what to tell
// the user ("no event lies in the range asked for ..."); nothing otherwise.
// A picture of none of them would be an empty axis, or worse, the swapped
// range's events: the command says so and writes nothing instead.
std::optional<std::string> empty_range_message(const graph::EventGraph& eg, const TimelineOptions& options);

}  // namespace timegraph::timeline
