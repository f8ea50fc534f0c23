// `timegraph export FILE --format FORMAT [-o OUT]`: the model for other tools.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace timegraph::cli {

namespace {

struct ExportOptions {
    std::string file, output, format;
    bool all_links = false;
};

}  // namespace

void add_export_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Write the model for other tools");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("--format", o->format,
                    "dot: the causal graph for Graphviz; json: the model and its analysis (docs/model.schema.json); csv: "
                    "one event a row, in the columns `import --from csv` reads")
        ->required()
        ->check(CLI::IsMember({"dot", "json", "csv"}));
    cmd->add_option("-o,--output", o->output, "Output file (default: standard output)");
    cmd->add_flag("--all-links", o->all_links, "Keep (dot) or mark as drawn (json) links that a longer chain implies");
    cmd->callback([o, &io] {
        auto model = load_model(o->file, io);
        if (!model) return;
        const auto format = o->format == "dot"    ? ExportFormat::dot
                            : o->format == "json" ? ExportFormat::json
                                                  : ExportFormat::csv;
        auto out = export_model(*model, format, o->all_links);
        if (report(out.report, io)) emit(o->output, out.text, o->file, io);
    });
}

}  // namespace timegraph::cli
