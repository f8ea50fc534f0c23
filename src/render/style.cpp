// The one stylesheet both views carry, built from the vocabulary in
// style/style.hpp: the lane palette (Okabe–Ito, distinct for colour-blind
// readers), the `blocks` red that no lane uses, the text sizes layout
// measures with, and the class names layout writes. Structure is grey so
// that events and links carry the ink.
#include <array>

#include <fmt/format.h>

#include "render/svg_writer.hpp"
#include "style/lane_colour.hpp"
#include "style/style.hpp"

namespace timegraph::render {

namespace {

namespace cls = style::cls;

std::string sel(const char* name) { return std::string(".") + name; }

// ".tg-title{font-size:20px;font-weight:bold;fill:#111111}", from the table.
std::string text_rule(const style::TextStyle& t, std::string_view rest) {
    const char* face = t.face == measure::Style::bold     ? ";font-weight:bold"
                       : t.face == measure::Style::italic ? ";font-style:italic"
                                                          : "";
    return fmt::format(".{}{{font-size:{:g}px{};{}}}", t.cls, t.px, face, rest);
}

std::string shared_rules() {
    std::string css = sel(cls::root) + "{font-family:'" + style::kFontFamily + "',Verdana,sans-serif}";
    css += sel(cls::background) + "{fill:#ffffff}";
    css += text_rule(style::kTitle, "fill:#111111");
    css += text_rule(style::kSubtitle, "fill:#444444");
    css += text_rule(style::kCredit, "fill:#595959");
    css += text_rule(style::kLegend, "fill:#333333");
    css += text_rule(style::kDate, "fill:#595959");
    css += text_rule(style::kEventTitle, "fill:#111111");
    css += text_rule(style::kLaneName, "fill:#333333");
    css += sel(cls::band) + "{fill:#f5f5f2}";
    css += sel(cls::band) + sel(cls::odd) + "{fill:#ffffff}";
    css += sel(cls::grid) + "{stroke:#e2e2e2;stroke-width:1;fill:none}";
    css += sel(cls::axis) + "{stroke:#999999;stroke-width:1;fill:none}";
    css += text_rule(style::kTick, "fill:#555555");
    css += sel(cls::axis_break) + "{stroke:#888888;stroke-width:1.2;fill:none}";
    css += sel(cls::break_gap) + "{fill:#ffffff}";
    css += sel(cls::leader) + "{stroke:#b0b0b0;stroke-width:1;fill:none}";
    css += sel(cls::link) + "{fill:none;stroke:#555555;stroke-width:1.3}";
    css += sel(cls::quiet) + " " + sel(cls::link_group) + "{display:none}";
    // Link kinds are the model's own words (causes, enables, blocks).
    css += sel(cls::link) + ".enables{stroke-dasharray:5 3}";
    css += sel(cls::link) + ".blocks{stroke:" + style::kBlocksColour + "}";
    css += text_rule(style::kLinkLabel, "fill:#444444;paint-order:stroke;stroke:#ffffff;stroke-width:3px;"
                                        "stroke-linejoin:round");
    css += sel(cls::head) + "{fill:#555555}";
    css += sel(cls::bar_head) + "{stroke:" + style::kBlocksColour + ";stroke-width:2.5;fill:none}";
    css += sel(cls::node) + "{fill:#ffffff;stroke:#999999;stroke-width:1.5}";
    css += sel(cls::dot) + "{fill:#777777;stroke:#ffffff;stroke-width:1}";
    css += sel(cls::bar) + "{fill:#777777}";
    // Translucency by fill and stroke opacity, never `opacity`: each element
    // with `opacity` is a compositing effect of its own, and thousands of
    // them made a browser's every frame of a 10,000-event page 8 ms slower.
    css += sel(cls::fuzzy) + "{fill-opacity:0.3}";
    const std::string expected = sel(cls::expected) + " ";
    css += expected + sel(cls::node) + "," + expected + sel(cls::dot) + "," + expected + sel(cls::bar) +
           "{fill:#ffffff;stroke-dasharray:3 2;stroke-width:1.5}";
    // Uncertain: a dotted outline (dashes are "expected"), the fill kept.
    css += sel(cls::uncertain) + " " + sel(cls::node) + "{stroke-dasharray:1.5 2.5;stroke-linecap:round;stroke-width:2}";
    // Past eight lanes: the colours again, with a heavier outline, a deeper
    // fill, or both (style::Mark); the timeline's markers change shape.
    for (int m = 1; m < style::kMarks; ++m) {
        std::string mark = "." + style::mark_class(static_cast<style::Mark>(m)) + " " + sel(cls::node);
        if (m & 1) css += mark + "{stroke-width:3}";
    }
    css += sel(cls::hidden) + "{display:none}";
    return css;
}

std::string timeline_rules() {
    // Labels sit over link curves on a ground of their band's colour (.tg-band).
    std::string css = sel(cls::label_ground) + "{fill:#f5f5f2}";
    css += sel(cls::label_ground) + sel(cls::odd) + "{fill:#ffffff}";
    css += sel(style::kTick.cls) + sel(cls::context) + "{fill:#333333}";
    // Titles the page reveals as it zooms: kEventTitle.px once zoomed by their tier.
    css += sel(cls::tier) + "{display:none}";
    for (int z : style::kLabelTiers)
        css += fmt::format(".{}.{}{{font-size:{:g}px}}", style::kEventTitle.cls, style::tier_class(z),
                           style::kEventTitle.px / z);
    for (int z : style::kLabelTiers)
        css += fmt::format(".{}.{}{{stroke-width:{:g}}}", cls::leader, style::tier_class(z), 1.0 / z);
    css += sel(cls::axis) + sel(cls::squeezed) + "{stroke-dasharray:1 3;stroke-width:1.5}";
    css += text_rule(style::kNote, "fill:#595959");
    // Uncertain: a lighter fill inside a dotted outline of the lane's colour
    // (lane_rules), never `opacity` (see above).
    const std::string uncertain = sel(cls::uncertain) + " ";
    css += uncertain + sel(cls::dot) + "," + uncertain + sel(cls::bar) +
           "{fill-opacity:0.3;stroke-dasharray:1.5 1.5;stroke-width:1.5}";
    css += uncertain + sel(cls::bar) + sel(cls::fuzzy) + "{fill-opacity:0.15}";
    css += sel(cls::key) + sel(cls::uncertain) + " " + sel(cls::dot) + "{stroke:#777777}";
    css += sel(cls::expected) + " " + sel(cls::bar) + sel(cls::fuzzy) + "{fill-opacity:1;stroke-opacity:1}";
    css += sel(cls::key) + sel(cls::expected) + " " + sel(cls::dot) + "{stroke:#777777}";
    return css;
}

// The rules that colour the events and swatches of one lane class.
std::string lane_rule(const std::string& lane, std::string_view tint, std::string_view stroke) {
    return fmt::format("{0} .{3}{{fill:{1};stroke:{2}}}"
                       "{0} .{4},{0} .{5},.{6}{0}{{fill:{2}}}"
                       ".{7}{0} .{4},.{7}{0} .{5}{{fill:#ffffff;stroke:{2}}}"
                       ".{8}{0} .{4},.{8}{0} .{5}{{stroke:{2}}}",
                       lane, tint, stroke, cls::node, cls::dot, cls::bar, cls::swatch, cls::expected, cls::uncertain);
}

std::string lane_rules() {
    std::string css;
    for (std::size_t i = 0; i < std::size(style::kLanes); ++i) {
        const auto& c = style::kLanes[i];
        const std::string lane = sel(style::lane_slot_class(i).c_str());
        css += lane_rule(lane, c.tint, c.stroke);
        // The deeper fill of style::Mark 2 and 3: the lane's own colour, faint.
        for (int m = 2; m < style::kMarks; ++m)
            css += fmt::format(".{0}{1} .{2}{{fill:{3};fill-opacity:0.3}}",
                               style::mark_class(static_cast<style::Mark>(m)), lane, cls::node, c.stroke);
    }
    return css;
}

// A figure's rules: its elided links, and what lies outside a highlighted chain fades, by fill and stroke opacity
// (never `opacity`, as above), keeping its lane's hue. Last, and one class
// more specific than the lane and status rules, so that it wins over them.
std::string figure_rules() {
    // An elided link is no link of the model: dotted, and a little heavier so that the dots read.
    std::string css = sel(cls::link) + sel(cls::elided) + "{stroke-dasharray:0.1 3.4;stroke-linecap:round;stroke-width:2}";
    const std::string muted = sel(cls::muted);
    const std::string event = sel(cls::event) + muted + " ";
    css += event + sel(cls::node) + "{fill-opacity:0.35;stroke-opacity:0.3}";
    css += event + sel(cls::dot) + "," + event + sel(cls::bar) + "{fill-opacity:0.3;stroke-opacity:0.3}";
    css += event + sel(cls::bar) + sel(cls::fuzzy) + "{fill-opacity:0.12}";
    css += event + sel(cls::leader) + "{stroke-opacity:0.4}";
    css += muted + " text{fill-opacity:0.4}";
    css += muted + " " + sel(cls::link) + "{stroke-opacity:0.3}";
    css += sel(cls::head) + sel(cls::muted_head) + "{fill-opacity:0.3}";
    css += sel(cls::bar_head) + sel(cls::muted_head) + "{stroke-opacity:0.3}";
    return css;
}

// Periods' bands and titles, only in drawings that have them (as feedback_rules).
std::string period_rules() {
    return fmt::format("{}{{fill:{};fill-opacity:{:g};stroke:none}}", sel(cls::period), style::kPeriodFill,
                       style::kPeriodOpacity) +
           text_rule(style::kPeriodTitle, std::string("fill:") + style::kPeriodInk);
}

// Feedback links, only in drawings that have them (as figure_rules), so that
// the output of a model without one stays what it was.
std::string feedback_rules() {
    const std::string link = sel(cls::feedback) + " " + sel(cls::link) + "," + sel(cls::link) + sel(cls::feedback);
    return fmt::format("{}{{stroke:{};stroke-dasharray:{};stroke-width:{:g}}}", link, style::kBlocksColour,
                       style::kFeedbackDash, style::kFeedbackWidth);
}

}  // namespace

std::string own_lane_rules(const std::vector<std::pair<std::string, std::string>>& lanes) {
    std::string css;
    for (const auto& [cls, colour] : lanes) css += lane_rule(sel(cls.c_str()), style::tint_of(colour), colour);
    return css;
}

const std::string& stylesheet(bool figures, bool feedback, bool periods) {
    // Figure rules last: they must win over the others.
    static const std::array<std::string, 8> sheets = [] {
        std::array<std::string, 8> out;
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = shared_rules() + timeline_rules() + lane_rules() + ((i & 4) ? period_rules() : "") +
                     ((i & 2) ? feedback_rules() : "") + ((i & 1) ? figure_rules() : "");
        return out;
    }();
    return sheets[(periods ? 4u : 0u) + (feedback ? 2u : 0u) + (figures ? 1u : 0u)];
}

}  // namespace timegraph::render
