// Where each link's label goes in the layered drawing: on its own route, at
// the first segment (from the middle out) where the label's box clears every
// event box, every other label and every other link, so that no line runs
// through text. A label with no such place stays in the link's <title>.
#pragma once

#include <optional>
#include <vector>

#include "scene/scene.hpp"

namespace timegraph::causal {

struct LabelBox {
    double width = 0, height = 0;  // 0 x 0: the link has no label
};

struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The centre of each link's label, by link; nullopt where none fits.
std::vector<std::optional<scene::Point>> place_link_labels(const std::vector<std::vector<scene::Point>>& routes,
                                                            const std::vector<LabelBox>& labels,
                                                            const std::vector<Rect>& boxes);

}  // namespace timegraph::causal
