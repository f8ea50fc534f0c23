// Routes for the timeline's links that never pass through text. A link keeps
// its plain curve where that clears every text; otherwise it climbs from its
// cause into the corridor above the cause's lane (a band that holds no text),
// runs there to a column that is free of text down (or up) to the effect's
// lane, follows it to the corridor above the effect, and drops into the
// effect's marker. Where no column is free, the link is two stubs: one up
// from each marker into its corridor, the second with the arrow head.
#pragma once

#include <optional>
#include <vector>

#include "scene/scene.hpp"
#include "timeline/label_tiers.hpp"

namespace timegraph::timeline {

// The points of a path (lines, cubic and quadratic curves) every `step` px of
// its parameter, at least as dense as `step` along the curve.
std::vector<scene::Point> sample_path(const scene::Path& path, double step = 2);

// No sample of the path lies inside a box of `texts`.
bool clear_of(const scene::Path& path, const Occupancy& texts);

// Text boxes in vertical bands, for finding a free column quickly.
class TextColumns {
public:
    explicit TextColumns(std::vector<Box> texts);
    // The x in [lo, hi] nearest `want` such that no text box reaching into
    // [y0, y1] comes within `margin` of it; nothing when there is none.
    std::optional<double> free_x(double y0, double y1, double lo, double hi, double want, double margin) const;

private:
    std::vector<Box> texts_;  // by y0
};

// A link through corridors: up from p to y_from, along to `column`, to y_to,
// along to q.x, and down into q; corners rounded by `radius`.
scene::Path corridor_route(scene::Point p, scene::Point q, double y_from, double y_to, double column, double radius);

}  // namespace timegraph::timeline
