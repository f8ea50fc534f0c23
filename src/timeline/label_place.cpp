#include "timeline/label_place.hpp"

#include <algorithm>

namespace timegraph::timeline {

namespace {

struct Trial {
    Box label, leader;
};

Trial trial(const PlaceItem& it, const LabelSize& s, bool above, double depth, const PlaceFrame& f) {
    const double top = above ? f.above - depth - s.height : f.below + depth;
    Box label{it.anchor + 1, top, it.anchor + s.width, top + s.height};
    Box leader = above ? Box{it.anchor - 0.5, label.y1, it.anchor + 0.5, it.marker_top - 1}
                       : Box{it.anchor - 0.5, it.marker_bottom + 1, it.anchor + 0.5, label.y0};
    return {label, leader};
}

struct Board {
    Occupancy labels, leaders, columns;
};

// Beside its marker, on the marker's centre line: free of every marker's
// column, of leaders and of labels, it costs the lane no height.
bool try_beside(const PlaceItem& it, const PlaceFrame& f, Board& b, PlacedLabel& out) {
    if (!it.beside) return false;
    for (std::size_t v = 0; v < it.variants.size(); ++v) {
        const LabelSize& s = it.variants[v];
        if (s.height > f.beside_height) continue;
        const double x0 = it.marker_right + 2, top = (it.marker_top + it.marker_bottom - s.height) / 2;
        Box kept{x0 + 1, top, x0 + s.width + f.gap, top + s.height};
        if (x0 + s.width > f.right) continue;
        if (!b.labels.is_free(kept) || !b.leaders.is_free(kept) || !b.columns.is_free(kept)) continue;
        b.labels.add(kept);
        out = {true, false, true, static_cast<int>(v), top};
        return true;
    }
    return false;
}

// One greedy pass; `above_first` breaks ties between the sides.
std::vector<PlacedLabel> greedy(const std::vector<PlaceItem>& items, const std::vector<std::size_t>& priority,
                                const PlaceFrame& f, bool above_first) {
    std::vector<PlacedLabel> out(items.size());
    double x1 = f.right;
    for (const auto& it : items) x1 = std::max(x1, it.anchor);
    const Box area{0, f.above - f.max_depth - 200, x1 + 1, f.below + f.max_depth + 200};
    Board b{Occupancy(area, 32), Occupancy(area, 32), Occupancy(area, 32)};
    Occupancy &labels = b.labels, &leaders = b.leaders;
    // A marker's column runs from the top of the corridor down to the marker.
    for (const auto& it : items) b.columns.add({it.marker_left - 2, f.above, it.marker_right + 2, it.marker_bottom});
    for (std::size_t i : priority) {
        const PlaceItem& it = items[i];
        bool done = try_beside(it, f, b, out[i]);
        for (double depth = 0; depth <= f.max_depth && !done; depth += f.step) {
            for (bool above : {above_first, !above_first}) {
                for (std::size_t v = 0; v < it.variants.size() && !done; ++v) {
                    Trial t = trial(it, it.variants[v], above, depth, f);
                    if (t.label.x1 > f.right) continue;
                    // The gap keeps the next label clear on the right and away from the markers' side.
                    Box kept{t.label.x0, t.label.y0 - (above ? f.gap : 0), t.label.x1 + f.gap,
                             t.label.y1 + (above ? 0 : f.gap)};
                    if (!labels.is_free(kept) || !leaders.is_free(kept) || !labels.is_free(t.leader)) continue;
                    labels.add(kept);
                    leaders.add(t.leader);
                    out[i] = {true, above, false, static_cast<int>(v), t.label.y0};
                    done = true;
                }
                if (done) break;
            }
        }
    }
    return out;
}

// How tall the labels make the lane: their reach above and below its markers.
double extent(const std::vector<PlaceItem>& items, const std::vector<PlacedLabel>& placed, const PlaceFrame& f) {
    double lo = f.above, hi = f.below;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!placed[i].shown) continue;
        lo = std::min(lo, placed[i].top);
        hi = std::max(hi, placed[i].top + items[i].variants[static_cast<std::size_t>(placed[i].variant)].height);
    }
    return hi - lo;
}

std::size_t shown(const std::vector<PlacedLabel>& placed) {
    return static_cast<std::size_t>(std::count_if(placed.begin(), placed.end(), [](const auto& p) { return p.shown; }));
}

}  // namespace

// Both tie-breaks, keeping the one that labels more, then the shorter.
std::vector<PlacedLabel> place_labels(const std::vector<PlaceItem>& items, const std::vector<std::size_t>& priority,
                                      const PlaceFrame& f) {
    auto below = greedy(items, priority, f, false);
    auto above = greedy(items, priority, f, true);
    if (shown(above) != shown(below)) return shown(above) > shown(below) ? above : below;
    return extent(items, above, f) < extent(items, below, f) - 0.5 ? above : below;
}

}  // namespace timegraph::timeline
