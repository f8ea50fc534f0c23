// The last resort of link routing: where a link laid through the columns
// would still pass behind a box, an orthogonal route around every box is
// searched on the grid their edges make (A* with a cost per bend).
#pragma once

#include <cstddef>
#include <vector>

#include "causal/layered.hpp"

namespace timegraph::causal::layered {

struct Box {
    double a0 = 0, a1 = 0, s0 = 0, s1 = 0;  // along and across extents
};

// Whether the segment from (px, py) to (qx, qy) enters the open box
// [x0, x1] x [y0, y1] (Liang–Barsky clipping); touching an edge does not count.
bool segment_enters(double px, double py, double qx, double qy, double x0, double y0, double x1, double y1);

// Boxes bucketed on a uniform grid, to find the few near a segment.
class BoxIndex {
public:
    BoxIndex(const std::vector<Box>& boxes, double cell);
    // Whether the segment from p to q comes within `margin` of a box other than skip_a and skip_b.
    bool hits(Point p, Point q, double margin, std::size_t skip_a, std::size_t skip_b) const;
    const std::vector<Box>& boxes() const { return boxes_; }

private:
    std::vector<Box> boxes_;
    double cell_, a0_ = 0, s0_ = 0;
    std::size_t cols_ = 1, rows_ = 1;
    std::vector<std::vector<std::size_t>> cells_;
};

// Whether a polyline passes within `margin` of a box other than its two ends.
bool route_hits(const std::vector<Point>& route, const BoxIndex& index, double margin, std::size_t from,
                std::size_t to);

// An orthogonal route from the right side of box `from` to the left side of
// box `to` (ends at their middles), or, when the boxes overlap along time,
// from the edge of one facing the other to the other's; it keeps `margin`
// from every box (less, where that finds no way); empty when none is found.
std::vector<Point> detour(const BoxIndex& index, std::size_t from, std::size_t to, double margin);

}  // namespace timegraph::causal::layered
