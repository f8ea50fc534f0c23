#include "timescale/time_scale.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "measure/text_metrics.hpp"

namespace timegraph::timescale {

namespace {

constexpr Minutes kHour = 60;
constexpr Minutes kDay = 1440;
constexpr int kMaxFitRounds = 40;

// The fitting problem. The points are the markers (where labels attach: a
// point span's middle, a range's start) and the edges of the clusters that
// spans form; between two neighbouring points the time is either covered by
// some span (inside a cluster) or empty (between clusters).
struct Problem {
    std::vector<Minutes> pts;
    std::vector<char> covered;           // per gap (pts[i], pts[i+1])
    std::vector<Minutes> markers;        // sorted
    std::vector<Minutes> prev_in_track;  // per marker: the time of the one before it in its track, or kNone
    std::vector<double> weight_before;   // prefix sums of marker weights
    const ScaleOptions& opt;
    Minutes min_span = kHour;  // a lone instant is drawn as if it lasted this long
};

constexpr Minutes kNone = std::numeric_limits<Minutes>::min();

// Sorted by time, then track.
std::vector<std::pair<Minutes, int>> markers_of(const std::vector<TimeSpan>& spans) {
    std::vector<std::pair<Minutes, int>> m;
    for (const auto& s : spans) m.emplace_back(s.point ? s.lo + (s.hi - s.lo) / 2 : s.lo, s.track);
    std::sort(m.begin(), m.end());
    return m;
}

void add_markers(Problem& p, const std::vector<TimeSpan>& spans) {
    std::map<int, Minutes> last;  // per track
    p.weight_before.push_back(0);
    for (const auto& [t, track] : markers_of(spans)) {
        auto it = last.find(track);
        p.prev_in_track.push_back(it == last.end() ? kNone : it->second);
        last[track] = t;
        p.markers.push_back(t);
        p.weight_before.push_back(p.weight_before.back() + 1);
    }
}

// Maximal runs of overlapping spans (touching ones too): no time inside is empty.
std::vector<TimeSpan> clusters_of(std::vector<TimeSpan> spans) {
    std::sort(spans.begin(), spans.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.lo < b.lo; });
    std::vector<TimeSpan> out;
    for (const auto& s : spans) {
        if (!out.empty() && s.lo <= out.back().hi + 1) out.back().hi = std::max(out.back().hi, s.hi);
        else out.push_back({s.lo, s.hi});
    }
    return out;
}

Problem build_problem(std::vector<TimeSpan>& spans, TimeSpan domain, const ScaleOptions& opt) {
    Problem p{{}, {}, {}, {}, {}, opt};
    std::erase_if(spans, [&](const TimeSpan& s) { return s.hi < domain.lo || s.lo > domain.hi || s.hi < s.lo; });
    for (auto& s : spans) s.lo = std::max(s.lo, domain.lo), s.hi = std::min(s.hi, domain.hi);
    add_markers(p, spans);
    auto clusters = clusters_of(spans);
    p.pts = p.markers;
    for (const auto& c : clusters) p.pts.push_back(c.lo), p.pts.push_back(c.hi);
    // The ends of an explicit domain stay on the axis even where no event lies.
    if (clusters.empty() || domain.lo < clusters.front().lo) p.pts.push_back(domain.lo);
    if (clusters.empty() || domain.hi > clusters.back().hi) p.pts.push_back(domain.hi);
    std::sort(p.pts.begin(), p.pts.end());
    p.pts.erase(std::unique(p.pts.begin(), p.pts.end()), p.pts.end());
    for (std::size_t i = 0; i + 1 < p.pts.size(); ++i) {
        auto c = std::upper_bound(clusters.begin(), clusters.end(), p.pts[i],
                                  [](Minutes t, const TimeSpan& s) { return t < s.lo; });
        p.covered.push_back(c != clusters.begin() && p.pts[i + 1] <= std::prev(c)->hi);
    }
    p.min_span = std::max<Minutes>(kHour, (p.pts.back() - p.pts.front()) / 1000);
    return p;
}

enum class Cut : char { none, empty, squeezed };

// A run of boundary points drawn as one linear segment.
struct Group {
    std::size_t first = 0, last = 0;  // point indices, inclusive
    double weight = 0;                // of the markers in it
    double need = 0;                  // px per minute its crowded markers want (0: none)
    double min_width = 0;
    double width = 0;
    double rate = 0;  // px per minute
};

// How far a break's zig-zag reaches either side of its middle, and 1 px clear of it.
constexpr double kBreakMarkReach = 6;

// The least width a segment gets: its tick label ("2019", "Mar") and a little room.
constexpr double kNarrowSegment = 32;

double cut_width(Cut c, const ScaleOptions& o) { return c == Cut::empty ? o.break_width : o.squeeze_width; }

// The least width a segment whose events start at t needs for one tick label
// (its year, "133 BCE", at its start, running at most into half the break
// after it): a narrower one is left unlabelled.
double label_room(const ScaleOptions& o, Minutes t) {
    const TickStyle ts;
    const double w = measure::text_width(model::year_text(model::civil(t).year), ts.font_px);
    return std::max(kNarrowSegment, ts.label_offset + w + 1 - (o.break_width / 2 - kBreakMarkReach));
}

// The rate at which neighbouring markers of one track (a lane) in the group
// would stand min_marker_gap apart; 0 when no two are distinct.
double needed_rate(const Problem& p, std::size_t first, std::size_t last) {
    auto lo = std::lower_bound(p.markers.begin(), p.markers.end(), p.pts[first]) - p.markers.begin();
    auto hi = std::upper_bound(p.markers.begin(), p.markers.end(), p.pts[last]) - p.markers.begin();
    Minutes closest = 0;
    for (auto k = static_cast<std::size_t>(lo); k < static_cast<std::size_t>(hi); ++k) {
        Minutes prev = p.prev_in_track[k];
        if (prev == kNone || prev < p.pts[first] || prev == p.markers[k]) continue;
        Minutes d = p.markers[k] - prev;
        if (closest == 0 || d < closest) closest = d;
    }
    return closest > 0 ? p.opt.min_marker_gap / static_cast<double>(closest) : 0.0;
}

std::vector<Group> make_groups(const Problem& p, const std::vector<Cut>& cuts) {
    std::vector<Group> groups;
    for (std::size_t i = 0; i < p.pts.size(); ++i) {
        if (i == 0 || cuts[i - 1] != Cut::none) groups.push_back({i, i});
        groups.back().last = i;
    }
    for (auto& g : groups) {
        auto lo = std::lower_bound(p.markers.begin(), p.markers.end(), p.pts[g.first]) - p.markers.begin();
        auto hi = std::upper_bound(p.markers.begin(), p.markers.end(), p.pts[g.last]) - p.markers.begin();
        g.weight = p.weight_before[static_cast<std::size_t>(hi)] - p.weight_before[static_cast<std::size_t>(lo)];
        // A segment between two squeezed stretches may be narrower: its tick
        // label can reach into the dotted stretch after it.
        bool squeezed_in = g.first > 0 && g.last + 1 < p.pts.size() && cuts[g.first - 1] == Cut::squeezed &&
                           cuts[g.last] == Cut::squeezed;
        g.min_width = squeezed_in ? p.opt.min_segment_width * 2 / 3 : p.opt.min_segment_width;
        g.need = needed_rate(p, g.first, g.last);
    }
    return groups;
}

// Each segment gets its minimum width, then what its crowded markers need
// (or a fair part of that when there is not enough for all), then a share
// of the rest by the markers it holds: dense stretches get room.
void allocate(std::vector<Group>& groups, const std::vector<Cut>& cuts, const Problem& p) {
    double avail = p.opt.x1 - p.opt.x0;
    for (Cut c : cuts)
        if (c != Cut::none) avail -= cut_width(c, p.opt);
    // Minimum widths take at most half of the axis: many lone events years
    // apart must not leave a crowd the crumbs (a one-day outage beside its
    // background since 2017). They shrink towards room for one short label.
    // Only when some crowd lacks the room it needs.
    double mins = 0, wants = 0;
    for (const auto& g : groups) {
        mins += g.min_width;
        wants += std::max(g.min_width, g.need * static_cast<double>(std::max(p.pts[g.last] - p.pts[g.first], p.min_span)) +
                                           2 * p.opt.segment_pad);
    }
    // The last keeps its width: its label has no break after it to run into.
    if (groups.size() > 1 && wants > avail && mins > avail / 2)
        for (std::size_t k = 0; k + 1 < groups.size(); ++k)
            groups[k].min_width = std::max(label_room(p.opt, p.pts[groups[k].first]), groups[k].min_width * avail / 2 / mins);
    double sum_min = 0, sum_demand = 0, total = 0;
    std::vector<double> demand;
    for (const auto& g : groups) {
        auto span = static_cast<double>(std::max(p.pts[g.last] - p.pts[g.first], p.min_span));
        demand.push_back(std::max(g.min_width, g.need * span + 2 * p.opt.segment_pad));
        sum_min += g.min_width, sum_demand += demand.back(), total += g.weight;
    }
    for (std::size_t k = 0; k < groups.size(); ++k) {
        Group& g = groups[k];
        double share = total > 0 ? g.weight / total : 1.0 / static_cast<double>(groups.size());
        if (avail <= sum_min) g.width = g.min_width * std::max(avail, 1.0) / sum_min;
        else if (avail <= sum_demand) g.width = g.min_width + (avail - sum_min) * (demand[k] - g.min_width) / (sum_demand - sum_min);
        else g.width = demand[k] + (avail - sum_demand) * share;
        Minutes span = std::max(p.pts[g.last] - p.pts[g.first], p.min_span);
        g.rate = std::max(g.width - 2 * p.opt.segment_pad, 1.0) / static_cast<double>(span);
    }
}

struct Candidate {
    double px;
    std::size_t gap;
    Cut cut;
};

// Long empty gaps become breaks. Where a segment's markers crowd, the
// covered stretches between markers (only bars pass through them) that would
// be wide at the rate the crowd needs are squeezed. The widest go
// first; each round gives the remaining segments more room, so repeat.
std::vector<Candidate> candidates(const Problem& p, const std::vector<Group>& groups, Minutes min_break) {
    std::vector<Candidate> out;
    for (const auto& g : groups) {
        const double need = g.need;
        bool crowd = need > g.rate;
        for (std::size_t i = g.first; i < g.last; ++i) {
            auto len = static_cast<double>(p.pts[i + 1] - p.pts[i]);
            if (!p.covered[i]) {
                // In a crowd, an empty gap is judged at the rate the crowd needs:
                // the night after a busy day is cut, not drawn at the crowd's scale.
                double px = len * (crowd ? need : g.rate);
                bool long_enough = len >= static_cast<double>(min_break) || (crowd && len >= kHour);
                if (long_enough && px > 2.5 * p.opt.break_width) out.push_back({px, i, Cut::empty});
            } else if (crowd && len * g.rate > 3 * p.opt.squeeze_width) {
                out.push_back({len * need, i, Cut::squeezed});
            }
        }
    }
    // Breaks settle first: a squeeze is judged by the crowd in its own segment,
    // not in a stretch that a break will still split.
    if (std::any_of(out.begin(), out.end(), [](const Candidate& c) { return c.cut == Cut::empty; }))
        std::erase_if(out, [](const Candidate& c) { return c.cut != Cut::empty; });
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.px != b.px ? a.px > b.px : a.gap < b.gap;
    });
    return out;
}

std::vector<Cut> choose_cuts(const Problem& p, Minutes min_break) {
    std::vector<Cut> cuts(p.pts.size() - 1, Cut::none);
    double fixed = 0;
    double labels = label_room(p.opt, p.pts.front());  // what the segments' tick labels need
    for (int round = 0; round < kMaxFitRounds; ++round) {
        auto groups = make_groups(p, cuts);
        allocate(groups, cuts, p);
        bool added = false;
        for (const auto& c : candidates(p, groups, min_break)) {
            double w = cut_width(c.cut, p.opt);
            // Keep room for every segment's tick label, and some for the crowd.
            const double label = label_room(p.opt, p.pts[c.gap + 1]);
            if (p.opt.x1 - p.opt.x0 - fixed - w < labels + label + p.opt.min_segment_width) break;
            cuts[c.gap] = c.cut;
            fixed += w;
            labels += label;
            added = true;
            // One squeeze a round: it changes which segments are still crowded.
            if (c.cut == Cut::squeezed) break;
        }
        if (!added) break;
    }
    return cuts;
}

// Turns groups into segments: pads each one into the cut gaps beside it (by
// at most a third of a gap, so that the cut keeps the middle).
std::vector<ScaleSegment> place(const std::vector<Group>& groups, const std::vector<Cut>& cuts, const Problem& p,
                                std::vector<char>& empty) {
    std::vector<ScaleSegment> out;
    double x = p.opt.x0;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        const Group& g = groups[k];
        Minutes lo = p.pts[g.first], hi = p.pts[g.last];
        double pad_t = p.opt.segment_pad / g.rate + static_cast<double>(std::max<Minutes>(0, p.min_span - (hi - lo))) / 2;
        Minutes ext = std::max<Minutes>(1, static_cast<Minutes>(std::llround(pad_t)));
        Minutes ext_lo = k > 0 ? std::min(ext, (lo - p.pts[g.first - 1]) / 3) : ext;
        Minutes ext_hi = k + 1 < groups.size() ? std::min(ext, (p.pts[g.last + 1] - hi) / 3) : ext;
        out.push_back({lo - ext_lo, hi + ext_hi, x, x + g.width, lo, hi});
        x += g.width;
        if (k + 1 < groups.size()) {
            empty.push_back(cuts[g.last] == Cut::empty);
            x += cut_width(cuts[g.last], p.opt);
        }
    }
    if (!out.empty()) out.back().x1 = p.opt.x1;  // absorb rounding
    return out;
}

}  // namespace

TimeScale TimeScale::fit(std::vector<TimeSpan> spans, TimeSpan domain, const ScaleOptions& options) {
    TimeScale s;
    s.options_ = options;
    if (s.options_.x1 <= s.options_.x0) s.options_.x1 = s.options_.x0 + 1;
    if (domain.hi < domain.lo) std::swap(domain.lo, domain.hi);
    Problem p = build_problem(spans, domain, s.options_);
    std::vector<Cut> cuts(p.pts.size() - 1, Cut::none);
    // Empty gaps shorter than a hundredth of the whole never break: a break is
    // for long stretches, not for the space between neighbouring events.
    if (options.kind == ScaleKind::compressed)
        cuts = choose_cuts(p, std::max<Minutes>(6, (p.pts.back() - p.pts.front()) / 100));
    auto groups = make_groups(p, cuts);
    allocate(groups, cuts, p);
    s.segments_ = place(groups, cuts, p, s.empty_);
    return s;
}

double TimeScale::x(Minutes t) const {
    const auto& segs = segments_;
    auto it = std::upper_bound(segs.begin(), segs.end(), t, [](Minutes v, const ScaleSegment& s) { return v < s.t0; });
    const ScaleSegment& s = it == segs.begin() ? segs.front() : *std::prev(it);
    auto lerp = [](Minutes v, Minutes t0, Minutes t1, double x0, double x1) {
        return x0 + (x1 - x0) * static_cast<double>(v - t0) / static_cast<double>(std::max<Minutes>(1, t1 - t0));
    };
    if (t <= s.t1 || it == segs.end()) return lerp(t, s.t0, s.t1, s.x0, s.x1);
    return lerp(t, s.t1, it->t0, s.x1, it->x0);  // inside a break or a squeezed stretch
}

std::vector<AxisBreak> TimeScale::breaks() const {
    std::vector<AxisBreak> out;
    for (std::size_t i = 0; i + 1 < segments_.size(); ++i)
        out.push_back({segments_[i].t1, segments_[i + 1].t0, segments_[i].x1, segments_[i + 1].x0, empty_[i] != 0});
    return out;
}

// ---------------------------------------------------------------------------
// Axis ticks

namespace {

enum class Unit { minute, hour, day, week, month, year };

struct Step {
    Unit unit;
    int n;
    Minutes approx;  // typical length, to skip steps that are far too fine
};

constexpr Minutes kYear = 525'949;  // 365.2425 days
constexpr Step kLadder[] = {
    {Unit::minute, 5, 5},         {Unit::minute, 10, 10},          {Unit::minute, 15, 15},
    {Unit::minute, 30, 30},       {Unit::hour, 1, kHour},       {Unit::hour, 3, 3 * kHour},      {Unit::hour, 6, 6 * kHour},
    {Unit::hour, 12, 12 * kHour}, {Unit::day, 1, kDay},            {Unit::day, 2, 2 * kDay},
    {Unit::week, 1, 7 * kDay},    {Unit::month, 1, kYear / 12},    {Unit::month, 3, kYear / 4},
    {Unit::year, 1, kYear},       {Unit::year, 2, 2 * kYear},      {Unit::year, 5, 5 * kYear},
    {Unit::year, 10, 10 * kYear}, {Unit::year, 20, 20 * kYear},    {Unit::year, 50, 50 * kYear},
    {Unit::year, 100, 100 * kYear}, {Unit::year, 200, 200 * kYear}, {Unit::year, 500, 500 * kYear},
    {Unit::year, 1000, 1000 * kYear}, {Unit::year, 2000, 2000 * kYear}, {Unit::year, 5000, 5000 * kYear},
    {Unit::year, 10000, 10000 * kYear},
};

Minutes floor_div(Minutes a, Minutes b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Years that start a step: N CE, 2N CE... and N BCE, 2N BCE...; there is no year 0.
bool year_on_step(int y, int n) { return n == 1 || (y >= 1 ? y % n == 0 : (1 - y) % n == 0); }

// Tick times of one step within [t0, t1]; `add` keeps those inside.
void day_ticks(const Step& st, Minutes t0, Minutes t1, const std::function<void(Minutes)>& add) {
    for (Minutes t = floor_div(t0, kDay) * kDay; t <= t1; t += kDay) {
        Minutes days = floor_div(t, kDay);
        bool monday = (days % 7 + 7 + 3) % 7 == 0;  // 1 Jan 1970 was a Thursday
        if (st.unit == Unit::week ? monday : (model::civil(t).day - 1) % st.n == 0) add(t);
    }
}

void month_ticks(const Step& st, Minutes t0, Minutes t1, const std::function<void(Minutes)>& add) {
    auto c = model::civil(t0);
    for (int y = c.year, m = static_cast<int>(c.month);; ++m) {
        if (m > 12) m = 1, ++y;
        Minutes t = model::to_minutes(y, static_cast<unsigned>(m), 1);
        if (t > t1) break;
        if ((m - 1) % st.n == 0) add(t);
    }
}

void year_ticks(const Step& st, Minutes t0, Minutes t1, const std::function<void(Minutes)>& add) {
    int y0 = model::civil(t0).year, y1 = model::civil(t1).year;
    for (int y = y0; y <= y1; ++y) {
        if (year_on_step(y, st.n)) {
            add(model::to_minutes(y, 1, 1));
            continue;
        }
        // Jump to the next year on the step instead of walking every year.
        int next = y >= 1 ? (y / st.n + 1) * st.n : 1 - ((1 - y) / st.n) * st.n;
        y = (next <= y ? 1 : next) - 1;
    }
}

std::vector<Minutes> tick_times(const Step& st, Minutes t0, Minutes t1) {
    std::vector<Minutes> out;
    auto add = [&](Minutes t) {
        if (t >= t0 && t <= t1) out.push_back(t);
    };
    switch (st.unit) {
    case Unit::minute:
    case Unit::hour: {
        Minutes step = st.unit == Unit::hour ? st.n * kHour : st.n;
        for (Minutes t = floor_div(t0, step) * step; t <= t1; t += step) add(t);
        break;
    }
    case Unit::day:
    case Unit::week: day_ticks(st, t0, t1, add); break;
    case Unit::month: month_ticks(st, t0, t1, add); break;
    case Unit::year: year_ticks(st, t0, t1, add); break;
    }
    return out;
}

std::string day_month(const model::CivilTime& c) { return fmt::format("{} {}", c.day, model::month_abbrev(c.month)); }

// What a reader needs above a short tick label: the year above months, the
// month and year above days, the day above hours.
std::string context_of(const Step& st, const model::CivilTime& c) {
    switch (st.unit) {
    case Unit::minute:
    case Unit::hour: return day_month(c) + " " + model::year_text(c.year);
    case Unit::day:
    case Unit::week: return fmt::format("{} {}", model::month_abbrev(c.month), model::year_text(c.year));
    case Unit::month: return model::year_text(c.year);
    case Unit::year: return {};
    }
    return {};
}

std::string short_label(const Step& st, const model::CivilTime& c) {
    switch (st.unit) {
    case Unit::minute:
    case Unit::hour: return fmt::format("{:02}:{:02}", c.hour, c.minute);
    case Unit::day:
    case Unit::week: return std::to_string(c.day);
    case Unit::month: return model::month_abbrev(c.month);
    case Unit::year: return model::year_text(c.year);
    }
    return {};
}

// How far a label of width w reaches along the axis.
double along(const TickStyle& style, double w) { return style.extent > 0 ? style.extent : w; }

// Ticks of one segment at one step, or nothing when their labels collide.
// The context goes on the first tick and wherever it changes, unless it would
// run into the context before it.
std::vector<Tick> try_step(const TimeScale& scale, const ScaleSegment& seg, const Step& st, double right_limit,
                           const TickStyle& style) {
    double width = seg.x1 - seg.x0;
    if (static_cast<double>(seg.t1 - seg.t0) / static_cast<double>(st.approx) > width / 12 + 2) return {};
    std::vector<Tick> ticks;
    double end = -1e300, context_end = -1e300;
    std::string last_context;
    for (Minutes t : tick_times(st, seg.t0, seg.t1)) {
        auto c = model::civil(t);
        Tick tk{t, scale.x(t), short_label(st, c), 0, {}, 0};
        tk.label_width = measure::text_width(tk.label, style.font_px);
        double start = tk.x + style.label_offset;
        if (start + along(style, tk.label_width) > right_limit) break;  // a tick in the padding may go unlabelled
        if (start < end + style.min_gap) return {};
        end = start + along(style, tk.label_width);
        std::string context = context_of(st, c);
        if (context != last_context) {
            double w = measure::text_width(context, style.font_px);
            if (ticks.empty() || start >= context_end + style.min_gap) {
                tk.context = context;
                tk.context_width = w;
                context_end = start + along(style, w);
                last_context = context;
            }
        }
        ticks.push_back(std::move(tk));
    }
    return ticks;
}

constexpr Step kDayStep{Unit::day, 1, kDay};

// A segment that holds a single instant gets one tick, on its day (or the
// round minute before it), rather than ticks of the padding around it.
std::vector<Tick> instant_tick(const TimeScale& scale, const ScaleSegment& seg, double right_limit,
                               const TickStyle& style) {
    Minutes day = floor_div(seg.c0, kDay) * kDay;
    bool on_day = day >= seg.t0;
    Minutes t = on_day ? day : seg.c0;
    for (Minutes unit : {kHour, Minutes{15}, Minutes{5}})
        if (!on_day && floor_div(seg.c0, unit) * unit >= seg.t0) {
            t = floor_div(seg.c0, unit) * unit;
            break;
        }
    if (!on_day && t != floor_div(t, 5) * 5) return {};  // no round minute in reach: the fallback names the period
    const Step& st = on_day ? kDayStep : kLadder[0];
    auto c = model::civil(t);
    Tick tk{t, scale.x(t), short_label(st, c), 0, context_of(st, c), 0};
    tk.label_width = measure::text_width(tk.label, style.font_px);
    tk.context_width = measure::text_width(tk.context, style.font_px);
    double start = tk.x + style.label_offset;
    if (start + along(style, tk.label_width) > right_limit) return {};
    return {tk};
}

// When no step has a tick inside a narrow segment, one label names the
// period its events lie in: the day, month or year that holds them all (the
// finest that fits), on a tick at that period's start when the start lies
// in the segment, else unmarked at the segment's start, so that no tick
// stands at an instant that is not round.
std::optional<Tick> fallback_tick(const TimeScale& scale, const ScaleSegment& seg, double right_limit,
                                  const TickStyle& style) {
    auto lo = model::civil(seg.c0), hi = model::civil(seg.c1);
    const bool same_year = lo.year == hi.year, same_month = same_year && lo.month == hi.month;
    const bool same_day = same_month && lo.day == hi.day;
    struct Option {
        std::string text;
        Minutes start;
    };
    std::vector<Option> options;
    if (same_day) options.push_back({day_month(lo) + " " + model::year_text(lo.year), floor_div(seg.c0, kDay) * kDay});
    if (same_month)
        options.push_back({fmt::format("{} {}", model::month_abbrev(lo.month), model::year_text(lo.year)),
                           model::to_minutes(lo.year, lo.month, 1)});
    if (!same_year)
        options.push_back({model::year_text(lo.year) + "–" + model::year_text(hi.year), model::to_minutes(lo.year, 1, 1)});
    options.push_back({model::year_text(lo.year), model::to_minutes(lo.year, 1, 1)});  // the last resort
    auto in_segment = [&](const Option& o) { return o.start >= seg.t0 && o.start <= seg.t1; };
    auto fits = [&](const Option& o, double x) {
        return x + style.label_offset + along(style, measure::text_width(o.text, style.font_px)) <= right_limit;
    };
    // On a tick at the period's start; else, where that leaves it no room, unmarked at the segment's start.
    const Option* pick = nullptr;
    bool marked = false;
    for (const auto& o : options) {
        marked = in_segment(o) && fits(o, scale.x(o.start));
        if (marked || fits(o, seg.x0)) {
            pick = &o;
            break;
        }
    }
    if (!pick) return std::nullopt;  // a segment too narrow for any label goes unlabelled
    Tick tk{marked ? pick->start : seg.t0, marked ? scale.x(pick->start) : seg.x0, pick->text, 0, {}, 0};
    tk.mark = marked;
    tk.label_width = measure::text_width(tk.label, style.font_px);
    return tk;
}

// Context labels may reach past their segment (the row above the tick labels
// is sparse), but never into each other or past the end of the axis.
// A context repeats no context before it: two segments of January 2024 say
// "Jan 2024" once, over the first.
void drop_crowded_contexts(std::vector<Tick>& ticks, double right_limit, const TickStyle& style) {
    double end = -1e300;
    std::string last;
    for (auto& t : ticks) {
        if (t.context.empty()) continue;
        double start = t.x + style.label_offset;
        if (t.context == last || start < end + style.min_gap || start + along(style, t.context_width) > right_limit) {
            t.context.clear();
            t.context_width = 0;
            continue;
        }
        end = start + along(style, t.context_width);
        last = t.context;
    }
}

}  // namespace

std::vector<Tick> axis_ticks(const TimeScale& scale, const TickStyle& style) {
    std::vector<Tick> out;
    const auto& segs = scale.segments();
    for (std::size_t i = 0; i < segs.size(); ++i) {
        const auto& seg = segs[i];
        // A label may run into the first half of the break after its segment, short of its zig-zag.
        double right_limit = i + 1 < segs.size() ? seg.x1 + (segs[i + 1].x0 - seg.x1) / 2 - kBreakMarkReach : seg.x1 + style.end_allowance;
        std::vector<Tick> best;
        if (seg.c0 == seg.c1) best = instant_tick(scale, seg, right_limit, style);
        for (std::size_t k = 0; k < std::size(kLadder) && best.empty(); ++k)
            best = try_step(scale, seg, kLadder[k], right_limit, style);
        if (best.empty())
            if (auto t = fallback_tick(scale, seg, right_limit, style)) best.push_back(std::move(*t));
        for (auto& t : best) out.push_back(std::move(t));
    }
    drop_crowded_contexts(out, scale.x1() + style.end_allowance, style);
    return out;
}

}  // namespace timegraph::timescale
