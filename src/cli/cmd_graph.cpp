// `timegraph graph FILE [-o OUT.svg] [--all-links] [--layout auto|dot|dated] [--direction right|down]
// [--dot-timeout S] [figure options]`: the causal-graph SVG.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace timegraph::cli {

void add_graph_command(CLI::App& app, Io& io) {
    struct Options {
        std::string file, output;
        GraphOptions layout;
        FigureArgs figure;
        ImageArgs image;
    };
    auto o = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("graph", "Write the causal graph as SVG, PNG or PDF, earlier events to the left");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("-o,--output", o->output, "Output file, .svg, .png or .pdf (default: SVG to standard output)");
    add_image_options(*cmd, o->image);
    cmd->add_flag("--all-links", o->layout.all_links, "Draw links that a longer chain implies");
    add_layout_options(*cmd, o->layout);
    add_figure_options(*cmd, o->figure);
    cmd->callback([o, &io] {
        if (!check_figure_args(o->figure, io)) return;
        auto model = load_model(o->file, io);
        if (!model) return;
        auto svg = render_graph(*model, o->layout, o->figure);
        if (report(svg.report, io)) emit_image(o->output, o->image, svg.text, o->file, io);
    });
}

}  // namespace timegraph::cli
