// `timegraph timeline FILE`: the dated timeline as a standalone SVG.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "render/svg_writer.hpp"
#include "timeline/timeline.hpp"

namespace timegraph::cli {

namespace {

struct TimelineArgs {
    std::string file;
    std::string output;
    std::string scale = "compressed";
    std::string from, to;
    double width = 1200;
    std::string links = "on";
};

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

void run_timeline(const TimelineArgs& a, Io& io) {
    timeline::TimelineOptions opt;
    opt.scale = a.scale == "linear" ? timescale::ScaleKind::linear : timescale::ScaleKind::compressed;
    opt.width = a.width;
    opt.links = a.links == "on";
    if (!parse_bound("--from", a.from, true, opt.from, io) || !parse_bound("--to", a.to, false, opt.to, io)) return;
    if (opt.from && opt.to && *opt.to < *opt.from) {
        io.err << "timegraph: error: --to (" << a.to << ") is before --from (" << a.from << ")\n";
        io.fail(kExitUsage);
        return;
    }
    auto eg = load_model(a.file, io);
    if (!eg) return;
    if (auto empty = timeline::empty_range_message(*eg, opt)) {
        io.err << "timegraph: error: " << *empty << "; nothing written\n";
        io.fail(kExitInvalid);
        return;
    }
    std::string svg = render::write_svg(timeline::timeline_layout(*eg, opt));
    if (a.output.empty() || a.output == "-") io.out << svg;
    else write_output(a.output, svg, {a.file}, io);
}

}  // namespace

void add_timeline_command(CLI::App& app, Io& io) {
    auto args = std::make_shared<TimelineArgs>();
    CLI::App* cmd = app.add_subcommand("timeline", "Draw the dated timeline of a model as a standalone SVG");
    cmd->add_option("file", args->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("-o,--output", args->output, "SVG file to write (default: standard output)");
    cmd->add_option("--scale", args->scale, "compressed: long empty gaps become axis breaks; linear: a plain scale")
        ->check(CLI::IsMember({"compressed", "linear"}));
    cmd->add_option("--from", args->from, "Show events from this date on (e.g. 2022, 2023-11)");
    cmd->add_option("--to", args->to, "Show events up to this date");
    cmd->add_option("--width", args->width, "Width in px (the height follows the content)")
        ->check(CLI::Range(timeline::kMinTimelineWidth, 20000.0));
    cmd->add_option("--links", args->links, "Draw the causal links")->check(CLI::IsMember({"on", "off"}));
    cmd->callback([args, &io] { run_timeline(*args, io); });
}

}  // namespace timegraph::cli
