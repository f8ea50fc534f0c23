#include "cli/app.hpp"

#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "causal/causal_layout.hpp"
#include "core/files.hpp"
#include "core/progress.hpp"
#include "graph/checks.hpp"
#include "parse/parser.hpp"

namespace timegraph::cli {

std::optional<graph::EventGraph> load_model(const std::string& path, Io& io, bool strict, int* warnings) {
    auto input = core::read_input(path);
    if (input.error) {
        io.err << "timegraph: error: " << *input.error << "\n";
        io.fail(kExitUsage);
        return std::nullopt;
    }
    auto parsed = parse::parse(input.text, path == "-" ? "<stdin>" : path);
    core::Diagnostics diags = std::move(parsed.diagnostics);
    std::optional<graph::EventGraph> eg;
    // Graph checks need resolved ids; after syntax errors they would only add noise.
    if (!diags.has_errors()) {
        core::Progress progress("checking", 2);
        eg = graph::build(std::move(parsed.document));
        progress.step(1);
        graph::check(*eg, diags);
    }
    io.err << core::format_all(diags);
    if (warnings) *warnings = diags.warning_count();
    if (diags.has_errors() || (strict && diags.warning_count() > 0)) {
        io.fail(kExitInvalid);
        return std::nullopt;
    }
    return eg;
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

void add_layout_options(CLI::App& cmd, causal::CausalOptions& options) {
    std::map<std::string, causal::CausalEngine> names{{"auto", causal::CausalEngine::automatic},
                                                      {"dot", causal::CausalEngine::dot},
                                                      {"dated", causal::CausalEngine::dated}};
    cmd.add_option("--layout", options.engine,
                   "Causal graph layout: dated (time columns, fitted to the page; above 2,000 events an overview "
                   "along the time scale), dot (Graphviz), or auto, which is dated")
        ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
        ->option_text("{auto,dot,dated}");
    std::map<std::string, causal::Direction> directions{{"auto", causal::Direction::automatic},
                                                        {"right", causal::Direction::right},
                                                        {"down", causal::Direction::down}};
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
        ->option_text(fmt::format("SECONDS (default {:g})", causal::kDefaultDotTimeout));
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
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e, out, err);
        return code == 0 ? kExitOk : kExitUsage;
    }
    return io.status;
}

}  // namespace timegraph::cli
