// Packs event labels into rows below their markers, in O(n log n). A label's
// box starts at its leader, a vertical line down from the marker, and no
// label covers another label or a leader on its way to a deeper row. A label may come in several widths (its text wrapped narrower):
// the packer takes the widest that sits as near its marker as any.
#pragma once

#include <cstddef>
#include <vector>

namespace timegraph::timeline {

struct LabelItem {
    double anchor = 0;           // x of the leader, and the left edge of the label's box
    std::vector<double> widths;  // possible widths, widest first; the box spans [anchor, anchor + width]
};

struct RowPacking {
    std::vector<int> row;      // per item: its row (0 nearest the markers), or -1 when it has no label
    std::vector<int> variant;  // per item: the index of the width it got
    int rows = 0;              // rows used
    std::size_t unlabelled = 0;
};

// Packs every item if at most max_rows rows suffice. Otherwise labels as many
// as fit, taking items in `priority` order (most important first). `gap` is
// the clear space kept between a label and the next label or leader.
RowPacking pack_label_rows(const std::vector<LabelItem>& items, const std::vector<std::size_t>& priority,
                           int max_rows, double gap);

}  // namespace timegraph::timeline
