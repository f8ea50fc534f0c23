#include "causal/causal_graphviz.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "causal/time_slots.hpp"
#include "graph/queries.hpp"
#include "measure/text_metrics.hpp"
#include "measure/text_wrap.hpp"
#include "style/lane_colour.hpp"
#include "style/style.hpp"

namespace timegraph::causal::detail {

using measure::wrap_text;

namespace {

using style::kDate, style::kEventTitle, style::kLinkLabel;

constexpr double kMinNodeWidth = 48;
constexpr double kNodeSep = 16, kRankSep = 24;  // px, between boxes in a column / between columns

std::string px_text(double px) { return fmt::format("{:.4f}", gv::inches(px)); }

// Graphviz text: each line escaped, lines joined with Graphviz's own newline escape.
std::string dot_text(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) {
        if (!out.empty()) out += "\\n";
        out += gv::escape_label(line);
    }
    return out;
}

// A fixed-size, empty HTML label: Graphviz reserves exactly the room our
// measured label needs, and no model text reaches Graphviz at all.
std::string reserved_label(const std::vector<std::string>& lines) {
    double w = 0;
    for (const auto& l : lines) w = std::max(w, measure::text_width(l, kLinkLabel.px, kLinkLabel.face));
    double h = static_cast<double>(lines.size()) * measure::line_height(kLinkLabel.px);
    return fmt::format("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
                       "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"{}\" HEIGHT=\"{}\"></TD></TR></TABLE>",
                       static_cast<int>(std::ceil(w + 6)), static_cast<int>(std::ceil(h + 2)));
}

void set_graph_attributes(Agraph_t* g, const model::Document& doc, Purpose purpose) {
    gv::set(g, "rankdir", "LR");
    gv::set(g, "nodesep", px_text(kNodeSep));
    gv::set(g, "ranksep", px_text(kRankSep));
    if (purpose == Purpose::dot) {
        gv::set(g, "fontname", "DejaVu Sans");
        if (!doc.title.empty()) {
            gv::set(g, "label", gv::escape_label(doc.title));
            gv::set(g, "labelloc", "t");
        }
    }
}

int lane_index_of(const model::Document& doc, const model::Event& e) { return doc.find_lane(e.lane); }

Agnode_t* add_event(Agraph_t* g, const graph::EventGraph& eg, graph::Vertex v, const NodeText& t, Purpose purpose) {
    const model::Event& e = eg.event(v);
    std::string name = e.id;
    Agnode_t* n = agnode(g, name.data(), 1);
    gv::set(n, "shape", "box");
    if (purpose == Purpose::layout) {
        gv::set(n, "fixedsize", "true");
        gv::set(n, "width", px_text(t.width));
        gv::set(n, "height", px_text(t.height));
        gv::set(n, "label", "");
        return n;
    }
    int lane = lane_index_of(eg.document, e);
    auto colours = style::lane_colours(lane, lane < 0);
    const std::string& own = lane >= 0 ? eg.document.lanes[static_cast<std::size_t>(lane)].colour : std::string();
    std::string own_tint = own.empty() ? "" : style::tint_of(own);
    std::vector<std::string> lines{t.date};
    lines.insert(lines.end(), t.lines.begin(), t.lines.end());
    gv::set(n, "label", dot_text(lines));
    gv::set(n, "style", e.status == model::Status::expected ? "rounded,filled,dashed" : "rounded,filled");
    gv::set(n, "fillcolor", own.empty() ? colours.tint : own_tint.c_str());
    gv::set(n, "color", own.empty() ? colours.stroke : own.c_str());
    gv::set(n, "fontname", "DejaVu Sans");
    gv::set(n, "fontsize", fmt::format("{:g}", kEventTitle.px));
    return n;
}

Agedge_t* add_link(Agraph_t* g, Agnode_t* from, Agnode_t* to, const model::Link& l, const CausalOptions& options,
                   Purpose purpose) {
    Agedge_t* e = agedge(g, from, to, nullptr, 1);
    // A block into an event under way runs back against time: it must not rank its target later.
    if (l.ends) gv::set(e, "constraint", "false");
    auto lines = label_lines(l, options);
    if (purpose == Purpose::layout) {
        // The SVG draws the heads at the curve's end. An arrow's tip may touch
        // the box; a bar needs a gap to be seen, which a short tee reserves.
        bool blocks = l.kind == model::LinkKind::blocks;
        gv::set(e, "arrowhead", blocks ? "tee" : "none");
        if (blocks) gv::set(e, "arrowsize", "0.6");
        if (!lines.empty()) gv::set_html_label(e, reserved_label(lines));
        return e;
    }
    if (!lines.empty()) gv::set(e, "label", dot_text(lines));
    gv::set(e, "fontname", "DejaVu Sans");
    gv::set(e, "fontsize", fmt::format("{:g}", kLinkLabel.px));
    if (l.kind == model::LinkKind::enables) gv::set(e, "style", "dashed");
    if (l.kind == model::LinkKind::elided) gv::set(e, "style", "dotted");
    if (l.kind == model::LinkKind::blocks) {
        gv::set(e, "color", style::kBlocksColour);
        gv::set(e, "arrowhead", "tee");
    }
    if (l.feedback) {
        gv::set(e, "style", "dashed");
        gv::set(e, "penwidth", fmt::format("{:g}", style::kFeedbackWidth));
    }
    return e;
}

Agnode_t* add_spine_node(Agraph_t* g, int slot) {
    std::string name = fmt::format("_t{}", slot);  // event ids cannot start with '_'
    Agnode_t* n = agnode(g, name.data(), 1);
    gv::set(n, "shape", "point");
    gv::set(n, "width", "0.01");
    gv::set(n, "style", "invis");
    gv::set(n, "label", "");
    return n;
}

// The time spine: one invisible node per time slot, chained left to right,
// and each slot's events held in the rank of its spine node. An event that
// certainly precedes another is in an earlier slot, so it sits further left.
void add_time_spine(Agraph_t* g, const graph::EventGraph& eg, const std::vector<graph::Edge>& drawn,
                    const std::vector<Agnode_t*>& nodes) {
    auto slots = time_slots(eg, drawn);
    int count = slots.empty() ? 0 : *std::max_element(slots.begin(), slots.end()) + 1;
    std::vector<Agraph_t*> ranks;
    Agnode_t* previous = nullptr;
    for (int s = 0; s < count; ++s) {
        // Anonymous: cgraph orders named subgraphs by the address of their
        // name, and anonymous ones in the order they were made.
        Agraph_t* rank = agsubg(g, nullptr, 1);
        gv::set(rank, "rank", "same");
        Agnode_t* spine = add_spine_node(g, s);
        agsubnode(rank, spine, 1);
        if (previous) {
            Agedge_t* e = agedge(g, previous, spine, nullptr, 1);
            gv::set(e, "style", "invis");
        }
        previous = spine;
        ranks.push_back(rank);
    }
    for (graph::Vertex v : graph::by_date(eg)) agsubnode(ranks[static_cast<std::size_t>(slots[v])], nodes[v], 1);
}

}  // namespace

NodeText node_text(const model::Event& e, const CausalOptions& options) {
    NodeText t;
    t.date = model::format_date(e.date);
    // As wide as the wrapped title needs: a title that would take more lines
    // widens its box, up to the widest, before anything is cut with "…".
    double width = options.max_title_width;
    while (width < options.widest_title &&
           wrap_text(e.title, kEventTitle.px, kEventTitle.face, width).size() >
               static_cast<std::size_t>(options.max_title_lines))
        width = std::min(options.widest_title, width + 40);
    t.lines = wrap_text(e.title, kEventTitle.px, kEventTitle.face, width, options.max_title_lines);
    double w = measure::text_width(t.date, kDate.px, kDate.face);
    for (const auto& l : t.lines) w = std::max(w, measure::text_width(l, kEventTitle.px, kEventTitle.face));
    t.width = std::max(kMinNodeWidth, std::ceil(w + 2 * kNodePadX));
    t.height = std::ceil(2 * kNodePadY + measure::line_height(kDate.px) + kDateGap +
                         static_cast<double>(t.lines.size()) * measure::line_height(kEventTitle.px));
    return t;
}

std::vector<std::string> label_lines(const model::Link& l, const CausalOptions& options) {
    if (l.label.empty()) return {};
    return wrap_text(l.label, kLinkLabel.px, kLinkLabel.face, options.max_label_width, 3);
}

Built build_graph(const graph::EventGraph& eg, const std::vector<graph::Edge>& drawn,
                  const std::vector<NodeText>& texts, const CausalOptions& options, Purpose purpose) {
    Built b;
    b.graph = gv::new_digraph("timegraph");
    Agraph_t* g = b.graph.get();
    set_graph_attributes(g, eg.document, purpose);
    b.nodes.assign(boost::num_vertices(eg.g), nullptr);
    for (graph::Vertex v : graph::by_date(eg)) b.nodes[v] = add_event(g, eg, v, texts[v], purpose);
    for (graph::Edge e : drawn) {
        auto* from = b.nodes[boost::source(e, eg.g)];
        auto* to = b.nodes[boost::target(e, eg.g)];
        b.links.emplace_back(e, add_link(g, from, to, eg.link(e), options, purpose));
    }
    add_time_spine(g, eg, drawn, b.nodes);
    return b;
}

}  // namespace timegraph::causal::detail
