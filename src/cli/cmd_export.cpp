// `timegraph export FILE --format FORMAT [-o OUT]`: the model for other tools.
// Each format is one branch of export_as().
#include <CLI/CLI.hpp>

#include "causal/causal_layout.hpp"
#include "cli/app.hpp"
#include "graph/export_json.hpp"
#include "import/import.hpp"

namespace timegraph::cli {

namespace {

struct ExportOptions {
    std::string file, output, format;
    bool all_links = false;
};

std::optional<std::string> export_as(const ExportOptions& o, const graph::EventGraph& eg, core::Diagnostics& diags) {
    if (o.format == "dot") {
        causal::CausalOptions options;
        options.all_links = o.all_links;
        return causal::causal_dot(eg, options, diags);
    }
    if (o.format == "json") return graph::export_json(eg, o.all_links).dump(2) + "\n";
    if (o.format == "csv") return import::export_csv(eg.document, diags);
    // The format option only lets known formats through.
    diags.error(o.file, {}, "unknown export format '" + o.format + "'");
    return std::nullopt;
}

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
        auto eg = load_model(o->file, io);
        if (!eg) return;
        core::Diagnostics diags;
        auto text = export_as(*o, *eg, diags);
        io.err << core::format_all(diags);
        if (!text) return io.fail(kExitInvalid);
        emit(o->output, *text, o->file, io);
    });
}

}  // namespace timegraph::cli
