#include "measure/text_metrics.hpp"

#include <algorithm>
#include <array>

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

long lookup(const FontTable& f, char32_t c) {
    const GlyphAdvance* end = f.glyphs + f.count;
    const GlyphAdvance* it =
        std::lower_bound(f.glyphs, end, c, [](const GlyphAdvance& g, char32_t v) { return g.code < v; });
    if (it != end && it->code == c) return it->advance;
    // Missing glyphs fall back to another font at about the width of 'x' plus a bit: use 'M'-ish width.
    return f.units_per_em * 6 / 10;
}

// ASCII, which most labels are, from a table instead of a search.
struct AsciiAdvances {
    std::array<long, 128> units{};
    explicit AsciiAdvances(const FontTable& f) {
        for (char32_t c = 0; c < 128; ++c) units[c] = lookup(f, c);
    }
};

const AsciiAdvances& ascii(Style s) {
    static const AsciiAdvances regular(regular_font), bold(bold_font), oblique(oblique_font);
    switch (s) {
    case Style::bold: return bold;
    case Style::italic: return oblique;
    case Style::regular: break;
    }
    return regular;
}

}  // namespace

long text_units(std::string_view text, Style style) {
    const FontTable& f = table(style);
    const auto& fast = ascii(style).units;
    long units = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            units += fast[byte];
            ++i;
            continue;
        }
        std::size_t len = core::utf8_sequence_length(text, i);
        if (len == 0) {
            units += lookup(f, 0xFFFD);
            ++i;
            continue;
        }
        units += lookup(f, core::utf8_decode(text, i));
        i += len;
    }
    return units;
}

double units_to_px(long units, double font_px, Style style) {
    return static_cast<double>(units) * font_px / table(style).units_per_em;
}

double text_width(std::string_view text, double font_px, Style style) {
    return units_to_px(text_units(text, style), font_px, style);
}

}  // namespace timegraph::measure
