// `timegraph render FILE [-o DIR] [--templates DIR] [--all-links] [--layout auto|dot|dated] [--direction right|down]
// [figure options]`: the timeline SVG, the graph SVG and the page, of the whole model or of a figure's subset,
// written together. Every file is made in memory first and written
// only when all three were made, each through a temporary file and a rename,
// so a failed render leaves the previous outputs untouched.
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>

#include "causal/causal_layout.hpp"
#include "cli/app.hpp"
#include "core/files.hpp"
#include "page/page.hpp"
#include "render/svg_writer.hpp"
#include "timeline/timeline.hpp"

namespace timegraph::cli {

namespace {

struct RenderOptions {
    std::string file, out_dir = "output", templates;
    causal::CausalOptions layout;
    FigureArgs figure;
};

std::string stem_of(const std::string& file) {
    return file == "-" ? std::string("stdin") : std::filesystem::path(file).stem().string();
}

struct Rendered {
    render::SvgDocument timeline, graph;
    page::PagePieces page;  // points into timeline and graph
};

// Each scene is a temporary, freed as soon as its SVG is written: with
// 100,000 events, the scenes and texts together would not fit in 1 GiB.
// On the heap, and never moved: the page's pieces point into the SVG texts.
std::unique_ptr<Rendered> render_all(const graph::EventGraph& eg, const timeline::TimelineOptions& timeline,
                                     const RenderOptions& o, Io& io) {
    core::Diagnostics diags;
    auto out = std::make_unique<Rendered>();
    Rendered& r = *out;
    r.timeline = render::write_svg_document(timeline::timeline_layout(eg, timeline));
    if (auto graph = causal::causal_layout(eg, o.layout, diags)) {
        r.graph = render::write_svg_document(*graph);
    } else {
        io.err << core::format_all(diags);
        io.fail(kExitInvalid);
        return nullptr;
    }
    page::PageOptions popts{o.templates, o.layout.all_links, ""};
    r.page = page::build_page_pieces(eg, r.timeline.inline_pieces(), r.graph.inline_pieces(), popts, diags);
    io.err << core::format_all(diags);
    if (r.page.error) {
        io.err << "timegraph: error: " << *r.page.error << "\n";
        io.fail(kExitUsage);
        return nullptr;
    }
    return out;
}

}  // namespace

void add_render_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Write the timeline SVG, the graph SVG and the HTML page");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("-o,--output", o->out_dir, "Output folder, created if needed (default: output)");
    cmd->add_option("--templates", o->templates,
                    "Folder with page.html, page.css and page.js to use instead of the built-in templates");
    cmd->add_flag("--all-links", o->layout.all_links, "Draw links that a longer chain implies");
    add_layout_options(*cmd, o->layout);
    add_figure_options(*cmd, o->figure);
    cmd->callback([o, &io] {
        auto filter = figure_filter(o->figure, io);
        if (!filter) return;
        auto fig = load_figure(o->file, *filter, io);
        if (!fig) return;
        timeline::TimelineOptions timeline;
        timeline.from = filter->from;
        timeline.to = filter->to;
        timeline.left_out = fig->left_out;
        auto r = render_all(fig->graph, timeline, *o, io);
        if (!r) return;
        std::error_code ec;
        std::filesystem::create_directories(o->out_dir, ec);
        if (ec) {
            io.err << "timegraph: error: " << o->out_dir << ": cannot create the folder: " << ec.message() << "\n";
            io.fail(kExitUsage);
            return;
        }
        auto base = (std::filesystem::path(o->out_dir) / stem_of(o->file)).string();
        auto error = core::write_all_atomic({{base + ".timeline.svg", &r->timeline.text},
                                             {base + ".graph.svg", &r->graph.text},
                                             {base + ".html", r->page.pieces}},
                                            {o->file});
        if (error) {
            io.err << "timegraph: error: " << *error << "\n";
            io.fail(kExitUsage);
        }
    });
}

}  // namespace timegraph::cli
