// The command-line interface as a library function, so that tests drive it
// exactly as a user does; main() only forwards to run().
#pragma once

#include <algorithm>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "graph/event_graph.hpp"
#include "graph/subset.hpp"

namespace CLI {
class App;
}

namespace timegraph::causal {
struct CausalOptions;
}

namespace timegraph::cli {

// `--layout auto|dot|dated`, `--direction right|down` and `--dot-timeout`,
// shared by the commands that draw the causal graph.
void add_layout_options(CLI::App& cmd, causal::CausalOptions& options);

// Exit codes: 0 success, 1 the model has errors, 2 usage or I/O errors.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

struct Io {
    std::ostream& out;
    std::ostream& err;
    int status = kExitOk;
    void fail(int code) { status = std::max(status, code); }
};

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// Reads, parses and checks one model (syntax, then the graph checks), printing
// every diagnostic to io.err. Returns the graph when the model has no errors
// (and, with strict, no warnings); `warnings`, if given, receives their count.
std::optional<graph::EventGraph> load_model(const std::string& path, Io& io, bool strict = false,
                                            int* warnings = nullptr);

// Writes an output file atomically, never over one of the inputs.
bool write_output(const std::string& path, const std::string& content, const std::vector<std::string>& inputs,
                  Io& io);

// The figure options of `graph`, `timeline` and `render`, as typed.
struct FigureArgs {
    std::string highlight, only_chain, from, to;
    std::vector<std::string> lanes, tags;
};
void add_figure_options(CLI::App& cmd, FigureArgs& args);
// The filter they describe, or nullopt after reporting a bad date (exit 2).
std::optional<graph::FigureFilter> figure_filter(const FigureArgs& args, Io& io);
// load_model, then the figure's graph; nullopt after reporting an invalid
// model (exit 1) or an unknown id, lane or tag (exit 2).
std::optional<graph::Figure> load_figure(const std::string& path, const graph::FigureFilter& filter, Io& io);
// The same for a model already loaded.
std::optional<graph::Figure> figure_of(graph::EventGraph eg, const graph::FigureFilter& filter, Io& io);

// Each command adds itself to the app; its callback sets io.status.
void add_check_command(CLI::App& app, Io& io);
void add_chain_command(CLI::App& app, Io& io);
void add_timeline_command(CLI::App& app, Io& io);
void add_graph_command(CLI::App& app, Io& io);
void add_export_command(CLI::App& app, Io& io);
void add_render_command(CLI::App& app, Io& io);

// Writes a command's result to a file (atomically, never over an input), or
// to io.out when path is empty or "-".
void emit(const std::string& path, const std::string& content, const std::string& input, Io& io);

}  // namespace timegraph::cli
