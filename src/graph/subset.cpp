#include "graph/subset.hpp"

#include <algorithm>
#include <deque>

#include <fmt/format.h>

#include "core/text.hpp"
#include "graph/queries.hpp"

namespace timegraph::graph {

namespace {

// The header, lanes and source lines of a document, without events or links.
// Every lane stays, so that a lane keeps its colour in every figure.
model::Document shell_of(const model::Document& doc) {
    model::Document out;
    out.file = doc.file;
    out.title = doc.title;
    out.subtitle = doc.subtitle;
    out.source = doc.source;
    out.lanes = doc.lanes;
    out.lines = doc.lines;
    return out;
}

// Stamped scratch arrays shared by every search, so that each costs what it visits.
struct Searches {
    std::vector<std::size_t> seen, direct;
    std::vector<Vertex> parent;
    explicit Searches(std::size_t n) : seen(n, 0), direct(n, 0), parent(n, 0) {}
};

model::Link elided_link(const EventGraph& eg, Vertex from, Vertex to, const Searches& s) {
    model::Link l;
    l.from = eg.event(from).id;
    l.to = eg.event(to).id;
    l.kind = model::LinkKind::elided;
    std::vector<std::string> titles;
    for (Vertex x = s.parent[to]; x != from; x = s.parent[x]) {
        l.via.push_back(eg.event(x).id);
        titles.push_back(eg.event(x).title);
    }
    std::reverse(l.via.begin(), l.via.end());
    std::reverse(titles.begin(), titles.end());
    l.note = fmt::format("Not a link of the model: it stands for a chain through {} left out of this figure",
                         l.via.size() == 1 ? "an event" : fmt::format("{} events", l.via.size()));
    if (titles.size() <= kElidedNamesMax) l.note += fmt::format(" ({})", fmt::join(titles, "; "));
    l.note += ".";
    return l;
}

// Breadth first from a kept event through left-out ones; each kept event
// reached that has no direct link from u gets an elided link (shortest chain).
void elide_from(const EventGraph& eg, const std::vector<bool>& keep, Vertex u, Searches& s,
                std::vector<model::Link>& out) {
    const std::size_t stamp = u + 1;
    std::deque<Vertex> queue;
    for (auto [it, end] = boost::out_edges(u, eg.g); it != end; ++it) {
        Vertex w = boost::target(*it, eg.g);
        if (keep[w]) s.direct[w] = stamp;
        else if (s.seen[w] != stamp) {
            s.seen[w] = stamp;
            s.parent[w] = u;
            queue.push_back(w);
        }
    }
    std::size_t followed = 0;
    while (!queue.empty() && followed < kElisionBudget) {
        Vertex x = queue.front();
        queue.pop_front();
        for (auto [it, end] = boost::out_edges(x, eg.g); it != end && followed < kElisionBudget; ++it, ++followed) {
            Vertex y = boost::target(*it, eg.g);
            if (s.seen[y] == stamp || y == u) continue;
            s.seen[y] = stamp;
            s.parent[y] = x;
            if (!keep[y]) queue.push_back(y);
            else if (s.direct[y] != stamp && eg.g[y].latest >= eg.g[u].earliest) out.push_back(elided_link(eg, u, y, s));
        }
    }
}

}  // namespace

Subset subset(const EventGraph& eg, const std::vector<bool>& keep) {
    const std::size_t n = boost::num_vertices(eg.g);
    const auto& doc = eg.document;
    Subset out;
    model::Document sub = shell_of(doc);
    for (Vertex v = 0; v < n; ++v) {
        if (!keep[v]) continue;
        sub.events.push_back(doc.events[v]);
        out.original.push_back(v);
    }
    out.left_out = n - out.original.size();
    std::vector<Edge> edges;
    for (auto [it, end] = boost::edges(eg.g); it != end; ++it)
        if (keep[boost::source(*it, eg.g)] && keep[boost::target(*it, eg.g)]) edges.push_back(*it);
    std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return eg.g[a].link < eg.g[b].link; });
    for (Edge e : edges) sub.links.push_back(eg.link(e));
    if (out.left_out > 0) {
        Searches s(n);
        std::vector<model::Link> elided;
        for (Vertex u : out.original) elide_from(eg, keep, u, s, elided);
        out.elided = elided.size();
        std::move(elided.begin(), elided.end(), std::back_inserter(sub.links));
    }
    out.graph = build(std::move(sub));
    for (Vertex v = 0; v < out.original.size(); ++v) out.graph.g[v].muted = eg.g[out.original[v]].muted;
    return out;
}

std::vector<bool> chain_set(const EventGraph& eg, Vertex v) {
    std::vector<bool> in(boost::num_vertices(eg.g), false);
    in[v] = true;
    for (Vertex c : causes(eg, v)) in[c] = true;
    for (Vertex e : effects(eg, v)) in[e] = true;
    return in;
}

std::string via_text(const model::Link& l) {
    return fmt::format("via {} event{}", l.via.size(), l.via.size() == 1 ? "" : "s");
}

std::string elided_title(const EventGraph& eg, Edge e) {
    return fmt::format("{} \u2026 {}, {}", eg.event(boost::source(e, eg.g)).title, eg.event(boost::target(e, eg.g)).title,
                       via_text(eg.link(e)));
}

bool has_figure_marks(const EventGraph& eg) {
    for (Vertex v = 0; v < boost::num_vertices(eg.g); ++v)
        if (eg.g[v].muted) return true;
    const auto& links = eg.document.links;
    return std::any_of(links.begin(), links.end(), [](const auto& l) { return l.kind == model::LinkKind::elided; });
}

std::string unknown_event_message(const EventGraph& eg, const std::string& id) {
    std::vector<std::string> ids;
    ids.reserve(eg.document.events.size());
    for (const auto& e : eg.document.events) ids.push_back(e.id);
    std::string hint = core::did_you_mean(id, ids);
    return fmt::format("unknown event '{}'{}", id, hint.empty() ? "" : "; did you mean '" + hint + "'?");
}

namespace {

// "unknown lane 'x'; the lanes are: a, b" (or tags), or "" when every name is known.
std::string unknown_name(const char* what, const std::vector<std::string>& asked, std::vector<std::string> known) {
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
    for (const auto& a : asked) {
        if (std::binary_search(known.begin(), known.end(), a)) continue;
        if (known.empty()) return fmt::format("unknown {} '{}'; the model has no {}s", what, a, what);
        std::string hint = core::did_you_mean(a, known);
        if (hint.empty()) return fmt::format("unknown {} '{}'; the {}s are: {}", what, a, what, fmt::join(known, ", "));
        return fmt::format("unknown {} '{}'; did you mean '{}'? The {}s are: {}", what, a, hint, what, fmt::join(known, ", "));
    }
    return "";
}

std::string check_names(const EventGraph& eg, const FigureFilter& f) {
    std::vector<std::string> lanes, tags;
    for (const auto& l : eg.document.lanes) lanes.push_back(l.id);
    for (const auto& e : eg.document.events) tags.insert(tags.end(), e.tags.begin(), e.tags.end());
    for (const auto* id : {&f.highlight, &f.only_chain})
        if (!id->empty() && !eg.find(*id)) return unknown_event_message(eg, *id);
    if (auto m = unknown_name("lane", f.lanes, lanes); !m.empty()) return m;
    return unknown_name("tag", f.tags, tags);
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Which events the narrowing filters keep, by vertex.
std::vector<bool> kept_by(const EventGraph& eg, const FigureFilter& f) {
    const std::size_t n = boost::num_vertices(eg.g);
    std::vector<bool> keep = f.only_chain.empty() ? std::vector<bool>(n, true) : chain_set(eg, *eg.find(f.only_chain));
    for (Vertex v = 0; v < n; ++v) {
        const auto& e = eg.event(v);
        if (f.from && eg.g[v].latest < *f.from) keep[v] = false;
        if (f.to && eg.g[v].earliest > *f.to) keep[v] = false;
        if (!f.lanes.empty() && !contains(f.lanes, e.lane)) keep[v] = false;
        if (!f.tags.empty() && std::none_of(e.tags.begin(), e.tags.end(), [&](const auto& t) { return contains(f.tags, t); }))
            keep[v] = false;
    }
    return keep;
}

}  // namespace

Figure figure(EventGraph eg, const FigureFilter& f) {
    Figure out;
    out.error = check_names(eg, f);
    if (!out.error.empty()) return out;
    const std::size_t n = boost::num_vertices(eg.g);
    if (!f.highlight.empty()) {
        auto lit = chain_set(eg, *eg.find(f.highlight));
        for (Vertex v = 0; v < n; ++v) eg.g[v].muted = !lit[v];
    }
    if (!f.narrows()) {
        out.graph = std::move(eg);
        return out;
    }
    auto keep = kept_by(eg, f);
    if (n > 0 && std::none_of(keep.begin(), keep.end(), [](bool k) { return k; })) {
        out.error = "no event matches these filters";
        return out;
    }
    Subset sub = subset(eg, keep);
    out.graph = std::move(sub.graph);
    out.left_out = sub.left_out;
    out.elided = sub.elided;
    return out;
}

}  // namespace timegraph::graph
