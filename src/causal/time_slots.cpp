#include "causal/time_slots.hpp"

#include <algorithm>
#include <numeric>

namespace timegraph::causal {

namespace {

struct Orders {
    std::vector<model::Minutes> earliest, latest;
    std::vector<std::size_t> by_start, by_end;
};

Orders orders_of(const graph::EventGraph& eg) {
    std::size_t n = boost::num_vertices(eg.g);
    Orders o{std::vector<model::Minutes>(n), std::vector<model::Minutes>(n), std::vector<std::size_t>(n),
             std::vector<std::size_t>(n)};
    for (std::size_t v = 0; v < n; ++v) {
        o.earliest[v] = eg.event(v).date.earliest();
        o.latest[v] = eg.event(v).date.latest();
    }
    std::iota(o.by_start.begin(), o.by_start.end(), 0);
    std::iota(o.by_end.begin(), o.by_end.end(), 0);
    std::stable_sort(o.by_start.begin(), o.by_start.end(), [&](auto a, auto b) { return o.earliest[a] < o.earliest[b]; });
    std::stable_sort(o.by_end.begin(), o.by_end.end(), [&](auto a, auto b) { return o.latest[a] < o.latest[b]; });
    return o;
}

// One sweep by earliest instant. Every event that certainly precedes v ended
// before v starts, so it was swept already and its slot is final for this
// pass; a second order, by latest instant, lets one pointer collect them.
// Link causes contribute the slot they have now. Returns whether any slot rose.
bool sweep(const Orders& o, const std::vector<std::vector<std::size_t>>& causes, std::vector<int>& slot) {
    bool changed = false;
    int highest_before = -1;
    std::size_t swept = 0, n = slot.size();
    for (std::size_t v : o.by_start) {
        while (swept < n && o.latest[o.by_end[swept]] < o.earliest[v])
            highest_before = std::max(highest_before, slot[o.by_end[swept++]]);
        int s = highest_before + 1;
        for (std::size_t u : causes[v]) s = std::max(s, slot[u] + 1);
        if (s != slot[v]) changed = true;
        slot[v] = s;
    }
    return changed;
}

// Renumbers slots 0..k-1 in the same order, so that no column stays empty.
void compact(std::vector<int>& slot) {
    std::vector<int> used = slot;
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (int& s : slot) s = static_cast<int>(std::lower_bound(used.begin(), used.end(), s) - used.begin());
}

}  // namespace

// Slots only rise from pass to pass, so the passes reach the lowest slots
// that meet every constraint. Without a cycle, each pass settles at least one
// more link of the longest chain, so n + 1 passes suffice; slots still rising
// after that are being pushed round a cycle.
std::vector<int> time_slots(const graph::EventGraph& eg, const std::vector<graph::Edge>& links) {
    Orders o = orders_of(eg);
    std::size_t n = o.earliest.size();
    std::vector<std::vector<std::size_t>> causes(n);
    // A block into an event under way (a feedback link among them) runs back
    // against time: it constrains no slot, and the layered phases draw it as
    // a reversed edge.
    for (graph::Edge e : links)
        if (!eg.link(e).ends) causes[boost::target(e, eg.g)].push_back(boost::source(e, eg.g));
    std::vector<int> slot(n, 0);
    std::size_t pass = 0;
    while (sweep(o, causes, slot)) {
        if (++pass > n + 1) {
            std::fill(slot.begin(), slot.end(), 0);
            for (auto& c : causes) c.clear();
            sweep(o, causes, slot);
            break;
        }
    }
    compact(slot);
    return slot;
}

}  // namespace timegraph::causal
