// `timegraph check FILE...`: parse and check models, print diagnostics.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace timegraph::cli {

void add_check_command(CLI::App& app, Io& io) {
    struct Options {
        std::vector<std::string> files;
        bool strict = false;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("check", "Check models and report every problem with its position");
    cmd->add_option("files", opts->files, "Model files (.tg); '-' reads standard input")->required();
    cmd->add_flag("--strict", opts->strict, "Treat warnings as errors");
    cmd->callback([opts, &io] {
        for (const auto& f : opts->files) load_model(f, io, opts->strict);
    });
}

}  // namespace timegraph::cli
