// Places a lane's labels beside their markers where a one-line label fits
// between markers, else on both sides of its marker rows: each label hangs
// on a leader straight down (below) or up (above) from its marker, its box
// starting at the leader, at the smallest distance from the markers where its
// box, and its leader, touch no other label and no other leader. Unlike the
// rows of label_rows, labels of different heights interlock, so a lane grows
// no taller than its labels need. Cost: a few occupancy queries per 4 px of
// depth tried, so it serves lanes of up to a few hundred labels.
#pragma once

#include <cstddef>
#include <vector>

#include "timeline/label_tiers.hpp"

namespace timegraph::timeline {

struct LabelSize {
    double width = 0, height = 0;  // the label's box, from its leader
};

struct PlaceItem {
    double anchor = 0;                 // x of the leader
    double marker_left = 0, marker_right = 0, marker_top = 0, marker_bottom = 0;
    std::vector<LabelSize> variants;   // widest first
    bool beside = false;               // may sit right of its marker (a marker in the first row)
};

// Lane-local coordinates: labels below have tops at or under `below`, labels
// above have bottoms at or over `above`.
struct PlaceFrame {
    double below = 0, above = 0;
    double right = 0;       // no label reaches past this x
    double max_depth = 480; // the furthest a label's near edge lies from its side's base
    double gap = 8;         // clear space right of and under (or over) a label
    double step = 4;
    double beside_height = 17;  // the tallest label that may sit beside its marker
};

struct PlacedLabel {
    bool shown = false;
    bool above = false;
    bool beside = false;  // right of the marker, on its centre line, with no leader
    int variant = 0;
    double top = 0;  // of the box, lane-local
};

// Labels items in `priority` order, each at the nearest free depth (below
// before above at equal depth); an item with no free place within max_depth
// stays unlabelled.
std::vector<PlacedLabel> place_labels(const std::vector<PlaceItem>& items, const std::vector<std::size_t>& priority,
                                      const PlaceFrame& frame);

}  // namespace timegraph::timeline
