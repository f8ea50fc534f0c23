#include "causal/detour.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <tuple>

namespace timegraph::causal::layered {

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr double kBendCost = 24;  // px a bend is worth: fewer bends over a slightly shorter way

}  // namespace

bool segment_enters(double px, double py, double qx, double qy, double x0, double y0, double x1, double y1) {
    double t0 = 0, t1 = 1;
    const double dx = qx - px, dy = qy - py;
    const double pk[4] = {-dx, dx, -dy, dy};
    const double qk[4] = {px - x0, x1 - px, py - y0, y1 - py};
    for (int k = 0; k < 4; ++k) {
        if (pk[k] == 0) {
            if (qk[k] <= 0) return false;
            continue;
        }
        double r = qk[k] / pk[k];
        if (pk[k] < 0) t0 = std::max(t0, r);
        else t1 = std::min(t1, r);
    }
    return t1 - t0 > 1e-9;
}

BoxIndex::BoxIndex(const std::vector<Box>& boxes, double cell) : boxes_(boxes), cell_(cell) {
    double a1 = 0, s1 = 0;
    a0_ = s0_ = std::numeric_limits<double>::infinity();
    a1 = s1 = -a0_;
    for (const auto& b : boxes_) {
        a0_ = std::min(a0_, b.a0), s0_ = std::min(s0_, b.s0);
        a1 = std::max(a1, b.a1), s1 = std::max(s1, b.s1);
    }
    if (boxes_.empty()) a0_ = s0_ = a1 = s1 = 0;
    // At most 1,024 cells a side: a huge drawing gets larger cells.
    cell_ = std::max({cell_, (a1 - a0_) / 1024, (s1 - s0_) / 1024, 1.0});
    cols_ = static_cast<std::size_t>((a1 - a0_) / cell_) + 1;
    rows_ = static_cast<std::size_t>((s1 - s0_) / cell_) + 1;
    cells_.assign(cols_ * rows_, {});
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const auto& b = boxes_[i];
        auto c0 = static_cast<std::size_t>((b.a0 - a0_) / cell_), c1 = static_cast<std::size_t>((b.a1 - a0_) / cell_);
        auto r0 = static_cast<std::size_t>((b.s0 - s0_) / cell_), r1 = static_cast<std::size_t>((b.s1 - s0_) / cell_);
        for (std::size_t r = r0; r <= std::min(r1, rows_ - 1); ++r)
            for (std::size_t c = c0; c <= std::min(c1, cols_ - 1); ++c) cells_[r * cols_ + c].push_back(i);
    }
}

bool BoxIndex::hits(Point p, Point q, double margin, std::size_t skip_a, std::size_t skip_b) const {
    auto clampc = [](double v, std::size_t n) {
        return static_cast<std::size_t>(std::clamp(v, 0.0, static_cast<double>(n - 1)));
    };
    std::size_t c0 = clampc((std::min(p.along, q.along) - margin - a0_) / cell_, cols_);
    std::size_t c1 = clampc((std::max(p.along, q.along) + margin - a0_) / cell_, cols_);
    std::size_t r0 = clampc((std::min(p.across, q.across) - margin - s0_) / cell_, rows_);
    std::size_t r1 = clampc((std::max(p.across, q.across) + margin - s0_) / cell_, rows_);
    for (std::size_t r = r0; r <= r1; ++r) {
        for (std::size_t c = c0; c <= c1; ++c) {
            for (std::size_t i : cells_[r * cols_ + c]) {
                if (i == skip_a || i == skip_b) continue;
                const auto& b = boxes_[i];
                if (segment_enters(p.along, p.across, q.along, q.across, b.a0 - margin, b.s0 - margin, b.a1 + margin,
                                   b.s1 + margin))
                    return true;
            }
        }
    }
    return false;
}

bool route_hits(const std::vector<Point>& route, const BoxIndex& index, double margin, std::size_t from,
                std::size_t to) {
    for (std::size_t i = 0; i + 1 < route.size(); ++i)
        if (index.hits(route[i], route[i + 1], margin, from, to)) return true;
    return false;
}

namespace {

struct Grid {
    std::vector<double> a, s;  // the coordinates a route may run along
};

Grid grid_in(const BoxIndex& index, Point start, Point end, Box window, double margin) {
    Grid g{{start.along, end.along, window.a0, window.a1}, {start.across, end.across, window.s0, window.s1}};
    for (const auto& b : index.boxes()) {
        if (b.a1 < window.a0 || b.a0 > window.a1 || b.s1 < window.s0 || b.s0 > window.s1) continue;
        g.a.push_back(b.a0 - 2 * margin);
        g.a.push_back(b.a1 + 2 * margin);
        g.s.push_back(b.s0 - 2 * margin);
        g.s.push_back(b.s1 + 2 * margin);
    }
    for (auto* v : {&g.a, &g.s}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return g;
}

// A* over the grid's points: state = point and the direction it was entered by.
std::vector<Point> search(const BoxIndex& index, const Grid& g, Point start, Point end, double margin,
                          std::size_t first_dir) {
    const std::size_t na = g.a.size(), ns = g.s.size(), states = na * ns * 4;
    auto index_of = [&](const std::vector<double>& v, double x) {
        return static_cast<std::size_t>(std::lower_bound(v.begin(), v.end(), x) - v.begin());
    };
    const std::size_t ia = index_of(g.a, start.along), is = index_of(g.s, start.across);
    const std::size_t ja = index_of(g.a, end.along), js = index_of(g.s, end.across);
    std::vector<double> cost(states, std::numeric_limits<double>::infinity());
    std::vector<std::size_t> from(states, kNone);
    using Entry = std::tuple<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    auto h = [&](std::size_t a, std::size_t s) { return std::abs(g.a[a] - end.along) + std::abs(g.s[s] - end.across); };
    const std::size_t first = ((ia * ns + is) * 4) + first_dir;  // the way the link leaves its box
    cost[first] = 0;
    open.emplace(h(ia, is), first);
    const int da[4] = {1, -1, 0, 0}, ds[4] = {0, 0, 1, -1};
    while (!open.empty()) {
        auto [f, st] = open.top();
        open.pop();
        std::size_t a = st / 4 / ns, s = st / 4 % ns, dir = st % 4;
        if (f - h(a, s) > cost[st] + 1e-9) continue;
        if (a == ja && s == js) {
            std::vector<Point> pts;
            for (std::size_t x = st; x != kNone; x = from[x]) pts.push_back({g.a[x / 4 / ns], g.s[x / 4 % ns]});
            std::reverse(pts.begin(), pts.end());
            return pts;
        }
        for (std::size_t d = 0; d < 4; ++d) {
            long long na2 = static_cast<long long>(a) + da[d], ns2 = static_cast<long long>(s) + ds[d];
            if (na2 < 0 || ns2 < 0 || na2 >= static_cast<long long>(na) || ns2 >= static_cast<long long>(ns)) continue;
            auto a2 = static_cast<std::size_t>(na2), s2 = static_cast<std::size_t>(ns2);
            Point p{g.a[a], g.s[s]}, q{g.a[a2], g.s[s2]};
            if (index.hits(p, q, margin, kNone, kNone)) continue;
            double c = cost[st] + std::abs(q.along - p.along) + std::abs(q.across - p.across) + (d != dir ? kBendCost : 0);
            std::size_t nst = (a2 * ns + s2) * 4 + d;
            if (c + 1e-9 < cost[nst]) {
                cost[nst] = c;
                from[nst] = st;
                open.emplace(c + h(a2, s2), nst);
            }
        }
    }
    return {};
}

}  // namespace

std::vector<Point> detour(const BoxIndex& index, std::size_t from, std::size_t to, double margin) {
    const auto& bs = index.boxes();
    const Box& a = bs[from];
    const Box& b = bs[to];
    // Side to side; boxes that overlap along time are joined from one's edge
    // across time to the other's instead.
    const bool across = b.a0 < a.a1;
    const double dir = (b.s0 + b.s1) / 2 > (a.s0 + a.s1) / 2 ? 1 : -1;
    const double mid = (std::max(a.a0, b.a0) + std::min(a.a1, b.a1)) / 2;
    Point side_a = across ? Point{mid, dir > 0 ? a.s1 : a.s0} : Point{a.a1, (a.s0 + a.s1) / 2};
    Point side_b = across ? Point{mid, dir > 0 ? b.s0 : b.s1} : Point{b.a0, (b.s0 + b.s1) / 2};
    Box all{0, 0, 0, 0};
    for (const auto& x : bs) all = {std::min(all.a0, x.a0), std::max(all.a1, x.a1), std::min(all.s0, x.s0), std::max(all.s1, x.s1)};
    // A box close beside an end can leave no room at the full margin: then a thinner one.
    for (double m : {margin, margin / 2, 0.5}) {
        Point start = across ? Point{side_a.along, side_a.across + dir * 2 * m} : Point{side_a.along + 2 * m, side_a.across};
        Point end = across ? Point{side_b.along, side_b.across - dir * 2 * m} : Point{side_b.along - 2 * m, side_b.across};
        std::size_t first_dir = across ? (dir > 0 ? 2 : 3) : 0;
        for (double reach = 200;; reach *= 2.5) {
            Box window{std::min(start.along, end.along) - reach, std::max(start.along, end.along) + reach,
                       std::min(start.across, end.across) - reach, std::max(start.across, end.across) + reach};
            auto pts = search(index, grid_in(index, start, end, window, m), start, end, m, first_dir);
            if (!pts.empty()) {
                pts.insert(pts.begin(), side_a);
                pts.push_back(side_b);
                return pts;
            }
            bool covers = window.a0 <= all.a0 - 4 * m && window.a1 >= all.a1 + 4 * m && window.s0 <= all.s0 - 4 * m &&
                          window.s1 >= all.s1 + 4 * m;
            if (covers) break;
        }
    }
    return {};
}

}  // namespace timegraph::causal::layered
