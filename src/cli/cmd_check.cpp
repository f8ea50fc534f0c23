// `timegraph check FILE...`: parse and check models, print diagnostics, and
// a one-line summary of each model that passes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/app.hpp"

namespace timegraph::cli {

namespace {

std::string count(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string summary(const std::string& file, const Model& model, int warnings) {
    return fmt::format("{}: {}, {}, {}, {}\n", file == "-" ? "<stdin>" : file,
                       count(model.event_count(), "event", "events"), count(model.link_count(), "link", "links"),
                       count(model.lane_count(), "lane", "lanes"),
                       warnings == 0 ? "no problems" : count(static_cast<std::size_t>(warnings), "warning", "warnings"));
}

}  // namespace

void add_check_command(CLI::App& app, Io& io) {
    struct Options {
        std::vector<std::string> files;
        bool strict = false;
        bool quiet = false;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("check", "Check models and report every problem with its position");
    cmd->add_option("files", opts->files, "Model files (.tg); '-' reads standard input")->required();
    cmd->add_flag("--strict", opts->strict, "Treat warnings as errors");
    cmd->add_flag("-q,--quiet", opts->quiet, "Print no summary line for a model that passes");
    cmd->callback([opts, &io] {
        for (const auto& f : opts->files) {
            int warnings = 0;
            auto model = load_model(f, io, opts->strict, &warnings);
            if (model && !opts->quiet) io.out << summary(f, *model, warnings);
        }
    });
}

}  // namespace timegraph::cli
