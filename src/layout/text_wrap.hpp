// Breaks text into lines no wider than a given width, measured with the real
// font metrics, so that layouts know the size of every label before placing it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "measure/text_metrics.hpp"

namespace timegraph::layout {

struct WrapStyle {
    double font_px = 12;
    measure::Style style = measure::Style::regular;
};

// Lines of at most max_width px (breaking between words, or inside a word
// longer than a line). With more than max_lines lines, the last one kept ends
// in an ellipsis. Always at least one line.
std::vector<std::string> wrap_text(std::string_view text, double max_width, int max_lines, const WrapStyle& style);

// The width of the widest line.
double widest(const std::vector<std::string>& lines, const WrapStyle& style);

}  // namespace timegraph::layout
