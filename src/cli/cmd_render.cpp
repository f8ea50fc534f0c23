// `timegraph render FILE [-o DIR] [--templates DIR] [--all-links] [--layout auto|dot|dated] [--direction right|down]
// [figure options]`: the timeline SVG, the graph SVG and the page, of the whole model or of a figure's subset,
// written together. Every file is made in memory first and written
// only when all three were made, each through a temporary file and a rename,
// so a failed render leaves the previous outputs untouched.
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "core/files.hpp"

namespace timegraph::cli {

namespace {

struct RenderOptions {
    std::string file, out_dir = "output";
    PageOptions page;
    FigureArgs figure;
};

std::string stem_of(const std::string& file) {
    return file == "-" ? std::string("stdin") : std::filesystem::path(file).stem().string();
}

}  // namespace

void add_render_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Write the timeline SVG, the graph SVG and the HTML page");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("-o,--output", o->out_dir, "Output folder, created if needed (default: output)");
    cmd->add_option("--templates", o->page.templates_dir,
                    "Folder with page.html, page.css and page.js to use instead of the built-in templates");
    cmd->add_flag("--all-links", o->page.graph.all_links, "Draw links that a longer chain implies");
    add_layout_options(*cmd, o->page.graph);
    add_figure_options(*cmd, o->figure);
    cmd->callback([o, &io] {
        if (!check_figure_args(o->figure, io)) return;
        auto model = load_model(o->file, io);
        if (!model) return;
        auto r = render_all(*model, o->page, o->figure);
        if (!report(r.report, io)) return;
        std::error_code ec;
        std::filesystem::create_directories(o->out_dir, ec);
        if (ec) {
            io.err << "timegraph: error: " << o->out_dir << ": cannot create the folder: " << ec.message() << "\n";
            io.fail(kExitUsage);
            return;
        }
        auto base = (std::filesystem::path(o->out_dir) / stem_of(o->file)).string();
        auto error = core::write_all_atomic({{base + ".timeline.svg", &r.views->timeline_svg()},
                                             {base + ".graph.svg", &r.views->graph_svg()},
                                             {base + ".html", r.views->page_pieces()}},
                                            {o->file});
        if (error) {
            io.err << "timegraph: error: " << *error << "\n";
            io.fail(kExitUsage);
        }
    });
}

}  // namespace timegraph::cli
