// `timegraph import FILE --from csv|timelinejs|markwhen [-o MODEL.tg]`: a
// model from another tool's file, written as .tg text to edit further.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "core/files.hpp"

namespace timegraph::cli {

namespace {

struct ImportOptions {
    std::string file, output;
    ImportFormat from = ImportFormat::csv;
};

}  // namespace

void add_import_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<ImportOptions>();
    CLI::App* cmd = app.add_subcommand("import", "Write a model (.tg) from a CSV, TimelineJS or Markwhen file");
    cmd->add_option("file", o->file, "The file to import; '-' reads standard input")->required();
    std::map<std::string, ImportFormat> sources{{"csv", ImportFormat::csv},
                                               {"timelinejs", ImportFormat::timelinejs},
                                               {"markwhen", ImportFormat::markwhen}};
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
        std::string name = o->file == "-" ? "<stdin>" : o->file;
        auto out = import_model(input.text, o->from, name,
                                o->output.empty() || o->output == "-" ? "<stdout>" : o->output);
        if (report(out.report, io)) emit(o->output, out.text, o->file, io);
    });
}

}  // namespace timegraph::cli
