// The only code that prints SVG. One number format (no exponents, no -0),
// one escaping function, one stylesheet: whatever the model holds, the output
// is well-formed XML that is safe to paste into HTML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scene/scene.hpp"

namespace timegraph::render {

// Escapes text for XML content and attribute values; characters XML cannot
// carry become U+FFFD.
std::string xml_escape(std::string_view text);

// Fixed-point with at most two decimals: 12.5, 3, -0.25; never "-0" or "1e-05".
std::string format_number(double v);

// The stylesheet every SVG carries (lane palette, link kinds, text sizes).
// With `figures`, also the rules for a figure's muted events and links and
// its elided links: only a drawing that has them carries those rules. With
// `feedback`, the rules for feedback links, likewise.
// With `periods`, the rules for period bands.
const std::string& stylesheet(bool figures = false, bool feedback = false, bool periods = false);

// The rules for lanes with a colour of their own (scene::Scene::lane_colours),
// written after the stylesheet so that they win over the palette's.
std::string own_lane_rules(const std::vector<std::pair<std::string, std::string>>& lanes);

// Whether a scene has muted events or links, or elided links.
bool uses_figure_classes(const scene::Scene& s);
// Whether a scene draws a feedback link (or its legend entry).
bool uses_feedback_class(const scene::Scene& s);
// Whether a scene draws period bands.
bool uses_period_class(const scene::Scene& s);

struct SvgOptions {
    bool xml_declaration = true;  // for a file of its own; not inside HTML
    bool embed_style = true;      // the page carries the stylesheet once, in its own <style>
    // Put before every id the SVG defines and refers to (its groups', its
    // title's, its markers'), so that a second drawing of one view can share
    // a page with the first (style::kDownIdPrefix).
    std::string id_prefix;
};

std::string write_svg(const scene::Scene& s, const SvgOptions& options = {});

// An SVG written for a file of its own, with where its inline form lies in
// it: the same text without the XML declaration and the <style> element.
// The page takes the inline form as these two pieces, so a big view's text
// is formatted once and held once.
struct SvgDocument {
    std::string text;
    std::size_t declaration_end = 0;             // just past the XML declaration's line
    std::size_t style_begin = 0, style_end = 0;  // the <style> element's line
    std::vector<std::string_view> inline_pieces() const;
};

SvgDocument write_svg_document(const scene::Scene& s);

}  // namespace timegraph::render
