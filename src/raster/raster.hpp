// PNG and PDF from an SVG, drawn by librsvg onto cairo surfaces, the engine
// pandoc and MediaWiki use. Text resolves through fontconfig; the drawing is
// refused unless it finds the face the layout measured text with, so that
// text still fits its boxes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace timegraph::raster {

struct Result {
    std::string bytes;
    std::optional<std::string> error;  // what went wrong; bytes is empty then
};

// cairo's image surfaces stop here, in pixels a side.
inline constexpr double kMaxPngSide = 32767;

// A PNG of the SVG at `scale` device pixels per SVG px (2: for a 192 dpi print).
Result to_png(std::string_view svg, double scale);
// A one-page PDF the size of the drawing, 1 px = 0.75 pt (96 px to the inch).
Result to_pdf(std::string_view svg);

// Why fontconfig would draw the stylesheet's family (regular, bold, italic)
// with another face than the measured one, if it would.
std::optional<std::string> font_problem();

}  // namespace timegraph::raster
