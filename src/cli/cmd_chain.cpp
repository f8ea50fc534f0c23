// `timegraph chain FILE ID [--causes | --effects] [--to ID2] [--kinds K,...] [--format text|json]`
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "graph/chain_report.hpp"
#include "graph/queries.hpp"

namespace timegraph::cli {

namespace {

struct ChainOptions {
    std::string file, id, to, format = "text";
    bool causes = false, effects = false;
    std::vector<std::string> kinds;  // empty: every kind
};

graph::KindSet kind_set(const ChainOptions& o) {
    if (o.kinds.empty()) return {};
    std::vector<model::LinkKind> kinds;
    for (const auto& k : o.kinds)
        kinds.push_back(k == "causes" ? model::LinkKind::causes
                        : k == "enables" ? model::LinkKind::enables
                                         : model::LinkKind::blocks);
    return graph::KindSet(kinds);
}

std::optional<graph::Vertex> find_event(const graph::EventGraph& eg, const std::string& id, Io& io) {
    if (auto v = eg.find(id)) return v;
    io.err << "timegraph: error: " << graph::unknown_event_message(eg, id) << "\n";
    io.fail(kExitUsage);
    return std::nullopt;
}

void print_path(const graph::EventGraph& eg, graph::Vertex from, graph::Vertex to, const ChainOptions& o, Io& io) {
    auto path = graph::path_between(eg, from, to, kind_set(o));
    if (!path) {
        io.err << "timegraph: no causal chain leads from '" << o.id << "' to '" << o.to << "'"
               << (o.kinds.empty() ? "" : " along links of the kinds given") << "\n";
        io.fail(kExitInvalid);
        return;
    }
    if (o.format == "json") io.out << graph::path_json(eg, *path).dump(2) << "\n";
    else io.out << graph::path_text(eg, *path);
}

void print_chain(const graph::EventGraph& eg, graph::Vertex v, const ChainOptions& o, Io& io) {
    std::vector<graph::Direction> dirs;
    if (o.causes || !o.effects) dirs.push_back(graph::Direction::causes);
    if (o.effects || !o.causes) dirs.push_back(graph::Direction::effects);
    if (o.format == "json") {
        auto j = nlohmann::json::array();
        for (auto d : dirs) j.push_back(graph::chain_json(eg, v, d, kind_set(o)));
        io.out << (j.size() == 1 ? j[0] : j).dump(2) << "\n";
        return;
    }
    for (std::size_t i = 0; i < dirs.size(); ++i) {
        if (dirs.size() > 1) io.out << (i ? "\nEffects\n" : "Causes\n");
        io.out << graph::chain_tree(eg, v, dirs[i], kind_set(o));
    }
}

}  // namespace

void add_chain_command(CLI::App& app, Io& io) {
    auto o = std::make_shared<ChainOptions>();
    CLI::App* cmd = app.add_subcommand("chain", "Print the causes or effects of an event as a dated tree");
    cmd->add_option("file", o->file, "Model file (.tg); '-' reads standard input")->required();
    cmd->add_option("id", o->id, "The event's id")->required();
    auto* c = cmd->add_flag("--causes", o->causes, "Only the causes (all ancestors)");
    auto* e = cmd->add_flag("--effects", o->effects, "Only the effects (all descendants)");
    c->excludes(e);
    cmd->add_option("--to", o->to, "Print the shortest chain from ID to this event instead");
    cmd->add_option("--kinds", o->kinds, "Follow only links of these kinds: causes, enables, blocks (comma-separated)")
        ->delimiter(',')
        ->check(CLI::IsMember({"causes", "enables", "blocks"}));
    cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([o, &io] {
        auto eg = load_model(o->file, io);
        if (!eg) return;
        auto v = find_event(*eg, o->id, io);
        if (!v) return;
        if (o->to.empty()) return print_chain(*eg, *v, *o, io);
        if (auto to = find_event(*eg, o->to, io)) print_path(*eg, *v, *to, *o, io);
    });
}

}  // namespace timegraph::cli
