#include "graph/queries.hpp"

#include <algorithm>

#include <deque>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/topological_sort.hpp>

namespace timegraph::graph {

namespace {

// Records every vertex a breadth-first search reaches.
template <typename G>
struct Recorder : boost::default_bfs_visitor {
    std::vector<Vertex>* reached;
    void discover_vertex(Vertex v, const G&) const { reached->push_back(v); }
};

template <typename G>
std::vector<Vertex> reach(const G& g, Vertex from) {
    std::vector<Vertex> reached;
    boost::breadth_first_search(g, from, boost::visitor(Recorder<G>{{}, &reached}));
    return reached;
}

// Date order: earlier start, then earlier end, then id.
bool interval_less(model::Minutes earliest_a, model::Minutes latest_a, const std::string& id_a,
                   model::Minutes earliest_b, model::Minutes latest_b, const std::string& id_b) {
    if (earliest_a != earliest_b) return earliest_a < earliest_b;
    if (latest_a != latest_b) return latest_a < latest_b;
    return id_a < id_b;
}

// date_less, on the intervals the graph keeps.
void sort_by_date(const EventGraph& eg, std::vector<Vertex>& vs) {
    std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) {
        const auto &pa = eg.g[a], &pb = eg.g[b];
        return interval_less(pa.earliest, pa.latest, eg.event(a).id, pb.earliest, pb.latest, eg.event(b).id);
    });
}

std::vector<Vertex> others_by_date(const EventGraph& eg, std::vector<Vertex> vs, Vertex self) {
    vs.erase(std::remove(vs.begin(), vs.end(), self), vs.end());
    sort_by_date(eg, vs);
    return vs;
}

}  // namespace

bool date_less(const model::Event& a, const model::Event& b) {
    return interval_less(a.date.earliest(), a.date.latest(), a.id, b.date.earliest(), b.date.latest(), b.id);
}

std::vector<Vertex> by_date(const EventGraph& eg) {
    std::vector<Vertex> vs(boost::num_vertices(eg.g));
    for (Vertex v = 0; v < vs.size(); ++v) vs[v] = v;
    sort_by_date(eg, vs);
    return vs;
}

std::vector<Vertex> causes(const EventGraph& eg, Vertex v) {
    return others_by_date(eg, reach(boost::make_reverse_graph(eg.g), v), v);
}

std::vector<Vertex> effects(const EventGraph& eg, Vertex v) { return others_by_date(eg, reach(eg.g, v), v); }

KindSet::KindSet(const std::vector<model::LinkKind>& kinds) : bits_(0) {
    for (auto k : kinds) bits_ |= 1u << static_cast<unsigned>(k);
}

std::optional<Path> path_between(const EventGraph& eg, Vertex from, Vertex to, const KindSet& kinds) {
    // Breadth first, out-links in link order, each event reached once: the
    // first shortest path found is the one reported, and it never loops.
    std::vector<std::optional<Edge>> via(boost::num_vertices(eg.g));
    std::vector<bool> seen(boost::num_vertices(eg.g), false);
    std::deque<Vertex> queue{from};
    seen[from] = true;
    while (!queue.empty() && !seen[to]) {
        Vertex u = queue.front();
        queue.pop_front();
        for (auto [it, end] = boost::out_edges(u, eg.g); it != end; ++it) {
            Vertex t = boost::target(*it, eg.g);
            if (seen[t] || !kinds.has(eg.g[*it].kind)) continue;
            seen[t] = true;
            via[t] = *it;
            queue.push_back(t);
        }
    }
    if (!seen[to]) return std::nullopt;
    Path path{{to}, {}};
    while (path.events.back() != from) {
        Edge e = *via[path.events.back()];
        path.links.push_back(e);
        path.events.push_back(boost::source(e, eg.g));
    }
    std::reverse(path.events.begin(), path.events.end());
    std::reverse(path.links.begin(), path.links.end());
    return path;
}

std::optional<std::vector<Vertex>> shortest_path(const EventGraph& eg, Vertex from, Vertex to) {
    auto p = path_between(eg, from, to);
    if (!p) return std::nullopt;
    return std::move(p->events);
}

std::vector<Vertex> root_causes(const EventGraph& eg) {
    std::vector<Vertex> out;
    for (Vertex v : by_date(eg))
        if (boost::in_degree(v, eg.g) == 0 && boost::out_degree(v, eg.g) > 0) out.push_back(v);
    return out;
}

std::vector<Vertex> final_effects(const EventGraph& eg) {
    std::vector<Vertex> out;
    for (Vertex v : by_date(eg))
        if (boost::out_degree(v, eg.g) == 0 && boost::in_degree(v, eg.g) > 0) out.push_back(v);
    return out;
}

namespace {

struct NotFeedback {
    const EventGraph* eg = nullptr;
    bool operator()(Edge e) const { return !eg->link(e).feedback; }
};

}  // namespace

std::vector<Vertex> longest_chain(const EventGraph& eg) {
    std::vector<Vertex> order;
    try {
        // A feedback link closes a loop by design; the chain runs forward only.
        boost::filtered_graph<Graph, NotFeedback> forward(eg.g, NotFeedback{&eg});
        boost::topological_sort(forward, std::back_inserter(order));
    } catch (const boost::not_a_dag&) {
        return {};
    }
    std::reverse(order.begin(), order.end());  // causes before effects
    const std::size_t n = boost::num_vertices(eg.g);
    auto none = boost::graph_traits<Graph>::null_vertex();
    std::vector<std::size_t> length(n, 0);
    std::vector<Vertex> prev(n, none);
    // Longest path in a DAG: relax each vertex's in-edges in topological order.
    for (Vertex v : order) {
        for (auto [it, end] = boost::in_edges(v, eg.g); it != end; ++it) {
            if (eg.link(*it).feedback) continue;
            Vertex u = boost::source(*it, eg.g);
            bool longer = length[u] + 1 > length[v];
            bool tie = length[u] + 1 == length[v] && prev[v] != none && date_less(eg.event(u), eg.event(prev[v]));
            if (longer || tie) {
                length[v] = length[u] + 1;
                prev[v] = u;
            }
        }
    }
    if (n == 0) return {};
    Vertex best = 0;
    for (Vertex v = 1; v < n; ++v)
        if (length[v] > length[best] || (length[v] == length[best] && date_less(eg.event(v), eg.event(best)))) best = v;
    if (length[best] == 0) return {};
    std::vector<Vertex> chain{best};
    while (prev[chain.back()] != none) chain.push_back(prev[chain.back()]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

namespace {

// How many vertices one reduction search may visit. Past it, the remaining
// links of that event are kept: drawing a redundant link is safe, and this
// bounds the reduction to O(V * budget) on huge graphs.
constexpr std::size_t kReductionBudget = 512;

// Marks, in implied[t] == u + 1, each direct successor t of u that is also
// reachable from u by a longer path.
void mark_implied(const EventGraph& eg, Vertex u, std::vector<std::size_t>& direct, std::vector<std::size_t>& seen,
                  std::vector<std::size_t>& implied) {
    const std::size_t stamp = u + 1;
    model::Minutes horizon = 0;
    std::vector<Vertex> stack;
    for (auto [it, end] = boost::out_edges(u, eg.g); it != end; ++it) {
        Vertex t = boost::target(*it, eg.g);
        direct[t] = stamp;
        horizon = std::max(horizon, eg.g[t].latest);
        if (t != u && seen[t] != stamp) {
            seen[t] = stamp;
            stack.push_back(t);
        }
    }
    std::size_t visited = 0;
    while (!stack.empty() && visited++ < kReductionBudget) {
        Vertex x = stack.back();
        stack.pop_back();
        for (auto [it, end] = boost::out_edges(x, eg.g); it != end; ++it) {
            Vertex y = boost::target(*it, eg.g);
            if (y == u || y == x) continue;
            if (direct[y] == stamp) implied[y] = stamp;
            // Events that begin after every direct successor has ended rarely lead back to one.
            if (seen[y] != stamp && eg.g[y].earliest <= horizon) {
                seen[y] = stamp;
                stack.push_back(y);
            }
        }
    }
}

}  // namespace

std::vector<Edge> drawn_links(const EventGraph& eg, bool all_links) {
    std::vector<Edge> edges;
    edges.reserve(boost::num_edges(eg.g));
    for (auto [it, end] = boost::edges(eg.g); it != end; ++it) edges.push_back(*it);
    std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return eg.g[a].link < eg.g[b].link; });
    if (all_links) return edges;
    const std::size_t n = boost::num_vertices(eg.g);
    std::vector<std::size_t> direct(n, 0), seen(n, 0), implied(n, 0);
    std::vector<bool> drop(eg.document.links.size(), false);
    for (Vertex u = 0; u < n; ++u) {
        if (boost::out_degree(u, eg.g) < 2) continue;  // one link cannot be implied by another from u
        mark_implied(eg, u, direct, seen, implied);
        for (auto [it, end] = boost::out_edges(u, eg.g); it != end; ++it)
            if (implied[boost::target(*it, eg.g)] == u + 1) drop[static_cast<std::size_t>(eg.g[*it].link)] = true;
    }
    // A link that ends an event under way says more than the chain beside it: always drawn.
    std::erase_if(edges, [&](Edge e) { return drop[static_cast<std::size_t>(eg.g[e].link)] && !eg.link(e).ends; });
    return edges;
}

}  // namespace timegraph::graph
