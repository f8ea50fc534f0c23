// The one table of the visual vocabulary: the lane palette, the class names
// that layout writes and the stylesheet (render/style.cpp) and the page's
// script select on, and the text styles layout measures with and the
// stylesheet declares. Change a size or a colour here and both follow.
#pragma once

#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

#include "measure/text_metrics.hpp"

namespace timegraph::style {

// --- Lanes -----------------------------------------------------------------

struct LaneColours {
    const char* stroke;  // markers, outlines
    const char* tint;    // box fills
};

// Eight lane colours from Okabe–Ito, one per hue family, so that up to eight
// lanes never share a look: blue, orange (darkened to amber), bluish green,
// reddish purple, vermillion (more orange than the blocks red), sky blue
// (turned to cyan, apart from the blue), yellow (darkened to olive) and
// black (a dark grey). Each stroke has at least 3:1 contrast on white; the
// darkened ones differ in lightness too, so that they stay apart for
// protanopes and deuteranopes (checked by simulation, CIELAB distance at
// least 6 between any two, the blocks red and the no-lane grey included).
// The last entry is the no-lane lane.
inline constexpr LaneColours kLanes[] = {
    {"#0072B2", "#E0EEF6"}, {"#C48A00", "#F8F1E0"}, {"#009E73", "#E0F3EE"}, {"#A8508C", "#F5EAF1"},
    {"#DD5C1A", "#FBEBE4"}, {"#0096A8", "#E0F2F5"}, {"#54560A", "#EAEBE2"}, {"#333333", "#E7E7E7"},
    {"#8C8C8C", "#F1F1F1"},
};

// Past eight lanes the colours come round again, with another marker shape
// (and, on graph boxes, another outline), so that two lanes never look the
// same: lanes 0-7 circles, 8-15 diamonds, 16-23 triangles, 24-31 squares
// (shapes apart from the legend's square colour swatches come first).
enum class Mark { circle, diamond, triangle, square };
inline constexpr int kLaneColours = static_cast<int>(std::size(kLanes)) - 1;
inline constexpr int kMarks = 4;
Mark lane_mark(int lane_index, bool no_lane);
std::string mark_class(Mark m);  // "tg-mark-1"; "" for circles

// The page's background in its light and dark themes (the page's --bg): a
// lane's own colour (`colour:` under a lane) is checked for contrast on both.
inline constexpr const char* kLightBackground = "#FFFFFF";
inline constexpr const char* kDarkBackground = "#17181A";
// The contrast a lane colour needs on each background: WCAG's 3:1 for
// graphics, which every palette colour meets on white.
inline constexpr double kLaneContrast = 3.0;

// A period's band: a neutral grey, faint, so that the lanes' tints and the
// events show through it, and its title's colour.
inline constexpr const char* kPeriodFill = "#7A6F9B";
inline constexpr double kPeriodOpacity = 0.12;
inline constexpr const char* kPeriodInk = "#4A4463";

// The red of `blocks` links, distinct from every lane colour.
inline constexpr const char* kBlocksColour = "#C8102E";
// A feedback link (a block that ends an event under way, closing a loop of
// links): the blocks red, heavier and dash-dotted, so that it reads as a
// block and as the one link that runs back against time.
inline constexpr const char* kFeedbackDash = "9 3 2 3";
inline constexpr double kFeedbackWidth = 2;

// The CSS classes ("lane-N", and past eight lanes "lane-N tg-mark-K") that
// colour and shape an event of the given lane. Lanes cycle through the
// palette; the last colour is for events without a lane.
std::string lane_class(int lane_index, bool no_lane);
// The class of palette slot i (0 .. std::size(kLanes) - 1).
std::string lane_slot_class(std::size_t slot);

// The colours behind lane_class, for outputs that carry no stylesheet (DOT).
LaneColours lane_colours(int lane_index, bool no_lane);

// --- Text ------------------------------------------------------------------

// The family every text is set in: the font measure/ reads its widths from,
// which the stylesheet names first and PNG and PDF output must resolve to.
inline constexpr const char* kFontFamily = "DejaVu Sans";

// A kind of text: the class that styles it, and the size and face the
// stylesheet gives it, which layout measures it at.
struct TextStyle {
    const char* cls;
    double px;
    measure::Style face = measure::Style::regular;
};

inline constexpr TextStyle kTitle{"tg-title", 20, measure::Style::bold};
inline constexpr TextStyle kSubtitle{"tg-subtitle", 14};
inline constexpr TextStyle kEventTitle{"tg-label", 12};
inline constexpr TextStyle kDate{"tg-date", 11};
inline constexpr TextStyle kLinkLabel{"tg-link-label", 10, measure::Style::italic};
inline constexpr TextStyle kLaneName{"tg-lane-name", 12, measure::Style::bold};
inline constexpr TextStyle kTick{"tg-tick", 11};
inline constexpr TextStyle kLegend{"tg-legend", 11};
inline constexpr TextStyle kNote{"tg-note", 11, measure::Style::italic};
inline constexpr TextStyle kCredit{"tg-credit", 10};
inline constexpr TextStyle kPeriodTitle{"tg-period-title", 11, measure::Style::italic};

// The zoom factors at which the page reveals the smaller event titles that
// the timeline lays out (timeline/label_tiers.hpp): a tier z title is drawn
// at kEventTitle.px / z and reads as kEventTitle.px once zoomed by z.
inline constexpr int kLabelTiers[] = {2, 4, 8};
std::string tier_class(int zoom);  // "tg-tier-2"

// The page's vertical timeline (page/page.hpp), drawn beside the horizontal
// one: its ids begin with kDownIdPrefix, so that the two keep unique ids, and
// the page shows it instead of the horizontal one where that would draw its
// event titles smaller than kNarrowTitlePx.
inline constexpr const char* kDownIdPrefix = "down-";
inline constexpr double kNarrowTitlePx = 9;

// --- Class names -------------------------------------------------------------

// The classes layout writes into the Scene; the stylesheet and page.js select
// on the same names. Text classes are in the TextStyles above.
namespace cls {
inline constexpr const char* root = "tg";               // every <svg>
inline constexpr const char* down = "down";             // an <svg> whose time runs down (graph or timeline)
inline constexpr const char* background = "tg-bg";
inline constexpr const char* heading = "tg-heading";    // frame blocks
inline constexpr const char* legend_block = "tg-legend-block";
inline constexpr const char* credit_block = "tg-credit-block";
inline constexpr const char* swatch = "tg-swatch";
inline constexpr const char* lanes = "tg-lanes";        // lane bands
inline constexpr const char* lane = "tg-lane";
inline constexpr const char* band = "tg-band";
inline constexpr const char* odd = "odd";               // every other band
inline constexpr const char* axis_group = "tg-axis-group";  // the time axis
inline constexpr const char* axis = "tg-axis";
inline constexpr const char* squeezed = "tg-squeezed";
inline constexpr const char* context = "tg-context";
inline constexpr const char* axis_break = "tg-break";
inline constexpr const char* break_gap = "tg-break-gap";
inline constexpr const char* grid_group = "tg-grid-group";
inline constexpr const char* grid = "tg-grid";
inline constexpr const char* events = "tg-events";      // the layer of events
inline constexpr const char* event = "tg-event";
inline constexpr const char* node = "tg-node";          // a graph box
inline constexpr const char* dot = "tg-dot";            // timeline markers
inline constexpr const char* bar = "tg-bar";
inline constexpr const char* fuzzy = "tg-fuzzy";
inline constexpr const char* leader = "tg-leader";
inline constexpr const char* label_ground = "tg-label-bg";
inline constexpr const char* tier = "tg-tier";
inline constexpr const char* expected = "expected";     // event status
inline constexpr const char* uncertain = "uncertain";
inline constexpr const char* marker = "tg-marker";      // a marker's shape in a legend swatch
inline constexpr const char* links = "tg-links";        // the layer of links
inline constexpr const char* link_group = "tg-link-group";  // a timeline link
inline constexpr const char* edge = "tg-edge";          // a graph link
inline constexpr const char* link = "tg-link";          // its curve
inline constexpr const char* stub = "tg-stub";          // a link drawn as a stub at each end
inline constexpr const char* head = "tg-head";          // arrow head marker
inline constexpr const char* bar_head = "tg-bar-head";  // `blocks` head marker
inline constexpr const char* quiet = "tg-quiet";        // links too many to draw
inline constexpr const char* density = "tg-density";    // a dense timeline lane's histogram of events
// A link that stands for a chain through events a figure leaves out: the
// name of its kind (model::LinkKind::elided), drawn dotted.
inline constexpr const char* elided = "elided";
// A feedback link's group (and its legend sample): see kFeedbackDash.
inline constexpr const char* feedback = "feedback";
// Periods (`period ID`): their layer, and each shaded band behind the events.
inline constexpr const char* periods = "tg-periods";
inline constexpr const char* period = "tg-period";
// An event or link outside the chain a figure highlights, and the arrow
// heads of such links (markers cannot take their link's colour).
inline constexpr const char* muted = "tg-muted";
inline constexpr const char* muted_head = "tg-muted-head";
inline constexpr const char* key = "tg-key";            // the timeline's key
inline constexpr const char* key_block = "tg-key-block";
inline constexpr const char* note_block = "tg-note-block";
inline constexpr const char* hidden = "tg-hidden";      // a hook: nothing in timegraph sets it now
}  // namespace cls

// Class names joined by spaces: classes({cls::band, cls::odd}) == "tg-band odd".
std::string classes(std::initializer_list<std::string_view> names);
// Whether a space-separated class list holds this name.
bool has_class(std::string_view list, std::string_view name);

}  // namespace timegraph::style
