// The dated causal layout for graphs too big for Graphviz: x comes from the
// shared time scale, lanes are bands, and within a lane boxes are packed into
// rows whose order barycenter sweeps choose, to keep links short and
// uncrossed. Every step is a sort or a linear pass: O((V + E) log V).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <limits>
#include <queue>

#include <fmt/format.h>

#include "causal/causal_parts.hpp"
#include "core/text.hpp"
#include "graph/queries.hpp"
#include "measure/text_wrap.hpp"
#include "style/style.hpp"
#include "timescale/time_scale.hpp"

namespace timegraph::causal::detail {

using measure::baseline, measure::wrap_text;
using timescale::Minutes, timescale::ScaleOptions, timescale::TimeScale, timescale::TimeSpan;

namespace {

namespace cls = style::cls;
using style::kLaneName;

constexpr double kColumnGap = 16;  // px between boxes that share a row
constexpr double kRowGap = 12;     // px between rows
constexpr double kLaneGap = 16;    // px of band above and below a lane's rows
constexpr double kAxisHeight = 36; // two rows of tick labels
constexpr int kSweeps = 4;

struct Box {
    double x = 0;  // centre, from the time scale
    double w = 0, h = 0;
    int lane = 0;
    int row = 0;
};

struct LaneRows {
    std::vector<std::vector<graph::Vertex>> rows;
    double pitch = 0;  // the tallest box of the lane plus the row gap
    double top = 0;
};

int lane_of(const graph::EventGraph& eg, graph::Vertex v) {
    int lane = eg.document.find_lane(eg.event(v).lane);
    return lane < 0 ? static_cast<int>(eg.document.lanes.size()) : lane;
}

TimeScale fit_scale(const graph::EventGraph& eg, const std::vector<int>& lanes, double width) {
    Minutes lo = std::numeric_limits<Minutes>::max(), hi = std::numeric_limits<Minutes>::min();
    for (const auto& e : eg.document.events) {
        lo = std::min(lo, e.date.earliest());
        hi = std::max(hi, e.date.open ? e.date.earliest() : e.date.latest());
    }
    std::vector<TimeSpan> spans;
    for (graph::Vertex v = 0; v < boost::num_vertices(eg.g); ++v) {
        const auto& d = eg.event(v).date;
        spans.push_back({d.earliest(), std::min(d.latest(), hi), !d.is_range(), lanes[v]});
    }
    ScaleOptions so;
    so.x1 = width;
    so.min_marker_gap = 6;
    return TimeScale::fit(std::move(spans), {lo, std::max(hi, lo + 1)}, so);
}

// The box centre sits at the middle of the event's interval, so that an event
// that certainly precedes another is always further left.
double centre_x(const TimeScale& scale, const model::Date& d, Minutes hi) {
    Minutes a = d.earliest(), b = std::min(d.latest(), std::max(hi, a));
    return scale.x(a + (b - a) / 2);
}

// Greedy interval packing: each box takes the row that frees up first, when it fits there.
LaneRows pack_rows(const std::vector<graph::Vertex>& members, std::vector<Box>& boxes) {
    LaneRows lr;
    std::vector<graph::Vertex> sorted = members;
    std::sort(sorted.begin(), sorted.end(), [&](auto a, auto b) {
        return boxes[a].x - boxes[a].w / 2 < boxes[b].x - boxes[b].w / 2 || (boxes[a].x - boxes[a].w / 2 == boxes[b].x - boxes[b].w / 2 && a < b);
    });
    using Free = std::pair<double, int>;  // right edge, row
    std::priority_queue<Free, std::vector<Free>, std::greater<>> free;
    for (graph::Vertex v : sorted) {
        double left = boxes[v].x - boxes[v].w / 2;
        int row;
        if (!free.empty() && free.top().first + kColumnGap <= left) {
            row = free.top().second;
            free.pop();
        } else {
            row = static_cast<int>(lr.rows.size());
            lr.rows.emplace_back();
        }
        lr.rows[static_cast<std::size_t>(row)].push_back(v);
        boxes[v].row = row;
        free.push({left + boxes[v].w, row});
        lr.pitch = std::max(lr.pitch, boxes[v].h + kRowGap);
    }
    return lr;
}

double box_y(const LaneRows& lr, int row) { return lr.top + kLaneGap + row * lr.pitch + lr.pitch / 2; }

// Reorders each lane's rows by the mean height of their events' neighbours.
void sweep(const graph::EventGraph& eg, std::vector<Box>& boxes, std::vector<LaneRows>& lanes) {
    for (auto& lr : lanes) {
        std::vector<std::pair<double, int>> keys;
        for (std::size_t r = 0; r < lr.rows.size(); ++r) {
            double sum = 0;
            std::size_t n = 0;
            for (graph::Vertex v : lr.rows[r]) {
                auto add = [&](graph::Vertex u) {
                    sum += box_y(lanes[static_cast<std::size_t>(boxes[u].lane)], boxes[u].row);
                    ++n;
                };
                for (auto [it, end] = boost::out_edges(v, eg.g); it != end; ++it) add(boost::target(*it, eg.g));
                for (auto [it, end] = boost::in_edges(v, eg.g); it != end; ++it) add(boost::source(*it, eg.g));
            }
            double own = box_y(lr, static_cast<int>(r));
            keys.push_back({n ? sum / static_cast<double>(n) : own, static_cast<int>(r)});
        }
        std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<std::vector<graph::Vertex>> rows;
        for (const auto& k : keys) rows.push_back(std::move(lr.rows[static_cast<std::size_t>(k.second)]));
        lr.rows = std::move(rows);
        for (std::size_t r = 0; r < lr.rows.size(); ++r)
            for (graph::Vertex v : lr.rows[r]) boxes[v].row = static_cast<int>(r);
    }
}

scene::Path link_curve(scene::Point a, scene::Point b, model::LinkKind kind) {
    double dx = std::max(24.0, std::abs(b.x - a.x) / 2);
    scene::Path p;
    p.cls = style::classes({cls::link, model::to_string(kind)});
    p.marker_end = kind == model::LinkKind::blocks ? scene::Marker::bar : scene::Marker::arrow;
    p.ops = {{'M', {a}}, {'C', {{a.x + dx, a.y}, {b.x - dx, b.y}, b}}};
    return p;
}

scene::Group bands(const graph::EventGraph& eg, const std::vector<LaneRows>& lanes, double width, double name_w) {
    scene::Group g;
    g.id = "gr-lanes";
    g.cls = cls::lanes;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const auto& lr = lanes[i];
        if (lr.rows.empty()) continue;
        double h = 2 * kLaneGap + static_cast<double>(lr.rows.size()) * lr.pitch;
        std::string band = i % 2 ? style::classes({cls::band, cls::odd}) : cls::band;
        g.items.push_back(scene::Rect{0, lr.top, width, h, 0, band});
        std::string name = i < eg.document.lanes.size() ? eg.document.lanes[i].name : "Other";
        auto lines = wrap_text(name, kLaneName.px, kLaneName.face, name_w - 8, 2);
        double top = lr.top + kLaneGap / 2;
        for (const auto& line : lines) {
            g.items.push_back(scene::Text{4, baseline(top, kLaneName.px), line, kLaneName.cls});
            top += measure::line_height(kLaneName.px);
        }
    }
    return g;
}

scene::Group axis(const TimeScale& scale, double dx) {
    scene::Group g;
    g.id = "gr-axis";
    g.cls = cls::axis_group;
    for (const auto& t : axis_ticks(scale)) {
        double x = dx + t.x;
        g.items.push_back(scene::Path{{{'M', {{x, kAxisHeight - 8}}}, {'L', {{x, kAxisHeight}}}}, cls::axis});
        g.items.push_back(scene::Text{x + 3, kAxisHeight - 10, t.label, style::kTick.cls});
        if (!t.context.empty()) g.items.push_back(scene::Text{x + 3, kAxisHeight - 24, t.context, style::kTick.cls});
    }
    g.items.push_back(scene::Path{{{'M', {{dx + scale.x0(), kAxisHeight}}}, {'L', {{dx + scale.x1(), kAxisHeight}}}},
                                  cls::axis});
    return g;
}

constexpr double kPeriodRow = 16;  // under the axis: the periods' titles

std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); i += std::max<std::size_t>(1, core::utf8_sequence_length(s, i))) ++n;
    return n;
}

// Each period as a band over its span of the time scale, across the lanes,
// titled in a row under the axis: titles go left to right by start, each
// whole where it starts inside its band (after the title before it) and
// ends within the body; cut there to no fewer than 8 characters; else left
// to the band's <title>.
scene::Group period_bands(const graph::EventGraph& eg, const TimeScale& scale, Minutes lo, Minutes hi, double dx,
                          double bottom, const CausalOptions& options) {
    scene::Group g;
    g.id = options.prefix + "-periods";
    g.cls = cls::periods;
    const auto& periods = eg.document.periods;
    std::vector<std::size_t> order(periods.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return periods[a].date.earliest() < periods[b].date.earliest(); });
    const auto& f = style::kPeriodTitle;
    const double right = dx + scale.x1();
    double free_from = 0;
    for (std::size_t i : order) {
        const auto& p = periods[i];
        const Minutes a = std::max(p.date.earliest(), lo), b = std::min(p.date.open ? hi : p.date.latest(), hi);
        if (b < a) continue;  // off the axis
        const double x0 = dx + scale.x(a), x1 = std::max(dx + scale.x(b), x0 + 2);
        scene::Group band;
        band.id = fmt::format("{}-period-{}", options.prefix, i);
        band.title = fmt::format("{}: {}", model::format_date(p.date), p.title);
        band.items.push_back(scene::Rect{x0, kAxisHeight + 2, x1 - x0, bottom - kAxisHeight - 2, 0, cls::period});
        const double tx = std::max(x0 + 3, free_from);
        auto title = wrap_text(p.title, f.px, f.face, right - tx, 1);
        const bool shown = tx <= std::max(x1 - 3, x0 + 3) && !title.empty() &&
                           (title.front() == p.title || characters(title.front()) >= 9);  // 8 and the ellipsis
        if (shown) {
            band.items.push_back(scene::Text{tx, baseline(kAxisHeight + 3, f.px), title.front(), f.cls});
            free_from = tx + measure::text_width(title.front(), f.px, f.face) + 8;
        }
        g.children.push_back(std::move(band));
    }
    return g;
}

double name_column(const graph::EventGraph& eg) {
    double w = 0;
    for (const auto& l : eg.document.lanes) w = std::max(w, measure::text_width(l.name, kLaneName.px, kLaneName.face));
    return std::min(160.0, std::ceil(w) + 16);
}

}  // namespace

Body dated_body(const graph::EventGraph& eg, const std::vector<NodeText>& texts, const CausalOptions& options) {
    const std::size_t n = boost::num_vertices(eg.g);
    std::vector<int> lane(n);
    double half = 0;
    for (graph::Vertex v = 0; v < n; ++v) {
        lane[v] = lane_of(eg, v);
        half = std::max(half, texts[v].width / 2);
    }
    // Room grows with the square root of the size: wide enough to spread, never endless.
    double axis_w = std::clamp(std::sqrt(static_cast<double>(n)) * 160.0, 800.0, 60000.0);
    TimeScale scale = fit_scale(eg, lane, axis_w);
    Minutes hi = std::numeric_limits<Minutes>::min();
    for (const auto& e : eg.document.events) hi = std::max(hi, e.date.open ? e.date.earliest() : e.date.latest());
    std::vector<Box> boxes(n);
    std::vector<std::vector<graph::Vertex>> members(eg.document.lanes.size() + 1);
    for (graph::Vertex v = 0; v < n; ++v) {
        boxes[v] = {centre_x(scale, eg.event(v).date, hi), texts[v].width, texts[v].height, lane[v], 0};
        members[static_cast<std::size_t>(lane[v])].push_back(v);
    }
    std::vector<LaneRows> lanes;
    double top = kAxisHeight + 8 + (eg.document.periods.empty() ? 0 : kPeriodRow);
    for (const auto& m : members) {
        lanes.push_back(pack_rows(m, boxes));
        lanes.back().top = top;
        if (!m.empty()) top += 2 * kLaneGap + static_cast<double>(lanes.back().rows.size()) * lanes.back().pitch;
    }
    for (int i = 0; i < kSweeps; ++i) sweep(eg, boxes, lanes);

    double name_w = name_column(eg), dx = name_w + half;
    Body body;
    body.width = dx + axis_w + half;
    body.height = top;
    body.groups.push_back(bands(eg, lanes, body.width, name_w));
    if (!eg.document.periods.empty()) {
        Minutes lo = std::numeric_limits<Minutes>::max();
        for (const auto& e : eg.document.events) lo = std::min(lo, e.date.earliest());
        body.groups.push_back(period_bands(eg, scale, lo, std::max(hi, lo + 1), dx, top, options));
    }
    body.groups.push_back(axis(scale, dx));
    auto centre = [&](graph::Vertex v) {
        return scene::Point{dx + boxes[v].x, box_y(lanes[static_cast<std::size_t>(boxes[v].lane)], boxes[v].row)};
    };
    const bool described = boost::num_vertices(eg.g) <= kDescribedEventsMax;
    auto drawn = graph::drawn_links(eg, options.all_links);
    body.links = drawn.size();
    for (graph::Edge e : drawn) {
        graph::Vertex s = boost::source(e, eg.g), t = boost::target(e, eg.g);
        scene::Point a = centre(s), b = centre(t);
        a.x += boxes[s].w / 2;
        b.x -= boxes[t].w / 2;
        scene::Group g = link_shell(eg, e, options);
        if (!described) g.desc.clear();
        g.items.push_back(link_curve(a, b, eg.g[e].kind));
        body.link_groups.push_back(std::move(g));
    }
    for (graph::Vertex v : graph::by_date(eg)) {
        body.event_groups.push_back(event_group(eg, v, texts[v], centre(v), options));
        if (!described) body.event_groups.back().desc.clear();
    }
    return body;
}

}  // namespace timegraph::causal::detail
