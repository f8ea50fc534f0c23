#include "measure/text_metrics.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace timegraph::measure {

namespace {

struct GlyphAdvance {
    unsigned code;
    long advance;  // font units
};

struct FontTable {
    const GlyphAdvance* glyphs;
    unsigned long count;
    int units_per_em;
};

#include "font_metrics.inc"

const FontTable& table(Style s) {
    switch (s) {
    case Style::bold: return bold_font;
    case Style::italic: return oblique_font;
    case Style::regular: break;
    }
    return regular_font;
}

long advance_of(const FontTable& f, char32_t c) {
    const GlyphAdvance* end = f.glyphs + f.count;
    const GlyphAdvance* it =
        std::lower_bound(f.glyphs, end, c, [](const GlyphAdvance& g, char32_t v) { return g.code < v; });
    if (it != end && it->code == c) return it->advance;
    // Missing glyphs fall back to another font at about the width of 'x' plus a bit: use 'M'-ish width.
    return f.units_per_em * 6 / 10;
}

}  // namespace

double text_width(std::string_view text, double font_px, Style style) {
    const FontTable& f = table(style);
    long units = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = core::utf8_sequence_length(text, i);
        if (len == 0) {
            units += advance_of(f, 0xFFFD);
            ++i;
            continue;
        }
        units += advance_of(f, core::utf8_decode(text, i));
        i += len;
    }
    return static_cast<double>(units) * font_px / f.units_per_em;
}

}  // namespace timegraph::measure
