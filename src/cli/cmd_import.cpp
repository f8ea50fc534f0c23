// `timegraph import FILE --from csv|timelinejs|markwhen [-o MODEL.tg]`: a
// model from another tool's file, written as .tg text to edit further.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "core/files.hpp"
#include "graph/checks.hpp"
#include "import/import.hpp"
#include "parse/parser.hpp"

namespace timegraph::cli {

namespace {

struct ImportOptions {
    std::string file, output;
    import::Source from = import::Source::csv;
};

// The model's graph errors (a cycle, an effect before its cause), at the
// source's rows; its warnings (unlinked events) are what most imports are.
void graph_errors(const model::Document& doc, core::Diagnostics& diags) {
    core::Diagnostics found;
    graph::check(graph::build(doc), found);
    for (const auto& d : found.items())
        if (d.severity == core::Severity::error) diags.add(d);
}

// The written text must read back as a model: anything else is a fault of
// the writer, reported rather than written.
void read_back(const std::string& text, const std::string& name, core::Diagnostics& diags) {
    auto back = parse::parse(text, name);
    for (const auto& d : back.diagnostics.items()) {
        if (d.severity != core::Severity::error) continue;
        auto copy = d;
        copy.message = "the imported model does not read back (please report this): " + d.message;
        diags.add(std::move(copy));
    }
}

}  // namespace

void add_import_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<ImportOptions>();
    CLI::App* cmd = app.add_subcommand("import", "Write a model (.tg) from a CSV, TimelineJS or Markwhen file");
    cmd->add_option("file", o->file, "The file to import; '-' reads standard input")->required();
    std::map<std::string, import::Source> sources{{"csv", import::Source::csv},
                                                  {"timelinejs", import::Source::timelinejs},
                                                  {"markwhen", import::Source::markwhen}};
    cmd->add_option("--from", o->from,
                    "csv: a header row and one event a row (columns id,date,title,end,lane,tags,actors,place,note,"
                    "url,causes,enables,blocks); timelinejs: TimelineJS3 JSON; markwhen: a Markwhen file")
        ->required()
        ->transform(CLI::CheckedTransformer(sources, CLI::ignore_case))
        ->option_text("{csv,timelinejs,markwhen}");
    cmd->add_option("-o,--output", o->output, "The model to write (default: standard output)");
    cmd->callback([o, &io] {
        auto input = core::read_input(o->file);
        if (input.error) {
            io.err << "timegraph: error: " << *input.error << "\n";
            return io.fail(kExitUsage);
        }
        core::Diagnostics diags;
        std::string name = o->file == "-" ? "<stdin>" : o->file;
        auto doc = import::import_as(o->from, input.text, name, diags);
        std::string text;
        if (!diags.has_errors()) graph_errors(doc, diags);
        if (!diags.has_errors()) {
            text = import::write_tg(doc);
            read_back(text, o->output.empty() || o->output == "-" ? "<stdout>" : o->output, diags);
        }
        io.err << core::format_all(diags);
        if (diags.has_errors()) return io.fail(kExitInvalid);
        emit(o->output, text, o->file, io);
    });
}

}  // namespace timegraph::cli
