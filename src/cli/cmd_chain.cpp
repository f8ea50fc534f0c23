// `timegraph chain FILE ID [--causes | --effects] [--to ID2] [--kinds K,...] [--format text|json]`
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace timegraph::cli {

namespace {

struct ChainOptions {
    std::string file, format = "text";
    ChainQuery query;
    bool causes = false, effects = false;
    std::vector<std::string> kinds;  // empty: every kind
};

}  // namespace

void add_chain_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<ChainOptions>();
    CLI::App* cmd = app.add_subcommand("chain", "Print the causes or effects of an event as a dated tree");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("id", o->query.id, "The event's id")->required();
    auto* c = cmd->add_flag("--causes", o->causes, "Only the causes (all ancestors)");
    auto* e = cmd->add_flag("--effects", o->effects, "Only the effects (all descendants)");
    c->excludes(e);
    cmd->add_option("--to", o->query.to, "Print the shortest chain from ID to this event instead");
    cmd->add_option("--kinds", o->kinds, "Follow only links of these kinds: causes, enables, blocks (comma-separated)")
        ->delimiter(',')
        ->check(CLI::IsMember({"causes", "enables", "blocks"}));
    cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([o, &io] {
        auto model = load_model(o->file, io);
        if (!model) return;
        o->query.causes = o->causes || !o->effects;
        o->query.effects = o->effects || !o->causes;
        o->query.format = o->format == "json" ? Format::json : Format::text;
        o->query.kinds.clear();
        for (const auto& k : o->kinds)
            o->query.kinds.push_back(k == "causes" ? LinkKind::causes : k == "enables" ? LinkKind::enables : LinkKind::blocks);
        auto out = chain(*model, o->query);
        io.out << out.text;
        report(out.report, io);
    });
}

}  // namespace timegraph::cli
