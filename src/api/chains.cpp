// Chain queries: what `timegraph chain` prints, and the ids behind it.
#include <timegraph/timegraph.hpp>

#include "api/api_internal.hpp"
#include "graph/chain_report.hpp"
#include "graph/queries.hpp"

namespace timegraph {

namespace {

graph::KindSet kind_set(const ChainQuery& q) {
    if (q.kinds.empty()) return {};
    std::vector<model::LinkKind> kinds;
    for (auto k : q.kinds)
        kinds.push_back(k == LinkKind::causes    ? model::LinkKind::causes
                        : k == LinkKind::enables ? model::LinkKind::enables
                                                 : model::LinkKind::blocks);
    return graph::KindSet(kinds);
}

std::optional<graph::Vertex> find_event(const graph::EventGraph& eg, const std::string& id, Report& report) {
    if (auto v = eg.find(id)) return v;
    api::fail(report, Status::usage, graph::unknown_event_message(eg, id));
    return std::nullopt;
}

void print_path(const graph::EventGraph& eg, graph::Vertex from, graph::Vertex to, const ChainQuery& q,
                Output& out) {
    auto path = graph::path_between(eg, from, to, kind_set(q));
    if (!path) {
        out.report.messages += "timegraph: no causal chain leads from '" + q.id + "' to '" + q.to + "'" +
                               (q.kinds.empty() ? "" : " along links of the kinds given") + "\n";
        api::raise(out.report, Status::invalid);
        return;
    }
    out.text = q.format == Format::json ? graph::path_json(eg, *path).dump(2) + "\n" : graph::path_text(eg, *path);
}

std::string print_chain(const graph::EventGraph& eg, graph::Vertex v, const ChainQuery& q) {
    std::vector<graph::Direction> dirs;
    if (q.causes || !q.effects) dirs.push_back(graph::Direction::causes);
    if (q.effects || !q.causes) dirs.push_back(graph::Direction::effects);
    if (q.format == Format::json) {
        auto j = nlohmann::json::array();
        for (auto d : dirs) j.push_back(graph::chain_json(eg, v, d, kind_set(q)));
        return (j.size() == 1 ? j[0] : j).dump(2) + "\n";
    }
    std::string text;
    for (std::size_t i = 0; i < dirs.size(); ++i) {
        if (dirs.size() > 1) text += i ? "\nEffects\n" : "Causes\n";
        text += graph::chain_tree(eg, v, dirs[i], kind_set(q));
    }
    return text;
}

std::vector<std::string> ids_of(const graph::EventGraph& eg, const std::vector<graph::Vertex>& vs) {
    std::vector<std::string> ids;
    ids.reserve(vs.size());
    for (auto v : vs) ids.push_back(eg.event(v).id);
    return ids;
}

template <class Query>
std::vector<std::string> related(const Model& model, std::string_view id, Query query) {
    const auto& eg = model.impl().eg;
    auto v = eg.find(std::string(id));
    return v ? ids_of(eg, query(eg, *v)) : std::vector<std::string>{};
}

}  // namespace

Output chain(const Model& model, const ChainQuery& query) {
    const auto& eg = model.impl().eg;
    Output out;
    auto v = find_event(eg, query.id, out.report);
    if (!v) return out;
    if (query.to.empty()) {
        out.text = print_chain(eg, *v, query);
    } else if (auto to = find_event(eg, query.to, out.report)) {
        print_path(eg, *v, *to, query, out);
    }
    return out;
}

std::vector<std::string> causes(const Model& model, std::string_view id) {
    return related(model, id, [](const auto& eg, auto v) { return graph::causes(eg, v); });
}

std::vector<std::string> effects(const Model& model, std::string_view id) {
    return related(model, id, [](const auto& eg, auto v) { return graph::effects(eg, v); });
}

std::vector<std::string> longest_chain(const Model& model) {
    const auto& eg = model.impl().eg;
    return ids_of(eg, graph::longest_chain(eg));
}

}  // namespace timegraph
