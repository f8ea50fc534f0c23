// Drawing: the timeline, the causal graph and the page, each from a model and
// a figure, the one place where the stages are put together.
#include <ostream>

#include <timegraph/timegraph.hpp>

#include "api/api_internal.hpp"
#include "causal/causal_layout.hpp"
#include "graph/export_json.hpp"
#include "import/import.hpp"
#include "page/page.hpp"
#include "raster/raster.hpp"
#include "render/svg_writer.hpp"
#include "style/style.hpp"
#include "timeline/timeline.hpp"

namespace timegraph {

// The public defaults are the stages' own.
static_assert(kMinTimelineWidth == timeline::kMinTimelineWidth);
static_assert(kMinDownTimelineWidth == timeline::kMinDownTimelineWidth);
static_assert(TimelineOptions{}.width == timeline::TimelineOptions{}.width);
static_assert(GraphOptions{}.dot_timeout == causal::kDefaultDotTimeout);

namespace {

causal::CausalOptions causal_options(const GraphOptions& o) {
    causal::CausalOptions c;
    c.engine = o.layout == Layout::dot     ? causal::CausalEngine::dot
               : o.layout == Layout::dated ? causal::CausalEngine::dated
                                           : causal::CausalEngine::automatic;
    c.direction = o.direction == Direction::right  ? causal::Direction::right
                  : o.direction == Direction::down ? causal::Direction::down
                                                   : causal::Direction::automatic;
    c.dot_timeout = o.dot_timeout;
    c.all_links = o.all_links;
    return c;
}

// The causal graph's scene, or nothing after reporting why.
std::optional<scene::Scene> graph_scene(const graph::EventGraph& eg, const GraphOptions& options, Report& report) {
    core::Diagnostics diags;
    auto scene = causal::causal_layout(eg, causal_options(options), diags);
    api::add_diagnostics(report, diags);
    if (!scene) api::raise(report, Status::invalid);
    return scene;
}

Report write_to(std::ostream& out, const Output& o) {
    if (o.ok()) out << o.text;
    return o.report;
}

}  // namespace

Output render_timeline(const Model& model, const TimelineOptions& options, const Figure& figure) {
    Output out;
    auto filter = api::figure_filter(figure, out.report);
    if (!filter) return out;
    timeline::TimelineOptions opt;
    opt.scale = options.scale == Scale::linear ? timescale::ScaleKind::linear : timescale::ScaleKind::compressed;
    opt.width = options.width;
    opt.links = options.links;
    opt.direction = options.direction == Direction::down ? timeline::Direction::down : timeline::Direction::right;
    opt.from = filter->from;
    opt.to = filter->to;
    // A range that holds no event says so, and where the events lie.
    if (auto empty = timeline::empty_range_message(model.impl().eg, opt)) {
        api::fail(out.report, Status::invalid, *empty + "; nothing written");
        return out;
    }
    auto fig = api::figure_graph(model.impl().eg, std::move(*filter), out.report);
    if (!fig) return out;
    opt.left_out = fig->left_out;
    out.text = render::write_svg(timeline::timeline_layout(fig->graph(), opt));
    return out;
}

Output render_graph(const Model& model, const GraphOptions& options, const Figure& figure) {
    Output out;
    auto fig = api::figure_graph(model.impl().eg, figure, out.report);
    if (!fig) return out;
    if (auto scene = graph_scene(fig->graph(), options, out.report)) out.text = render::write_svg(*scene);
    return out;
}

struct Rendering::Impl {
    render::SvgDocument timeline, graph;
    std::string timeline_down;  // the page's vertical timeline, or ""
    page::PagePieces page;  // points into timeline and graph
};

Rendering::Rendering(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Rendering::Rendering(Rendering&&) noexcept = default;
Rendering& Rendering::operator=(Rendering&&) noexcept = default;
Rendering::~Rendering() = default;
const std::string& Rendering::timeline_svg() const { return impl_->timeline.text; }
const std::string& Rendering::graph_svg() const { return impl_->graph.text; }
const std::vector<std::string_view>& Rendering::page_pieces() const { return impl_->page.pieces; }
std::string Rendering::page() const { return impl_->page.joined(); }

// Each scene is a temporary, freed as soon as its SVG is written: with
// 100,000 events, the scenes and texts together would not fit in 1 GiB.
// On the heap, and never moved: the page's pieces point into the SVG texts.
Rendered render_all(const Model& model, const PageOptions& options, const Figure& figure) {
    Rendered out;
    auto fig = api::figure_graph(model.impl().eg, figure, out.report);
    if (!fig) return out;
    const graph::EventGraph& eg = fig->graph();
    timeline::TimelineOptions timeline;
    timeline.from = fig->filter.from;
    timeline.to = fig->filter.to;
    timeline.left_out = fig->left_out;
    auto r = std::make_unique<Rendering::Impl>();
    r->timeline = render::write_svg_document(timeline::timeline_layout(eg, timeline));
    const double timeline_width = timeline.width;
    // The page's narrow form: time running down, at a phone's width.
    if (eg.document.events.size() <= page::kVerticalTimelineMax) {
        timeline.direction = timeline::Direction::down;
        timeline.width = page::kVerticalTimelineWidth;
        render::SvgOptions inline_svg{false, false, style::kDownIdPrefix};
        r->timeline_down = render::write_svg(timeline::timeline_layout(eg, timeline), inline_svg);
    }
    auto graph = graph_scene(eg, options.graph, out.report);
    if (!graph) return out;
    r->graph = render::write_svg_document(*graph);
    graph.reset();
    core::Diagnostics diags;
    page::PageOptions popts{options.templates_dir, options.graph.all_links, options.live_script};
    page::Views views{r->timeline.inline_pieces(), r->graph.inline_pieces()};
    if (!r->timeline_down.empty()) views.timeline_down = r->timeline_down;
    views.timeline_width = timeline_width;
    r->page = page::build_page_pieces(eg, views, popts, diags);
    api::add_diagnostics(out.report, diags);
    if (r->page.error) api::fail(out.report, Status::usage, *r->page.error);
    if (out.report.ok()) out.views.emplace(std::move(r));
    return out;
}

Output render_page(const Model& model, const PageOptions& options, const Figure& figure) {
    auto all = render_all(model, options, figure);
    return {all.views ? all.views->page() : std::string(), std::move(all.report)};
}

Report render_timeline(std::ostream& out, const Model& model, const TimelineOptions& options, const Figure& figure) {
    return write_to(out, render_timeline(model, options, figure));
}

Report render_graph(std::ostream& out, const Model& model, const GraphOptions& options, const Figure& figure) {
    return write_to(out, render_graph(model, options, figure));
}

Report render_page(std::ostream& out, const Model& model, const PageOptions& options, const Figure& figure) {
    auto all = render_all(model, options, figure);
    if (all.views)
        for (auto piece : all.views->page_pieces()) out << piece;
    return std::move(all.report);
}

Output export_model(const Model& model, ExportFormat format, bool all_links) {
    const auto& eg = model.impl().eg;
    Output out;
    if (format == ExportFormat::json) {
        out.text = graph::export_json(eg, all_links).dump(2) + "\n";
        return out;
    }
    core::Diagnostics diags;
    if (format == ExportFormat::csv) {
        out.text = import::export_csv(eg.document, diags);
        api::add_diagnostics(out.report, diags);
        if (!out.ok()) out.text.clear();
        return out;
    }
    causal::CausalOptions options;
    options.all_links = all_links;
    auto dot = causal::causal_dot(eg, options, diags);
    api::add_diagnostics(out.report, diags);
    if (dot) out.text = std::move(*dot);
    else api::raise(out.report, Status::invalid);
    return out;
}

namespace {

Output from_raster(raster::Result r) {
    Output out;
    if (r.error) api::fail(out.report, Status::invalid, *r.error);
    else out.text = std::move(r.bytes);
    return out;
}

}  // namespace

Output svg_to_png(std::string_view svg, double scale) { return from_raster(raster::to_png(svg, scale)); }
Output svg_to_pdf(std::string_view svg) { return from_raster(raster::to_pdf(svg)); }

}  // namespace timegraph
