// `timegraph graph FILE [-o OUT.svg] [--all-links] [--layout auto|dot|dated] [--direction right|down]
// [--dot-timeout S] [figure options]`: the causal-graph SVG.
#include <CLI/CLI.hpp>

#include "causal/causal_layout.hpp"
#include "cli/app.hpp"
#include "render/svg_writer.hpp"

namespace timegraph::cli {

void add_graph_command(CLI::App& app, Io& io) {
    struct Options {
        std::string file, output;
        causal::CausalOptions layout;
        FigureArgs figure;
    };
    auto o = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("graph", "Write the causal graph as SVG, earlier events to the left");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("-o,--output", o->output, "Output SVG file (default: standard output)");
    cmd->add_flag("--all-links", o->layout.all_links, "Draw links that a longer chain implies");
    add_layout_options(*cmd, o->layout);
    add_figure_options(*cmd, o->figure);
    cmd->callback([o, &io] {
        auto filter = figure_filter(o->figure, io);
        if (!filter) return;
        auto fig = load_figure(o->file, *filter, io);
        if (!fig) return;
        core::Diagnostics diags;
        auto scene = causal::causal_layout(fig->graph, o->layout, diags);
        io.err << core::format_all(diags);
        if (!scene) return io.fail(kExitInvalid);
        emit(o->output, render::write_svg(*scene), o->file, io);
    });
}

}  // namespace timegraph::cli
