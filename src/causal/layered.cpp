#include "causal/layered.hpp"

#include "causal/detour.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>

namespace timegraph::causal::layered {

namespace {

// --- Long-edge splitting -------------------------------------------------

std::size_t add_node(Layered& g, int layer) {
    g.layer.push_back(layer);
    g.out.emplace_back();
    g.in.emplace_back();
    return g.layer.size() - 1;
}

void add_segment(Layered& g, std::size_t a, std::size_t b) {
    g.out[a].push_back(b);
    g.in[b].push_back(a);
}

}  // namespace

Layered split_long_edges(const std::vector<Node>& nodes, const std::vector<Edge>& edges, std::size_t dummy_budget) {
    Layered g;
    g.real = nodes.size();
    std::size_t total = 0;
    for (const auto& n : nodes) {
        add_node(g, n.layer);
        g.layers = std::max(g.layers, n.layer + 1);
    }
    for (const auto& e : edges) {
        int span = std::abs(nodes[e.to].layer - nodes[e.from].layer);
        if (span > 1) total += static_cast<std::size_t>(span - 1);
    }
    if (total > dummy_budget && dummy_budget > 0)
        g.stride = static_cast<int>((total + dummy_budget - 1) / dummy_budget);
    for (const auto& e : edges) {
        std::size_t a = e.from, b = e.to;
        bool rev = nodes[a].layer > nodes[b].layer;
        if (rev) std::swap(a, b);
        std::vector<std::size_t> chain{a};
        if (nodes[a].layer < nodes[b].layer) {
            for (int l = nodes[a].layer + 1; l < nodes[b].layer; ++l)
                if (l % g.stride == 0) chain.push_back(add_node(g, l));
            chain.push_back(b);
            for (std::size_t i = 0; i + 1 < chain.size(); ++i) add_segment(g, chain[i], chain[i + 1]);
        } else {
            chain.push_back(b);  // same layer: drawn as an arc, no segment to order by
        }
        g.chains.push_back(std::move(chain));
        g.reversed.push_back(rev);
    }
    return g;
}

namespace {

std::vector<std::size_t> positions(const Layered& g, const Order& order) {
    std::vector<std::size_t> pos(g.layer.size());
    for (const auto& layer : order)
        for (std::size_t i = 0; i < layer.size(); ++i) pos[layer[i]] = i;
    return pos;
}

// Inversions of a sequence of small integers, with a Fenwick tree: O(n log m).
std::size_t inversions(const std::vector<std::size_t>& seq, std::size_t range) {
    std::vector<std::size_t> tree(range + 1, 0);
    std::size_t count = 0, seen = 0;
    for (std::size_t v : seq) {
        std::size_t le = 0;  // how many seen so far are <= v
        for (std::size_t i = v + 1; i > 0; i -= i & (~i + 1)) le += tree[i];
        count += seen - le;
        for (std::size_t i = v + 1; i <= range; i += i & (~i + 1)) ++tree[i];
        ++seen;
    }
    return count;
}

}  // namespace

std::size_t count_crossings(const Layered& g, const Order& order) {
    auto pos = positions(g, order);
    if (g.stride == 1) {
        // Every segment joins neighbouring layers: walk each layer's nodes in
        // order, each one's targets by position, and count the inversions.
        std::size_t total = 0;
        std::vector<std::size_t> seq, targets;
        for (std::size_t l = 0; l + 1 < order.size(); ++l) {
            seq.clear();
            for (std::size_t u : order[l]) {
                targets.clear();
                for (std::size_t v : g.out[u]) targets.push_back(pos[v]);
                std::sort(targets.begin(), targets.end());
                seq.insert(seq.end(), targets.begin(), targets.end());
            }
            total += inversions(seq, order[l + 1].size());
        }
        return total;
    }
    // Segments grouped by (their source's layer, their target's layer), each
    // group sorted by source position then target position; crossings are the
    // inversions of the target positions.
    std::vector<std::tuple<int, int, std::size_t, std::size_t>> segs;
    for (std::size_t u = 0; u < g.out.size(); ++u)
        for (std::size_t v : g.out[u]) segs.emplace_back(g.layer[u], g.layer[v], pos[u], pos[v]);
    std::sort(segs.begin(), segs.end());
    std::size_t total = 0;
    for (std::size_t i = 0; i < segs.size();) {
        std::size_t j = i;
        std::vector<std::size_t> seq;
        std::size_t range = 0;
        while (j < segs.size() && std::get<0>(segs[j]) == std::get<0>(segs[i]) &&
               std::get<1>(segs[j]) == std::get<1>(segs[i])) {
            seq.push_back(std::get<3>(segs[j]));
            range = std::max(range, std::get<3>(segs[j]) + 1);
            ++j;
        }
        total += inversions(seq, range);
        i = j;
    }
    return total;
}

namespace {

// A small deterministic generator (splitmix64): the same restarts on every
// machine and library, unlike std::shuffle.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
};

// The first order: each layer by group (lane), then by the node's number; a
// dummy takes the group of its link's source so that it starts beside it.
Order initial_order(const Layered& g, const std::vector<Node>& nodes) {
    std::vector<int> group(g.layer.size(), 0);
    for (std::size_t v = 0; v < g.real; ++v) group[v] = nodes[v].group;
    for (const auto& chain : g.chains)
        for (std::size_t i = 1; i + 1 < chain.size(); ++i) group[chain[i]] = group[chain.front()];
    Order order(static_cast<std::size_t>(std::max(g.layers, 0)));
    for (std::size_t v = 0; v < g.layer.size(); ++v) order[static_cast<std::size_t>(g.layer[v])].push_back(v);
    for (auto& layer : order)
        std::stable_sort(layer.begin(), layer.end(), [&](auto a, auto b) { return group[a] < group[b]; });
    return order;
}

void shuffle(Order& order, Random& rng) {
    for (auto& layer : order)
        for (std::size_t i = layer.size(); i > 1; --i) std::swap(layer[i - 1], layer[rng.below(i)]);
}

// One sweep: each layer in turn is sorted by the mean relative position of
// its neighbours on the side already swept; a node with none keeps its place.
void sweep(const Layered& g, Order& order, std::vector<std::size_t>& pos, bool forward) {
    const std::size_t n = order.size();
    std::vector<std::pair<double, std::size_t>> keys;
    for (std::size_t k = 0; k < n; ++k) {
        auto& layer = order[forward ? k : n - 1 - k];
        keys.clear();
        for (std::size_t i = 0; i < layer.size(); ++i) {
            std::size_t v = layer[i];
            const auto& nb = forward ? g.in[v] : g.out[v];
            double key = (static_cast<double>(i) + 0.5) / static_cast<double>(layer.size());
            if (!nb.empty()) {
                double sum = 0;
                for (std::size_t u : nb)
                    sum += (static_cast<double>(pos[u]) + 0.5) /
                           static_cast<double>(order[static_cast<std::size_t>(g.layer[u])].size());
                key = sum / static_cast<double>(nb.size());
            }
            keys.emplace_back(key, v);
        }
        std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < layer.size(); ++i) {
            layer[i] = keys[i].second;
            pos[layer[i]] = i;
        }
    }
}

// Crossings among the segments of v and w (on one side) when v is above w.
std::size_t pair_crossings(const std::vector<std::size_t>& nv, const std::vector<std::size_t>& nw,
                           const std::vector<std::size_t>& pos, const std::vector<int>& layer) {
    std::size_t c = 0;
    for (std::size_t a : nv)
        for (std::size_t b : nw)
            if (layer[a] == layer[b] && pos[a] > pos[b]) ++c;
    return c;
}

// Greedy switch: neighbours in a layer trade places while that removes crossings.
void greedy_switch(const Layered& g, Order& order, std::vector<std::size_t>& pos) {
    for (int pass = 0; pass < 8; ++pass) {
        bool improved = false;
        for (auto& layer : order) {
            for (std::size_t i = 0; i + 1 < layer.size(); ++i) {
                std::size_t v = layer[i], w = layer[i + 1];
                std::size_t now = pair_crossings(g.in[v], g.in[w], pos, g.layer) +
                                  pair_crossings(g.out[v], g.out[w], pos, g.layer);
                std::size_t swapped = pair_crossings(g.in[w], g.in[v], pos, g.layer) +
                                      pair_crossings(g.out[w], g.out[v], pos, g.layer);
                if (swapped < now) {
                    std::swap(layer[i], layer[i + 1]);
                    pos[v] = i + 1;
                    pos[w] = i;
                    improved = true;
                }
            }
        }
        if (!improved) break;
    }
}

struct Effort {
    int restarts, sweeps;
};

Effort effort_for(const Layered& g, const Options& options) {
    std::size_t size = g.layer.size();
    Effort e{size <= 4000 ? 16 : size <= 40000 ? 8 : size <= 250000 ? 2 : 1, size <= 250000 ? 16 : 8};
    if (options.restarts >= 0) e.restarts = std::max(1, options.restarts);
    return e;
}

}  // namespace

Order minimise_crossings(const Layered& g, const std::vector<Node>& nodes, const Options& options) {
    return best_orders(g, nodes, options, 1).front();
}

std::vector<Order> best_orders(const Layered& g, const std::vector<Node>& nodes, const Options& options,
                               std::size_t keep) {
    Effort effort = effort_for(g, options);
    Random rng{options.seed};
    std::vector<Order> best;
    std::size_t best_count = std::numeric_limits<std::size_t>::max();
    for (int r = 0; r < effort.restarts; ++r) {
        Order order = initial_order(g, nodes);
        if (r > 0) shuffle(order, rng);
        auto pos = positions(g, order);
        sweep(g, order, pos, true);
        Order local = order;
        std::size_t local_count = count_crossings(g, order);
        for (int s = 0, stale = 0; s < effort.sweeps && stale < 2 && local_count > 0; ++s) {
            sweep(g, order, pos, false);
            sweep(g, order, pos, true);
            std::size_t c = count_crossings(g, order);
            if (c < local_count) {
                local_count = c;
                local = order;
                stale = 0;
            } else {
                ++stale;
            }
        }
        pos = positions(g, local);
        greedy_switch(g, local, pos);
        local_count = count_crossings(g, local);
        if (local_count < best_count) {
            best_count = local_count;
            best.clear();
        }
        if (local_count == best_count && best.size() < keep &&
            std::find(best.begin(), best.end(), local) == best.end())
            best.push_back(std::move(local));
        if (best_count == 0 && best.size() >= keep) break;
    }
    return best;
}

namespace {

// --- Placement -----------------------------------------------------------
//
// Columns stand `pitch` apart along time. When the pitch is smaller than the
// boxes, a box reaches over its neighbours' columns and must sit beside what
// they hold: boxes are staggered across time, which is what keeps a long
// chain from becoming a strip. Placement walks the columns in time order and
// each column's nodes in the order crossing minimisation chose, putting each
// at the free position nearest to where its links come from. Occupancy is
// kept at "points": each column's centre and each boundary between columns.

struct Interval {
    double lo, hi;
};

// Disjoint, sorted intervals of one point.
class Occupancy {
public:
    void add(double lo, double hi) {
        auto it = std::lower_bound(spans_.begin(), spans_.end(), lo, [](const Interval& s, double v) { return s.hi < v; });
        auto end = it;
        while (end != spans_.end() && end->lo <= hi) {
            lo = std::min(lo, end->lo);
            hi = std::max(hi, end->hi);
            ++end;
        }
        it = spans_.erase(it, end);
        spans_.insert(it, Interval{lo, hi});
    }
    const std::vector<Interval>& spans() const { return spans_; }

private:
    std::vector<Interval> spans_;
};

struct Placer {
    const Layered& g;
    const std::vector<Node>& nodes;
    const Options& options;
    double pitch;
    std::vector<Occupancy> points;  // 2 * layers: centre of column c at 2c, boundary after it at 2c + 1
    std::vector<double> s;          // across position, by node (dummies included)
    std::vector<double> hint;       // positions from an earlier pass, or empty
    std::vector<double> zone;       // by column, unstaggered: half the widest box, where links run level

    // An empty placer: no column holds anything yet.
    static Placer empty(const Layered& g, const std::vector<Node>& nodes, const Options& options, double pitch,
                        std::vector<double> hint = {}, std::vector<double> zone = {}) {
        return Placer{g, nodes, options, pitch,
                      std::vector<Occupancy>(static_cast<std::size_t>(2 * std::max(g.layers, 1))),
                      std::vector<double>(g.layer.size(), 0), std::move(hint), std::move(zone)};
    }

    double t_point(int q) const { return q * pitch / 2; }
    double t_node(std::size_t v) const { return g.layer[v] * pitch; }
    double half_along(std::size_t v) const { return v < g.real ? nodes[v].along / 2 + options.gap_along / 2 : 0; }
    double half_across(std::size_t v) const {
        return v < g.real ? nodes[v].across / 2 + options.gap_across / 2 : options.clearance;
    }
    int last_point() const { return static_cast<int>(points.size()) - 1; }

    // The points a node's padded box covers.
    std::pair<int, int> covered(std::size_t v) const {
        int centre = 2 * g.layer[v];
        int reach = static_cast<int>(std::floor(half_along(v) / (pitch / 2) + 1e-9));
        return {std::max(0, centre - reach), std::min(last_point(), centre + reach)};
    }

    void reserve(int q0, int q1, double lo, double hi) {
        for (int q = std::max(0, q0); q <= std::min(last_point(), q1); ++q)
            points[static_cast<std::size_t>(q)].add(lo, hi);
    }

    std::vector<Interval> blocked(int q0, int q1) const {
        std::vector<Interval> all;
        for (int q = std::max(0, q0); q <= std::min(last_point(), q1); ++q) {
            const auto& sp = points[static_cast<std::size_t>(q)].spans();
            all.insert(all.end(), sp.begin(), sp.end());
        }
        std::sort(all.begin(), all.end(), [](const Interval& a, const Interval& b) { return a.lo < b.lo; });
        std::vector<Interval> merged;
        for (const auto& i : all) {
            if (!merged.empty() && i.lo <= merged.back().hi) merged.back().hi = std::max(merged.back().hi, i.hi);
            else merged.push_back(i);
        }
        return merged;
    }
};

constexpr double kInf = std::numeric_limits<double>::infinity();

// The position nearest to `ideal` where [s - h, s + h] misses every blocked
// interval and starts at `floor` or later; within [gap_lo, gap_hi] when those
// are finite. Infinity when there is none.
double nearest_free(const std::vector<Interval>& blocked, double ideal, double floor, double h, bool lower,
                    double gap_lo = -kInf, double gap_hi = kInf) {
    double best = kInf, best_d = kInf;
    double lo = -kInf;
    for (std::size_t i = 0; i <= blocked.size(); ++i) {
        double hi = i < blocked.size() ? blocked[i].lo : kInf;
        double a = std::max({lo + h, floor + h, gap_lo + h}), b = std::min(hi - h, gap_hi - h);
        if (a <= b) {
            double c = std::clamp(ideal, a, b), d = std::abs(c - ideal);
            if (d < best_d || (lower && d == best_d)) {
                best = c;
                best_d = d;
            }
        }
        if (i < blocked.size()) lo = std::max(lo, blocked[i].hi);
    }
    return best;
}

// The free gap around `at` in the blocked intervals, or an empty one when `at` is blocked.
Interval gap_around(const std::vector<Interval>& blocked, double at) {
    double lo = -kInf;
    for (const auto& b : blocked) {
        if (b.hi < at) {
            lo = std::max(lo, b.hi);
            continue;
        }
        if (b.lo <= at) return {0, -1};
        return {lo, b.lo};
    }
    return {lo, kInf};
}

// The chain predecessor of each dummy and each link's last point before its
// target; links whose dummies fall within a box's reach lose those dummies.
struct Chains {
    std::vector<std::size_t> prev;                   // by node: the previous point of its chain (dummies)
    std::vector<std::size_t> target;                 // by node: the box its chain ends at (dummies)
    std::vector<std::vector<std::size_t>> kept;      // by edge: the chain without dummies under boxes
    std::vector<std::vector<std::size_t>> arrivals;  // by real node: the last kept point of each incoming chain
    std::vector<std::vector<std::size_t>> departures;  // by real node: the first kept point of each outgoing chain
};

Chains kept_chains(const Placer& p) {
    const Layered& g = p.g;
    Chains c{std::vector<std::size_t>(g.layer.size(), 0), std::vector<std::size_t>(g.layer.size(), 0), {},
             std::vector<std::vector<std::size_t>>(g.real),
             std::vector<std::vector<std::size_t>>(g.real)};
    for (const auto& chain : g.chains) {
        std::size_t a = chain.front(), b = chain.back();
        std::vector<std::size_t> kept{a};
        for (std::size_t i = 1; i + 1 < chain.size(); ++i) {
            double t = p.t_node(chain[i]);
            if (t - p.pitch / 2 < p.t_node(a) + p.half_along(a)) continue;
            if (t + p.pitch / 2 > p.t_node(b) - p.half_along(b)) continue;
            c.prev[chain[i]] = kept.back();
            c.target[chain[i]] = b;
            kept.push_back(chain[i]);
        }
        kept.push_back(b);
        if (g.layer[a] != g.layer[b]) {
            c.arrivals[b].push_back(kept[kept.size() - 2]);
            c.departures[a].push_back(kept[1]);
        }
        c.kept.push_back(std::move(kept));
    }
    return c;
}

// Where a dummy would like to be: level with the point before it, or, once
// an earlier pass has placed the link's target, on the straight line to it,
// so that a long link reads as one stroke.
double dummy_ideal(const Placer& p, const Chains& c, std::size_t d) {
    std::size_t from = c.prev[d], to = c.target[d];
    if (p.hint.empty()) return p.s[from];
    double t0 = p.t_node(from) + (from < p.g.real ? p.nodes[from].along / 2 : 0);
    double t1 = p.t_node(to) - p.nodes[to].along / 2;
    double f = t1 > t0 ? std::clamp((p.t_node(d) - t0) / (t1 - t0), 0.0, 1.0) : 1.0;
    return p.s[from] + (p.hint[to] - p.s[from]) * f;
}

void place_dummy(Placer& p, const Chains& c, std::size_t d, double lb) {
    std::size_t from = c.prev[d];
    int q = 2 * p.g.layer[d];
    double h = p.half_across(d), s_prev = p.s[from], ideal = dummy_ideal(p, c, d);
    auto blocked = p.blocked(q - 1, q + 1);
    Interval gap = gap_around(blocked, s_prev);
    double s = gap.lo <= gap.hi ? nearest_free(blocked, ideal, lb, h, p.options.step_down, gap.lo, gap.hi) : kInf;
    if (s == kInf && gap.lo <= gap.hi) s = nearest_free(blocked, ideal, -kInf, h, p.options.step_down, gap.lo, gap.hi);
    if (s == kInf) s = nearest_free(blocked, ideal, lb, h, p.options.step_down);
    p.s[d] = s;
    p.reserve(q - 1, q - 1, std::min(s_prev, s) - h, std::max(s_prev, s) + h);  // the jump
    p.reserve(q, q + 1, s - h, s + h);
}

// The point of a link's last jump before a box at `q0`, from the placed node
// u: just after a dummy's column, or just past a box's reach; -1 when the
// boxes overlap along time and the link is drawn across instead.
int jump_point(const Placer& p, std::size_t u, int q0) {
    if (u >= p.g.real) return 2 * p.g.layer[u] + 1;
    // From a box, the link runs level out of its side (kept free since the
    // box was placed, see depart) and turns just before the target.
    return q0 - 1 > p.covered(u).second ? q0 - 1 : -1;
}

double arrival_mean(const Placer& p, const std::vector<std::size_t>& arrivals, double fallback) {
    if (arrivals.empty()) return fallback;
    double sum = 0;
    for (std::size_t u : arrivals) sum += p.s[u];
    return sum / static_cast<double>(arrivals.size());
}

// Keeps the way out free: each link leaves the middle of the box's side and
// runs level to its first turn, before the boxes around it are placed.
void depart(Placer& p, const Chains& c, std::size_t v) {
    int q1 = p.covered(v).second;
    double s = p.s[v], clear = p.options.clearance;
    for (std::size_t x : c.departures[v]) {
        int end = x >= p.g.real ? 2 * p.g.layer[x] - 1 : p.covered(x).first - 1;
        p.reserve(q1 + 1, end, s - clear, s + clear);
    }
}

// A box goes where its links come from: the mean level of their last
// points, within the free gap each link's last jump has, so that no link
// passes behind a box on its way in.
void place_box(Placer& p, const Chains& c, std::size_t v, double lb) {
    auto [q0, q1] = p.covered(v);
    double h = p.half_across(v), clear = p.options.clearance;
    const auto& arrivals = c.arrivals[v];
    double ideal = arrival_mean(p, arrivals, lb == -kInf ? 0 : lb + h);
    int first = q0;
    double gap_lo = -kInf, gap_hi = kInf;
    for (std::size_t u : arrivals) {
        int qj = jump_point(p, u, q0);
        if (qj < 0) continue;
        first = std::min(first, qj + 1);
        Interval gap = gap_around(p.blocked(qj, qj), p.s[u]);
        if (gap.lo > gap.hi) continue;
        gap_lo = std::max(gap_lo, gap.lo + clear - h);
        gap_hi = std::min(gap_hi, gap.hi - clear + h);
    }
    auto blocked = p.blocked(first, q1);
    double s = nearest_free(blocked, ideal, lb, h, p.options.step_down, gap_lo, gap_hi);
    if (s == kInf) s = nearest_free(blocked, ideal, -kInf, h, p.options.step_down, gap_lo, gap_hi);
    if (s == kInf) s = nearest_free(blocked, ideal, lb, h, p.options.step_down);
    p.s[v] = s;
    p.reserve(q0, q1, s - h, s + h);
    for (std::size_t u : arrivals) {
        int qj = jump_point(p, u, q0);
        if (qj < 0) continue;
        p.reserve(qj, qj, std::min(p.s[u], s) - clear, std::max(p.s[u], s) + clear);
        p.reserve(qj + 1, q0 - 1, s - clear, s + clear);
    }
    depart(p, c, v);
}

struct Placement {
    std::vector<double> s;
    Chains chains;
};

Placement place(Placer& p, const Order& order) {
    const Layered& g = p.g;
    Chains chains = kept_chains(p);
    std::vector<bool> kept(g.layer.size(), false);
    for (const auto& k : chains.kept)
        for (std::size_t v : k) kept[v] = true;
    for (std::size_t v = 0; v < g.real; ++v) kept[v] = true;
    for (const auto& layer : order) {
        double lb = -kInf;
        for (std::size_t v : layer) {
            if (!kept[v]) continue;
            if (v < g.real) place_box(p, chains, v, lb);
            else place_dummy(p, chains, v, lb);
            lb = std::max(lb, p.s[v] + p.half_across(v));
        }
    }
    return {p.s, std::move(chains)};
}

// Connected components, numbered largest first (then by their first node),
// by node; a dummy belongs to its link's.
std::vector<std::size_t> components(const Layered& g) {
    std::vector<std::size_t> parent(g.real);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](std::size_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    for (const auto& chain : g.chains) {
        std::size_t a = find(chain.front()), b = find(chain.back());
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::size_t> size(g.real, 0);
    for (std::size_t v = 0; v < g.real; ++v) ++size[find(v)];
    std::vector<std::size_t> roots;
    for (std::size_t v = 0; v < g.real; ++v)
        if (find(v) == v) roots.push_back(v);
    std::stable_sort(roots.begin(), roots.end(), [&](auto a, auto b) { return size[a] > size[b]; });
    std::vector<std::size_t> rank(g.real, 0), comp(g.layer.size(), 0);
    for (std::size_t i = 0; i < roots.size(); ++i) rank[roots[i]] = i;
    for (std::size_t v = 0; v < g.real; ++v) comp[v] = rank[find(v)];
    for (const auto& chain : g.chains)
        for (std::size_t i = 1; i + 1 < chain.size(); ++i) comp[chain[i]] = comp[chain.front()];
    return comp;
}

// The points an item holds: a box its reach, a dummy its column and both boundaries.
std::pair<int, int> held(const Placer& p, std::size_t v) {
    if (v < p.g.real) return p.covered(v);
    int q = 2 * p.g.layer[v];
    return {std::max(0, q - 1), std::min(p.last_point(), q + 1)};
}

// Where a component goes across, given what earlier ones hold at each point
// (from ceiling to floor): at the top when that is free, else just above or
// just below them, whichever grows the drawing less.
double stack_offset(const Placer& p, const std::vector<std::pair<std::size_t, std::pair<int, int>>>& items,
                    const std::vector<double>& ceiling, const std::vector<double>& floor, double gap) {
    double top = kInf, bottom = -kInf, above = kInf, below = -kInf, lo = kInf, hi = -kInf;
    for (double c : ceiling) lo = std::min(lo, c);
    for (double f : floor) hi = std::max(hi, f);
    for (const auto& [v, range] : items) {
        double t = p.s[v] - p.half_across(v), b = p.s[v] + p.half_across(v);
        top = std::min(top, t);
        bottom = std::max(bottom, b);
        for (int q = range.first; q <= range.second; ++q) {
            auto i = static_cast<std::size_t>(q);
            if (floor[i] == -kInf) continue;
            below = std::max(below, floor[i] + gap - t);
            above = std::min(above, ceiling[i] - gap - b);
        }
    }
    if (top == kInf) return 0;
    if (below == -kInf) return (lo == kInf ? 0 : lo) - top;  // shares no column: level with the top
    double at_top = lo - top;
    if (at_top >= below || at_top <= above) return at_top;
    double grow_below = std::max(0.0, bottom + below - hi), grow_above = std::max(0.0, lo - (top + above));
    return grow_above < grow_below ? above : below;
}

// Staggered placement, one connected component at a time, each stacked
// under those before it where they share columns (a skyline): stories that
// never meet never interleave, so none of their links can cross.
Placement place_components(const Layered& g, const Order& order, const std::vector<Node>& nodes,
                           const Options& options, double pitch) {
    auto comp = components(g);
    std::size_t count = 0;
    for (std::size_t v = 0; v < g.real; ++v) count = std::max(count, comp[v] + 1);
    Placer all = Placer::empty(g, nodes, options, pitch);
    std::vector<double> s(g.layer.size(), 0), floor(all.points.size(), -kInf), ceiling(all.points.size(), kInf);
    for (std::size_t k = 0; k < count; ++k) {
        Order sub(order.size());
        for (std::size_t l = 0; l < order.size(); ++l)
            for (std::size_t v : order[l])
                if (comp[v] == k) sub[l].push_back(v);
        // A second pass lays long links straight toward where the first put their targets.
        Placer first = Placer::empty(g, nodes, options, pitch);
        Placement rough = place(first, sub);
        Placer p = Placer::empty(g, nodes, options, pitch, rough.s);
        place(p, sub);
        std::vector<std::pair<std::size_t, std::pair<int, int>>> items;
        for (const auto& layer : sub)
            for (std::size_t v : layer) items.push_back({v, held(p, v)});
        double offset = stack_offset(p, items, ceiling, floor, options.gap_across);
        for (const auto& [v, range] : items) {
            s[v] = p.s[v] + offset;
            for (int q = range.first; q <= range.second; ++q) {
                auto& f = floor[static_cast<std::size_t>(q)];
                auto& c = ceiling[static_cast<std::size_t>(q)];
                f = std::max(f, s[v] + p.half_across(v));
                c = std::min(c, s[v] - p.half_across(v));
            }
        }
    }
    all.s = s;
    return {std::move(s), kept_chains(all)};
}

// --- Placement without staggering ----------------------------------------
//
// When every column is wider than its boxes, nothing reaches across columns
// and each column is a stack in the order crossing minimisation chose. Then
// each node goes to the mean position of its neighbours, in alternating
// passes from either side, and each column's stack is fitted to those wishes
// by isotonic regression (pool adjacent violators) under its spacing: no
// drift down the page, and long links relax into straight strokes.

// Positions y for one stack: y[i + 1] >= y[i] + sep[i], as near to `want` as
// least squares allow.
std::vector<double> fit_stack(const std::vector<double>& want, const std::vector<double>& sep) {
    const std::size_t n = want.size();
    std::vector<double> offset(n, 0);
    for (std::size_t i = 1; i < n; ++i) offset[i] = offset[i - 1] + sep[i - 1];
    struct Block {
        double sum;
        std::size_t count;
        double mean() const { return sum / static_cast<double>(count); }
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < n; ++i) {
        blocks.push_back({want[i] - offset[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            Block b = blocks.back();
            blocks.pop_back();
            blocks.back().sum += b.sum;
            blocks.back().count += b.count;
        }
    }
    std::vector<double> y;
    for (const auto& b : blocks)
        for (std::size_t k = 0; k < b.count; ++k) y.push_back(b.mean() + offset[y.size()]);
    return y;
}

void relax_pass(const Placer& p, const Order& order, std::vector<double>& s, bool forward) {
    const std::size_t n = order.size();
    std::vector<double> want, sep;
    for (std::size_t k = 0; k < n; ++k) {
        const auto& layer = order[forward ? k : n - 1 - k];
        want.clear();
        sep.clear();
        for (std::size_t i = 0; i < layer.size(); ++i) {
            std::size_t v = layer[i];
            const auto& nb = forward ? p.g.in[v] : p.g.out[v];
            double sum = 0;
            for (std::size_t u : nb) sum += s[u];
            want.push_back(nb.empty() ? s[v] : sum / static_cast<double>(nb.size()));
            if (i + 1 < layer.size()) sep.push_back(p.half_across(v) + p.half_across(layer[i + 1]));
        }
        auto y = fit_stack(want, sep);
        for (std::size_t i = 0; i < layer.size(); ++i) s[layer[i]] = y[i];
    }
}

Placement relax_place(Placer& p, const Order& order, int passes) {
    std::vector<double>& s = p.s;
    for (const auto& layer : order) {
        double y = 0;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            if (i) y += p.half_across(layer[i - 1]) + p.half_across(layer[i]);
            s[layer[i]] = y;
        }
    }
    for (int i = 0; i < passes; ++i) relax_pass(p, order, s, i % 2 == 0);
    relax_pass(p, order, s, true);
    return {s, kept_chains(p)};
}

std::vector<double> column_zones(const Layered& g, const std::vector<Node>& nodes) {
    std::vector<double> zone(static_cast<std::size_t>(std::max(g.layers, 0)), 0);
    for (std::size_t v = 0; v < g.real; ++v) {
        auto& z = zone[static_cast<std::size_t>(g.layer[v])];
        z = std::max(z, nodes[v].along / 2 + 2);
    }
    return zone;
}

// --- Routes ----------------------------------------------------------------

constexpr double kStub = 10;  // px a link runs level out of and into a box
constexpr double kPortStep = 6;   // px between the ends of links on one side of a box
constexpr double kPortInset = 6;  // px kept from the box's corners
// Above this many boxes, a link the columns could not keep clear of boxes
// stays as laid out: the search around them grows with the drawing.
constexpr std::size_t kDetourMax = 3000;

std::vector<Point> simplify(const std::vector<Point>& pts);

// Where each link leaves and enters its boxes, across time: side by side in
// the order of where they go next (or came from), so that links fanning out
// of one box never cross at its side.
struct Ports {
    std::vector<double> out, in;  // by edge: offset from the box's middle
    std::vector<bool> early;      // by edge: a direct link that turns as it leaves, not before its target
};

Ports spread_ports(const Placer& p, const std::vector<double>& s, const std::vector<std::vector<std::size_t>>& kept) {
    const Layered& g = p.g;
    Ports ports{std::vector<double>(kept.size(), 0), std::vector<double>(kept.size(), 0),
                std::vector<bool>(kept.size(), false)};
    std::vector<std::vector<std::pair<double, std::size_t>>> outs(g.real), ins(g.real);
    for (std::size_t e = 0; e < kept.size(); ++e) {
        const auto& c = kept[e];
        if (c.size() < 2 || g.layer[c.front()] == g.layer[c.back()]) continue;
        outs[c.front()].push_back({s[c[1]], e});
        ins[c.back()].push_back({s[c[c.size() - 2]], e});
    }
    auto spread = [&](std::vector<std::pair<double, std::size_t>>& at, std::size_t v, std::vector<double>& offset) {
        std::stable_sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        double room = std::max(0.0, p.nodes[v].across / 2 - kPortInset);
        double step = at.size() > 1 ? std::min(kPortStep, 2 * room / static_cast<double>(at.size() - 1)) : 0;
        for (std::size_t i = 0; i < at.size(); ++i)
            offset[at[i].second] = (static_cast<double>(i) - static_cast<double>(at.size() - 1) / 2) * step;
    };
    for (std::size_t v = 0; v < g.real; ++v) {
        spread(outs[v], v, ports.out);
        spread(ins[v], v, ports.in);
    }
    return ports;
}

std::vector<Point> route(const Placer& p, std::vector<double> s, const std::vector<std::size_t>& chain, double out,
                         double in, bool early = false) {
    const Layered& g = p.g;
    const auto& nodes = p.nodes;
    const double pitch = p.pitch;
    std::size_t a = chain.front(), b = chain.back();
    auto t = [&](std::size_t v) { return g.layer[v] * pitch; };
    double a_end = t(a) + nodes[a].along / 2, b_start = t(b) - nodes[b].along / 2;
    std::vector<Point> pts;
    s[a] += out;  // the ports: a copy of the positions, so each link moves only its own ends
    s[b] += in;
    if (g.layer[a] == g.layer[b] || chain.size() == 2) {
        int qj = g.layer[a] == g.layer[b] ? -1 : jump_point(p, a, p.covered(b).first);
        if (qj >= 0 && p.t_point(qj) <= a_end) qj = -1;
        if (qj >= 0) {
            double tj = early ? std::min(a_end + kStub, (a_end + b_start) / 2) : p.t_point(qj);
            pts = {{a_end, s[a]}, {tj, s[a]}, {tj, s[b]}, {b_start, s[b]}};
        } else if (b_start >= a_end + 4 || std::abs(s[a] - s[b]) < (nodes[a].across + nodes[b].across) / 2) {
            pts = {{a_end, s[a]}, {b_start, s[b]}};
        } else {  // the boxes overlap along time: from one's edge across to the other's
            double lo = std::max(t(a) - nodes[a].along / 2, b_start), hi = std::min(a_end, t(b) + nodes[b].along / 2);
            double mid = (lo + hi) / 2, dir = s[b] > s[a] ? 1 : -1;
            pts = {{mid, s[a] + dir * nodes[a].across / 2}, {mid, s[b] - dir * nodes[b].across / 2}};
        }
        return simplify(pts);
    }
    // Through the dummies' centres, leaving and entering the boxes level.
    double first = t(chain[1]) - pitch / 2, last = t(chain[chain.size() - 2]) + pitch / 2;
    pts.push_back({a_end, s[a]});
    pts.push_back({std::max(a_end, std::min(first, a_end + kStub)), s[a]});
    for (std::size_t i = 1; i + 1 < chain.size(); ++i) {
        // Level through the boxes' zone of the column, turning only between columns.
        double zone = p.zone.empty() ? 0 : p.zone[static_cast<std::size_t>(g.layer[chain[i]])];
        pts.push_back({t(chain[i]) - zone, s[chain[i]]});
        if (zone > 0) pts.push_back({t(chain[i]) + zone, s[chain[i]]});
    }
    pts.push_back({std::min(b_start, std::max(last, b_start - kStub)), s[b]});
    pts.push_back({b_start, s[b]});
    return simplify(pts);
}

// Drops repeated points and points in the middle of a straight run.
std::vector<Point> simplify(const std::vector<Point>& pts) {
    std::vector<Point> out;
    for (const auto& q : pts) {
        if (!out.empty() && std::abs(out.back().along - q.along) < 1e-9 && std::abs(out.back().across - q.across) < 1e-9)
            continue;
        if (out.size() >= 2) {
            const auto& p0 = out[out.size() - 2];
            const auto& p1 = out.back();
            // p1 lies on the line from p0 to q, within a tenth of a pixel.
            double cross = (p1.along - p0.along) * (q.across - p0.across) - (p1.across - p0.across) * (q.along - p0.along);
            double len = std::hypot(q.along - p0.along, q.across - p0.across);
            bool between = (p1.along - p0.along) * (q.along - p1.along) + (p1.across - p0.across) * (q.across - p1.across) >= 0;
            if (len > 0 && std::abs(cross) / len < 0.1 && between) out.pop_back();
        }
        out.push_back(q);
    }
    return out;
}

bool routes_cross(const std::vector<Point>& p, const std::vector<Point>& q) {
    auto side = [](Point a, Point b, Point c) {
        double v = (b.along - a.along) * (c.across - a.across) - (b.across - a.across) * (c.along - a.along);
        return (v > 1e-6) - (v < -1e-6);
    };
    for (std::size_t i = 0; i + 1 < p.size(); ++i)
        for (std::size_t j = 0; j + 1 < q.size(); ++j)
            if (side(p[i], p[i + 1], q[j]) * side(p[i], p[i + 1], q[j + 1]) < 0 &&
                side(q[j], q[j + 1], p[i]) * side(q[j], q[j + 1], p[i + 1]) < 0)
                return true;
    return false;
}

// Links that share a box's side trade ends where their routes would cross:
// the order of their next points cannot tell how an early turn and a late
// one meet.
void uncross_fans(const Placer& p, const Placement& pl, Ports& ports, const BoxIndex& index) {
    const auto& kept = pl.chains.kept;
    std::vector<std::vector<std::size_t>> outs(p.g.real), ins(p.g.real);
    for (std::size_t e = 0; e < kept.size(); ++e) {
        if (kept[e].size() < 2 || p.g.layer[kept[e].front()] == p.g.layer[kept[e].back()]) continue;
        outs[kept[e].front()].push_back(e);
        ins[kept[e].back()].push_back(e);
    }
    auto lay = [&](std::size_t e) { return route(p, pl.s, kept[e], ports.out[e], ports.in[e], ports.early[e]); };
    auto turn_early = [&](std::size_t e, std::size_t other) {
        if (kept[e].size() != 2) return false;
        ports.early[e] = true;
        auto r = lay(e);
        if (!routes_cross(r, lay(other)) && !route_hits(r, index, 1, kept[e].front(), kept[e].back())) return true;
        ports.early[e] = false;
        return false;
    };
    auto fix = [&](const std::vector<std::size_t>& fan, std::vector<double>& offset) {
        for (std::size_t i = 0; i < fan.size(); ++i)
            for (std::size_t j = i + 1; j < fan.size(); ++j) {
                std::size_t a = fan[i], b = fan[j];
                if (!routes_cross(lay(a), lay(b))) continue;
                std::swap(offset[a], offset[b]);
                if (!routes_cross(lay(a), lay(b))) continue;
                std::swap(offset[a], offset[b]);
                if (!turn_early(a, b)) turn_early(b, a);
            }
    };
    for (std::size_t v = 0; v < p.g.real; ++v) {
        if (outs[v].size() > 1 && outs[v].size() <= 8) fix(outs[v], ports.out);
        if (ins[v].size() > 1 && ins[v].size() <= 8) fix(ins[v], ports.in);
    }
}

struct Extent {
    double a0 = kInf, a1 = -kInf, s0 = kInf, s1 = -kInf;
    void add(double a, double s) {
        a0 = std::min(a0, a), a1 = std::max(a1, a);
        s0 = std::min(s0, s), s1 = std::max(s1, s);
    }
};

// The drawing: boxes at their places and links routed. With `detour`
// false, links the columns could not keep clear of boxes are only counted,
// which is all that comparing candidate drawings needs.
Layout assemble(const Placer& p, const Placement& pl, bool detour_links = true) {
    const Layered& g = p.g;
    const auto& nodes = p.nodes;
    const double pitch = p.pitch;
    Layout out;
    out.pitch = pitch;
    Extent ext;
    for (std::size_t v = 0; v < g.real; ++v) {
        double t = g.layer[v] * pitch;
        out.centres.push_back({t, pl.s[v]});
        ext.add(t - nodes[v].along / 2, pl.s[v] - nodes[v].across / 2);
        ext.add(t + nodes[v].along / 2, pl.s[v] + nodes[v].across / 2);
    }
    std::vector<Box> boxes;
    for (std::size_t v = 0; v < g.real; ++v)
        boxes.push_back({out.centres[v].along - nodes[v].along / 2, out.centres[v].along + nodes[v].along / 2,
                         out.centres[v].across - nodes[v].across / 2, out.centres[v].across + nodes[v].across / 2});
    BoxIndex index(boxes, 256);
    Ports ports = spread_ports(p, pl.s, pl.chains.kept);
    uncross_fans(p, pl, ports, index);
    for (std::size_t e = 0; e < pl.chains.kept.size(); ++e) {
        const auto& chain = pl.chains.kept[e];
        auto pts = route(p, pl.s, chain, ports.out[e], ports.in[e], ports.early[e]);
        // Where the columns left no free way, the link goes round the boxes.
        if (g.real <= kDetourMax && route_hits(pts, index, 1, chain.front(), chain.back())) {
            ++out.detours;
            auto around = detour_links ? detour(index, chain.front(), chain.back(), p.options.clearance)
                                       : std::vector<Point>{};
            if (!around.empty()) pts = simplify(around);
        }
        if (g.reversed[e]) std::reverse(pts.begin(), pts.end());
        for (const auto& q : pts) ext.add(q.along, q.across);
        out.routes.push_back(std::move(pts));
    }
    if (ext.a0 > ext.a1) ext = Extent{0, 0, 0, 0};
    for (auto& c : out.centres) c = {c.along - ext.a0, c.across - ext.s0};
    for (auto& r : out.routes)
        for (auto& q : r) q = {q.along - ext.a0, q.across - ext.s0};
    out.along = ext.a1 - ext.a0;
    out.across = ext.s1 - ext.s0;
    return out;
}

// Whether a drawing keeps within the aspect asked for, and is no taller than wide by more than that.
bool fits(const Layout& l, const Options& options) {
    double along = l.along + options.frame_along;
    return along <= options.max_aspect * std::max(l.across, 1.0) && l.across <= options.max_aspect * std::max(along, 1.0);
}

// Crossings of straight segments between box centres, as a reader's eye
// follows links: the measure the pitch is chosen by. Segments that pass
// within a pixel of each other count too: a staggered drawing can line two
// links up on one diagonal, which reads as one. O(E^2), for small graphs.
double point_segment(Point p, Point a, Point b) {
    double da = b.along - a.along, ds = b.across - a.across, l2 = da * da + ds * ds;
    double t = l2 > 0 ? std::clamp(((p.along - a.along) * da + (p.across - a.across) * ds) / l2, 0.0, 1.0) : 0;
    return std::hypot(p.along - (a.along + t * da), p.across - (a.across + t * ds));
}

bool segments_meet(Point a, Point b, Point c, Point d) {
    auto side = [](Point p, Point q, Point r) {
        double v = (q.along - p.along) * (r.across - p.across) - (q.across - p.across) * (r.along - p.along);
        return (v > 0) - (v < 0);
    };
    if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) return true;
    return std::min({point_segment(a, c, d), point_segment(b, c, d), point_segment(c, a, b), point_segment(d, a, b)}) < 1;
}

}  // namespace

std::size_t straight_crossings(const Layout& l, const std::vector<Edge>& edges) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        for (std::size_t j = i + 1; j < edges.size(); ++j) {
            const auto& e = edges[i];
            const auto& f = edges[j];
            if (e.from == f.from || e.from == f.to || e.to == f.from || e.to == f.to) continue;
            if (segments_meet(l.centres[e.from], l.centres[e.to], l.centres[f.from], l.centres[f.to])) ++count;
        }
    }
    return count;
}

namespace {

// Pitches to try, from no staggering at all down to the smallest allowed.
std::vector<double> candidate_pitches(const std::vector<Node>& nodes, const Options& options) {
    if (options.pitch > 0) return {options.pitch};
    double widest = 0;
    for (const auto& n : nodes) widest = std::max(widest, n.along);
    double full = widest + options.gap_along;
    std::vector<double> out;
    for (double p = full; p >= options.min_pitch; p *= 0.8) out.push_back(p);
    if (out.empty() || out.back() > options.min_pitch) out.push_back(options.min_pitch);
    return out;
}

}  // namespace

Layout layout(const std::vector<Node>& nodes, const std::vector<Edge>& edges, const Options& options) {
    Layered g = split_long_edges(nodes, edges, options.dummy_budget);
    // Small graphs that may be staggered keep several orders as good as the
    // best, since placement can make one of them read better than another.
    auto orders = best_orders(g, nodes, options, nodes.size() <= options.stagger_max ? 8 : 1);
    // Each order's mirror has the same crossings, and packs from the other side.
    if (nodes.size() <= options.stagger_max) {
        for (std::size_t i = 0, n = orders.size(); i < n; ++i) {
            Order m = orders[i];
            for (auto& layer : m) std::reverse(layer.begin(), layer.end());
            orders.push_back(std::move(m));
        }
    }
    const Order& order = orders.front();
    std::size_t crossings = count_crossings(g, order);
    Layout best;
    const auto pitches = candidate_pitches(nodes, options);
    if (options.pitch <= 0) {
        Placer p = Placer::empty(g, nodes, options, pitches.front(), {}, column_zones(g, nodes));
        best = assemble(p, relax_place(p, order, g.layer.size() > 200000 ? 4 : 12));
        if (fits(best, options) || nodes.size() > options.stagger_max) {
            best.crossings = crossings;
            return best;
        }
    }
    // Staggered: of the pitches and orders whose drawing fits, the one with
    // the fewest crossings and detours; else the narrowest tried.
    // A detour reads as badly as a crossing.
    using Score = std::tuple<std::size_t, std::size_t, std::size_t>;
    Options down = options, up = options;
    down.step_down = true;
    up.step_down = false;
    auto lay = [&](const Order& o, std::size_t i, const Options& opt, bool final = false) {
        Placer p = Placer::empty(g, nodes, opt, pitches[i]);
        return assemble(p, place_components(g, o, nodes, opt, pitches[i]), final);
    };
    auto score_of = [&](const Layout& l, std::size_t i) {
        std::size_t c = straight_crossings(l, edges);
        return Score{c + l.detours, c, i};
    };
    Score best_score{std::numeric_limits<std::size_t>::max(), 0, 0};
    std::size_t best_pitch = 0, best_order = 0;
    const Options* best_options = &down;
    bool found = false;
    // The widest pitch that fits and the next few narrower ones (narrower
    // still only adds staggering); when none fits, the pitch whose shape
    // comes nearest.
    std::size_t from = options.pitch > 0 ? 0 : 1, to = pitches.size(), nearest = from;
    double nearest_off = kInf;
    for (std::size_t i = from; i < pitches.size(); ++i) {
        Layout l = lay(orders.front(), i, down);
        if (fits(l, options)) {
            from = i;
            to = std::min(pitches.size(), i + 4);
            nearest_off = -1;
            break;
        }
        double along = l.along + options.frame_along;
        double off = std::max(along / std::max(l.across, 1.0), l.across / std::max(along, 1.0));
        if (off < nearest_off) {
            nearest_off = off;
            nearest = i;
        }
    }
    if (nearest_off >= 0) {  // nothing fits
        from = nearest;
        to = nearest + 1;
    }
    for (std::size_t i = from; i < to; ++i) {
        for (std::size_t k = 0; k < orders.size(); ++k) {
            for (const Options* opt : {&down, &up}) {
                Layout l = lay(orders[k], i, *opt);
                Score score = score_of(l, i);
                if (fits(l, options) && (!found || score < best_score)) {
                    best = std::move(l);
                    best_score = score;
                    best_pitch = i;
                    best_order = k;
                    best_options = opt;
                    found = true;
                }
            }
        }
    }
    // Then boxes that share a column trade places while that helps: the
    // order counted crossings between columns, but the eye sees straight
    // links between boxes that stagger across several.
    Order o = orders[best_order];
    if (found) {
        for (int pass = 0; pass < 2 && std::get<0>(best_score) > 0; ++pass) {
            for (auto& layer : o) {
                for (std::size_t a = 0; a + 1 < layer.size(); ++a) {
                    std::swap(layer[a], layer[a + 1]);
                    Layout l = lay(o, best_pitch, *best_options);
                    Score score = score_of(l, best_pitch);
                    if (fits(l, options) && score < best_score) best_score = score;
                    else std::swap(layer[a], layer[a + 1]);
                }
            }
        }
    }
    best = lay(o, found ? best_pitch : from, *best_options, true);
    best.crossings = crossings;
    return best;
}

}  // namespace timegraph::causal::layered
