#include "graph/chain_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "graph/export_json.hpp"
#include "graph/queries.hpp"

namespace timegraph::graph {

using nlohmann::json;

namespace {

const char* verb(model::LinkKind k, Direction dir) {
    switch (k) {
    case model::LinkKind::causes: return dir == Direction::causes ? "caused by" : "causes";
    case model::LinkKind::enables: return dir == Direction::causes ? "enabled by" : "enables";
    case model::LinkKind::blocks: return dir == Direction::causes ? "blocked by" : "blocks";
    case model::LinkKind::elided: return dir == Direction::causes ? "led to, via left-out events, by" : "leads via left-out events to";
    }
    return "";
}

std::string event_line(const model::Event& e) {
    return fmt::format("{}  {}", model::format_date(e.date), e.title);
}

// The links from v one step along the direction, their far ends in date order.
std::vector<std::pair<Edge, Vertex>> steps(const EventGraph& eg, Vertex v, Direction dir) {
    std::vector<std::pair<Edge, Vertex>> out;
    if (dir == Direction::causes)
        for (auto [it, end] = boost::in_edges(v, eg.g); it != end; ++it) out.emplace_back(*it, boost::source(*it, eg.g));
    else
        for (auto [it, end] = boost::out_edges(v, eg.g); it != end; ++it) out.emplace_back(*it, boost::target(*it, eg.g));
    std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        if (a.second != b.second) return date_less(eg.event(a.second), eg.event(b.second));
        return eg.g[a.first].link < eg.g[b.first].link;
    });
    return out;
}

// One line still to print: the step to u, drawn under `prefix`.
struct Pending {
    Edge edge;
    Vertex u;
    std::string prefix;
    bool last;
    std::size_t depth;
};

// Past this depth the tree stops indenting and numbers the level instead:
// indenting a 50,000-step chain would print gigabytes of spaces.
constexpr std::size_t kMaxIndent = 24;

void push_steps(const EventGraph& eg, Vertex v, Direction dir, const std::string& prefix, std::size_t depth,
                std::vector<Pending>& stack) {
    auto next = steps(eg, v, dir);
    // Reverse order on the stack, so the earliest prints first.
    for (std::size_t i = next.size(); i-- > 0;)
        stack.push_back({next[i].first, next[i].second, prefix, i + 1 == next.size(), depth});
}

}  // namespace

std::string chain_tree(const EventGraph& eg, Vertex root, Direction dir) {
    std::string out = event_line(eg.event(root)) + "  [" + eg.event(root).id + "]\n";
    std::vector<bool> shown(boost::num_vertices(eg.g), false);
    shown[root] = true;
    // An explicit stack: a 50,000-event chain must not overflow the call stack.
    std::vector<Pending> stack;
    push_steps(eg, root, dir, "", 1, stack);
    while (!stack.empty()) {
        Pending p = std::move(stack.back());
        stack.pop_back();
        const model::Link& l = eg.link(p.edge);
        std::string label = l.label.empty() ? "" : fmt::format(" ({})", l.label);
        std::string level = p.depth > kMaxIndent ? fmt::format("({}) ", p.depth) : "";
        out += fmt::format("{}{}{}{}{}  {}  [{}{}]\n", p.prefix, p.last ? "└─ " : "├─ ", level, verb(l.kind, dir), label,
                           event_line(eg.event(p.u)), eg.event(p.u).id, shown[p.u] ? ", shown above" : "");
        if (shown[p.u]) continue;
        shown[p.u] = true;
        std::string prefix = p.depth < kMaxIndent ? p.prefix + (p.last ? "   " : "│  ") : p.prefix;
        push_steps(eg, p.u, dir, prefix, p.depth + 1, stack);
    }
    return out;
}

std::string path_text(const EventGraph& eg, const std::vector<Vertex>& path) {
    std::string out;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (i > 0) {
            auto [e, found] = boost::edge(path[i - 1], path[i], eg.g);
            const model::Link& l = eg.link(e);
            out += fmt::format("  {} {}{}\n", found ? model::arrow(l.kind) : "->", found ? model::to_string(l.kind) : "",
                               l.label.empty() ? "" : ": " + l.label);
        }
        out += event_line(eg.event(path[i])) + "  [" + eg.event(path[i]).id + "]\n";
    }
    return out;
}

namespace {

json event_summary(const EventGraph& eg, Vertex v) {
    const auto& e = eg.event(v);
    return {{"id", e.id}, {"title", e.title}, {"date", date_json(e.date)}};
}

json link_summary(const EventGraph& eg, Edge e) {
    const auto& l = eg.link(e);
    return {{"from", l.from}, {"to", l.to}, {"kind", model::to_string(l.kind)}, {"label", l.label}};
}

}  // namespace

json chain_json(const EventGraph& eg, Vertex v, Direction dir) {
    auto members = dir == Direction::causes ? causes(eg, v) : effects(eg, v);
    std::vector<bool> in(boost::num_vertices(eg.g), false);
    in[v] = true;
    for (Vertex u : members) in[u] = true;
    json events = json::array();
    for (Vertex u : members) events.push_back(event_summary(eg, u));
    std::vector<Edge> edges;
    for (Vertex u : members) {
        auto s = steps(eg, u, dir == Direction::causes ? Direction::effects : Direction::causes);
        for (auto [e, w] : s)
            if (in[w]) edges.push_back(e);
    }
    std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return eg.g[a].link < eg.g[b].link; });
    json links = json::array();
    for (Edge e : edges) links.push_back(link_summary(eg, e));
    return {{"root", event_summary(eg, v)},
            {"direction", dir == Direction::causes ? "causes" : "effects"},
            {"events", events},
            {"links", links}};
}

json path_json(const EventGraph& eg, const std::vector<Vertex>& path) {
    json events = json::array();
    json links = json::array();
    for (std::size_t i = 0; i < path.size(); ++i) {
        events.push_back(event_summary(eg, path[i]));
        if (i > 0) links.push_back(link_summary(eg, boost::edge(path[i - 1], path[i], eg.g).first));
    }
    return {{"events", events}, {"links", links}};
}

}  // namespace timegraph::graph
