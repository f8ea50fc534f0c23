#include "graph/checks.hpp"

#include <algorithm>
#include <map>

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <fmt/format.h>

namespace timegraph::graph {

namespace {

void report(const EventGraph& eg, core::Diagnostics& ds, const model::Link& l, std::string msg) {
    ds.error(eg.document.file, l.pos, std::move(msg), eg.document.line_text(l.pos.line));
}

// A cycle inside one strongly connected component, found by walking from its
// first vertex along edges that stay in the component until a vertex repeats.
std::vector<Edge> cycle_in(const EventGraph& eg, const std::vector<int>& comp, Vertex start) {
    std::vector<Edge> walk;
    std::map<Vertex, std::size_t> seen;  // vertex -> position in the walk
    Vertex v = start;
    while (!seen.count(v)) {
        seen[v] = walk.size();
        // Take the out-edge in link order that stays in the component and is not a self-link.
        std::optional<Edge> next;
        for (auto [it, end] = boost::out_edges(v, eg.g); it != end; ++it) {
            Vertex t = boost::target(*it, eg.g);
            if (t == v || comp[t] != comp[v] || eg.link(*it).ends) continue;
            if (!next || eg.g[*it].link < eg.g[*next].link) next = *it;
        }
        if (!next) return {};
        walk.push_back(*next);
        v = boost::target(*next, eg.g);
    }
    return {walk.begin() + static_cast<std::ptrdiff_t>(seen[v]), walk.end()};
}

// The links a cycle may not run through: all but those that end an event
// under way. A cycle closed by such a link is a feedback loop, and allowed.
struct NotEnding {
    const EventGraph* eg = nullptr;
    bool operator()(Edge e) const { return !eg->link(e).ends; }
};

void check_cycles(const EventGraph& eg, core::Diagnostics& ds) {
    std::vector<int> comp(boost::num_vertices(eg.g));
    boost::filtered_graph<Graph, NotEnding> forward(eg.g, NotEnding{&eg});
    int n = boost::strong_components(forward, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, eg.g)));
    std::vector<std::size_t> size(static_cast<std::size_t>(n));
    for (int c : comp) ++size[static_cast<std::size_t>(c)];
    std::vector<bool> reported(static_cast<std::size_t>(n));
    for (Vertex v = 0; v < comp.size(); ++v) {
        auto c = static_cast<std::size_t>(comp[v]);
        if (size[c] < 2 || reported[c]) continue;
        reported[c] = true;
        auto cycle = cycle_in(eg, comp, v);
        if (cycle.empty()) continue;
        // Report at the link that appears first in the file, starting the printed cycle there.
        auto first = std::min_element(cycle.begin(), cycle.end(),
                                      [&](Edge a, Edge b) { return eg.g[a].link < eg.g[b].link; });
        std::rotate(cycle.begin(), first, cycle.end());
        std::string path = eg.event(boost::source(cycle.front(), eg.g)).id;
        for (Edge e : cycle) path += " -> " + eg.event(boost::target(e, eg.g)).id;
        report(eg, ds, eg.link(cycle.front()),
               "causal cycle: " + path + " (only a '-|' into an event still under way may close a loop)");
    }
}

void check_links(const EventGraph& eg, core::Diagnostics& ds) {
    for (auto [it, end] = boost::edges(eg.g); it != end; ++it) {
        const model::Link& l = eg.link(*it);
        const model::Event& from = eg.event(boost::source(*it, eg.g));
        const model::Event& to = eg.event(boost::target(*it, eg.g));
        if (&from == &to) {
            report(eg, ds, l, fmt::format("event '{}' is linked to itself", from.id));
            continue;
        }
        if (certainly_precedes(to, from))
            report(eg, ds, l,
                   fmt::format("'{}' ({}) ends before '{}' ({}) begins, so it cannot be its {}", to.id,
                               model::format_date(to.date), from.id, model::format_date(from.date),
                               l.kind == model::LinkKind::blocks
                                   ? "blocked event (to end an event under way, give it a range that is still "
                                     "open then, as in 'date: A..B')"
                                   : "effect"));
    }
}

}  // namespace

bool certainly_precedes(const model::Event& a, const model::Event& b) {
    return a.date.latest() < b.date.earliest();
}

void check(const EventGraph& eg, core::Diagnostics& diagnostics) {
    check_links(eg, diagnostics);
    check_cycles(eg, diagnostics);
}

}  // namespace timegraph::graph
