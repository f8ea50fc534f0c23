// Text laid out in lines by the real font's metrics, shared by every view:
// wrapping at spaces (or between characters, for a word too wide) and the
// baseline of a line box. Measures words once, in font units.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "measure/text_metrics.hpp"

namespace timegraph::measure {

// The baseline of a line of text whose line box (line_height) starts at top.
double baseline(double top, double font_px);

// Breaks text at spaces into lines no wider than max_width. A word wider than
// max_width is broken between characters. With max_lines > 0, text past the
// last line is dropped and that line ends in an ellipsis. Never returns an
// empty vector for non-empty text.
std::vector<std::string> wrap_text(std::string_view text, double font_px, Style style, double max_width,
                                   int max_lines = 0);

}  // namespace timegraph::measure
