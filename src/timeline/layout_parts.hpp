// The timeline's layout state and the parts both directions share: the
// geometry, the events and lanes as placed, and the helpers that place and
// draw them. Internal to the stage: timeline.cpp (time running right) and
// timeline_down.cpp (time running down) include it; no other stage does.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/progress.hpp"
#include "frame/frame.hpp"
#include "graph/event_graph.hpp"
#include "scene/scene.hpp"
#include "style/style.hpp"
#include "timeline/label_tiers.hpp"
#include "timeline/link_routes.hpp"
#include "timeline/timeline.hpp"
#include "timescale/time_scale.hpp"

namespace timegraph::timeline::detail {

using frame::kMargin;
using scene::Point;
using timescale::Minutes, timescale::Tick, timescale::TimeScale, timescale::TimeSpan;
namespace cls = style::cls;

// Geometry, on a 4 px grid where it can be.
constexpr double kLabelReserve = 124;  // px right of the axis where the last labels may run
constexpr double kMaxOneLine = 420;    // a label of one line, date and title side by side
constexpr double kInlineGap = 6;       // between them
constexpr double kMaxLabelWidth = 320;  // a label where there is room; narrower ones wrap at 200, 150 and 110
constexpr double kDotR = 5;
constexpr double kBarH = 10;
constexpr double kMarkerPitch = 16;
constexpr double kCorridor = 16;  // room above a lane's markers for links within the lane
constexpr double kLabelGap = 8;   // clear space right of a label, before the next label or leader
constexpr double kTextInset = 3;  // from a leader to its label's text
constexpr double kRowGap = 6;     // between label rows
constexpr double kDatePitch = 13;   // 11 px date lines
constexpr double kTitlePitch = 15;  // 12 px title lines
constexpr double kLaneNameMax = 140;
constexpr double kLinkInset = kDotR + 1;  // links start and end just outside a marker
constexpr double kBreakWidth = 24;
constexpr double kDownMarkerGap = 48;  // down the page: room for a label of three lines beside each marker
constexpr double kDownTickGap = 12;    // between tick labels down the axis
constexpr double kDownTickExtent = 14; // what a tick label takes down the axis: its line
constexpr int kMaxLabelRows = 12;
constexpr int kMaxMarkerRows = 6;
constexpr double kPxPerMarker = 3;   // more markers than one per this many px: a dense lane
constexpr double kPxPerLabel = 60;   // a dense lane offers labels to one event per this many px
constexpr int kDenseLabelRows = 3;
constexpr double kDensityBin = 4;    // px of the density histogram's bins
constexpr double kDensityHeight = 22;
constexpr double kTierMaxWidth = 300;  // a revealed label's one line, at 12 px
constexpr double kTierPitch = 15;      // its box's height at 12 px
constexpr double kTierBaseline = 11.5; // from the top of that box
constexpr double kTierPad = 2;         // its ground reaches this far past the text
constexpr double kTierGap = 2;         // clear space around it, at 12 px
constexpr double kTierMaxLeader = 400; // its longest leader, at 12 px

// Text as the stylesheet sets it (style/style.hpp).
using Font = style::TextStyle;
inline constexpr const Font& kDateFont = style::kDate;
inline constexpr const Font& kTitleFont = style::kEventTitle;
inline constexpr const Font& kLaneFont = style::kLaneName;

enum class Shape { dot, bar, fuzzy };

struct LabelText {
    std::vector<std::string> date_lines, title_lines;
    double width = 0, height = 0;
    double title_dx = 0;  // > 0: one line, the title this far right of the date
};

// One event as drawn.
struct Placed {
    graph::Vertex v = 0;
    const model::Event* ev = nullptr;
    std::size_t lane = 0;
    Minutes lo = 0, hi = 0;  // clipped to the domain
    bool runs_on = false;    // continues past the end of the axis
    Shape shape = Shape::dot;
    double x0 = 0, x1 = 0;  // marker extent; a dot has x0 == x1
    double y = 0;           // marker centre
    int marker_row = 0;
    std::vector<LabelText> variants;  // the label at a few widths, widest first
    double text_x = 0;
    int label_row = -1, variant = 0;  // label_row: -1 when unlabelled
    bool above = false;               // the label hangs above the markers
    double label_top = 0;             // lane-local until the lane is stacked
    int degree = 0;  // links touching it: busier events keep their labels first
    bool label_candidate = true;  // false in a dense lane, for all but its busiest events
    TierLabel tier;  // a label the page reveals when zoomed in, when the rows had no room
    std::string tier_text;

    const LabelText& label() const { return variants[static_cast<std::size_t>(variant)]; }
};

struct Lane {
    std::string id, name, cls;
    int index = 0;         // in the model's lanes: its colour and marker shape
    bool no_lane = false;  // the final lane of events without one
    std::vector<std::size_t> items;  // into Layout::items, in date order
    std::vector<std::string> name_lines;
    int marker_rows = 1;
    bool dense = false;  // markers crowd: the lane draws their density, and labels its busiest events
    bool odd = false;  // every other band is tinted
    double upper = 0;    // the labels above the corridor: how far they reach over it
    double top = 0, height = 0;
};

struct Layout {
    const graph::EventGraph& eg;
    TimelineOptions opt;
    double width = 0;
    TimeSpan domain;
    std::vector<Placed> items;
    std::vector<int> item_of;  // vertex -> index into items, or -1 when not shown
    std::vector<Lane> lanes;
    double plot_x0 = 0, plot_x1 = 0;
    std::size_t out_of_range = 0, unlabelled = 0, revealed = 0, hidden_links = 0;
    TimeScale scale;
    // The scale spaces markers as if in one lane: down the page in the narrow
    // form, whose labels all stand in one text column.
    bool one_column = false;
};

struct Router {
    const Layout& L;
    Occupancy texts;
    TextColumns columns;
    double x1;  // the furthest a route's column may lie along the time axis
};

// Text
std::vector<std::string> wrap(std::string_view text, const Font& f, double max_width, int max_lines);
double widest_word(std::string_view text, const Font& f);
std::string date_text(const model::Event& e);
LabelText wrap_label(const std::string& date, const std::string& title, double room, int max_lines = 4);
std::optional<LabelText> run_in_label(const std::string& date, const std::string& title, double room,
                                      int max_lines = 4);

// Events, markers and the scale
void collect_events(Layout& L);
Shape shape_of(const model::Date& d);
void fit_scale(Layout& L);
void place_marker(const Layout& L, Placed& p);
double marker_left(const Placed& p);
double marker_right(const Placed& p);
void assign_marker_rows(Layout& L, Lane& lane, int max_rows = kMaxMarkerRows);
double marker_y(const Lane& lane, int row);

// Drawing
scene::Group make_group(std::string id, std::string classes, std::string data_id = {});
scene::Text text(double x, double y, std::string s, std::string classes, scene::Anchor a = scene::Anchor::start);
scene::Path line(Point a, Point b, std::string classes);
std::pair<std::string, std::string> scale_data(const TimeScale& scale);
scene::Group event_shell(const Layout& L, const Placed& p);
void add_label_text(const Lane& lane, const Placed& p, scene::Group& g);

// Links: `boxes` are the texts to keep clear of, in the layout's own frame.
Router make_router(const Layout& L, const std::vector<Box>& boxes, double x1, double y1);
scene::Group links_group(Layout& L, const std::function<Router()>& routes);

// Time running down (timeline_down.cpp): the events' shapes, then the body
// from `top`; returns the bottom of the columns.
void prepare_down(Layout& L);
double add_body_down(Layout& L, scene::Scene& s, double top, core::Progress& progress);

}  // namespace timegraph::timeline::detail
