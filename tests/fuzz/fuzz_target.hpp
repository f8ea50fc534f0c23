// One fuzz input through the pipeline: shared by the libFuzzer entry point
// and the regression test that replays every input a fuzzer once crashed on.
#pragma once

#include <string>
#include <string_view>

#include "causal/causal_layout.hpp"
#include "core/diagnostics.hpp"
#include "graph/chain_report.hpp"
#include "graph/checks.hpp"
#include "graph/export_json.hpp"
#include "graph/queries.hpp"
#include "page/page.hpp"
#include "parse/parser.hpp"
#include "render/svg_writer.hpp"
#include "timeline/timeline.hpp"

namespace timegraph_fuzz {

// Models larger than this only exercise the parser and the checks: layout
// time would starve the fuzzer of executions.
inline constexpr std::size_t kMaxPipelineEvents = 60;

inline void run_one(std::string_view input) {
    using namespace timegraph;
    auto parsed = parse::parse(input, "fuzz.tg");
    std::string text = core::format_all(parsed.diagnostics);
    if (!parsed.ok()) return;
    auto eg = graph::build(std::move(parsed.document));
    core::Diagnostics diags;
    graph::check(eg, diags);
    if (diags.has_errors() || eg.document.events.size() > kMaxPipelineEvents) return;
    const graph::KindSet forward({model::LinkKind::causes, model::LinkKind::enables});
    for (graph::Vertex v = 0; v < boost::num_vertices(eg.g); ++v) {
        graph::chain_tree(eg, v, graph::Direction::causes);
        graph::chain_json(eg, v, graph::Direction::effects);
        graph::chain_tree(eg, v, graph::Direction::effects, forward);
        if (auto path = graph::path_between(eg, 0, v)) {
            graph::path_text(eg, *path);
            graph::path_json(eg, *path);
        }
    }
    graph::longest_chain(eg);
    graph::drawn_links(eg, false);
    for (auto scale : {timescale::ScaleKind::compressed, timescale::ScaleKind::linear}) {
        timeline::TimelineOptions options;
        options.scale = scale;
        render::write_svg(timeline::timeline_layout(eg, options));
    }
    // The dated causal layout; Graphviz's own layout is left to the graph tests, as
    // its run time would starve the fuzzer.
    causal::CausalOptions causal;
    causal.engine = causal::CausalEngine::dated;
    if (auto scene = causal::causal_layout(eg, causal, diags)) render::write_svg(*scene);
    page::build_page(eg, "", "", {}, diags);
}

}  // namespace timegraph_fuzz
