// Time running down (TimelineOptions::direction): lanes as columns, or, too
// narrow for those, as marker tracks beside one column of labels.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "measure/text_metrics.hpp"
#include "measure/text_wrap.hpp"
#include "timeline/layout_parts.hpp"

namespace timegraph::timeline::detail {

using measure::baseline;
using timescale::ScaleOptions;

namespace {

// Time running down (TimelineOptions::direction). The layout keeps the
// horizontal one's frame, transposed: a Placed's x0/x1 lie along time (down
// the picture) and its y across it, and a lane's top is its column's left
// edge. So marker rows become marker columns, and links are routed by the
// same code, through each column's corridor (its left strip, which holds no
// text), and turned the right way round when drawn. Labels stand right of
// their markers, pushed down past the label above when they would meet it,
// with a leader back to the marker; the time axis grows until no label is
// pushed far.

// px left of the axis line for tick labels and their contexts: a tenth of the width, within limits.
double down_axis_column(double width) { return std::clamp(width / 10, 64.0, 120.0); }
constexpr double kDownLabelGap = 4;      // between a column's labels
constexpr double kDownMinRoom = 64;      // px wanted for a label's text beside the marker columns
constexpr double kDownMaxPush = 24;      // the furthest a label may sit from its marker before the axis grows
constexpr double kDownTrackGap = 6;      // the narrow form: between the last track and the text column
constexpr int kDownFits = 8;

Point turned(Point p) { return {p.y, p.x}; }
Box turned(const Box& b) { return {b.y0, b.x0, b.y1, b.x1}; }

void turn_paths(scene::Group& g) {
    for (auto& item : g.items)
        if (auto* path = std::get_if<scene::Path>(&item))
            for (auto& op : path->ops)
                for (auto& q : op.pts) q = turned(q);
    for (auto& c : g.children) turn_paths(c);
}

struct DownFrame {
    double axis_x = 0, plot_left = 0;
    double head_top = 0, plot_top = 0, plot_bottom = 0;
    std::vector<double> text_min;  // per lane: its longest word, the least room its labels get
    // The narrow form: lanes are marker tracks, and every label stands in one
    // text column, [text_left, text_right], right of them.
    bool narrow = false;
    int track_rows = 1;
    double text_left = 0, text_right = 0;
    std::vector<double> name_top;  // per lane: where its name, and its track, begin
};

double down_label_x(const Lane& lane) { return lane.top + kCorridor + lane.marker_rows * kMarkerPitch + 2; }
double down_label_x(const Lane& lane, const DownFrame& F) { return F.narrow ? F.text_left : down_label_x(lane); }

// What a column takes besides its labels' text: its corridor, one marker row, the insets.
constexpr double kDownColumnBase = kCorridor + kMarkerPitch + 2 + kTextInset + 6;

// The longest word of an event's label: its column's text is never narrower, so no word breaks.
double label_word(const model::Event& e) {
    return std::max(widest_word(date_text(e), kDateFont), widest_word(e.title, kTitleFont));
}

// The narrow form: each lane a track of its corridor and one or two marker
// rows (two where the text column keeps room for the longest word), and the
// text column takes the rest. Narrower than the longest word, the figure
// grows wider rather than break it.
void size_narrow_tracks(Layout& L, DownFrame& F, double avail) {
    F.narrow = L.one_column = true;
    const double lanes = static_cast<double>(L.lanes.size());
    const double word = *std::max_element(F.text_min.begin(), F.text_min.end());
    const double text_need = kDownTrackGap + kTextInset + word + 2;
    const double track = kCorridor + kMarkerPitch / 2 + kDotR + 1;  // the corridor, to just past a marker
    F.track_rows = avail - lanes * (track + kMarkerPitch) >= text_need ? 2 : 1;
    const double width = track + (F.track_rows - 1) * kMarkerPitch;
    if (lanes * width + text_need > avail) L.width += lanes * width + text_need - avail;
    double left = F.plot_left;
    for (auto& lane : L.lanes) {
        lane.top = left;
        lane.height = width;
        left += width;
    }
    F.text_left = left + kDownTrackGap;
    F.text_right = L.width - kMargin;
}

// Columns share the width the page allows: each gets room for its longest
// word (at least kDownMinRoom), and the rest goes by the events each holds,
// since a busy column's labels stack and wider ones stack shorter.
void size_down_columns(Layout& L, DownFrame& F) {
    const double avail = L.width - kMargin - F.plot_left;
    std::vector<double> base;
    double need = 0, events = 0;
    F.text_min.clear();
    for (const auto& lane : L.lanes) {
        double word = kDownMinRoom;
        for (std::size_t i : lane.items) word = std::max(word, label_word(*L.items[i].ev));
        F.text_min.push_back(word);
        base.push_back(kDownColumnBase + word);
        need += base.back();
        events += static_cast<double>(lane.items.size());
    }
    // Too many lanes for every longest word in the width asked: the narrow form.
    if (need > avail) return size_narrow_tracks(L, F, avail);
    const double spare = std::max(0.0, avail - need);
    double left = F.plot_left;
    for (std::size_t i = 0; i < L.lanes.size(); ++i) {
        Lane& lane = L.lanes[i];
        const double share = events > 0 ? static_cast<double>(lane.items.size()) / events : 1.0 / static_cast<double>(L.lanes.size());
        lane.top = left;
        lane.height = base[i] + spare * share;
        F.text_min[i] = std::min(F.text_min[i], lane.height - kDownColumnBase);
        left += lane.height;
    }
}

// The narrow form's names, a track too narrow for them: stacked, each on its
// own lines from its track's left edge rightwards, over the tracks to its
// right, which begin below it, so that each track begins at its name.
double narrow_names(Layout& L, DownFrame& F, double top) {
    F.name_top.clear();
    double y = top;
    for (auto& lane : L.lanes) {
        lane.upper = 0;
        const double room = F.text_right - lane.top - 8;
        lane.name_lines = lane.name.empty() ? std::vector<std::string>{} : wrap(lane.name, kLaneFont, room, 3);
        F.name_top.push_back(y);
        y += std::max(1.0, static_cast<double>(lane.name_lines.size())) * kTitlePitch + 4;
    }
    return y + 8;
}

// Columns side by side right of the axis, each with its lane's name on top.
// `axis_min`: the least room for the axis's texts.
double down_columns(Layout& L, DownFrame& F, double top, double axis_min) {
    F.axis_x = kMargin + std::max(down_axis_column(L.width), axis_min);
    L.one_column = false;
    F.plot_left = F.axis_x + 8;
    F.head_top = top;
    size_down_columns(L, F);
    if (F.narrow) return narrow_names(L, F, top);
    double names = 0;
    for (auto& lane : L.lanes) {
        lane.upper = 0;
        lane.name_lines = lane.name.empty() ? std::vector<std::string>{} : wrap(lane.name, kLaneFont, lane.height - 12, 3);
        names = std::max(names, static_cast<double>(lane.name_lines.size()) * kTitlePitch);
    }
    return top + names + 12;
}

// Labels of one column in time order, none above `floor`, as near their
// markers as they can be without meeting: labels that would meet form a
// block, which stands where its furthest labels are equally far from their
// markers, above and below (blocks that then meet merge, in one pass).
// Returns the furthest a label is from its marker.
double stack_down_labels(Layout& L, Lane& lane, double floor) {
    std::vector<std::size_t> order = lane.items;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return L.items[a].x0 < L.items[b].x0; });
    struct Block {
        std::size_t first = 0, end = 0;   // into order
        double height = 0;                // its labels and the gaps between them
        double lo = 1e300, hi = -1e300;   // over its labels: where the block's top would put each at its marker
        double top() const { return (lo + hi) / 2; }
    };
    std::vector<Block> blocks;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Placed& p = L.items[order[k]];
        const double want = p.x0 - 8;
        Block b{k, k + 1, p.label().height, want, want};
        // Merge while this block would meet the one above it (or the first would rise above the floor).
        while (!blocks.empty() && std::max(blocks.back().top(), floor) + blocks.back().height + kDownLabelGap > b.top()) {
            Block a = blocks.back();
            blocks.pop_back();
            const double shift = a.height + kDownLabelGap;  // b's labels sit this far below a's top
            a.lo = std::min(a.lo, b.lo - shift);
            a.hi = std::max(a.hi, b.hi - shift);
            a.end = b.end;
            a.height += kDownLabelGap + b.height;
            b = a;
        }
        blocks.push_back(b);
    }
    double worst = 0;
    for (const auto& b : blocks) {
        double top = std::max(b.top(), floor);
        for (std::size_t k = b.first; k < b.end; ++k) {
            Placed& p = L.items[order[k]];
            p.label_top = top;
            worst = std::max(worst, std::abs(top - (p.x0 - 8)));
            top += p.label().height + kDownLabelGap;
        }
    }
    return worst;
}

// Fits the scale to [plot_top, plot_top + length], places markers and labels,
// and returns how far a label was pushed from its marker.
double fit_down(Layout& L, const DownFrame& F, double length) {
    L.plot_x0 = F.plot_top;
    L.plot_x1 = F.plot_top + length;
    fit_scale(L);
    for (auto& p : L.items) place_marker(L, p);
    double push = 0;
    for (std::size_t k = 0; k < L.lanes.size(); ++k) {
        Lane& lane = L.lanes[k];
        // Marker columns leave the labels room for their longest word.
        const double spare = lane.height - kDownColumnBase - F.text_min[k] + kMarkerPitch;
        assign_marker_rows(L, lane, F.narrow ? F.track_rows : std::clamp(static_cast<int>(spare / kMarkerPitch), 1, kMaxMarkerRows));
        // A label stays in its column; only one too narrow for a word breaks it between characters.
        const double x = down_label_x(lane, F);
        const double room = std::max(12.0, (F.narrow ? F.text_right - 2 : lane.top + lane.height - 6) - x - kTextInset);
        for (std::size_t i : lane.items) {
            Placed& p = L.items[i];
            p.y = marker_y(lane, p.marker_row);
            p.text_x = x + kTextInset;
            p.variants.clear();
            const std::string date = date_text(*p.ev);
            // A column is narrow: titles take the lines they need.
            auto run_in = run_in_label(date, p.ev->title, room, 0);
            p.variants.push_back(run_in ? *run_in : wrap_label(date, p.ev->title, room, 0));
            p.variant = 0;
            p.label_row = 0;
        }
        if (!F.narrow) push = std::max(push, stack_down_labels(L, lane, F.plot_top - 8));
    }
    if (!F.narrow) return push;
    // The narrow form stacks every label in its one text column, as a column's own.
    Lane column;
    for (std::size_t i = 0; i < L.items.size(); ++i) column.items.push_back(i);
    return stack_down_labels(L, column, F.plot_top - 8);
}

// Every label and the gaps between them, one under another.
double stacked_height(const Layout& L) {
    double h = 0;
    for (const auto& p : L.items) h += p.label().height + kDownLabelGap;
    return h;
}

// The axis grows until no label sits far from its marker.
void layout_down(Layout& L, DownFrame& F) {
    double busiest = 0;
    for (const auto& lane : L.lanes) busiest = std::max(busiest, static_cast<double>(lane.items.size()));
    double length = std::max(360.0, busiest * kDownMarkerGap);
    for (int fit = 0; fit < kDownFits; ++fit) {
        if (fit_down(L, F, length) <= kDownMaxPush || fit + 1 == kDownFits) break;
        length *= 1.25;
    }
    // The narrow form's one column is never shorter than its labels stacked: shorter, they
    // would drift further from their markers with every label (years, at 500 events).
    if (F.narrow && L.plot_x1 - L.plot_x0 < stacked_height(L)) fit_down(L, F, stacked_height(L));
    double bottom = L.plot_x1;
    for (const auto& p : L.items) bottom = std::max(bottom, p.label_top + p.label().height);
    F.plot_bottom = bottom + 12;
}

// The texts links keep clear of, in the layout's transposed frame.
std::vector<Box> down_texts(const Layout& L, const std::vector<Tick>& ticks, const DownFrame& F) {
    std::vector<Box> out;
    for (const auto& p : L.items)
        out.push_back(turned(Box{p.text_x - 2, p.label_top - 1, p.text_x + p.label().width + 2, p.label_top + p.label().height}));
    for (const auto& t : ticks) out.push_back(turned(Box{kMargin, t.x - 10, F.axis_x - 2, t.x + 4}));
    return out;
}

scene::Group down_lanes(const Layout& L, const DownFrame& F) {
    scene::Group g = make_group("tl-lanes", cls::lanes);
    for (std::size_t i = 0; i < L.lanes.size(); ++i) {
        const Lane& lane = L.lanes[i];
        scene::Group lg = make_group(fmt::format("tl-lane-{}", i), style::classes({cls::lane, lane.cls}), lane.id);
        // The narrow form's track begins at its name, which reaches right over the tracks beginning below it.
        const double top = F.narrow ? F.name_top[i] : F.head_top;
        lg.items.push_back(scene::Rect{lane.top, top, lane.height, F.plot_bottom - top, 0,
                                       lane.odd ? style::classes({cls::band, cls::odd}) : cls::band});
        double y = top + 14;
        for (const auto& name : lane.name_lines) {
            lg.items.push_back(text(lane.top + (F.narrow ? 4 : 8), y, name, kLaneFont.cls));
            y += kTitlePitch;
        }
        g.children.push_back(std::move(lg));
    }
    return g;
}

std::vector<Tick> down_ticks(const Layout& L) {
    return axis_ticks(L.scale, {style::kTick.px, 3, kDownTickGap, 0, kDownTickExtent});
}

double tick_width(const std::string& s) { return measure::text_width(s, style::kTick.px, style::kTick.face); }

// A tick label and its context as one date: a time of day after its day, a day or month before its month or year.
std::string down_tick_text(const Tick& t) {
    if (t.context.empty()) return t.label;
    return t.label.find(':') != std::string::npos ? t.context + " " + t.label : t.label + " " + t.context;
}

bool fits_axis_column(const std::string& s, const DownFrame& F) {
    return tick_width(s) <= F.axis_x - 6 - kMargin;
}

// The widest text of a tick alone: its context may stand over it.
double widest_tick(const std::vector<Tick>& ticks) {
    double w = 0;
    for (const auto& t : ticks) w = std::max({w, tick_width(t.label), tick_width(t.context)});
    return w;
}

// Where a tick's text ends: 6 px left of the axis, or nearer it (over the
// tick's short mark) where a long date in a narrow figure would cross its left edge.
double tick_end(const std::string& s, const DownFrame& F) {
    return std::clamp(tick_width(s) + 1, F.axis_x - 6, F.axis_x - 1);
}

scene::Group down_axis(const Layout& L, const std::vector<Tick>& ticks, const DownFrame& F, scene::Group& lanes) {
    scene::Group g = make_group("tl-axis", cls::axis_group);
    g.data.push_back(scale_data(L.scale));
    scene::Path axis{{}, cls::axis, scene::Marker::none};
    for (const auto& sg : L.scale.segments()) {
        axis.ops.push_back({'M', {{F.axis_x, sg.x0}}});
        axis.ops.push_back({'L', {{F.axis_x, sg.x1}}});
    }
    for (const auto& t : ticks) {
        if (!t.mark) continue;
        axis.ops.push_back({'M', {{F.axis_x - 4, t.x}}});
        axis.ops.push_back({'L', {{F.axis_x, t.x}}});
    }
    g.items.push_back(std::move(axis));
    for (const auto& b : L.scale.breaks()) {
        if (!b.empty) {
            g.items.push_back(line({F.axis_x, b.x0 + 2}, {F.axis_x, b.x1 - 2}, style::classes({cls::axis, cls::squeezed})));
            continue;
        }
        const double mid = (b.x0 + b.x1) / 2;
        lanes.items.push_back(scene::Rect{F.plot_left, mid - 4, L.width - kMargin - F.plot_left, 8, 0, cls::break_gap});
        for (double dy : {-3.0, 3.0}) {
            scene::Path z{{{'M', {{F.axis_x - 7, mid + dy - 2}}}}, cls::axis_break, scene::Marker::none};
            for (int k = 1; k <= 4; ++k) z.ops.push_back({'L', {{F.axis_x - 7 + 3.5 * k, mid + dy + (k % 2 == 1 ? 2 : -2)}}});
            g.items.push_back(std::move(z));
        }
    }
    for (const auto& t : ticks) {
        // Where the stretch a context names begins, the tick says the whole date ("15 Jun 2023",
        // "13 Jun 2023 12:00"); a context set apart from its label read as part of another date.
        if (const auto whole = down_tick_text(t); !t.context.empty() && fits_axis_column(whole, F)) {
            g.items.push_back(text(F.axis_x - 6, t.x + 4, whole, style::kTick.cls, scene::Anchor::end));
            continue;
        }
        g.items.push_back(text(tick_end(t.label, F), t.x + 4, t.label, style::kTick.cls, scene::Anchor::end));
        // Too long for the axis's column: its context over it.
        if (!t.context.empty())
            g.items.push_back(text(tick_end(t.context, F), t.x - 9, t.context, style::classes({style::kTick.cls, cls::context}),
                                   scene::Anchor::end));
    }
    return g;
}

scene::Group down_grid(const std::vector<Tick>& ticks, const DownFrame& F, double right) {
    scene::Group g = make_group("tl-grid", cls::grid_group);
    scene::Path grid{{}, cls::grid, scene::Marker::none};
    for (const auto& t : ticks) {
        if (!t.mark) continue;
        grid.ops.push_back({'M', {{F.axis_x, t.x}}});
        grid.ops.push_back({'L', {{right, t.x}}});
    }
    if (!grid.ops.empty()) g.items.push_back(std::move(grid));
    return g;
}

scene::Group down_event(const Layout& L, const Placed& p, const DownFrame& F) {
    scene::Group g = event_shell(L, p);
    const Lane& lane = L.lanes[p.lane];
    if (p.shape == Shape::dot) {
        g.items.push_back(frame::lane_marker(lane.index, lane.no_lane, {p.y, p.x0}, kDotR, cls::dot));
    } else {
        g.items.push_back(scene::Rect{p.y - kBarH / 2, p.x0, kBarH, p.x1 - p.x0, 3,
                                      p.shape == Shape::bar ? cls::bar : style::classes({cls::bar, cls::fuzzy})});
    }
    // A label moved from its marker keeps a leader to it, to its nearest line.
    const double marker_edge = p.y + (p.shape == Shape::dot ? kDotR : kBarH / 2) + 1;
    const double reach = std::clamp(p.x0, p.label_top + 7, std::max(p.label_top + 7, p.label_top + p.label().height - 7));
    // In the narrow form a label stands away from all but the last track's markers.
    const bool away = F.narrow && p.text_x - 4 - marker_edge > 12;
    // There it runs straight from the marker to its label: elbows at the text column's edge would
    // share one line, and a reader could not follow a leader from its label back to its marker.
    if (F.narrow && (away || reach != p.x0))
        g.items.push_back(line({marker_edge, p.x0}, {p.text_x - 4, reach}, cls::leader));
    else if (p.label_top > p.x0 - 5 || reach != p.x0)
        g.items.push_back(scene::Path{{{'M', {{marker_edge, p.x0}}}, {'L', {{p.text_x - 4, p.x0}}},
                                       {'L', {{p.text_x - 4, reach}}}},
                                      cls::leader, scene::Marker::none});
    add_label_text(lane, p, g);
    return g;
}

// Down the page a period's band spans the columns (or its own lane's), and
// its title stands inside the band, right-aligned in the band or in one of its
// columns, at the first place from the band's top that meets no label, marker
// or other title; in a crowded band, on the line above or below it. A band with
// no such place names itself in its <title> only.
std::vector<Box> down_obstacles(const Layout& L) {
    std::vector<Box> out;
    for (const auto& p : L.items) {
        out.push_back({p.text_x - 2, p.label_top - 1, p.text_x + p.label().width + 2, p.label_top + p.label().height});
        const double r = p.shape == Shape::dot ? kDotR : kBarH / 2;
        out.push_back({p.y - r - 1, marker_left(p) - 1, p.y + r + 1, marker_right(p) + 1});
    }
    return out;
}

bool meets(const Box& a, const Box& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

std::optional<Box> down_period_title(const std::vector<Box>& obstacles, const std::vector<double>& ends, double left,
                                     double y0, double y1, double w) {
    constexpr double kStep = 2, kLine = 13;
    std::vector<Box> near;
    for (const auto& b : obstacles)
        if (b.y1 > y0 && b.y0 < y1) near.push_back(b);
    for (double y = y0 + 2; y + kLine <= y1; y += kStep)
        for (double end : ends) {
            const Box box{end - w - 2, y - 1, end + 2, y + kLine + 1};
            if (box.x0 < left) continue;
            if (std::none_of(near.begin(), near.end(), [&](const Box& b) { return meets(box, b); })) return box;
        }
    return std::nullopt;
}

scene::Group down_period(const Layout& L, const DownFrame& F, const model::Period& p, std::size_t i,
                         std::vector<Box>& obstacles) {
    scene::Group g = make_group(fmt::format("tl-period-{}", i), "");
    const Minutes lo = std::max(p.date.earliest(), L.domain.lo);
    const Minutes hi = std::min(p.date.open ? L.domain.hi : p.date.latest(), L.domain.hi);
    if (hi < lo || L.lanes.empty()) return g;  // off the axis
    const double y0 = L.scale.x(lo), y1 = std::max(L.scale.x(hi), y0 + 2);
    std::vector<const Lane*> lanes;
    for (const auto& lane : L.lanes)
        if (p.lane.empty() || lane.id == p.lane) lanes.push_back(&lane);
    if (lanes.empty()) return g;  // a lane this drawing leaves out
    const double x0 = lanes.front()->top;
    // The narrow form's tracks hold no title: a band of every lane spans the text column too, and titles stand there.
    const double x1 = F.narrow && p.lane.empty() ? F.text_right : lanes.back()->top + lanes.back()->height;
    g.title = fmt::format("{}: {}", model::format_date(p.date), p.title);
    g.items.push_back(scene::Rect{x0, y0, x1 - x0, y1 - y0, 0, cls::period});
    const auto& f = style::kPeriodTitle;
    const double w = measure::text_width(p.title, f.px, f.face);
    std::vector<double> ends{x1 - 4};
    if (F.narrow) ends = {F.text_right - 4};
    else
        for (auto it = lanes.rbegin(); it != lanes.rend(); ++it) ends.push_back((*it)->top + (*it)->height - 4);
    // Inside the band; else on the line just above it, or just below it.
    const double left = F.narrow ? F.text_left : x0 + 2;
    auto box = down_period_title(obstacles, ends, left, y0, y1, w);
    if (!box) box = down_period_title(obstacles, ends, left, y0 - 18, y0, w);
    if (!box) box = down_period_title(obstacles, ends, left, y1, y1 + 18, w);
    if (box) {
        g.items.push_back(text(box->x1 - 2, baseline(box->y0 + 1, f.px), p.title, f.cls, scene::Anchor::end));
        obstacles.push_back(*box);
    }
    return g;
}

// Periods down the page; `titles` gets the boxes of their titles, in the layout's transposed frame.
scene::Group down_periods(const Layout& L, const DownFrame& F, std::vector<Box>& titles) {
    scene::Group g = make_group("tl-periods", cls::periods);
    std::vector<Box> obstacles = down_obstacles(L);
    const std::size_t before = obstacles.size();
    const auto& periods = L.eg.document.periods;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        scene::Group band = down_period(L, F, periods[i], i, obstacles);
        if (!band.items.empty()) g.children.push_back(std::move(band));
    }
    for (std::size_t k = before; k < obstacles.size(); ++k) titles.push_back(turned(obstacles[k]));
    return g;
}

}  // namespace

// The axis on the left, lanes as columns (or tracks and the text column), and
// what lies in them; returns the bottom of the columns.
double add_body_down(Layout& L, scene::Scene& s, double top, core::Progress& progress) {
    if (L.items.empty()) return top;
    const double width = L.width;
    DownFrame F;
    F.plot_top = down_columns(L, F, top, 0);
    layout_down(L, F);
    auto ticks = down_ticks(L);
    // A tick's text too wide for the axis's column and the margin but 4 px (days of a year BCE,
    // "16 Mar 44 BCE", in a narrow figure): the column widens to it, and the layout runs again.
    if (const double need = widest_tick(ticks) + 6 - (kMargin - 4); need > F.axis_x - kMargin) {
        L.width = width;
        F = DownFrame{};
        F.plot_top = down_columns(L, F, top, need);
        layout_down(L, F);
        ticks = down_ticks(L);
    }
    scene::Group lanes = down_lanes(L, F);
    scene::Group axis = down_axis(L, ticks, F, lanes);
    scene::Group events = make_group("tl-events", cls::events);
    for (std::size_t i = 0; i < L.items.size(); ++i) {
        progress.step(L.items.size() + i);
        events.children.push_back(down_event(L, L.items[i], F));
    }
    auto boxes = down_texts(L, ticks, F);
    std::optional<scene::Group> periods;
    if (!L.eg.document.periods.empty()) periods = down_periods(L, F, boxes);
    scene::Group links = links_group(L, [&] { return make_router(L, boxes, F.plot_bottom, L.width); });
    turn_paths(links);
    s.groups.push_back(std::move(lanes));
    if (periods) s.groups.push_back(std::move(*periods));
    s.groups.push_back(down_grid(ticks, F, L.width - kMargin));
    s.groups.push_back(std::move(axis));
    s.groups.push_back(std::move(links));
    s.groups.push_back(std::move(events));
    return F.plot_bottom;
}

void prepare_down(Layout& L) {
    collect_events(L);
    for (auto& p : L.items) p.shape = shape_of(p.ev->date);
}

}  // namespace timegraph::timeline::detail
