// The options every drawing command shares for figures that tell one story:
// `--highlight ID`, `--only-chain ID`, `--from DATE`, `--to DATE`,
// `--lanes a,b` and `--tags x,y` (the library's Figure).
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

bool check_figure_args(const FigureArgs& args, Io& io) { return report(check_figure(args), io); }

}  // namespace timegraph::cli
