#include "timeline/label_tiers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace timegraph::timeline {

namespace {

bool overlap(const Box& a, const Box& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

bool inside(const Box& b, const Box& area) {
    return b.x0 >= area.x0 && b.y0 >= area.y0 && b.x1 <= area.x1 && b.y1 <= area.y1;
}

std::size_t clamp_cell(double v, std::size_t n) {
    if (!(v > 0)) return 0;  // negative or NaN
    return std::min(n - 1, static_cast<std::size_t>(v));
}

// The spots a label of size w x h may take around a marker, nearest first:
// beside it on its centre line (right, then below and above its start), then
// on its left, then below and above its end.
std::array<Box, 6> spots(const Box& m, double w, double h, double gap) {
    const double cy = (m.y0 + m.y1) / 2;
    const double below = m.y1 + gap, above = m.y0 - gap - h;
    return {{
        {m.x1 + gap, cy - h / 2, m.x1 + gap + w, cy + h / 2},
        {m.x0, below, m.x0 + w, below + h},
        {m.x0, above, m.x0 + w, above + h},
        {m.x0 - gap - w, cy - h / 2, m.x0 - gap, cy + h / 2},
        {m.x1 - w, below, m.x1, below + h},
        {m.x1 - w, above, m.x1, above + h},
    }};
}

Box grown(const Box& b, double d) { return {b.x0 - d, b.y0 - d, b.x1 + d, b.y1 + d}; }

}  // namespace

Occupancy::Occupancy(Box area, double cell)
    : area_(area),
      cell_(cell > 0 ? cell : 16),
      cols_(std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((area.x1 - area.x0) / cell_)))),
      rows_(std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((area.y1 - area.y0) / cell_)))),
      cells_(cols_ * rows_) {}

Occupancy::Span Occupancy::span(const Box& b) const {
    return {clamp_cell((b.x0 - area_.x0) / cell_, cols_), clamp_cell((b.x1 - area_.x0) / cell_, cols_),
            clamp_cell((b.y0 - area_.y0) / cell_, rows_), clamp_cell((b.y1 - area_.y0) / cell_, rows_)};
}

void Occupancy::add(const Box& b) {
    const auto index = static_cast<std::uint32_t>(boxes_.size());
    boxes_.push_back(b);
    Span s = span(b);
    for (std::size_t r = s.r0; r <= s.r1; ++r)
        for (std::size_t c = s.c0; c <= s.c1; ++c) cells_[r * cols_ + c].push_back(index);
}

bool Occupancy::is_free(const Box& b) const {
    Span s = span(b);
    for (std::size_t r = s.r0; r <= s.r1; ++r)
        for (std::size_t c = s.c0; c <= s.c1; ++c)
            for (std::uint32_t i : cells_[r * cols_ + c])
                if (overlap(boxes_[i], b)) return false;
    return true;
}

namespace {

struct Placer {
    Occupancy& texts;
    const Occupancy& markers;
    double gap;  // at the tier's size

    bool label_fits(const Box& b, const Box& area) const {
        Box g = grown(b, gap);
        return inside(b, area) && texts.is_free(g) && markers.is_free(g);
    }

    // The nearest free spot below the marker whose leader crosses no text.
    // Deeper spots need a longer leader, so the search stops where the
    // leader would first run into something.
    std::optional<Box> hanging(const TierItem& item, double w, double h, double max_leader) const {
        const double x = item.leader, top = item.marker.y1 + gap, step = (h + gap) / 2;
        double clear_to = top;  // the leader is free of text down to here
        for (double y = top + h + gap; y - top <= max_leader && y + h <= item.area.y1; y += step) {
            if (!texts.is_free({x - gap, clear_to, x + gap, y})) return std::nullopt;
            clear_to = y;
            Box b{x, y, x + w, y + h};
            if (label_fits(b, item.area)) return b;
        }
        return std::nullopt;
    }

    TierLabel place(const TierItem& item, int z, const TierSpacing& spacing) {
        const double k = 1.0 / z, w = item.width * k, h = item.height * k;
        for (const Box& b : spots(item.marker, w, h, gap))
            if (label_fits(b, item.area)) {
                texts.add(b);
                return {z, b, false};
            }
        if (auto b = hanging(item, w, h, spacing.max_leader * k)) {
            texts.add(*b);
            texts.add({item.leader - k / 2, item.marker.y1, item.leader + k / 2, b->y0});
            return {z, *b, true};
        }
        return {};
    }
};

}  // namespace

std::vector<TierLabel> place_label_tiers(const std::vector<TierItem>& items, const std::vector<std::size_t>& priority,
                                         Occupancy& texts, const Occupancy& markers, TierSpacing spacing) {
    std::vector<TierLabel> out(items.size());
    for (int z : kLabelTiers) {
        Placer placer{texts, markers, spacing.gap / z};
        for (std::size_t i : priority)
            if (i < items.size() && out[i].tier == 0) out[i] = placer.place(items[i], z, spacing);
    }
    return out;
}

}  // namespace timegraph::timeline
