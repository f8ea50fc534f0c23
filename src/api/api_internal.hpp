// What the front door's pieces share: the model behind timegraph::Model and
// the way every call turns the stages' diagnostics and errors into a Report.
#pragma once

#include <optional>
#include <string>

#include <timegraph/timegraph.hpp>

#include "core/diagnostics.hpp"
#include "graph/event_graph.hpp"
#include "graph/subset.hpp"

namespace timegraph {

struct Model::Impl {
    graph::EventGraph eg;
};

namespace api {

// Appends the diagnostics, structured and formatted; their errors make the report `invalid`.
void add_diagnostics(Report& report, const core::Diagnostics& diagnostics);
// Appends "timegraph: error: MESSAGE" and raises the status to at least `status`.
void fail(Report& report, Status status, const std::string& message);
void raise(Report& report, Status status);

// The graph a figure draws: the model's own when the figure shows everything
// (no copy), else the figure's subset. `filter` holds the figure's parsed dates.
struct FigureGraph {
    graph::FigureFilter filter;
    std::optional<graph::Figure> owned;
    const graph::EventGraph* model = nullptr;
    std::size_t left_out = 0;
    const graph::EventGraph& graph() const { return owned ? owned->graph : *model; }
};
std::optional<graph::FigureFilter> figure_filter(const Figure& figure, Report& report);
std::optional<FigureGraph> figure_graph(const graph::EventGraph& eg, graph::FigureFilter filter, Report& report);
// Both in one: the figure's filter, then its graph.
std::optional<FigureGraph> figure_graph(const graph::EventGraph& eg, const Figure& figure, Report& report);

}  // namespace api
}  // namespace timegraph
