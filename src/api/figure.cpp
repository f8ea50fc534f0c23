// Figures: the filter a Figure's fields describe, and the graph it draws.
#include <timegraph/timegraph.hpp>

#include "api/api_internal.hpp"
#include "model/date.hpp"

namespace timegraph::api {

namespace {

// A --from/--to bound: the start (or end) of the interval the date denotes.
bool parse_bound(const std::string& flag, const std::string& text, bool start, std::optional<model::Minutes>& out,
                 Report& report) {
    if (text.empty()) return true;
    auto parsed = model::parse_date(text);
    if (!parsed.date) {
        fail(report, Status::usage, flag + " '" + text + "': " + parsed.error->message);
        return false;
    }
    if (start) out = parsed.date->earliest();
    else if (!parsed.date->open) out = parsed.date->latest();
    return true;
}

}  // namespace

std::optional<graph::FigureFilter> figure_filter(const Figure& figure, Report& report) {
    graph::FigureFilter f;
    f.highlight = figure.highlight;
    f.only_chain = figure.only_chain;
    f.lanes = figure.lanes;
    f.tags = figure.tags;
    if (!parse_bound("--from", figure.from, true, f.from, report) ||
        !parse_bound("--to", figure.to, false, f.to, report))
        return std::nullopt;
    if (f.from && f.to && *f.to < *f.from) {
        fail(report, Status::usage, "--to (" + figure.to + ") is before --from (" + figure.from + ")");
        return std::nullopt;
    }
    return f;
}

std::optional<FigureGraph> figure_graph(const graph::EventGraph& eg, graph::FigureFilter filter, Report& report) {
    FigureGraph out;
    out.model = &eg;
    if (filter.narrows() || !filter.highlight.empty()) {
        out.owned = graph::figure(eg, filter);
        if (!out.owned->error.empty()) {
            fail(report, Status::usage, out.owned->error);
            return std::nullopt;
        }
        out.left_out = out.owned->left_out;
    }
    out.filter = std::move(filter);
    return out;
}

std::optional<FigureGraph> figure_graph(const graph::EventGraph& eg, const Figure& figure, Report& report) {
    auto filter = figure_filter(figure, report);
    if (!filter) return std::nullopt;
    return figure_graph(eg, std::move(*filter), report);
}

}  // namespace timegraph::api

namespace timegraph {

Report check_figure(const Figure& figure) {
    Report report;
    api::figure_filter(figure, report);
    return report;
}

}  // namespace timegraph
