// One fuzz input through the pipeline, by the library's front door: shared by
// the libFuzzer entry point and the regression test that replays every input
// a fuzzer once crashed on.
#pragma once

#include <string>
#include <string_view>

#include <timegraph/timegraph.hpp>

namespace timegraph_fuzz {

// Models larger than this only exercise the parser and the checks: layout
// time would starve the fuzzer of executions.
inline constexpr std::size_t kMaxPipelineEvents = 60;

inline void run_one(std::string_view input) {
    using namespace timegraph;
    auto loaded = load(input, "fuzz.tg");
    if (!loaded.model || loaded.model->event_count() > kMaxPipelineEvents) return;
    const Model& model = *loaded.model;
    const auto ids = model.event_ids();
    for (const auto& id : ids) {
        chain(model, {id, true, false, "", Format::text});
        chain(model, {id, false, true, "", Format::json});
        chain(model, {id, false, true, "", Format::text, {LinkKind::causes, LinkKind::enables}});
        // A path from the first event, in text and JSON, each step named by its kind.
        chain(model, {ids.front(), true, true, id, Format::text});
        chain(model, {ids.front(), true, true, id, Format::json});
    }
    longest_chain(model);
    for (auto scale : {Scale::compressed, Scale::linear}) render_timeline(model, {scale});
    TimelineOptions down;
    down.direction = Direction::down;
    render_timeline(model, down);
    // The dated causal layout (and the page around both views); Graphviz's own
    // layout is left to the graph tests, as its run time would starve the fuzzer.
    PageOptions page;
    page.graph.layout = Layout::dated;
    render_all(model, page);
}

}  // namespace timegraph_fuzz
