#include "graph/chain_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "graph/export_json.hpp"
#include "graph/queries.hpp"

namespace timegraph::graph {

using nlohmann::json;

namespace {

std::string event_line(const model::Event& e) {
    return fmt::format("{}  {}", model::format_date(e.date), e.title);
}

// The links of the given kinds from v one step along the direction, their far ends in date order.
std::vector<std::pair<Edge, Vertex>> steps(const EventGraph& eg, Vertex v, Direction dir, const KindSet& kinds) {
    std::vector<std::pair<Edge, Vertex>> out;
    if (dir == Direction::causes) {
        for (auto [it, end] = boost::in_edges(v, eg.g); it != end; ++it)
            if (kinds.has(eg.g[*it].kind)) out.emplace_back(*it, boost::source(*it, eg.g));
    } else {
        for (auto [it, end] = boost::out_edges(v, eg.g); it != end; ++it)
            if (kinds.has(eg.g[*it].kind)) out.emplace_back(*it, boost::target(*it, eg.g));
    }
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

void push_steps(const EventGraph& eg, Vertex v, Direction dir, const KindSet& kinds, const std::string& prefix,
                std::size_t depth, std::vector<Pending>& stack) {
    auto next = steps(eg, v, dir, kinds);
    // Reverse order on the stack, so the earliest prints first.
    for (std::size_t i = next.size(); i-- > 0;)
        stack.push_back({next[i].first, next[i].second, prefix, i + 1 == next.size(), depth});
}

// Where the text marks a feedback link.
std::string feedback_mark(const model::Link& l) { return l.feedback ? ", feedback" : ""; }

}  // namespace

const char* step_name(const model::Link& l, Direction dir) {
    const bool back = dir == Direction::causes;
    if (l.ends) return back ? "ended by" : "ends";
    switch (l.kind) {
    case model::LinkKind::causes: return back ? "caused by" : "causes";
    case model::LinkKind::enables: return back ? "enabled by" : "enables";
    case model::LinkKind::blocks: return back ? "blocked by" : "blocks";
    case model::LinkKind::elided: return back ? "led to, via left-out events, by" : "leads via left-out events to";
    }
    return "";
}

std::string chain_tree(const EventGraph& eg, Vertex root, Direction dir, const KindSet& kinds) {
    std::string out = event_line(eg.event(root)) + "  [" + eg.event(root).id + "]\n";
    std::vector<bool> shown(boost::num_vertices(eg.g), false);
    shown[root] = true;
    // An explicit stack: a 50,000-event chain must not overflow the call stack.
    std::vector<Pending> stack;
    push_steps(eg, root, dir, kinds, "", 1, stack);
    while (!stack.empty()) {
        Pending p = std::move(stack.back());
        stack.pop_back();
        const model::Link& l = eg.link(p.edge);
        std::string label = l.label.empty() ? "" : fmt::format(" ({})", l.label);
        std::string level = p.depth > kMaxIndent ? fmt::format("({}) ", p.depth) : "";
        out += fmt::format("{}{}{}{}{}  {}  [{}{}{}]\n", p.prefix, p.last ? "└─ " : "├─ ", level, step_name(l, dir),
                           label, event_line(eg.event(p.u)), eg.event(p.u).id, feedback_mark(l),
                           shown[p.u] ? ", shown above" : "");
        if (shown[p.u] || l.feedback) continue;
        shown[p.u] = true;
        std::string prefix = p.depth < kMaxIndent ? p.prefix + (p.last ? "   " : "│  ") : p.prefix;
        push_steps(eg, p.u, dir, kinds, prefix, p.depth + 1, stack);
    }
    return out;
}

std::string path_text(const EventGraph& eg, const Path& path) {
    std::string out;
    for (std::size_t i = 0; i < path.events.size(); ++i) {
        if (i > 0) {
            // The link the path took: between two events there may be several.
            const model::Link& l = eg.link(path.links[i - 1]);
            out += fmt::format("  {} {}{}{}\n", model::arrow(l.kind), step_name(l, Direction::effects),
                               l.feedback ? " (feedback)" : "", l.label.empty() ? "" : ": " + l.label);
        }
        out += event_line(eg.event(path.events[i])) + "  [" + eg.event(path.events[i]).id + "]\n";
    }
    return out;
}

namespace {

json event_summary(const EventGraph& eg, Vertex v) {
    const auto& e = eg.event(v);
    return {{"id", e.id}, {"title", e.title}, {"date", date_json(e.date)}};
}

json link_summary(const EventGraph& eg, Edge e, Direction dir) {
    const auto& l = eg.link(e);
    return {{"from", l.from},   {"to", l.to}, {"kind", model::to_string(l.kind)}, {"step", step_name(l, dir)},
            {"label", l.label}, {"feedback", l.feedback}};
}

// The events a chain reaches (root excluded) and the links it walks, as the
// tree does: feedback links are walked onto, never beyond.
std::pair<std::vector<Vertex>, std::vector<Edge>> walk(const EventGraph& eg, Vertex root, Direction dir,
                                                        const KindSet& kinds) {
    std::vector<bool> seen(boost::num_vertices(eg.g), false), expanded(seen);
    std::vector<Vertex> members, stack{root};
    std::vector<Edge> edges;
    seen[root] = expanded[root] = true;
    while (!stack.empty()) {
        Vertex u = stack.back();
        stack.pop_back();
        for (auto [e, w] : steps(eg, u, dir, kinds)) {
            edges.push_back(e);
            if (!seen[w]) members.push_back(w);
            seen[w] = true;
            if (!expanded[w] && !eg.link(e).feedback) {
                expanded[w] = true;
                stack.push_back(w);
            }
        }
    }
    std::sort(members.begin(), members.end(), [&](Vertex a, Vertex b) { return date_less(eg.event(a), eg.event(b)); });
    std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return eg.g[a].link < eg.g[b].link; });
    edges.erase(std::unique(edges.begin(), edges.end(), [&](Edge a, Edge b) { return eg.g[a].link == eg.g[b].link; }),
                edges.end());
    return {members, edges};
}

}  // namespace

json chain_json(const EventGraph& eg, Vertex v, Direction dir, const KindSet& kinds) {
    auto [members, edges] = walk(eg, v, dir, kinds);
    json events = json::array();
    for (Vertex u : members)
        if (u != v) events.push_back(event_summary(eg, u));
    json links = json::array();
    for (Edge e : edges) links.push_back(link_summary(eg, e, dir));
    return {{"root", event_summary(eg, v)},
            {"direction", dir == Direction::causes ? "causes" : "effects"},
            {"events", events},
            {"links", links}};
}

json path_json(const EventGraph& eg, const Path& path) {
    json events = json::array();
    json links = json::array();
    for (Vertex v : path.events) events.push_back(event_summary(eg, v));
    for (Edge e : path.links) links.push_back(link_summary(eg, e, Direction::effects));
    return {{"events", events}, {"links", links}};
}

}  // namespace timegraph::graph
