// Labels that the page reveals as it zooms in. Where the label rows leave
// events unlabelled, each may get a one-line label at 12/z px (z = 2, 4, 8)
// beside its marker or hanging below it on a leader, which reads as 12 px
// once the page zooms by z. All such labels, the rows' labels and leaders,
// and every marker are pairwise disjoint, so that no zoom level shows text
// over text or over a marker; a leader may cross markers, never text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "style/style.hpp"

namespace timegraph::timeline {

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The zoom factors of the tiers, largest label first.
using style::kLabelTiers;

// Occupied rectangles, bucketed in a grid of square cells: a query or an
// insert costs the cells the box covers, so a crowd stays O(n).
class Occupancy {
public:
    Occupancy(Box area, double cell);
    void add(const Box& b);
    // No stored box overlaps b; boxes that only touch do not overlap.
    bool is_free(const Box& b) const;

private:
    struct Span {
        std::size_t c0, c1, r0, r1;
    };
    Span span(const Box& b) const;
    Box area_;
    double cell_;
    std::size_t cols_, rows_;
    std::vector<Box> boxes_;
    std::vector<std::vector<std::uint32_t>> cells_;
};

struct TierItem {
    Box marker;     // the marker the label sits beside
    double leader;  // x where a leader leaves the marker downwards
    Box area;       // where the label may lie: its lane's band
    double width;   // the label's box at 12 px (its ground, text and padding)
    double height;
};

struct TierLabel {
    int tier = 0;          // the zoom factor it needs, or 0 for no label
    Box box;               // the label's box at its tier's size
    bool leader = false;   // a line from the marker's bottom down to the box's top left corner
};

// Sizes at 12 px: a tier z label scales them all by 1/z.
struct TierSpacing {
    double gap = 2;           // clear space around a label
    double max_leader = 400;  // the longest leader
};

// Places labels in one pass per tier, largest first, taking items in
// `priority` order; an item labelled in an earlier pass is skipped. A label
// takes the first free spot right of, below, above or left of its marker,
// else the nearest free spot hanging below it on a leader. `texts` holds the
// boxes no label or leader may touch (text, grounds, leaders), `markers` the
// ones only labels must avoid; each label and leader placed joins `texts`.
std::vector<TierLabel> place_label_tiers(const std::vector<TierItem>& items, const std::vector<std::size_t>& priority,
                                         Occupancy& texts, const Occupancy& markers, TierSpacing spacing = {});

}  // namespace timegraph::timeline
