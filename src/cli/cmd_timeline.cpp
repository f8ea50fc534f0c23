// `timegraph timeline FILE`: the dated timeline as a standalone SVG, of the
// whole model or of a figure's subset (cli/figure.cpp).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"

namespace timegraph::cli {

namespace {

struct TimelineArgs {
    std::string file;
    std::string output;
    std::string scale = "compressed";
    FigureArgs figure;
    ImageArgs image;
    double width = 1200;
    std::string links = "on";
    std::string direction = "right";
};

void run_timeline(const TimelineArgs& a, Io& io) {
    // Only time running down has a form for widths under kMinTimelineWidth.
    if (a.direction == "right" && a.width < kMinTimelineWidth)
        throw CLI::ValidationError("--width", fmt::format("{:g} is narrower than {:g} px, the least for --direction right; "
                                                          "--direction down goes down to {:g} px",
                                                          a.width, kMinTimelineWidth, kMinDownTimelineWidth));
    TimelineOptions opt;
    opt.scale = a.scale == "linear" ? Scale::linear : Scale::compressed;
    opt.width = a.width;
    opt.links = a.links == "on";
    opt.direction = a.direction == "down" ? Direction::down : Direction::right;
    if (!check_figure_args(a.figure, io)) return;
    auto model = load_model(a.file, io);
    if (!model) return;
    auto svg = render_timeline(*model, opt, a.figure);
    if (report(svg.report, io)) emit_image(a.output, a.image, svg.text, a.file, io);
}

}  // namespace

void add_timeline_command(CLI::App& app, Io& io) {
    auto args = std::make_shared<TimelineArgs>();
    CLI::App* cmd = app.add_subcommand("timeline", "Draw the dated timeline of a model as a standalone SVG, PNG or PDF");
    cmd->add_option("file", args->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("-o,--output", args->output, "File to write, .svg, .png or .pdf (default: SVG to standard output)");
    add_image_options(*cmd, args->image);
    cmd->add_option("--scale", args->scale, "compressed: long empty gaps become axis breaks; linear: a plain scale")
        ->check(CLI::IsMember({"compressed", "linear"}));
    cmd->add_option("--width", args->width,
                    fmt::format("Width in px (the height follows the content), at least {:g}, or {:g} with --direction down",
                                kMinTimelineWidth, kMinDownTimelineWidth))
        ->check(CLI::Range(kMinDownTimelineWidth, 20000.0));
    cmd->add_option("--links", args->links, "Draw the causal links")->check(CLI::IsMember({"on", "off"}));
    cmd->add_option("--direction", args->direction,
                    "right: time runs left to right, lanes are bands; down: time runs top to bottom, lanes are columns")
        ->check(CLI::IsMember({"right", "down"}));
    add_figure_options(*cmd, args->figure);
    cmd->callback([args, &io] { run_timeline(*args, io); });
}

}  // namespace timegraph::cli
