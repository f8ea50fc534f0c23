// The options every drawing command shares for figures that tell one story:
// `--highlight ID`, `--only-chain ID`, `--from DATE`, `--to DATE`,
// `--lanes a,b` and `--tags x,y` (graph/subset.hpp does the work).
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace timegraph::cli {

void add_figure_options(CLI::App& cmd, FigureArgs& a) {
    cmd.add_option("--highlight", a.highlight,
                   "Draw this event's causes and effects in full colour and mute everything else");
    cmd.add_option("--only-chain", a.only_chain, "Draw only this event, its causes and its effects");
    cmd.add_option("--from", a.from, "Draw only events that reach into the range from this date (e.g. 2022, 2023-11)");
    cmd.add_option("--to", a.to, "Draw only events that reach into the range up to this date");
    cmd.add_option("--lanes", a.lanes, "Draw only events of these lanes (ids, comma-separated)")->delimiter(',');
    cmd.add_option("--tags", a.tags, "Draw only events carrying one of these tags (comma-separated)")->delimiter(',');
}

namespace {

// A --from/--to bound: the start (or end) of the interval the date denotes.
bool parse_bound(const std::string& flag, const std::string& text, bool start, std::optional<model::Minutes>& out,
                 Io& io) {
    if (text.empty()) return true;
    auto parsed = model::parse_date(text);
    if (!parsed.date) {
        io.err << "timegraph: error: " << flag << " '" << text << "': " << parsed.error->message << "\n";
        io.fail(kExitUsage);
        return false;
    }
    if (start) out = parsed.date->earliest();
    else if (!parsed.date->open) out = parsed.date->latest();
    return true;
}

}  // namespace

std::optional<graph::FigureFilter> figure_filter(const FigureArgs& a, Io& io) {
    graph::FigureFilter f;
    f.highlight = a.highlight;
    f.only_chain = a.only_chain;
    f.lanes = a.lanes;
    f.tags = a.tags;
    if (!parse_bound("--from", a.from, true, f.from, io) || !parse_bound("--to", a.to, false, f.to, io)) return std::nullopt;
    if (f.from && f.to && *f.to < *f.from) {
        io.err << "timegraph: error: --to (" << a.to << ") is before --from (" << a.from << ")\n";
        io.fail(kExitUsage);
        return std::nullopt;
    }
    return f;
}

std::optional<graph::Figure> load_figure(const std::string& path, const graph::FigureFilter& filter, Io& io) {
    auto eg = load_model(path, io);
    if (!eg) return std::nullopt;
    return figure_of(std::move(*eg), filter, io);
}

std::optional<graph::Figure> figure_of(graph::EventGraph eg, const graph::FigureFilter& filter, Io& io) {
    auto fig = graph::figure(std::move(eg), filter);
    if (!fig.error.empty()) {
        io.err << "timegraph: error: " << fig.error << "\n";
        io.fail(kExitUsage);
        return std::nullopt;
    }
    return fig;
}

}  // namespace timegraph::cli
