// Text metrics from the real font the SVGs name (DejaVu Sans), measured with
// FreeType at build time. Layout measures every label before placing it.
#pragma once

#include <string_view>

namespace timegraph::measure {

enum class Style { regular, bold, italic };

// Width in px of one line of UTF-8 text at the given font size. Characters
// the font lacks are measured as the font's average advance.
double text_width(std::string_view text, double font_px, Style style = Style::regular);

// The same width in font units, which add up exactly: the width of "a b" is
// units("a") + units(" ") + units("b"), so wrapping can measure each word once.
long text_units(std::string_view text, Style style = Style::regular);
// Font units to px at a font size; text_width(t, px, s) == units_to_px(text_units(t, s), px, s).
double units_to_px(long units, double font_px, Style style = Style::regular);

// Line height used for a font size (1.2 em, DejaVu's own ascent + descent).
inline double line_height(double font_px) { return font_px * 1.2; }

}  // namespace timegraph::measure
