// `timegraph timeline FILE`: the dated timeline as a standalone SVG, of the
// whole model or of a figure's subset (cli/figure.cpp).
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
    FigureArgs figure;
    double width = 1200;
    std::string links = "on";
    std::string direction = "right";
};

void run_timeline(const TimelineArgs& a, Io& io) {
    timeline::TimelineOptions opt;
    opt.scale = a.scale == "linear" ? timescale::ScaleKind::linear : timescale::ScaleKind::compressed;
    opt.width = a.width;
    opt.links = a.links == "on";
    opt.direction = a.direction == "down" ? timeline::Direction::down : timeline::Direction::right;
    auto filter = figure_filter(a.figure, io);
    if (!filter) return;
    opt.from = filter->from;
    opt.to = filter->to;
    auto eg = load_model(a.file, io);
    if (!eg) return;
    // A range that holds no event says so, and where the events lie.
    if (auto empty = timeline::empty_range_message(*eg, opt)) {
        io.err << "timegraph: error: " << *empty << "; nothing written\n";
        io.fail(kExitInvalid);
        return;
    }
    auto fig = figure_of(std::move(*eg), *filter, io);
    if (!fig) return;
    opt.left_out = fig->left_out;
    std::string svg = render::write_svg(timeline::timeline_layout(fig->graph, opt));
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
    cmd->add_option("--width", args->width, "Width in px (the height follows the content)")
        ->check(CLI::Range(timeline::kMinTimelineWidth, 20000.0));
    cmd->add_option("--links", args->links, "Draw the causal links")->check(CLI::IsMember({"on", "off"}));
    cmd->add_option("--direction", args->direction,
                    "right: time runs left to right, lanes are bands; down: time runs top to bottom, lanes are columns")
        ->check(CLI::IsMember({"right", "down"}));
    add_figure_options(*cmd, args->figure);
    cmd->callback([args, &io] { run_timeline(*args, io); });
}

}  // namespace timegraph::cli
