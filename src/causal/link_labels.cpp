#include "causal/link_labels.hpp"

#include <algorithm>
#include <cmath>

#include "causal/detour.hpp"

namespace timegraph::causal {

namespace {

constexpr double kClear = 2;  // px kept between a label and anything else

bool overlaps(const Rect& a, const Rect& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

bool enters(scene::Point p, scene::Point q, const Rect& r) {
    return layered::segment_enters(p.x, p.y, q.x, q.y, r.x0, r.y0, r.x1, r.y1);
}

struct Placer {
    const std::vector<std::vector<scene::Point>>& routes;
    const std::vector<Rect>& boxes;
    std::vector<Rect> taken;

    bool free(const Rect& r, std::size_t own) const {
        Rect wide{r.x0 - kClear, r.y0 - kClear, r.x1 + kClear, r.y1 + kClear};
        for (const auto& b : boxes)
            if (overlaps(wide, b)) return false;
        for (const auto& t : taken)
            if (overlaps(wide, t)) return false;
        for (std::size_t i = 0; i < routes.size(); ++i) {
            if (i == own) continue;
            for (std::size_t k = 0; k + 1 < routes[i].size(); ++k)
                if (enters(routes[i][k], routes[i][k + 1], wide)) return false;
        }
        return true;
    }
};

// Segments from the middle of the route outward: a label reads best halfway.
std::vector<std::size_t> middle_out(std::size_t n) {
    std::vector<std::size_t> order;
    if (n == 0) return order;
    std::size_t mid = (n - 1) / 2;
    order.push_back(mid);
    for (std::size_t d = 1; d < n; ++d) {
        if (mid + d < n) order.push_back(mid + d);
        if (d <= mid) order.push_back(mid - d);
    }
    return order;
}

}  // namespace

std::vector<std::optional<scene::Point>> place_link_labels(const std::vector<std::vector<scene::Point>>& routes,
                                                            const std::vector<LabelBox>& labels,
                                                            const std::vector<Rect>& boxes) {
    std::vector<std::optional<scene::Point>> out(routes.size());
    Placer p{routes, boxes, {}};
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const auto& r = routes[i];
        const LabelBox& l = labels[i];
        if (l.width <= 0 || r.size() < 2) continue;
        for (std::size_t k : middle_out(r.size() - 1)) {
            scene::Point a = r[k], b = r[k + 1];
            scene::Point c{(a.x + b.x) / 2, (a.y + b.y) / 2};
            // On the line, then just above and just below it.
            for (double dy : {0.0, -(l.height / 2 + 3), l.height / 2 + 3}) {
                Rect box{c.x - l.width / 2, c.y + dy - l.height / 2, c.x + l.width / 2, c.y + dy + l.height / 2};
                if (!p.free(box, i)) continue;
                out[i] = scene::Point{c.x, c.y + dy};
                p.taken.push_back(box);
                break;
            }
            if (out[i]) break;
        }
    }
    return out;
}

}  // namespace timegraph::causal
