#include "timeline/timeline.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <set>

#include <fmt/format.h>

#include "core/progress.hpp"
#include "core/text.hpp"
#include "frame/frame.hpp"
#include "graph/queries.hpp"
#include "graph/subset.hpp"
#include "measure/text_metrics.hpp"
#include "measure/text_wrap.hpp"
#include "style/lane_colour.hpp"
#include "style/style.hpp"
#include "timeline/label_place.hpp"
#include "timeline/label_rows.hpp"
#include "timeline/label_tiers.hpp"
#include "timeline/layout_parts.hpp"
#include "timeline/link_routes.hpp"

namespace timegraph::timeline {

using frame::Block, frame::kBlockGap, frame::kMargin, frame::shift;
using measure::baseline, measure::wrap_text;
using timescale::Minutes, timescale::ScaleOptions, timescale::Tick, timescale::TimeScale, timescale::TimeSpan;

namespace detail {


std::vector<std::string> wrap(std::string_view text, const Font& f, double max_width, int max_lines) {
    auto lines = wrap_text(text, f.px, f.face, max_width, max_lines);
    if (lines.empty()) lines.emplace_back();
    return lines;
}

double widest_word(std::string_view text, const Font& f) {
    double w = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find(' ', i);
        if (j == std::string_view::npos) j = text.size();
        w = std::max(w, measure::text_width(text.substr(i, j - i), f.px, f.face));
        i = j + 1;
    }
    return w;
}

double widest(const std::vector<std::string>& lines, const Font& f) {
    double w = 0;
    for (const auto& l : lines) w = std::max(w, measure::text_width(l, f.px, f.face));
    return w;
}


// ---------------------------------------------------------------------------
// What to draw

TimeSpan event_span(const model::Event& e) { return {e.date.earliest(), e.date.latest()}; }

// The domain is what the events cover (an ongoing range counts up to the end
// of its start), unless --from / --to narrow or widen it.
TimeSpan find_domain(const graph::EventGraph& eg, const TimelineOptions& opt) {
    TimeSpan d{model::kOpenEnd, -model::kOpenEnd};
    for (const auto& e : eg.document.events) {
        d.lo = std::min(d.lo, e.date.earliest());
        Minutes hi = e.date.open ? e.date.start.last_minute() : e.date.latest();
        d.hi = std::max(d.hi, hi);
    }
    if (opt.from) d.lo = *opt.from;
    if (opt.to) d.hi = *opt.to;
    // A bound past every event leaves an empty range: keep the bound asked
    // for (an axis of one instant, no events), never the other end's events.
    if (d.hi < d.lo) {
        if (opt.from) d.hi = d.lo;
        else d.lo = d.hi;
    }
    return d;
}

bool in_domain(const TimeSpan& s, const TimeSpan& domain) { return s.hi >= domain.lo && s.lo <= domain.hi; }

Lane make_lane(const model::Document& doc, std::string id, std::string name, int index, bool no_lane) {
    Lane lane;
    lane.id = std::move(id);
    lane.name = std::move(name);
    lane.cls = style::lane_class(doc, index, no_lane);
    lane.index = index;
    lane.no_lane = no_lane;
    return lane;
}

void mark_odd_lanes(Layout& L) {
    for (std::size_t i = 0; i < L.lanes.size(); ++i) L.lanes[i].odd = i % 2 == 1;
}

void make_lanes(Layout& L) {
    const auto& doc = L.eg.document;
    for (std::size_t i = 0; i < doc.lanes.size(); ++i)
        L.lanes.push_back(make_lane(doc, doc.lanes[i].id, doc.lanes[i].name, static_cast<int>(i), false));
    bool any_unlaned = std::any_of(doc.events.begin(), doc.events.end(),
                                   [&](const auto& e) { return e.lane.empty() || doc.find_lane(e.lane) < 0; });
    // Events without a lane go in a final lane, named as the legend names it.
    if (any_unlaned) L.lanes.push_back(make_lane(doc, "", doc.lanes.empty() ? "" : "Other", 0, true));
}

// A figure that leaves events out draws no band for a lane it left empty.
void drop_empty_lanes(Layout& L) {
    if (L.opt.left_out == 0) return;
    std::vector<std::size_t> index(L.lanes.size());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < L.lanes.size(); ++i) {
        index[i] = kept;
        if (L.lanes[i].items.empty()) continue;
        if (kept != i) L.lanes[kept] = std::move(L.lanes[i]);
        ++kept;
    }
    L.lanes.resize(kept);
    for (auto& p : L.items) p.lane = index[p.lane];
}

void collect(Layout& L) {
    const auto& doc = L.eg.document;
    L.item_of.assign(boost::num_vertices(L.eg.g), -1);
    for (graph::Vertex v : graph::by_date(L.eg)) {
        const auto& e = L.eg.event(v);
        TimeSpan s = event_span(e);
        if (!in_domain(s, L.domain)) {
            ++L.out_of_range;
            continue;
        }
        Placed p;
        p.v = v;
        p.ev = &e;
        int lane = e.lane.empty() ? -1 : doc.find_lane(e.lane);  // -1: the final, unnamed lane
        p.lane = lane < 0 ? L.lanes.size() - 1 : static_cast<std::size_t>(lane);
        p.lo = std::max(s.lo, L.domain.lo);
        p.hi = std::min(s.hi, L.domain.hi);
        p.runs_on = s.hi > L.domain.hi;
        p.degree = static_cast<int>(boost::in_degree(v, L.eg.g) + boost::out_degree(v, L.eg.g));
        L.item_of[v] = static_cast<int>(L.items.size());
        L.lanes[p.lane].items.push_back(L.items.size());
        L.items.push_back(std::move(p));
    }
}

// The lane names' column: as wide as the widest name, within limits.
double lane_column(Layout& L) {
    double widest_name = 0;
    double limit = std::min(kLaneNameMax, L.width / 5);
    for (auto& lane : L.lanes) {
        if (lane.name.empty()) continue;
        lane.name_lines = wrap(lane.name, kLaneFont, limit, 3);
        widest_name = std::max(widest_name, widest(lane.name_lines, kLaneFont));
    }
    return widest_name > 0 ? widest_name + 20 : 8;
}

// ---------------------------------------------------------------------------
// Markers

// A dot says "on this day / at this minute"; a bar is a range; a faint bar is
// the whole stretch a coarse or approximate date could mean.
Shape shape_of(const model::Date& d) {
    bool fine = d.precision() >= model::Precision::day;
    if (!fine || d.approximate()) return Shape::fuzzy;
    return d.is_range() ? Shape::bar : Shape::dot;
}

void place_marker(const Layout& L, Placed& p) {
    p.shape = shape_of(p.ev->date);
    if (p.shape == Shape::dot) {
        p.x0 = p.x1 = L.scale.x(p.lo + (p.hi - p.lo) / 2);
        return;
    }
    p.x0 = L.scale.x(p.lo);
    p.x1 = p.runs_on ? L.plot_x1 : L.scale.x(p.hi);
    if (p.x1 - p.x0 < kBarH) {  // too short to see as a bar: keep it at least as wide as a dot
        double mid = (p.x0 + p.x1) / 2;
        p.x0 = mid - kBarH / 2;
        p.x1 = mid + kBarH / 2;
    }
}

double marker_left(const Placed& p) { return p.shape == Shape::dot ? p.x0 - kDotR : p.x0; }
double marker_right(const Placed& p) { return p.shape == Shape::dot ? p.x1 + kDotR : p.x1; }

// Markers that would touch go to further rows, the lowest free row first. Past
// the row limit they share the row that frees up first: every marker is kept.
void assign_marker_rows(Layout& L, Lane& lane, int max_rows) {
    std::vector<std::size_t> order = lane.items;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        double xa = marker_left(L.items[a]), xb = marker_left(L.items[b]);
        return xa != xb ? xa < xb : a < b;
    });
    std::set<int> free_rows;
    std::priority_queue<std::pair<double, int>, std::vector<std::pair<double, int>>, std::greater<>> busy;
    int used = 0;
    for (std::size_t i : order) {
        Placed& p = L.items[i];
        while (!busy.empty() && busy.top().first < marker_left(p)) {
            free_rows.insert(busy.top().second);
            busy.pop();
        }
        if (!free_rows.empty()) {
            p.marker_row = *free_rows.begin();
            free_rows.erase(free_rows.begin());
        } else if (used < max_rows) {
            p.marker_row = used++;
        } else {
            p.marker_row = busy.top().second;
            busy.pop();
        }
        busy.emplace(marker_right(p) + 3, p.marker_row);
    }
    lane.marker_rows = std::max(1, used);
}

// ---------------------------------------------------------------------------
// Labels

// A label hangs from its marker's centre (a dot) or start (a bar): its leader
// runs down there, and its text starts just right of it.
double leader_x(const Placed& p) { return p.shape == Shape::dot ? p.x0 : p.x0 + 1; }

std::string date_text(const model::Event& e) {
    std::string d = model::format_date(e.date);
    if (e.status == model::Status::expected) d += " (expected)";
    if (e.status == model::Status::uncertain) d += " (uncertain)";
    return d;
}

LabelText wrap_label(const std::string& date, const std::string& title, double room, int max_lines) {
    LabelText t;
    t.date_lines = wrap(date, kDateFont, room, max_lines == 0 ? 0 : 2);
    t.title_lines = wrap(title, kTitleFont, room, max_lines);
    t.width = std::max(widest(t.date_lines, kDateFont), widest(t.title_lines, kTitleFont));
    t.height = static_cast<double>(t.date_lines.size()) * kDatePitch +
               static_cast<double>(t.title_lines.size()) * kTitlePitch + 2;
    return t;
}

// The title run in after the date, on the date's line: a line shorter than
// the date above the title. Nothing when not even the first word fits there.
// With max_lines 0, the title's lines are not limited.
std::optional<LabelText> run_in_label(const std::string& date, const std::string& title, double room,
                                      int max_lines) {
    LabelText t;
    t.date_lines = {date};
    t.title_dx = measure::text_width(date, kDateFont.px, kDateFont.face) + kInlineGap;
    const double first_room = room - t.title_dx;
    std::size_t end = 0;  // the longest run of whole words that fits after the date
    for (std::size_t sp = title.find(' '); end < title.size(); sp = title.find(' ', sp + 1)) {
        const std::size_t cut = sp == std::string::npos ? title.size() : sp;
        if (measure::text_width(std::string_view(title).substr(0, cut), kTitleFont.px, kTitleFont.face) > first_room) break;
        end = cut;
        if (sp == std::string::npos) break;
    }
    if (end == 0) return std::nullopt;
    t.title_lines = {title.substr(0, end)};
    if (end < title.size())
        for (auto& l : wrap(title.substr(end + 1), kTitleFont, room, std::max(0, max_lines - 1)))
            t.title_lines.push_back(std::move(l));
    t.width = std::max(t.title_dx + measure::text_width(t.title_lines.front(), kTitleFont.px, kTitleFont.face),
                       widest({t.title_lines.begin() + 1, t.title_lines.end()}, kTitleFont));
    t.height = static_cast<double>(t.title_lines.size()) * kTitlePitch + 2;
    return t;
}

// The label wrapped at a few widths, widest first: a narrower one may fit
// nearer its marker.
void make_label(const Layout& L, Placed& p) {
    p.text_x = leader_x(p) + kTextInset;
    const double space = L.width - kMargin - p.text_x;
    const std::string date = date_text(*p.ev);
    if (auto line = run_in_label(date, p.ev->title, std::min(kMaxOneLine, space)); line && line->title_lines.size() == 1)
        p.variants.push_back(*line);
    const double room = std::max(40.0, std::min(kMaxLabelWidth, space));
    const double longest_word = std::max(widest_word(date, kDateFont), widest_word(p.ev->title, kTitleFont));
    for (double w : {room, 200.0, 150.0, 110.0}) {
        if (w > room || w < std::min(longest_word, room)) continue;  // never break inside a word by choice
        if (auto r = run_in_label(date, p.ev->title, w); r && r->title_lines.size() <= 3 &&
                                                          (p.variants.empty() || r->width < p.variants.back().width - 4))
            p.variants.push_back(std::move(*r));
        LabelText t = wrap_label(date, p.ev->title, w);
        bool narrower = p.variants.empty() || t.width < p.variants.back().width - 4;
        bool short_enough = p.variants.empty() || t.title_lines.size() <= 3;
        if (narrower && short_enough) p.variants.push_back(std::move(t));
    }
}


// Lane-local geometry, from the top of the corridor (labels above it lie at
// negative y): the corridor, the marker rows, then the labels below.
double local_marker_y(int row) { return kCorridor + kMarkerPitch / 2 + row * kMarkerPitch; }
double local_below(const Lane& lane) { return kCorridor + lane.marker_rows * kMarkerPitch + 4; }
constexpr double kAboveBase = -2;
// Lanes with more labels than this pack them in rows (label_rows), in O(n log n).
constexpr std::size_t kFreePlacementMax = 240;

// Busier events (more links), then earlier ones, keep their labels first.
std::vector<std::size_t> label_priority(const Layout& L, const Lane& lane) {
    std::vector<std::size_t> priority(lane.items.size());
    for (std::size_t k = 0; k < priority.size(); ++k) priority[k] = k;
    std::stable_sort(priority.begin(), priority.end(), [&](std::size_t a, std::size_t b) {
        return L.items[lane.items[a]].degree > L.items[lane.items[b]].degree;
    });
    return priority;
}

// The box runs from the leader to the end of the label's ground.
double label_box_width(const LabelText& t) { return kTextInset + t.width + 2; }

// A crowded lane: labels in rows below the markers, for the lane's items
// that have labels (`items`, in date order; `priority` ranks them).
void pack_label_rows_below(Layout& L, const Lane& lane, const std::vector<std::size_t>& items,
                           const std::vector<std::size_t>& priority, int max_rows) {
    std::vector<LabelItem> boxes;
    for (std::size_t i : items) {
        LabelItem box{leader_x(L.items[i]), {}};
        for (const auto& v : L.items[i].variants) box.widths.push_back(label_box_width(v));
        boxes.push_back(std::move(box));
    }
    RowPacking packed = pack_label_rows(boxes, priority, max_rows, kLabelGap);
    std::vector<double> row_tops(static_cast<std::size_t>(packed.rows) + 1, local_below(lane));
    std::vector<double> heights(static_cast<std::size_t>(packed.rows), 0.0);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Placed& p = L.items[items[k]];
        if (packed.row[k] < 0) continue;
        auto& h = heights[static_cast<std::size_t>(packed.row[k])];
        h = std::max(h, p.variants[static_cast<std::size_t>(packed.variant[k])].height);
    }
    for (std::size_t r = 0; r < heights.size(); ++r) row_tops[r + 1] = row_tops[r] + heights[r] + kRowGap;
    for (std::size_t k = 0; k < items.size(); ++k) {
        Placed& p = L.items[items[k]];
        p.label_row = packed.row[k];
        p.variant = packed.variant[k];
        if (p.label_row >= 0) p.label_top = row_tops[static_cast<std::size_t>(p.label_row)];
    }
    L.unlabelled += packed.unlabelled;
}

// Labels on both sides of the markers, each as near them as it fits.
void place_lane_labels(Layout& L, Lane& lane) {
    std::vector<PlaceItem> items;
    for (std::size_t i : lane.items) {
        const Placed& p = L.items[i];
        const double half = p.shape == Shape::dot ? kDotR : kBarH / 2;
        PlaceItem it{leader_x(p), marker_left(p), marker_right(p), local_marker_y(p.marker_row) - half,
                     local_marker_y(p.marker_row) + half, {}, p.marker_row == 0};
        for (const auto& v : p.variants) it.variants.push_back({label_box_width(v), v.height});
        items.push_back(std::move(it));
    }
    PlaceFrame frame{local_below(lane), kAboveBase, L.width - kMargin, 480, kLabelGap, 4, kTitlePitch + 2};
    // Right to left: a label starts at its leader and runs right, so a leader
    // never meets the labels placed before it, and every label finds a place.
    std::vector<std::size_t> order(items.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].anchor > items[b].anchor; });
    auto placed = place_labels(items, order, frame);
    for (std::size_t k = 0; k < lane.items.size(); ++k) {
        Placed& p = L.items[lane.items[k]];
        p.label_row = placed[k].shown ? 0 : -1;
        p.above = placed[k].above;
        if (placed[k].beside) p.text_x = marker_right(p) + 2 + kTextInset;
        p.variant = placed[k].variant;
        p.label_top = placed[k].top;
        L.unlabelled += !placed[k].shown;
    }
}

// A dense lane labels only its busiest events, in a few rows.
void pack_dense_labels(Layout& L, Lane& lane) {
    std::vector<std::size_t> items, priority;
    for (std::size_t i : lane.items)
        if (!L.items[i].variants.empty()) items.push_back(i);
    for (std::size_t k = 0; k < items.size(); ++k) priority.push_back(k);
    std::stable_sort(priority.begin(), priority.end(),
                     [&](std::size_t a, std::size_t b) { return L.items[items[a]].degree > L.items[items[b]].degree; });
    pack_label_rows_below(L, lane, items, priority, kDenseLabelRows);
    L.unlabelled += lane.items.size() - items.size();
}

void pack_labels(Layout& L, Lane& lane) {
    if (lane.dense) pack_dense_labels(L, lane);
    else if (lane.items.size() > kFreePlacementMax) pack_label_rows_below(L, lane, lane.items, label_priority(L, lane), kMaxLabelRows);
    else place_lane_labels(L, lane);
}

// ---------------------------------------------------------------------------
// Vertical stacking

double marker_y(const Lane& lane, int row) { return lane.top + lane.upper + local_marker_y(row); }

double stack_lane(Layout& L, Lane& lane, double top) {
    lane.top = top;
    double highest = 0, lowest = local_below(lane);
    for (std::size_t i : lane.items) {
        const Placed& p = L.items[i];
        if (p.label_row < 0) continue;
        highest = std::min(highest, p.label_top - 4);
        lowest = std::max(lowest, p.label_top + p.label().height + 2);
    }
    lane.upper = -highest;
    const double origin = top + lane.upper;
    for (std::size_t i : lane.items) {
        Placed& p = L.items[i];
        p.y = marker_y(lane, p.marker_row);
        if (p.label_row >= 0) p.label_top += origin;
    }
    double names = marker_y(lane, 0) + 4 + static_cast<double>(lane.name_lines.size()) * kTitlePitch;
    lane.height = std::max(origin + lowest + 4, names + 8) - top;
    return top + lane.height;
}

// ---------------------------------------------------------------------------
// Labels revealed by zooming: what the rows left unlabelled, smaller, in the
// space that markers, labels, leaders and lane names leave free.

Box marker_box(const Placed& p) {
    double half = p.shape == Shape::dot ? kDotR : kBarH / 2;
    return {marker_left(p), p.y - half, marker_right(p), p.y + half};
}

double marker_bottom(const Placed& p) { return p.y + (p.shape == Shape::dot ? kDotR : kBarH / 2); }

double marker_top_y(const Placed& p) { return p.y - (p.shape == Shape::dot ? kDotR : kBarH / 2); }

// The leader's vertical extent, from the marker to its label; a label right
// under its marker needs none.
std::optional<std::pair<double, double>> leader_span(const Placed& p) {
    if (p.label_row < 0 || p.text_x > marker_right(p)) return std::nullopt;  // none beside the marker
    if (p.above) return std::pair{p.label_top + p.label().height, marker_top_y(p) - 2};
    const double y0 = marker_bottom(p) + 2, y1 = p.label_top - 1;
    if (y1 - y0 < 6) return std::nullopt;
    return std::pair{y0, y1};
}

// Text, grounds and leaders go in `texts`, which nothing new may touch;
// markers in `markers`, which a new leader may cross.
void occupy_drawn(const Layout& L, Occupancy& texts, Occupancy& markers) {
    for (const auto& lane : L.lanes) {
        double y = marker_y(lane, 0) + 4;
        for (const auto& name : lane.name_lines) {
            texts.add({kMargin + 8, y - 12, kMargin + 8 + measure::text_width(name, kLaneFont.px, kLaneFont.face), y + 3});
            y += kTitlePitch;
        }
    }
    for (const auto& p : L.items) {
        markers.add(marker_box(p));
        if (p.label_row < 0) continue;
        texts.add({p.text_x - 2, p.label_top - 1, p.text_x + p.label().width + 2, p.label_top + p.label().height});
        if (auto span = leader_span(p)) texts.add({leader_x(p) - 0.5, span->first, leader_x(p) + 0.5, span->second});
    }
}

void reveal_labels(Layout& L, double right) {
    if (L.unlabelled == 0) return;
    double bottom = 0;
    for (const auto& lane : L.lanes) bottom = std::max(bottom, lane.top + lane.height);
    Occupancy texts({0, 0, L.width, bottom}, 16), markers({0, 0, L.width, bottom}, 16);
    occupy_drawn(L, texts, markers);
    std::vector<TierItem> items;
    std::vector<std::size_t> owner, priority;  // owner: tier item -> index into L.items
    for (std::size_t i = 0; i < L.items.size(); ++i) {
        Placed& p = L.items[i];
        if (p.label_row >= 0) continue;
        const Lane& lane = L.lanes[p.lane];
        p.tier_text = wrap(p.ev->title, kTitleFont, kTierMaxWidth, 1).front();
        double w = measure::text_width(p.tier_text, kTitleFont.px, kTitleFont.face) + 2 * kTierPad;
        items.push_back({marker_box(p), leader_x(p), {kMargin, lane.top, right, lane.top + lane.height}, w, kTierPitch});
        owner.push_back(i);
        priority.push_back(priority.size());
    }
    // Busier events first, then earlier ones, as in the rows.
    std::stable_sort(priority.begin(), priority.end(), [&](std::size_t a, std::size_t b) {
        return L.items[owner[a]].degree > L.items[owner[b]].degree;
    });
    auto placed = place_label_tiers(items, priority, texts, markers, {kTierGap, kTierMaxLeader});
    for (std::size_t k = 0; k < placed.size(); ++k) {
        L.items[owner[k]].tier = placed[k];
        L.revealed += placed[k].tier != 0;
    }
}

// ---------------------------------------------------------------------------
// Scene pieces

scene::Group make_group(std::string id, std::string classes, std::string data_id) {
    scene::Group g;
    g.id = std::move(id);
    g.cls = std::move(classes);
    g.data_id = std::move(data_id);
    return g;
}

scene::Text text(double x, double y, std::string s, std::string classes, scene::Anchor a) {
    return scene::Text{x, y, std::move(s), std::move(classes), a};
}

scene::Path line(Point a, Point b, std::string classes) {
    return scene::Path{{{'M', {a}}, {'L', {b}}}, std::move(classes), scene::Marker::none};
}

// The ground under a label, in its band's colour.
std::string label_ground(const Lane& lane) {
    return lane.odd ? style::classes({cls::label_ground, cls::odd}) : cls::label_ground;
}

void add_density(const Layout& L, const Lane& lane, scene::Group& g);

scene::Group lanes_group(const Layout& L) {
    scene::Group g = make_group("tl-lanes", cls::lanes);
    for (std::size_t i = 0; i < L.lanes.size(); ++i) {
        const Lane& lane = L.lanes[i];
        scene::Group lg = make_group(fmt::format("tl-lane-{}", i), style::classes({cls::lane, lane.cls}), lane.id);
        lg.items.push_back(scene::Rect{kMargin, lane.top, L.width - 2 * kMargin, lane.height, 0,
                                       lane.odd ? style::classes({cls::band, cls::odd}) : cls::band});
        double y = marker_y(lane, 0) + 4;
        for (const auto& name : lane.name_lines) {
            lg.items.push_back(text(kMargin + 8, y, name, kLaneFont.cls));
            y += kTitlePitch;
        }
        if (lane.dense) add_density(L, lane, lg);
        g.children.push_back(std::move(lg));
    }
    return g;
}

// A break is a white cut through the lanes and a double zig-zag on the axis.
void add_breaks(const Layout& L, double axis_y, double bottom, scene::Group& lanes, scene::Group& axis) {
    for (const auto& b : L.scale.breaks()) {
        if (!b.empty) continue;
        double mid = (b.x0 + b.x1) / 2;
        lanes.items.push_back(scene::Rect{mid - 4, axis_y + 6, 8, bottom - axis_y - 6, 0, cls::break_gap});
        for (double dx : {-3.0, 3.0}) {
            scene::Path z{{{'M', {{mid + dx - 2, axis_y - 7}}}}, cls::axis_break, scene::Marker::none};
            for (int k = 1; k <= 4; ++k) z.ops.push_back({'L', {{mid + dx + (k % 2 == 1 ? 2 : -2), axis_y - 7 + 3.5 * k}}});
            axis.items.push_back(std::move(z));
        }
    }
}

// The scale's pieces for the page's semantic zoom, which re-ticks the axis
// for what it shows: "a0 a1;t0 t1 x0 x1;..." (the axis' pixel range, then
// each segment's minutes since 1970 and pixels along time).
std::pair<std::string, std::string> scale_data(const TimeScale& scale) {
    std::string d = fmt::format("{:.2f} {:.2f}", scale.x0(), scale.x1());
    for (const auto& s : scale.segments()) d += fmt::format(";{} {} {:.2f} {:.2f}", s.t0, s.t1, s.x0, s.x1);
    return {"scale", d};
}

scene::Group axis_group(const Layout& L, const std::vector<Tick>& ticks, double axis_y) {
    scene::Group g = make_group("tl-axis", cls::axis_group);
    g.data.push_back(scale_data(L.scale));
    scene::Path axis{{}, cls::axis, scene::Marker::none};
    for (const auto& s : L.scale.segments()) {
        axis.ops.push_back({'M', {{s.x0, axis_y}}});
        axis.ops.push_back({'L', {{s.x1, axis_y}}});
    }
    for (const auto& t : ticks) {
        if (!t.mark) continue;
        axis.ops.push_back({'M', {{t.x, axis_y - 4}}});
        axis.ops.push_back({'L', {{t.x, axis_y}}});
    }
    g.items.push_back(std::move(axis));
    // A squeezed stretch keeps its axis, dotted: time runs on there, only faster.
    for (const auto& b : L.scale.breaks())
        if (!b.empty) g.items.push_back(line({b.x0 + 2, axis_y}, {b.x1 - 2, axis_y}, style::classes({cls::axis, cls::squeezed})));
    for (const auto& t : ticks) {
        g.items.push_back(text(t.x + 3, axis_y - 6, t.label, style::kTick.cls));
        if (!t.context.empty()) g.items.push_back(text(t.x + 3, axis_y - 20, t.context, style::classes({style::kTick.cls, cls::context})));
    }
    return g;
}

scene::Group grid_group(const std::vector<Tick>& ticks, double axis_y, double bottom) {
    scene::Group g = make_group("tl-grid", cls::grid_group);
    scene::Path grid{{}, cls::grid, scene::Marker::none};
    for (const auto& t : ticks) {
        if (!t.mark) continue;
        grid.ops.push_back({'M', {{t.x, axis_y}}});
        grid.ops.push_back({'L', {{t.x, bottom}}});
    }
    if (!grid.ops.empty()) g.items.push_back(std::move(grid));
    return g;
}

std::string event_classes(const Layout& L, const Placed& p) {
    std::string c = style::classes({cls::event, L.lanes[p.lane].cls});
    if (p.ev->status == model::Status::expected) c = style::classes({c, cls::expected});
    if (p.ev->status == model::Status::uncertain) c = style::classes({c, cls::uncertain});
    if (L.eg.g[p.v].muted) c = style::classes({c, cls::muted});
    return c;
}

scene::Item marker_item(const Lane& lane, const Placed& p) {
    // In a dense lane an unlabelled event's marker is drawn at a quarter size, a rug
    // under the density's bars that reads as a marker once the page zooms in by 4.
    const double k = lane.dense && p.label_row < 0 ? 0.25 : 1;
    if (p.shape == Shape::dot) return frame::lane_marker(lane.index, lane.no_lane, {p.x0, p.y}, kDotR * k, cls::dot);
    return scene::Rect{p.x0, p.y - kBarH * k / 2, p.x1 - p.x0, kBarH * k, 3 * k,
                       p.shape == Shape::bar ? cls::bar : style::classes({cls::bar, cls::fuzzy})};
}

// A dense lane's histogram: how many events' markers start in each bin of
// the plot, as bars standing on the marker row.
void add_density(const Layout& L, const Lane& lane, scene::Group& g) {
    const auto bins = static_cast<std::size_t>(std::ceil((L.plot_x1 - L.plot_x0) / kDensityBin)) + 1;
    std::vector<std::size_t> count(bins, 0);
    for (std::size_t i : lane.items) {
        const double x = std::clamp(L.items[i].x0, L.plot_x0, L.plot_x1);
        ++count[std::min(bins - 1, static_cast<std::size_t>((x - L.plot_x0) / kDensityBin))];
    }
    const double most = static_cast<double>(*std::max_element(count.begin(), count.end()));
    const double base = marker_y(lane, 0) + kDotR;
    for (std::size_t b = 0; b < bins; ++b) {
        if (count[b] == 0) continue;
        const double h = 2 + (kDensityHeight - 2) * static_cast<double>(count[b]) / most;
        g.items.push_back(scene::Rect{L.plot_x0 + static_cast<double>(b) * kDensityBin, base - h, kDensityBin - 0.5, h, 0,
                                      style::classes({cls::bar, cls::density})});
    }
}

// The label's ground and text at (text_x, label_top), in either direction.
void add_label_text(const Lane& lane, const Placed& p, scene::Group& g) {
    // A ground in the band's colour keeps link curves from running through the text.
    g.items.push_back(scene::Rect{p.text_x - 2, p.label_top - 1, p.label().width + 4, p.label().height + 1, 2,
                                  label_ground(lane)});
    if (p.label().title_dx > 0) {  // the title run in after the date
        const double first = p.label_top + 12;
        g.items.push_back(text(p.text_x, first, p.label().date_lines.front(), kDateFont.cls));
        for (std::size_t k = 0; k < p.label().title_lines.size(); ++k)
            g.items.push_back(text(p.text_x + (k == 0 ? p.label().title_dx : 0), first + static_cast<double>(k) * kTitlePitch,
                                   p.label().title_lines[k], kTitleFont.cls));
        return;
    }
    double y = p.label_top + 9;
    for (const auto& l : p.label().date_lines) {
        g.items.push_back(text(p.text_x, y, l, kDateFont.cls));
        y += kDatePitch;
    }
    y += 2;
    for (const auto& l : p.label().title_lines) {
        g.items.push_back(text(p.text_x, y, l, kTitleFont.cls));
        y += kTitlePitch;
    }
}

void add_label(const Lane& lane, const Placed& p, scene::Group& g) {
    if (auto span = leader_span(p))
        g.items.push_back(line({leader_x(p), span->first}, {leader_x(p), span->second}, cls::leader));
    add_label_text(lane, p, g);
}

// Hidden until the page zooms by the label's tier (.tg-tier, .tg-tier-N in the stylesheet).
void add_tier_label(const Lane& lane, const Placed& p, scene::Group& g) {
    const Box& b = p.tier.box;
    const double k = 1.0 / p.tier.tier;
    std::string tier = " " + style::classes({cls::tier, style::tier_class(p.tier.tier)});
    if (p.tier.leader) g.items.push_back(line({leader_x(p), marker_bottom(p)}, {leader_x(p), b.y0}, cls::leader + tier));
    g.items.push_back(scene::Rect{b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, 2 * k,
                                  label_ground(lane) + tier});
    g.items.push_back(scene::Text{b.x0 + kTierPad * k, b.y0 + kTierBaseline * k, p.tier_text, kTitleFont.cls + tier,
                                  scene::Anchor::start});
}

// An event's group with its id, classes and accessible name, and nothing drawn yet.
scene::Group event_shell(const Layout& L, const Placed& p) {
    scene::Group g;
    g.id = "tl-ev-" + p.ev->id;
    g.data_id = p.ev->id;
    g.cls = event_classes(L, p);
    g.title = model::format_date(p.ev->date) + ": " + p.ev->title;
    g.focusable = true;
    return g;
}

scene::Group event_group(const Layout& L, const Placed& p) {
    scene::Group g = event_shell(L, p);
    if (p.label_row >= 0) add_label(L.lanes[p.lane], p, g);
    if (p.tier.tier != 0) add_tier_label(L.lanes[p.lane], p, g);
    g.items.insert(g.items.begin(), marker_item(L.lanes[p.lane], p));
    return g;
}

// ---------------------------------------------------------------------------
// Links: curves that leave a marker towards the other one and arrive with a head.

Point toward(Point from, Point to, double d) {
    double dx = to.x - from.x, dy = to.y - from.y, n = std::hypot(dx, dy);
    if (n < 1e-9) return from;
    return {from.x + dx / n * d, from.y + dy / n * d};
}

scene::Path link_path(const Placed& a, const Placed& b, model::LinkKind kind) {
    Point p{std::clamp(b.x0, a.x0, a.x1), a.y};
    Point q{std::clamp(p.x, b.x0, b.x1), b.y};
    double dx = q.x - p.x;
    Point c1, c2;
    if (std::abs(p.y - q.y) < 0.5) {  // same row: an arc through the corridor above it
        double h = std::min(kCorridor - 4, 6 + std::abs(dx) * 0.2) / 0.75;
        c1 = {p.x + dx * 0.3, p.y - h};
        c2 = {q.x - dx * 0.3, q.y - h};
    } else {
        double k = std::max(std::abs(dx) * 0.5, 16.0);
        c1 = {p.x + k, p.y};
        c2 = {q.x - k, q.y};
    }
    p = toward(p, c1, kLinkInset);
    q = toward(q, c2, kLinkInset);
    return scene::Path{{{'M', {p}}, {'C', {c1, c2, q}}},
                       style::classes({cls::link, model::to_string(kind)}),
                       kind == model::LinkKind::blocks ? scene::Marker::bar : scene::Marker::arrow};
}

// What links must keep clear of: every drawn text (the labels' grounds, which
// hold their dates and titles, and the lane names). The axis's labels lie
// above the first lane, where no link goes.
std::vector<Box> drawn_texts(const Layout& L) {
    std::vector<Box> out;
    for (const auto& lane : L.lanes) {
        double y = marker_y(lane, 0) + 4;
        for (const auto& name : lane.name_lines) {
            out.push_back({kMargin + 7, y - 12, kMargin + 9 + measure::text_width(name, kLaneFont.px, kLaneFont.face), y + 4});
            y += kTitlePitch;
        }
    }
    for (const auto& p : L.items)
        if (p.label_row >= 0)
            out.push_back({p.text_x - 2, p.label_top - 1, p.text_x + p.label().width + 2, p.label_top + p.label().height});
    return out;
}

// Where a link meets a marker: its top, at the x nearest the other end.
Point marker_top(const Placed& p, double toward_x) {
    double x = p.shape == Shape::dot ? p.x0 : std::clamp(toward_x, p.x0 + 2, p.x1 - 2);
    return {x, p.y - (p.shape == Shape::dot ? kDotR : kBarH / 2) - 1};
}

// A line in a lane's corridor, one of four so that links running side by side stay apart.
double corridor_y(const Lane& lane, std::size_t k) { return lane.top + lane.upper + 4 + static_cast<double>(k % 4) * 4; }

// `boxes`: the texts to keep clear of, in the layout's own frame (time along
// x; transposed for a timeline that runs down), within [0, x1] x [0, y1].
Router make_router(const Layout& L, const std::vector<Box>& boxes, double x1, double y1) {
    Router r{L, Occupancy({0, 0, x1, y1 + 1}, 32), TextColumns(boxes), x1 - kMargin};
    for (const auto& b : boxes) r.texts.add(b);
    return r;
}

Router make_router(const Layout& L) {
    double bottom = 0;
    for (const auto& lane : L.lanes) bottom = std::max(bottom, lane.top + lane.height);
    return make_router(L, drawn_texts(L), L.width, bottom);
}

// The plain curve where it clears all text, else a route through corridors
// and a free column, else a stub at each end (the link's title names both).
std::vector<scene::Path> route_link(const Router& R, const Placed& a, const Placed& b, std::size_t k,
                                    model::LinkKind kind) {
    scene::Path plain = link_path(a, b, kind);
    if (clear_of(plain, R.texts)) return {plain};
    const Layout& L = R.L;
    const Lane &la = L.lanes[a.lane], &lb = L.lanes[b.lane];
    Point p = marker_top(a, b.x0), q = marker_top(b, p.x);
    const double ya = corridor_y(la, k), yb = corridor_y(lb, k);
    std::optional<double> column = p.x;
    if (a.lane != b.lane)
        column = R.columns.free_x(std::min(ya, yb) - 1, std::max(ya, yb) + 1, L.plot_x0 + 2, R.x1 - 2,
                                  (p.x + q.x) / 2, 3);
    if (column) {
        scene::Path route = corridor_route(p, q, ya, yb, *column, 6);
        route.cls = plain.cls;
        route.marker_end = plain.marker_end;
        if (clear_of(route, R.texts)) return {route};
    }
    // Stubs: up into the corridor and a little way towards the other end.
    const double dir = q.x >= p.x ? 1 : -1;
    scene::Path from = corridor_route(p, {p.x + 10 * dir, ya}, ya, ya, p.x, 4);
    scene::Path to = corridor_route({q.x - 10 * dir, yb}, q, yb, yb, q.x, 4);
    from.cls = style::classes({plain.cls, cls::stub});
    to.cls = style::classes({plain.cls, cls::stub});
    to.marker_end = plain.marker_end;
    return {from, to};
}

// More links than one per kPxPerLink of the plot's width become a solid
// tangle that hides the markers: they are then drawn hidden (`tg-quiet`).
// The page shows a selected chain's links under the same rule: all of them
// when they number at most `data-max-links`, else the selected event's own.
constexpr double kPxPerLink = 4;

scene::Group links_group(Layout& L, const std::function<Router()>& routes) {
    scene::Group g = make_group("tl-links", cls::links);
    if (!L.opt.links) return g;
    auto drawn = graph::drawn_links(L.eg, false);
    std::erase_if(drawn, [&](graph::Edge e) {
        return L.item_of[boost::source(e, L.eg.g)] < 0 || L.item_of[boost::target(e, L.eg.g)] < 0;
    });
    const double room = (L.plot_x1 - L.plot_x0) / kPxPerLink;
    if (static_cast<double>(drawn.size()) > room) {
        g.cls = style::classes({g.cls, cls::quiet});
        g.data = {{"max-links", fmt::format("{}", static_cast<std::size_t>(std::max(0.0, room)))}};
        L.hidden_links = drawn.size();
    }
    // Routing round text costs a scan of the texts per link: only for links that are drawn.
    std::optional<Router> router;
    if (L.hidden_links == 0) router.emplace(routes());
    std::size_t k = 0;
    for (graph::Edge e : drawn) {
        int a = L.item_of[boost::source(e, L.eg.g)], b = L.item_of[boost::target(e, L.eg.g)];
        const model::Link& link = L.eg.link(e);
        const Placed& pa = L.items[static_cast<std::size_t>(a)];
        const Placed& pb = L.items[static_cast<std::size_t>(b)];
        scene::Group lg;
        lg.id = fmt::format("tl-ln-{}", L.eg.g[e].link);
        lg.data_id = link.from + "->" + link.to;
        lg.cls = style::classes({cls::link_group, frame::link_kind_classes(link)});
        lg.data = {{"from", link.from}, {"to", link.to}, {"kind", model::to_string(link.kind)}};
        lg.title = link.kind == model::LinkKind::elided
                       ? graph::elided_title(L.eg, e)
                       : fmt::format("{} {} {}{}", pa.ev->title, frame::link_verb(link), pb.ev->title,
                                     link.label.empty() ? "" : ": " + link.label);
        if (router)
            for (auto& path : route_link(*router, pa, pb, k++, link.kind)) lg.items.push_back(std::move(path));
        else
            lg.items.push_back(link_path(pa, pb, link.kind));
        if (L.eg.muted(e)) {
            lg.cls = style::classes({lg.cls, cls::muted});
            scene::mute_markers(lg);
        }
        g.children.push_back(std::move(lg));
    }
    return g;
}

// ---------------------------------------------------------------------------
// The timeline's own key, under the shared legend: the marker shapes and axis
// marks this picture uses.

struct KeyFlow {
    double max_width, x = 0, y = 0;
    scene::Point place(double w) {
        if (x > 0 && x + w > max_width) {
            x = 0;
            y += 20;
        }
        scene::Point at{x, y};
        x += w + 16;
        return at;
    }
};

void key_entry(KeyFlow& flow, Block& key, const std::string& classes, scene::Item sample, double sample_w,
               const std::string& label) {
    scene::Point at = flow.place(sample_w + 6 + measure::text_width(label, style::kLegend.px, style::kLegend.face));
    scene::Group e = make_group("", cls::key + classes);
    e.items.push_back(std::move(sample));
    e.items.push_back(text(sample_w + 6, baseline(2, style::kLegend.px), label, style::kLegend.cls));
    shift(e, at.x, at.y);
    key.group.children.push_back(std::move(e));
    key.width = std::max(key.width, at.x + sample_w + 6 + measure::text_width(label, style::kLegend.px, style::kLegend.face));
}

Block timeline_key(const Layout& L, double max_width) {
    Block key{make_group("tl-key", cls::key_block), 0, 0};
    bool shapes[3] = {false, false, false}, empty_break = false, squeezed = false;
    for (const auto& p : L.items) shapes[static_cast<int>(p.shape)] = true;
    for (const auto& b : L.scale.breaks()) (b.empty ? empty_break : squeezed) = true;
    KeyFlow flow{max_width};
    if (shapes[0]) key_entry(flow, key, "", scene::Circle{6, 8, kDotR, cls::dot}, 12, "a day or minute");
    if (shapes[1]) key_entry(flow, key, "", scene::Rect{0, 3, 18, kBarH, 3, cls::bar}, 18, "a range");
    if (shapes[2])
        key_entry(flow, key, "", scene::Rect{0, 3, 18, kBarH, 3, style::classes({cls::bar, cls::fuzzy})}, 18,
                  "a month or year, or an approximate date");
    scene::Path zig{{{'M', {{1, 2}}}, {'L', {{5, 6}}}, {'L', {{1, 10}}}, {'L', {{5, 14}}},
                     {'M', {{7, 2}}}, {'L', {{11, 6}}}, {'L', {{7, 10}}}, {'L', {{11, 14}}}},
                    cls::axis_break, scene::Marker::none};
    if (empty_break) key_entry(flow, key, "", zig, 12, "time left out");
    if (squeezed) key_entry(flow, key, "", line({0, 8}, {24, 8}, style::classes({cls::axis, cls::squeezed})), 24, "time compressed");
    if (std::any_of(L.lanes.begin(), L.lanes.end(), [](const Lane& l) { return l.dense; })) {
        scene::Path bars{{}, style::classes({cls::axis, cls::density}), scene::Marker::none};
        for (int b = 0; b < 6; ++b) {
            const double h = 3 + 9 * std::abs(std::sin(b * 1.3));
            bars.ops.push_back({'M', {{2.0 + b * 4, 14}}});
            bars.ops.push_back({'L', {{2.0 + b * 4, 14 - h}}});
        }
        key_entry(flow, key, "", bars, 24, "events per 4 px, where markers crowd");
    }
    if (!key.empty()) key.height = flow.y + 16;
    return key;
}

// ---------------------------------------------------------------------------

std::string describe(const Layout& L) {
    std::string d = fmt::format("A timeline of {} event{}", core::thousands(L.items.size()), L.items.size() == 1 ? "" : "s");
    if (!L.items.empty())
        d += fmt::format(", from {} to {}", model::format_date(L.items.front().ev->date),
                         model::format_date(L.items.back().ev->date));
    return d + ".";
}

void fit_scale(Layout& L) {
    std::vector<TimeSpan> spans;
    spans.reserve(L.items.size());
    for (const auto& p : L.items)
        spans.push_back({p.lo, p.hi, shape_of(p.ev->date) == Shape::dot, L.one_column ? 0 : static_cast<int>(p.lane)});
    ScaleOptions so;
    so.kind = L.opt.scale;
    so.x0 = L.plot_x0;
    so.x1 = L.plot_x1;
    so.break_width = kBreakWidth;
    // Down the page, markers of a lane want room for the label beside each.
    if (L.opt.direction == Direction::down) so.min_marker_gap = kDownMarkerGap;
    L.scale = TimeScale::fit(std::move(spans), L.domain, so);
}

std::string revealed_clause(const Layout& L) {
    if (L.revealed == 0) return "";
    if (L.revealed < L.unlabelled)
        return fmt::format(", and zooming in on the page labels {} of them", core::thousands(L.revealed));
    return L.revealed == 1 ? ", and zooming in on the page labels it" : ", and zooming in on the page labels them";
}

Block note(const Layout& L, double max_width) {
    Block b{make_group("tl-note", cls::note_block), 0, 0};
    std::vector<std::string> lines;
    if (std::any_of(L.lanes.begin(), L.lanes.end(), [](const Lane& l) { return l.dense; }))
        lines.push_back(fmt::format("{} events in all. Where markers crowd, a lane shows how many start in each {:g} px "
                                    "(the bars) and labels its busiest events; zooming in on the page shows every marker.",
                                    core::thousands(L.items.size()), kDensityBin));
    if (L.unlabelled > 0)
        lines.push_back(fmt::format("{} event{} unlabelled for lack of room; each names itself on hover{}.",
                                    core::thousands(L.unlabelled), L.unlabelled == 1 ? " is" : "s are",
                                    revealed_clause(L)));
    if (L.hidden_links > 0)
        lines.push_back(fmt::format("{} links are too many to draw here and are hidden; the causal graph draws them, "
                                    "and the page shows those of a selected event.",
                                    core::thousands(L.hidden_links)));
    if (L.out_of_range > 0)
        lines.push_back(fmt::format("{} event{} outside the range shown.", core::thousands(L.out_of_range),
                                    L.out_of_range == 1 ? " lies" : "s lie"));
    if (L.opt.left_out > 0)
        lines.push_back(fmt::format("{} event{} of the model {} left out of this figure.", core::thousands(L.opt.left_out),
                                    L.opt.left_out == 1 ? "" : "s", L.opt.left_out == 1 ? "is" : "are"));
    if (L.items.empty()) lines.push_back("No events to show.");
    for (const auto& line : lines)
        for (const auto& part : wrap(line, style::kNote, max_width, 0)) {
            b.group.items.push_back(text(0, baseline(b.height, style::kNote.px), part, style::kNote.cls));
            b.height += measure::line_height(style::kNote.px);
        }
    return b;
}


// A lane with more markers than one per kPxPerMarker of the plot draws their
// density instead (their markers are drawn at a quarter size, for the page's
// zoom), and offers labels only to its busiest events: one per kPxPerLabel.
void find_dense_lanes(Layout& L) {
    const double plot = L.plot_x1 - L.plot_x0;
    for (auto& lane : L.lanes) {
        lane.dense = static_cast<double>(lane.items.size()) * kPxPerMarker > plot;
        if (!lane.dense) continue;
        std::vector<std::size_t> busiest = lane.items;
        std::stable_sort(busiest.begin(), busiest.end(),
                         [&](std::size_t a, std::size_t b) { return L.items[a].degree > L.items[b].degree; });
        const auto keep = static_cast<std::size_t>(std::max(1.0, plot / kPxPerLabel));
        for (std::size_t k = keep; k < busiest.size(); ++k) L.items[busiest[k]].label_candidate = false;
    }
}

void prepare(Layout& L, core::Progress& progress) {
    collect_events(L);
    L.plot_x0 = kMargin + lane_column(L);
    L.plot_x1 = L.width - kMargin - kLabelReserve;
    fit_scale(L);
    for (auto& p : L.items) place_marker(L, p);
    find_dense_lanes(L);
    for (std::size_t i = 0; i < L.items.size(); ++i) {
        progress.step(i);
        if (L.items[i].label_candidate) make_label(L, L.items[i]);
    }
    for (auto& lane : L.lanes) {
        if (!lane.dense) assign_marker_rows(L, lane);
        pack_labels(L, lane);
    }
}

// ---------------------------------------------------------------------------
// Periods: shaded bands behind the events, each titled in rows under the axis.

constexpr double kPeriodRow = 16;  // a row under the axis that holds period titles
constexpr int kMaxPeriodRows = 3;
constexpr std::size_t kMinTitleChars = 8;  // a title is cut to no fewer characters than this, or not drawn

struct PeriodTitle {
    double x = 0;
    int row = 0;
    std::string text;
};

std::pair<Minutes, Minutes> period_span(const Layout& L, const model::Period& p) {
    return {std::max(p.date.earliest(), L.domain.lo), std::min(p.date.open ? L.domain.hi : p.date.latest(), L.domain.hi)};
}

// The width of a title's first kMinTitleChars characters and an ellipsis: the least a cut title shows.
double least_title_width(const std::string& title) {
    std::size_t end = 0;
    for (std::size_t n = 0; n < kMinTitleChars && end < title.size(); ++n)
        end += std::max<std::size_t>(1, core::utf8_sequence_length(title, end));
    const auto& f = style::kPeriodTitle;
    return measure::text_width(title.substr(0, end) + "\xE2\x80\xA6", f.px, f.face);
}

// Titles by their bands' starts, each whole in the first row that is free
// from its band (the band's start, or where the row frees up while still
// inside the band), running right as far as the page allows; a new row
// where none is; with every row taken, cut in the row with the most room,
// never below kMinTitleChars; else none (the band's <title> names it).
std::vector<std::optional<PeriodTitle>> place_period_titles(const Layout& L, int& rows) {
    const auto& periods = L.eg.document.periods;
    const auto& f = style::kPeriodTitle;
    std::vector<std::size_t> order(periods.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return periods[a].date.earliest() < periods[b].date.earliest(); });
    std::vector<std::optional<PeriodTitle>> out(periods.size());
    std::vector<double> free_from;
    const double right = L.width - kMargin;
    for (std::size_t i : order) {
        const auto [lo, hi] = period_span(L, periods[i]);
        if (hi < lo) continue;  // off the axis
        const double x0 = L.scale.x(lo), x1 = std::max(L.scale.x(hi), x0 + 2);
        const double w = measure::text_width(periods[i].title, f.px, f.face);
        auto start = [&](std::size_t r) { return std::max(x0 + 3, free_from[r]); };
        // A row free at the band's start; else a new row; else one free further inside the band.
        auto first_row = [&](double latest, bool whole) -> std::optional<std::size_t> {
            std::optional<std::size_t> best;
            for (std::size_t r = 0; r < free_from.size(); ++r)
                if (start(r) <= latest && (!whole || start(r) + w <= right) && (!best || start(r) < start(*best))) best = r;
            return best;
        };
        std::optional<std::size_t> row = first_row(x0 + 3, true);
        if (!row && free_from.size() < static_cast<std::size_t>(kMaxPeriodRows)) {
            free_from.push_back(0);
            row = free_from.size() - 1;
        }
        if (!row) row = first_row(std::max(x1 - 3, x0 + 3), true);
        if (!row) row = first_row(std::max(x1 - 3, x0 + 3), false);
        if (!row) continue;
        const double tx = start(*row);
        std::string text = periods[i].title;
        if (tx + w > right) {  // every row taken: cut, but never to almost nothing
            if (right - tx < least_title_width(text)) continue;
            text = wrap_text(text, f.px, f.face, right - tx, 1).front();
        }
        out[i] = PeriodTitle{tx, static_cast<int>(*row), text};
        free_from[*row] = tx + measure::text_width(text, f.px, f.face) + 8;
    }
    rows = static_cast<int>(free_from.size());
    return out;
}

scene::Group period_band(const Layout& L, const model::Period& p, std::size_t i, double axis_y, double bottom,
                         const std::optional<PeriodTitle>& title) {
    // The class is on the band only: the group's would fade the title with it.
    scene::Group g = make_group(fmt::format("tl-period-{}", i), "");
    const auto [lo, hi] = period_span(L, p);
    if (hi < lo) return g;  // off the axis
    const double x0 = L.scale.x(lo), x1 = std::max(L.scale.x(hi), x0 + 2);
    double top = axis_y + 2, height = bottom - top;
    if (!p.lane.empty()) {
        auto lane = std::find_if(L.lanes.begin(), L.lanes.end(), [&](const Lane& l) { return l.id == p.lane; });
        if (lane == L.lanes.end()) return g;  // a lane this drawing leaves out
        top = lane->top;
        height = lane->height;
    }
    g.title = fmt::format("{}: {}", model::format_date(p.date), p.title);
    g.items.push_back(scene::Rect{x0, top, x1 - x0, height, 0, cls::period});
    const auto& f = style::kPeriodTitle;
    if (title) g.items.push_back(text(title->x, baseline(axis_y + 3 + title->row * kPeriodRow, f.px), title->text, f.cls));
    return g;
}

// Behind the lanes' contents, over their bands; empty when the model has no periods.
scene::Group periods_group(const Layout& L, double axis_y, double bottom,
                           const std::vector<std::optional<PeriodTitle>>& titles) {
    scene::Group g = make_group("tl-periods", cls::periods);
    const auto& periods = L.eg.document.periods;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        scene::Group band = period_band(L, periods[i], i, axis_y, bottom, titles[i]);
        if (!band.items.empty()) g.children.push_back(std::move(band));
    }
    return g;
}

// The axis (two rows of tick labels above it), a row of period titles when
// there are periods, the lanes, and what lies in them; returns the bottom of the lanes.
double add_body(Layout& L, scene::Scene& s, double top, core::Progress& progress) {
    if (L.items.empty()) return top;
    const double axis_y = top + 30;
    int title_rows = 0;
    const auto titles = place_period_titles(L, title_rows);
    double y = axis_y + 4 + title_rows * kPeriodRow;
    for (auto& lane : L.lanes) y = stack_lane(L, lane, y);
    reveal_labels(L, L.width - kMargin);
    auto ticks = axis_ticks(L.scale, {style::kTick.px, 3, 8, kLabelReserve - 8});
    scene::Group lanes = lanes_group(L);
    scene::Group axis = axis_group(L, ticks, axis_y);
    add_breaks(L, axis_y, y, lanes, axis);
    scene::Group events = make_group("tl-events", cls::events);
    for (std::size_t i = 0; i < L.items.size(); ++i) {
        progress.step(L.items.size() + i);
        events.children.push_back(event_group(L, L.items[i]));
    }
    s.groups.push_back(std::move(lanes));
    if (!L.eg.document.periods.empty()) s.groups.push_back(periods_group(L, axis_y, y, titles));
    s.groups.push_back(grid_group(ticks, axis_y, y));
    s.groups.push_back(std::move(axis));
    s.groups.push_back(links_group(L, [&] { return make_router(L); }));
    s.groups.push_back(std::move(events));
    return y;
}


// What both directions need before layout: the events shown and their lanes.
void collect_events(Layout& L) {
    L.domain = find_domain(L.eg, L.opt);
    make_lanes(L);
    collect(L);
    drop_empty_lanes(L);
    mark_odd_lanes(L);
}


}  // namespace detail

using namespace detail;

std::optional<std::string> empty_range_message(const graph::EventGraph& eg, const TimelineOptions& options) {
    const auto& events = eg.document.events;
    if (events.empty() || (!options.from && !options.to)) return std::nullopt;
    const TimeSpan domain = find_domain(eg, options);
    if (std::any_of(events.begin(), events.end(), [&](const auto& e) { return in_domain(event_span(e), domain); }))
        return std::nullopt;
    auto by_start = graph::by_date(eg);
    return fmt::format("no event lies in the range asked for (the events run from {} to {})",
                       model::format_date(eg.event(by_start.front()).date),
                       model::format_date(eg.event(by_start.back()).date));
}

scene::Scene timeline_layout(const graph::EventGraph& eg, const TimelineOptions& options) {
    const double least = options.direction == Direction::down ? kMinDownTimelineWidth : kMinTimelineWidth;
    Layout L{eg, options, std::max(options.width, least), {}, {}, {}, {}, 0, 0, 0, 0, 0, 0, {}};
    // Labels, then the events' groups: the two steps that grow with the model.
    core::Progress progress("timeline", 2 * eg.document.events.size());
    const bool down = options.direction == Direction::down;
    if (down) prepare_down(L);
    else prepare(L, progress);
    scene::Scene s;
    s.kind = "timeline";
    if (down) s.cls = cls::down;
    s.lane_colours = style::own_lane_colours(L.eg.document);
    s.width = L.width;
    s.title = eg.document.title.empty() ? "Timeline" : eg.document.title;
    s.desc = describe(L);
    const double inner = L.width - 2 * kMargin;
    double y = kMargin;
    // Frame blocks stack top to bottom, a gap between each two that are not empty.
    auto place = [&](Block b) {
        if (b.empty()) return;
        shift(b.group, kMargin, y);
        y += b.height + kBlockGap;
        s.groups.push_back(std::move(b.group));
    };
    place(frame::heading(eg.document, "tl", inner));
    place(frame::legend(eg.document, "tl", inner, options.links));
    place(timeline_key(L, inner));
    y = (down ? add_body_down(L, s, y, progress) : add_body(L, s, y, progress)) + kBlockGap;
    s.width = L.width;  // a vertical body may have grown wider to keep every word whole
    place(note(L, inner));
    place(frame::credit(eg.document, "tl", inner));
    s.height = y - kBlockGap + kMargin;
    return s;
}

}  // namespace timegraph::timeline
