#include "causal/causal_layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "causal/causal_graphviz.hpp"
#include "causal/causal_parts.hpp"
#include "causal/dot_runner.hpp"
#include "causal/time_slots.hpp"
#include "core/progress.hpp"
#include "core/text.hpp"
#include "frame/frame.hpp"
#include "graph/queries.hpp"
#include "graph/subset.hpp"
#include "measure/text_wrap.hpp"
#include "style/lane_colour.hpp"
#include "style/style.hpp"

namespace timegraph::causal {

using frame::Block, frame::kBlockGap, frame::kMargin, frame::shift;
using measure::baseline;

namespace {

std::string status_class(model::Status s) {
    switch (s) {
    case model::Status::happened: return "";
    case model::Status::expected: return std::string(" ") + style::cls::expected;
    case model::Status::uncertain: return std::string(" ") + style::cls::uncertain;
    }
    return "";
}

std::string event_desc(const graph::EventGraph& eg, const model::Event& e) {
    std::string desc = e.title;
    int lane = eg.document.find_lane(e.lane);
    if (lane >= 0) desc += ". Lane: " + eg.document.lanes[static_cast<std::size_t>(lane)].name;
    if (e.status != model::Status::happened) desc += fmt::format(". Status: {}", model::to_string(e.status));
    if (!e.place.empty()) desc += ". Place: " + e.place;
    if (!e.quotes.empty()) desc += ". \u201C" + e.quotes.front() + "\u201D";
    return desc;
}

}  // namespace

namespace detail {

scene::Group event_group(const graph::EventGraph& eg, graph::Vertex v, const NodeText& t, scene::Point centre,
                         const CausalOptions& options) {
    const model::Event& e = eg.event(v);
    int lane = eg.document.find_lane(e.lane);
    scene::Group g;
    g.id = options.prefix + "-ev-" + e.id;
    g.data_id = e.id;
    g.cls = style::classes({style::cls::event, style::lane_class(eg.document, lane, lane < 0)}) + status_class(e.status);
    if (eg.g[v].muted) g.cls = style::classes({g.cls, style::cls::muted});
    g.title = t.date + ": " + e.title;
    g.desc = event_desc(eg, e);
    g.focusable = true;
    double x = centre.x - t.width / 2, y = centre.y - t.height / 2;
    g.items.push_back(scene::Rect{x, y, t.width, t.height, 6, style::cls::node});
    double top = y + detail::kNodePadY;
    const auto& date = style::kDate;
    const auto& title = style::kEventTitle;
    g.items.push_back(scene::Text{centre.x, baseline(top, date.px), t.date, date.cls, scene::Anchor::middle});
    top += measure::line_height(date.px) + detail::kDateGap;
    for (const auto& line : t.lines) {
        g.items.push_back(scene::Text{centre.x, baseline(top, title.px), line, title.cls, scene::Anchor::middle});
        top += measure::line_height(title.px);
    }
    return g;
}

scene::Group link_shell(const graph::EventGraph& eg, graph::Edge edge, const CausalOptions& options) {
    const model::Link& l = eg.link(edge);
    const model::Event& from = eg.event(boost::source(edge, eg.g));
    const model::Event& to = eg.event(boost::target(edge, eg.g));
    scene::Group g;
    g.id = fmt::format("{}-ln-{}", options.prefix, eg.g[edge].link);
    g.data_id = l.from + "->" + l.to;
    g.cls = style::classes({style::cls::edge, frame::link_kind_classes(l)});
    g.data = {{"from", l.from}, {"to", l.to}, {"kind", model::to_string(l.kind)}};
    g.title = fmt::format("{} {} {}", from.title, frame::link_verb(l), to.title);
    g.desc = fmt::format("{} ({}) {} {} ({})", from.id, model::format_date(from.date), frame::link_verb(l), to.id,
                         model::format_date(to.date));
    if (!l.label.empty()) g.desc += ": " + l.label;
    if (!l.quotes.empty()) g.desc += ". \u201C" + l.quotes.front() + "\u201D";
    if (l.kind == model::LinkKind::elided) {
        g.title = graph::elided_title(eg, edge);
        g.desc = l.note;
    }
    if (eg.muted(edge)) g.cls = style::classes({g.cls, style::cls::muted});
    return g;
}

void add_label(scene::Group& g, const std::vector<std::string>& lines, scene::Point centre) {
    const auto& label = style::kLinkLabel;
    double top = centre.y - static_cast<double>(lines.size()) * measure::line_height(label.px) / 2;
    for (const auto& line : lines) {
        g.items.push_back(scene::Text{centre.x, baseline(top, label.px), line, label.cls, scene::Anchor::middle});
        top += measure::line_height(label.px);
    }
}

}  // namespace detail

namespace {

using detail::Body;
using detail::NodeText;
using detail::event_group;

// Graphviz's coordinates (points, y up) mapped into the body's px (y down).
struct Frame {
    double left = 0, top = 0;
    scene::Point at(detail::DotPoint p) const { return {p.x - left, top - p.y}; }
};

scene::Path spline_path(const detail::DotEdge& e, const Frame& f, model::LinkKind kind) {
    scene::Path p;
    p.cls = style::classes({style::cls::link, model::to_string(kind)});
    p.marker_end = kind == model::LinkKind::blocks ? scene::Marker::bar : scene::Marker::arrow;
    for (const auto& bz : e.beziers) {
        if (bz.empty()) continue;
        p.ops.push_back({'M', {f.at(bz[0])}});
        for (std::size_t j = 1; j + 2 < bz.size(); j += 3)
            p.ops.push_back({'C', {f.at(bz[j]), f.at(bz[j + 1]), f.at(bz[j + 2])}});
    }
    return p;
}

// Where the label goes: the room Graphviz reserved for it, else the middle of the curve.
scene::Point label_centre(const detail::DotEdge& e, const Frame& f, const scene::Path& p) {
    if (e.has_label) return f.at(e.label_centre);
    if (p.ops.size() < 2) return p.ops.empty() ? scene::Point{} : p.ops.front().pts.front();
    const auto& mid = p.ops[p.ops.size() / 2].pts;
    return mid.back();
}

scene::Group link_group(const graph::EventGraph& eg, graph::Edge edge, const detail::DotEdge& e, const Frame& f,
                        const CausalOptions& options) {
    const model::Link& l = eg.link(edge);
    scene::Group g = detail::link_shell(eg, edge, options);
    scene::Path path = spline_path(e, f, l.kind);
    scene::Point c = label_centre(e, f, path);
    g.items.push_back(std::move(path));
    detail::add_label(g, detail::label_lines(l, options), c);
    return g;
}

void report(const std::vector<std::string>& messages, const std::string& file, core::Severity severity,
            core::Diagnostics& diagnostics) {
    for (const auto& m : messages) diagnostics.add({severity, file, {}, "Graphviz: " + m, {}});
}

// The box around what is drawn: Graphviz's own box also holds the invisible
// time spine, which would leave empty space at the edges.
struct Bounds {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    void add(double x, double y, double half_w = 0, double half_h = 0) {
        x0 = std::min(x0, x - half_w), x1 = std::max(x1, x + half_w);
        y0 = std::min(y0, y - half_h), y1 = std::max(y1, y + half_h);
    }
};

Bounds drawn_bounds(const detail::DotResult& dot) {
    Bounds r;
    for (const auto& n : dot.nodes) r.add(n.centre.x, n.centre.y, n.width / 2, n.height / 2);
    for (const auto& e : dot.edges) {
        if (e.has_label) r.add(e.label_centre.x, e.label_centre.y, e.label_width / 2, e.label_height / 2);
        for (const auto& bz : e.beziers)
            for (auto p : bz) r.add(p.x, p.y);
    }
    if (r.x0 > r.x1) r = Bounds{0, 0, 0, 0};
    return r;
}

Body read_body(const graph::EventGraph& eg, const detail::Built& b, const detail::DotResult& dot,
               const std::vector<NodeText>& texts, const CausalOptions& options) {
    Body body;
    Bounds bounds = drawn_bounds(dot);
    Frame f{bounds.x0, bounds.y1};
    body.width = bounds.x1 - bounds.x0;
    body.height = bounds.y1 - bounds.y0;
    body.links = b.links.size();
    for (std::size_t i = 0; i < b.links.size(); ++i)
        body.link_groups.push_back(link_group(eg, b.links[i].first, dot.edges[i], f, options));
    for (graph::Vertex v : graph::by_date(eg))
        body.event_groups.push_back(event_group(eg, v, texts[v], f.at(dot.nodes[v].centre), options));
    return body;
}

std::vector<NodeText> measure_nodes(const graph::EventGraph& eg, const CausalOptions& options,
                                    core::Progress* progress = nullptr) {
    std::vector<NodeText> texts;
    for (graph::Vertex v = 0; v < boost::num_vertices(eg.g); ++v) {
        if (progress) progress->step(v);
        texts.push_back(detail::node_text(eg.event(v), options));
    }
    return texts;
}

// The dated engine: up to kMaxLayeredEvents events the layered phases lay
// the graph out in time columns (layered_body.cpp); above, a column per time
// slot would make the drawing millions of pixels long, and the overview packs
// boxes along the timeline's own scale instead (dated_layout.cpp).
std::optional<Body> dated_engine(const graph::EventGraph& eg, const std::vector<NodeText>& texts,
                                 const CausalOptions& options, core::Diagnostics& diagnostics) {
    if (boost::num_vertices(eg.g) > kMaxLayeredEvents) {
        if (options.direction == Direction::down)
            diagnostics.add({core::Severity::warning, eg.document.file, {},
                             fmt::format("the overview of a graph above {} events runs left to right; "
                                         "--direction down applies up to that size",
                                         core::thousands(kMaxLayeredEvents)),
                             {}});
        return detail::dated_body(eg, texts, options);
    }
    return detail::layered_body(eg, texts, options);
}

// The body laid out by Graphviz's dot, under options.dot_timeout. When dot
// runs out of time or its process dies, that is an error (only an explicit
// `--layout dot` runs it).
std::optional<Body> dot_engine(const graph::EventGraph& eg, const std::vector<NodeText>& texts,
                               const CausalOptions& options, core::Diagnostics& diagnostics) {
    auto drawn = graph::drawn_links(eg, options.all_links);
    detail::Built built;
    {
        gv::Capture capture;
        built = detail::build_graph(eg, drawn, texts, options, detail::Purpose::layout);
        report(capture.messages(), eg.document.file, core::Severity::warning, diagnostics);
    }
    auto dot = detail::run_dot(built, options.dot_timeout);
    using Status = detail::DotResult::Status;
    switch (dot.status) {
    case Status::ok:
        report(dot.messages, eg.document.file, core::Severity::warning, diagnostics);
        return read_body(eg, built, dot, texts, options);
    case Status::failed:
        if (dot.messages.empty()) dot.messages.push_back("the dot layout failed");
        report(dot.messages, eg.document.file, core::Severity::error, diagnostics);
        return std::nullopt;
    case Status::timed_out:
    case Status::crashed: break;
    }
    std::string what = dot.status == Status::timed_out
                           ? fmt::format("Graphviz's dot did not finish within {:g} s", options.dot_timeout)
                           : "Graphviz's dot stopped without a layout";
    for (const auto& m : dot.messages) what += " (" + m + ")";
    diagnostics.add({core::Severity::error, eg.document.file, {},
                     what + "; use --layout dated, or give dot more time with --dot-timeout", {}});
    return std::nullopt;
}

struct NamedEngine {
    std::string_view name;
    detail::Engine layout;
};

// The engines by name, as `--layout` names them.
constexpr NamedEngine kEngines[] = {{"dot", dot_engine}, {"dated", dated_engine}};

// `auto` is the dated engine: it keeps time order, fits the page and, on
// the layout benchmark (docs/performance.md), crosses no more than dot; an
// explicit `dot` is honoured at any size, within its time bound.
std::string_view engine_name(const CausalOptions& options) {
    switch (options.engine) {
    case CausalEngine::dot: return "dot";
    case CausalEngine::dated: return "dated";
    case CausalEngine::automatic: break;
    }
    return "dated";
}

// Stacks heading, legend, body and credit, each kBlockGap apart inside the margin.
scene::Scene compose(const graph::EventGraph& eg, Body body, const CausalOptions& options) {
    const auto& doc = eg.document;
    double inner = std::max(body.width, options.min_frame_width);
    Block blocks[] = {frame::heading(doc, options.prefix, inner), frame::legend(doc, options.prefix, inner)};
    Block foot = frame::credit(doc, options.prefix, inner);
    scene::Scene s;
    s.kind = "graph";
    s.lane_colours = style::own_lane_colours(eg.document);
    if (body.down) s.cls = style::cls::down;
    s.title = doc.title.empty() ? "Causal graph" : doc.title;
    s.desc = fmt::format("Causal graph of {} events and {} links, earlier events {}.", core::thousands(doc.events.size()),
                         core::thousands(body.links), body.down ? "above" : "to the left");
    double y = kMargin, width = body.width;
    for (auto& b : blocks) {
        if (b.empty()) continue;
        shift(b.group, kMargin, y);
        y += b.height + kBlockGap;
        width = std::max(width, b.width);
        s.groups.push_back(std::move(b.group));
    }
    for (auto& g : body.groups) {
        shift(g, kMargin, y);
        s.groups.push_back(std::move(g));
    }
    // Links and events each go in one layer, as in the timeline, which the
    // page draws a selected chain over.
    auto layer = [&](std::vector<scene::Group>& members, const char* name, const char* cls) {
        if (members.empty()) return;
        scene::Group g;
        g.id = options.prefix + "-" + name;
        g.cls = cls;
        g.children = std::move(members);
        shift(g, kMargin, y);
        s.groups.push_back(std::move(g));
    };
    // A muted link's head fades with it; markers cannot take their path's style.
    for (auto& g : body.link_groups)
        if (style::has_class(g.cls, style::cls::muted)) scene::mute_markers(g);
    layer(body.link_groups, "links", style::cls::links);
    layer(body.event_groups, "events", style::cls::events);
    y += body.height;
    if (!foot.empty()) {
        shift(foot.group, kMargin, y + kBlockGap);
        y += kBlockGap + foot.height;
        width = std::max(width, foot.width);
        s.groups.push_back(std::move(foot.group));
    }
    s.width = std::ceil(width + 2 * kMargin);
    s.height = std::ceil(y + kMargin);
    return s;
}

}  // namespace

detail::Engine detail::find_engine(std::string_view name) {
    for (const auto& e : kEngines)
        if (e.name == name) return e.layout;
    return nullptr;
}

std::optional<scene::Scene> causal_layout(const graph::EventGraph& eg, const CausalOptions& options,
                                          core::Diagnostics& diagnostics) {
    detail::Engine engine = detail::find_engine(engine_name(options));
    // Measuring the boxes, then the layout itself.
    const std::size_t n = boost::num_vertices(eg.g);
    core::Progress progress("graph", 2 * n);
    auto texts = measure_nodes(eg, options, &progress);
    progress.step(n);
    auto body = engine(eg, texts, options, diagnostics);
    if (!body) return std::nullopt;
    return compose(eg, std::move(*body), options);
}

std::optional<std::string> causal_dot(const graph::EventGraph& eg, const CausalOptions& options,
                                      core::Diagnostics& diagnostics) {
    auto texts = measure_nodes(eg, options);
    gv::Capture capture;
    auto built = detail::build_graph(eg, graph::drawn_links(eg, options.all_links), texts, options, detail::Purpose::dot);
    std::string dot = gv::write_dot(built.graph.get());
    if (dot.empty()) {
        report({"could not write the graph as DOT"}, eg.document.file, core::Severity::error, diagnostics);
        return std::nullopt;
    }
    return dot;
}

}  // namespace timegraph::causal
