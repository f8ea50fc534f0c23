#include "timeline/label_rows.hpp"

#include <algorithm>
#include <numeric>

namespace timegraph::timeline {

namespace {

// Rows [lo, hi) whose free space ends at `frontier`: a label placed there
// must end (plus the gap) before it.
struct Run {
    double frontier;
    int lo, hi;
};

// Places the chosen items right to left. The leftmost label of a crowd goes
// deepest, so that its leader only passes rows whose labels lie to its right.
// After a label goes into row k, rows 0..k are closed left of its leader; the
// frontier therefore never decreases with depth, and runs of equal frontier
// form a stack: each placement is a binary search plus amortised O(1).
int staircase(const std::vector<LabelItem>& items, const std::vector<std::size_t>& order,
              const std::vector<char>& chosen, double gap, std::vector<int>& row, std::vector<int>& variant) {
    std::vector<Run> st;  // st.back() holds row 0; frontiers grow towards st.front()
    // The first row whose frontier leaves room for a label ending at `need`.
    auto first_row = [&](double need) {
        auto it = std::partition_point(st.begin(), st.end(), [&](const Run& r) { return r.frontier >= need; });
        return it == st.begin() ? (st.empty() ? 0 : st.front().hi) : std::prev(it)->lo;
    };
    int depth = 0;
    for (std::size_t i : order) {
        if (!chosen[i]) {
            row[i] = -1;
            continue;
        }
        const LabelItem& item = items[i];
        int k = first_row(item.anchor + (item.widths.empty() ? 0 : item.widths[0]) + gap);
        variant[i] = 0;
        for (std::size_t w = 1; w < item.widths.size(); ++w) {
            int kw = first_row(item.anchor + item.widths[w] + gap);
            if (kw < k) k = kw, variant[i] = static_cast<int>(w);
        }
        row[i] = k;
        depth = std::max(depth, k + 1);
        double v = st.empty() ? item.anchor : std::min(item.anchor, st.back().frontier);
        while (!st.empty() && st.back().hi <= k + 1) st.pop_back();
        if (!st.empty() && st.back().lo <= k) st.back().lo = k + 1;
        st.push_back({v, 0, k + 1});
    }
    return depth;
}

struct Packer {
    const std::vector<LabelItem>& items;
    const std::vector<std::size_t>& priority;
    std::vector<std::size_t> order;  // by anchor, right to left
    int max_rows;
    double gap;
    std::vector<char> chosen;
    std::vector<int> row, variant;

    bool fits_with(std::size_t from, std::size_t count) {
        std::vector<char> trial = chosen;
        for (std::size_t k = from; k < from + count; ++k) trial[priority[k]] = 1;
        return staircase(items, order, trial, gap, row, variant) <= max_rows;
    }

    // The longest run of priority[from..] that still fits beside what is chosen.
    std::size_t longest_fit(std::size_t from) {
        std::size_t lo = 0, hi = priority.size() - from;
        while (lo < hi) {
            std::size_t mid = lo + (hi - lo + 1) / 2;
            if (fits_with(from, mid)) lo = mid;
            else hi = mid - 1;
        }
        for (std::size_t k = from; k < from + lo; ++k) chosen[priority[k]] = 1;
        return lo;
    }
};

// Rounds of "take the longest prefix that fits, skip the one that did not":
// enough to label the isolated events that a crowd elsewhere has crowded out.
constexpr int kRounds = 3;

}  // namespace

RowPacking pack_label_rows(const std::vector<LabelItem>& items, const std::vector<std::size_t>& priority,
                           int max_rows, double gap) {
    const std::size_t n = items.size();
    std::vector<std::size_t> by_index;
    if (priority.size() != n) {  // not a ranking of every item: rank by index
        by_index.resize(n);
        std::iota(by_index.begin(), by_index.end(), std::size_t{0});
    }
    Packer p{items, priority.size() == n ? priority : by_index, std::vector<std::size_t>(n), std::max(1, max_rows), gap,
             std::vector<char>(n, 1), std::vector<int>(n, -1), std::vector<int>(n, 0)};
    std::iota(p.order.begin(), p.order.end(), std::size_t{0});
    std::sort(p.order.begin(), p.order.end(), [&](std::size_t a, std::size_t b) {
        return items[a].anchor != items[b].anchor ? items[a].anchor > items[b].anchor : a < b;
    });
    RowPacking out;
    int depth = staircase(items, p.order, p.chosen, gap, p.row, p.variant);
    if (depth > p.max_rows) {
        std::fill(p.chosen.begin(), p.chosen.end(), 0);
        std::size_t pos = 0;
        for (int round = 0; round < kRounds && pos < n; ++round) pos += p.longest_fit(pos) + 1;
        depth = staircase(items, p.order, p.chosen, gap, p.row, p.variant);
    }
    out.row = std::move(p.row);
    out.variant = std::move(p.variant);
    out.rows = depth;
    out.unlabelled = static_cast<std::size_t>(std::count(out.row.begin(), out.row.end(), -1));
    return out;
}

}  // namespace timegraph::timeline
