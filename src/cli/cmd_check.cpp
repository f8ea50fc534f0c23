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

std::string summary(const std::string& file, const graph::EventGraph& eg, int warnings) {
    const auto& doc = eg.document;
    return fmt::format("{}: {}, {}, {}, {}\n", file == "-" ? "<stdin>" : file,
                       count(doc.events.size(), "event", "events"), count(doc.links.size(), "link", "links"),
                       count(doc.lanes.size(), "lane", "lanes"),
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
            auto eg = load_model(f, io, opts->strict, &warnings);
            if (eg && !opts->quiet) io.out << summary(f, *eg, warnings);
        }
    });
}

}  // namespace timegraph::cli
