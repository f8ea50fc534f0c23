#include "cli/app.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "core/files.hpp"

namespace timegraph::cli {

bool report(const Report& r, Io& io) {
    io.err << r.messages;
    io.fail(static_cast<int>(r.status));
    return r.ok();
}

std::optional<Model> load_model(const std::string& path, Io& io, bool strict, int* warnings) {
    auto loaded = load_file(path, LoadOptions{strict});
    report(loaded.report, io);
    if (warnings)
        *warnings = static_cast<int>(std::count_if(loaded.report.diagnostics.begin(), loaded.report.diagnostics.end(),
                                                   [](const Diagnostic& d) { return d.severity == Severity::warning; }));
    return std::move(loaded.model);
}

bool write_output(const std::string& path, const std::string& content, const std::vector<std::string>& inputs,
                  Io& io) {
    if (auto error = core::write_atomic(path, content, inputs)) {
        io.err << "timegraph: error: " << *error << "\n";
        io.fail(kExitUsage);
        return false;
    }
    return true;
}

void emit(const std::string& path, const std::string& content, const std::string& input, Io& io) {
    if (path.empty() || path == "-")
        io.out << content;
    else
        write_output(path, content, {input}, io);
}

void add_image_options(CLI::App& cmd, ImageArgs& args) {
    cmd.add_option("--format", args.format,
                   "svg, png or pdf (drawn by librsvg and cairo); default: the output file's extension, else svg")
        ->check(CLI::IsMember({"svg", "png", "pdf"}));
    cmd.add_option("--dpi", args.dpi, "PNG resolution: 96 draws one pixel per SVG px, 192 twice as many each way")
        ->capture_default_str()
        ->check(CLI::Range(1.0, 9600.0));
}

void emit_image(const std::string& path, const ImageArgs& args, const std::string& svg, const std::string& input,
                Io& io) {
    std::string format = args.format;
    if (format.empty()) {
        auto ext = std::filesystem::path(path).extension().string();
        format = ext == ".png" || ext == ".PNG" ? "png" : ext == ".pdf" || ext == ".PDF" ? "pdf" : "svg";
    }
    if (format == "svg") return emit(path, svg, input, io);
    auto image = format == "png" ? svg_to_png(svg, args.dpi / 96) : svg_to_pdf(svg);
    if (report(image.report, io)) emit(path, image.text, input, io);
}

void add_layout_options(CLI::App& cmd, GraphOptions& options) {
    std::map<std::string, Layout> names{{"auto", Layout::automatic}, {"dot", Layout::dot}, {"dated", Layout::dated}};
    cmd.add_option("--layout", options.layout,
                   "Causal graph layout: dated (time columns, fitted to the page; above 2,000 events an overview "
                   "along the time scale), dot (Graphviz), or auto, which is dated")
        ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
        ->option_text("{auto,dot,dated}");
    std::map<std::string, Direction> directions{
        {"auto", Direction::automatic}, {"right", Direction::right}, {"down", Direction::down}};
    cmd.add_option("--direction", options.direction,
                   "Which way time runs in the causal graph: right, down (portrait pages and phones), or auto: the "
                   "way that crosses fewer links, right on a tie, for graphs up to 150 events (the dated layout)")
        ->transform(CLI::CheckedTransformer(directions, CLI::ignore_case))
        ->option_text("{auto,right,down}");
    cmd.add_option("--dot-timeout", options.dot_timeout,
                   "Seconds Graphviz's dot may take (in a child process) with --layout dot, which then fails. 0: no "
                   "bound")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1e6).description(""))
        ->option_text(fmt::format("SECONDS (default {:g})", GraphOptions{}.dot_timeout));
}

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    Io io{out, err};
    CLI::App app{"timegraph: dated timelines and causal graphs from a text model of events", "timegraph"};
    app.set_version_flag("--version", std::string("timegraph ") + TIMEGRAPH_VERSION);
    app.require_subcommand(1);
    add_check_command(app, io);
    add_chain_command(app, io);
    add_timeline_command(app, io);
    add_graph_command(app, io);
    add_export_command(app, io);
    add_render_command(app, io);
    add_import_command(app, io);
    add_serve_command(app, io);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e, out, err);
        return code == 0 ? kExitOk : kExitUsage;
    }
    return io.status;
}

}  // namespace timegraph::cli
