// The layered engine's body: the graph handed to the layered phases as
// numbered boxes, and their result drawn as event boxes and routed links.
#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "causal/causal_parts.hpp"
#include "causal/layered.hpp"
#include "causal/link_labels.hpp"
#include "causal/time_slots.hpp"
#include "graph/queries.hpp"
#include "measure/text_metrics.hpp"
#include "measure/text_wrap.hpp"
#include "style/style.hpp"

namespace timegraph::causal::detail {

namespace {

constexpr double kCornerRadius = 8;
// About what the frame adds above and below a graph whose time runs down: a
// one-line title and subtitle, a two-line legend and a credit.
constexpr double kFrameAlong = 150;
// Up to this many events, `auto` tries both directions (a layout each).
constexpr std::size_t kChooseDirectionMax = 150;

// A polyline with rounded corners: straight runs joined by quarter curves,
// so that a link leaves and enters boxes straight and bends smoothly.
scene::Path rounded_path(const std::vector<scene::Point>& pts, model::LinkKind kind) {
    scene::Path p;
    p.cls = style::classes({style::cls::link, model::to_string(kind)});
    p.marker_end = kind == model::LinkKind::blocks ? scene::Marker::bar : scene::Marker::arrow;
    if (pts.empty()) return p;
    p.ops.push_back({'M', {pts.front()}});
    auto len = [](scene::Point a, scene::Point b) { return std::hypot(b.x - a.x, b.y - a.y); };
    auto toward = [](scene::Point a, scene::Point b, double d) {
        double l = std::hypot(b.x - a.x, b.y - a.y);
        return l < 1e-9 ? a : scene::Point{a.x + (b.x - a.x) * d / l, a.y + (b.y - a.y) * d / l};
    };
    for (std::size_t i = 1; i + 1 < pts.size(); ++i) {
        double r = std::min({kCornerRadius, len(pts[i - 1], pts[i]) / 2, len(pts[i], pts[i + 1]) / 2});
        p.ops.push_back({'L', {toward(pts[i], pts[i - 1], r)}});
        p.ops.push_back({'Q', {pts[i], toward(pts[i], pts[i + 1], r)}});
    }
    if (pts.size() > 1) p.ops.push_back({'L', {pts.back()}});
    return p;
}

// A bar head needs a little room before the box to be seen.
constexpr double kBarGap = 4;

void pull_back(std::vector<scene::Point>& pts, double by) {
    auto& end = pts.back();
    const auto& before = pts[pts.size() - 2];
    double l = std::hypot(end.x - before.x, end.y - before.y);
    if (l <= by * 2) return;
    end = {end.x + (before.x - end.x) * by / l, end.y + (before.y - end.y) * by / l};
}

// Above this many events, link labels stay in the links' <title>: placing
// them clear of every line is quadratic, and at that scale they would crowd.
constexpr std::size_t kLabelledEventsMax = 400;

struct Labels {
    std::vector<std::vector<std::string>> lines;
    std::vector<std::optional<scene::Point>> spots;
};

template <typename At>
Labels link_labels(const graph::EventGraph& eg, const std::vector<graph::Edge>& drawn,
                   const std::vector<std::vector<scene::Point>>& routes, const std::vector<NodeText>& texts,
                   const layered::Layout& laid, At at, const CausalOptions& options) {
    Labels out{std::vector<std::vector<std::string>>(drawn.size()), std::vector<std::optional<scene::Point>>(drawn.size())};
    if (boost::num_vertices(eg.g) > kLabelledEventsMax) return out;
    std::vector<LabelBox> boxes(drawn.size());
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        out.lines[i] = label_lines(eg.link(drawn[i]), options);
        double w = 0;
        for (const auto& l : out.lines[i]) w = std::max(w, measure::text_width(l, style::kLinkLabel.px, style::kLinkLabel.face));
        if (!out.lines[i].empty())
            boxes[i] = {w + 4, static_cast<double>(out.lines[i].size()) * measure::line_height(style::kLinkLabel.px)};
    }
    std::vector<Rect> events;
    for (graph::Vertex v = 0; v < boost::num_vertices(eg.g); ++v) {
        scene::Point c = at(laid.centres[v]);
        events.push_back({c.x - texts[v].width / 2, c.y - texts[v].height / 2, c.x + texts[v].width / 2,
                          c.y + texts[v].height / 2});
    }
    out.spots = place_link_labels(routes, boxes, events);
    return out;
}

constexpr double kPeriodTitleRow = 16;

// Each period as a band along time over the columns of the events that begin
// within it, across the whole body, titled at its start; none for a period
// that no event begins in (the columns have no time between them to show).
template <typename At>
scene::Group period_bands(const graph::EventGraph& eg, const std::vector<NodeText>& texts, const layered::Layout& laid,
                          At at, bool down, const CausalOptions& options) {
    scene::Group g;
    g.id = options.prefix + "-periods";
    g.cls = style::cls::periods;
    const auto& periods = eg.document.periods;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const auto& p = periods[i];
        double lo = 1e300, hi = -1e300;
        for (graph::Vertex v = 0; v < boost::num_vertices(eg.g); ++v) {
            if (eg.g[v].earliest < p.date.earliest() || (!p.date.open && eg.g[v].earliest > p.date.latest())) continue;
            double half = (down ? texts[v].height : texts[v].width) / 2 + 6;
            lo = std::min(lo, laid.centres[v].along - half);
            hi = std::max(hi, laid.centres[v].along + half);
        }
        if (lo > hi) continue;
        scene::Point a = at({lo, 0}), b = at({hi, laid.across});
        if (!down) a.y = 0;  // over the title row too
        scene::Group band;
        band.id = fmt::format("{}-period-{}", options.prefix, i);
        band.title = fmt::format("{}: {}", model::format_date(p.date), p.title);
        band.items.push_back(scene::Rect{a.x, a.y, b.x - a.x, b.y - a.y, 0, style::cls::period});
        const auto& f = style::kPeriodTitle;
        auto title = measure::wrap_text(p.title, f.px, f.face, std::max(b.x - a.x - 6, 24.0), 1);
        if (!title.empty())
            band.items.push_back(scene::Text{a.x + 3, measure::baseline(a.y + 2, f.px), title.front(), f.cls});
        g.children.push_back(std::move(band));
    }
    return g;
}

int lane_of(const graph::EventGraph& eg, graph::Vertex v) {
    int lane = eg.document.find_lane(eg.event(v).lane);
    return lane < 0 ? static_cast<int>(eg.document.lanes.size()) : lane;
}

}  // namespace

Body layered_body(const graph::EventGraph& eg, const std::vector<NodeText>& texts, const CausalOptions& options) {
    const std::size_t n = boost::num_vertices(eg.g);
    auto drawn = graph::drawn_links(eg, options.all_links);
    auto slots = time_slots(eg, drawn);
    std::vector<layered::Edge> edges;
    for (graph::Edge e : drawn) edges.push_back({boost::source(e, eg.g), boost::target(e, eg.g)});
    auto lay = [&](bool down) {
        std::vector<layered::Node> nodes(n);
        for (graph::Vertex v = 0; v < n; ++v) {
            double w = texts[v].width, h = texts[v].height;
            nodes[v] = {slots[v], down ? h : w, down ? w : h, lane_of(eg, v)};
        }
        layered::Options lo;
        if (down) {
            lo.gap_along = 28;
            lo.gap_across = 20;
            // Time running down, the heading, legend and credit add to the height.
            lo.frame_along = kFrameAlong;
        }
        return layered::layout(nodes, edges, lo);
    };
    bool down = options.direction == Direction::down;
    layered::Layout laid = lay(down);
    // `auto`: a small graph is laid out both ways, and time runs down when
    // that crosses fewer links (straight, box to box) or detours fewer.
    if (options.direction == Direction::automatic && n <= kChooseDirectionMax) {
        layered::Layout other = lay(true);
        auto score = [&](const layered::Layout& l) {
            return layered::straight_crossings(l, edges) + l.detours;
        };
        if (score(other) < score(laid)) {
            laid = std::move(other);
            down = true;
        }
    }
    // Periods' titles take a row above the boxes when time runs right.
    const double title_row = eg.document.periods.empty() || down ? 0 : kPeriodTitleRow;
    auto at = [&](layered::Point p) {
        return down ? scene::Point{p.across, p.along} : scene::Point{p.along, p.across + title_row};
    };

    Body body;
    body.down = down;
    body.width = down ? laid.across : laid.along;
    body.height = (down ? laid.along : laid.across) + title_row;
    if (!eg.document.periods.empty()) body.groups.push_back(period_bands(eg, texts, laid, at, down, options));
    body.links = drawn.size();
    const bool described = n <= kDescribedEventsMax;
    std::vector<std::vector<scene::Point>> routes;
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        std::vector<scene::Point> pts;
        for (const auto& q : laid.routes[i]) pts.push_back(at(q));
        if (eg.g[drawn[i]].kind == model::LinkKind::blocks && pts.size() >= 2) pull_back(pts, kBarGap);
        routes.push_back(std::move(pts));
    }
    auto labels = link_labels(eg, drawn, routes, texts, laid, at, options);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        scene::Group g = link_shell(eg, drawn[i], options);
        if (!described) g.desc.clear();
        g.items.push_back(rounded_path(routes[i], eg.g[drawn[i]].kind));
        if (labels.spots[i]) add_label(g, labels.lines[i], *labels.spots[i]);
        body.link_groups.push_back(std::move(g));
    }
    for (graph::Vertex v : graph::by_date(eg)) {
        body.event_groups.push_back(event_group(eg, v, texts[v], at(laid.centres[v]), options));
        if (!described) body.event_groups.back().desc.clear();
    }
    return body;
}

}  // namespace timegraph::causal::detail
