// The command-line interface as a library function, so that tests drive it
// exactly as a user does; main() only forwards to run().
#pragma once

#include <algorithm>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <timegraph/timegraph.hpp>

namespace CLI {
class App;
}

namespace timegraph::cli {

// `--layout auto|dot|dated`, `--direction right|down` and `--dot-timeout`,
// shared by the commands that draw the causal graph.
void add_layout_options(CLI::App& cmd, GraphOptions& options);

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

// Prints a library call's messages to io.err and takes on its status;
// whether it went well.
bool report(const Report& r, Io& io);

// Reads, parses and checks one model (syntax, then the graph checks), printing
// every diagnostic to io.err. Returns the model when it has no errors
// (and, with strict, no warnings); `warnings`, if given, receives their count.
std::optional<Model> load_model(const std::string& path, Io& io, bool strict = false, int* warnings = nullptr);

// Writes an output file atomically, never over one of the inputs.
bool write_output(const std::string& path, const std::string& content, const std::vector<std::string>& inputs,
                  Io& io);

// The figure options of `graph`, `timeline` and `render`, as typed.
using FigureArgs = Figure;
void add_figure_options(CLI::App& cmd, FigureArgs& args);
// A bad date among them is reported (exit 2) before the model is read.
bool check_figure_args(const FigureArgs& args, Io& io);

// Each command adds itself to the app; its callback sets io.status.
void add_check_command(CLI::App& app, Io& io);
void add_chain_command(CLI::App& app, Io& io);
void add_timeline_command(CLI::App& app, Io& io);
void add_graph_command(CLI::App& app, Io& io);
void add_export_command(CLI::App& app, Io& io);
void add_render_command(CLI::App& app, Io& io);
void add_import_command(CLI::App& app, Io& io);
void add_serve_command(CLI::App& app, Io& io);

// `--format svg|png|pdf` and `--dpi` of the commands that draw one view.
struct ImageArgs {
    std::string format;  // "" for the one -o's extension names, else svg
    double dpi = 96;     // PNG pixels per inch; 96 is one pixel per SVG px
};
void add_image_options(CLI::App& cmd, ImageArgs& args);
// Writes a view's SVG as the format asked for, like emit().
void emit_image(const std::string& path, const ImageArgs& args, const std::string& svg, const std::string& input,
                Io& io);

// Writes a command's result to a file (atomically, never over an input), or
// to io.out when path is empty or "-".
void emit(const std::string& path, const std::string& content, const std::string& input, Io& io);

}  // namespace timegraph::cli
