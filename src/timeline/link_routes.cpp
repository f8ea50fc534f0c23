#include "timeline/link_routes.hpp"

#include <algorithm>
#include <cmath>

namespace timegraph::timeline {

using scene::Point;

namespace {

Point lerp(Point a, Point b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

Point cubic(Point a, Point b, Point c, Point d, double t) {
    double u = 1 - t;
    return {u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
            u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y};
}

Point quad(Point a, Point b, Point c, double t) {
    double u = 1 - t;
    return {u * u * a.x + 2 * u * t * b.x + t * t * c.x, u * u * a.y + 2 * u * t * b.y + t * t * c.y};
}

double dist(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Pieces by the length of their control polygon, which bounds the curve's.
int pieces(double polygon, double step) { return std::max(1, static_cast<int>(std::ceil(polygon / step))); }

}  // namespace

std::vector<Point> sample_path(const scene::Path& path, double step) {
    std::vector<Point> out;
    Point at{}, start{};
    for (const auto& op : path.ops) {
        switch (op.op) {
        case 'M': at = start = op.pts[0]; out.push_back(at); break;
        case 'L': {
            int n = pieces(dist(at, op.pts[0]), step);
            for (int k = 1; k <= n; ++k) out.push_back(lerp(at, op.pts[0], static_cast<double>(k) / n));
            at = op.pts[0];
            break;
        }
        case 'C': {
            int n = pieces(dist(at, op.pts[0]) + dist(op.pts[0], op.pts[1]) + dist(op.pts[1], op.pts[2]), step);
            for (int k = 1; k <= n; ++k) out.push_back(cubic(at, op.pts[0], op.pts[1], op.pts[2], static_cast<double>(k) / n));
            at = op.pts[2];
            break;
        }
        case 'Q': {
            int n = pieces(dist(at, op.pts[0]) + dist(op.pts[0], op.pts[1]), step);
            for (int k = 1; k <= n; ++k) out.push_back(quad(at, op.pts[0], op.pts[1], static_cast<double>(k) / n));
            at = op.pts[1];
            break;
        }
        case 'Z': out.push_back(start); at = start; break;
        default: break;
        }
    }
    return out;
}

bool clear_of(const scene::Path& path, const Occupancy& texts) {
    for (const Point& p : sample_path(path, 1))
        if (!texts.is_free({p.x - 0.01, p.y - 0.01, p.x + 0.01, p.y + 0.01})) return false;
    return true;
}

TextColumns::TextColumns(std::vector<Box> texts) : texts_(std::move(texts)) {
    std::sort(texts_.begin(), texts_.end(), [](const Box& a, const Box& b) { return a.y0 < b.y0; });
}

std::optional<double> TextColumns::free_x(double y0, double y1, double lo, double hi, double want, double margin) const {
    if (hi < lo) return std::nullopt;
    std::vector<std::pair<double, double>> blocked;
    for (const Box& b : texts_) {
        if (b.y0 >= y1) break;
        if (b.y1 > y0) blocked.emplace_back(b.x0 - margin, b.x1 + margin);
    }
    std::sort(blocked.begin(), blocked.end());
    // The free stretches of [lo, hi]; the nearest point of each to `want`.
    std::optional<double> best;
    auto consider = [&](double a, double b) {
        a = std::max(a, lo), b = std::min(b, hi);
        if (b < a) return;
        double x = std::clamp(want, a, b);
        if (!best || std::abs(x - want) < std::abs(*best - want)) best = x;
    };
    double free_from = lo;
    for (const auto& [a, b] : blocked) {
        if (a > free_from) consider(free_from, a);
        free_from = std::max(free_from, b);
    }
    consider(free_from, hi);
    return best;
}

scene::Path corridor_route(Point p, Point q, double y_from, double y_to, double column, double radius) {
    // The corners, in order; the path runs through them with rounded turns.
    std::vector<Point> pts = {p, {p.x, y_from}, {column, y_from}, {column, y_to}, {q.x, y_to}, q};
    // Drop corners that make no turn (a leg of zero length).
    std::vector<Point> v;
    for (const Point& c : pts)
        if (v.empty() || dist(v.back(), c) > 0.01) v.push_back(c);
    scene::Path path{{{'M', {v.front()}}}, "", scene::Marker::none};
    for (std::size_t i = 1; i + 1 < v.size(); ++i) {
        double r = std::min({radius, dist(v[i - 1], v[i]) / 2, dist(v[i], v[i + 1]) / 2});
        Point in = lerp(v[i], v[i - 1], r / dist(v[i], v[i - 1]));
        Point out = lerp(v[i], v[i + 1], r / dist(v[i], v[i + 1]));
        path.ops.push_back({'L', {in}});
        path.ops.push_back({'Q', {v[i], out}});
    }
    path.ops.push_back({'L', {v.back()}});
    return path;
}

}  // namespace timegraph::timeline
