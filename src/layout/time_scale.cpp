#include "layout/time_scale.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "measure/text_metrics.hpp"

namespace timegraph::layout {

namespace {

constexpr Minutes kHour = 60;
constexpr Minutes kDay = 1440;
constexpr int kMaxFitRounds = 16;

// The fitting problem. Boundary points are the ends of every span; between
// two neighbouring points the time is either covered by some span or empty.
// Markers are where labels attach: a point span's middle, a range's start.
struct Problem {
    std::vector<Minutes> pts;
    std::vector<char> covered;       // per gap (pts[i], pts[i+1])
    std::vector<char> holds_marker;  // per gap: a marker lies strictly inside
    std::vector<Minutes> markers;    // sorted
    std::vector<double> weight_before;  // prefix sums of marker weights
    const ScaleOptions& opt;
    Minutes min_span = kHour;  // a lone instant is drawn as if it lasted this long
};

// Where a reader's eye (and a label) goes: a point's middle, a range's start.
std::vector<std::pair<Minutes, double>> markers_of(const std::vector<TimeSpan>& spans) {
    std::vector<std::pair<Minutes, double>> m;
    for (const auto& s : spans) m.emplace_back(s.point ? s.lo + (s.hi - s.lo) / 2 : s.lo, 1.0);
    std::sort(m.begin(), m.end());
    return m;
}

void mark_gaps(Problem& p, const std::vector<TimeSpan>& spans) {
    std::vector<Minutes> los, his;
    for (const auto& s : spans) los.push_back(s.lo), his.push_back(s.hi);
    std::sort(los.begin(), los.end());
    std::sort(his.begin(), his.end());
    const std::size_t gaps = p.pts.size() - 1;
    p.covered.assign(gaps, 0);
    p.holds_marker.assign(gaps, 0);
    for (std::size_t i = 0; i < gaps; ++i) {
        // Spans are closed and end on boundary points: one covers the gap
        // when it starts at or before pts[i] and ends after it.
        auto started = std::upper_bound(los.begin(), los.end(), p.pts[i]) - los.begin();
        auto ended = std::upper_bound(his.begin(), his.end(), p.pts[i]) - his.begin();
        p.covered[i] = started > ended;
    }
    for (Minutes m : p.markers) {
        auto it = std::upper_bound(p.pts.begin(), p.pts.end(), m);
        if (it == p.pts.begin() || it == p.pts.end() || *std::prev(it) == m) continue;
        p.holds_marker[static_cast<std::size_t>(it - p.pts.begin()) - 1] = 1;
    }
}

Problem build_problem(std::vector<TimeSpan>& spans, TimeSpan domain, const ScaleOptions& opt) {
    Problem p{{}, {}, {}, {}, {}, opt};
    std::erase_if(spans, [&](const TimeSpan& s) { return s.hi < domain.lo || s.lo > domain.hi || s.hi < s.lo; });
    for (auto& s : spans) {
        s.lo = std::max(s.lo, domain.lo);
        s.hi = std::min(s.hi, domain.hi);
        p.pts.push_back(s.lo);
        p.pts.push_back(s.hi);
    }
    // The ends of an explicit domain stay on the axis even where no event lies.
    if (spans.empty() || domain.lo < *std::min_element(p.pts.begin(), p.pts.end())) p.pts.push_back(domain.lo);
    if (spans.empty() || domain.hi > *std::max_element(p.pts.begin(), p.pts.end())) p.pts.push_back(domain.hi);
    std::sort(p.pts.begin(), p.pts.end());
    p.pts.erase(std::unique(p.pts.begin(), p.pts.end()), p.pts.end());
    p.weight_before.push_back(0);
    for (const auto& [t, w] : markers_of(spans)) {
        p.markers.push_back(t);
        p.weight_before.push_back(p.weight_before.back() + w);
    }
    if (p.pts.size() > 1) mark_gaps(p, spans);
    p.min_span = std::max<Minutes>(kHour, (p.pts.back() - p.pts.front()) / 1000);
    return p;
}

enum class Cut : char { none, empty, squeezed };

// A run of boundary points drawn as one linear segment.
struct Group {
    std::size_t first = 0, last = 0;  // point indices, inclusive
    double weight = 0;                // of the markers in it
    double min_width = 0;
    double width = 0;
    double rate = 0;  // px per minute
};

double cut_width(Cut c, const ScaleOptions& o) { return c == Cut::empty ? o.break_width : o.squeeze_width; }

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
        // A segment beside a break or an end of the axis needs room for a tick
        // label; one between two squeezed stretches only joins them.
        bool labelled = g.first == 0 || g.last + 1 == p.pts.size() || cuts[g.first - 1] == Cut::empty ||
                        cuts[g.last] == Cut::empty;
        g.min_width = labelled ? p.opt.min_segment_width : p.opt.min_segment_width / 3;
    }
    return groups;
}

// Each segment gets its minimum width; the rest goes by the markers it holds,
// so that dense stretches get room.
void allocate(std::vector<Group>& groups, const std::vector<Cut>& cuts, const Problem& p) {
    double avail = p.opt.x1 - p.opt.x0;
    for (Cut c : cuts)
        if (c != Cut::none) avail -= cut_width(c, p.opt);
    double need = 0, total = 0;
    for (const auto& g : groups) need += g.min_width, total += g.weight;
    for (auto& g : groups) {
        double share = total > 0 ? g.weight / total : 1.0 / static_cast<double>(groups.size());
        g.width = avail < need ? g.min_width * std::max(avail, 1.0) / need : g.min_width + (avail - need) * share;
        Minutes span = std::max(p.pts[g.last] - p.pts[g.first], p.min_span);
        g.rate = std::max(g.width - 2 * p.opt.segment_pad, 1.0) / static_cast<double>(span);
    }
}

// Distinct markers of a group closer than a dot's width and its spacing.
bool crowded(const Problem& p, const Group& g) {
    auto it = std::lower_bound(p.markers.begin(), p.markers.end(), p.pts[g.first]);
    auto end = std::upper_bound(p.markers.begin(), p.markers.end(), p.pts[g.last]);
    for (; it != end && std::next(it) != end; ++it) {
        Minutes d = *std::next(it) - *it;
        if (d > 0 && static_cast<double>(d) * g.rate < p.opt.min_marker_gap) return true;
    }
    return false;
}

struct Candidate {
    double px;
    std::size_t gap;
    Cut cut;
};

// Long empty gaps become breaks. Long covered stretches with nothing to show
// but bars passing through are squeezed, when the segment holding them is
// crowded. The widest go first; each round gives the remaining segments more
// room, so repeat.
std::vector<Candidate> candidates(const Problem& p, const std::vector<Group>& groups, Minutes min_gap) {
    std::vector<Candidate> out;
    for (const auto& g : groups) {
        bool crowd = crowded(p, g);
        for (std::size_t i = g.first; i < g.last; ++i) {
            Minutes len = p.pts[i + 1] - p.pts[i];
            double px = static_cast<double>(len) * g.rate;
            if (len < min_gap) continue;
            if (!p.covered[i] && px > 2.5 * p.opt.break_width) out.push_back({px, i, Cut::empty});
            else if (p.covered[i] && crowd && !p.holds_marker[i] && px > 3 * p.opt.squeeze_width)
                out.push_back({px, i, Cut::squeezed});
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

std::vector<Cut> choose_cuts(const Problem& p, Minutes min_gap) {
    std::vector<Cut> cuts(p.pts.size() - 1, Cut::none);
    double fixed = 0;
    std::size_t n_cuts = 0;
    for (int round = 0; round < kMaxFitRounds; ++round) {
        auto groups = make_groups(p, cuts);
        allocate(groups, cuts, p);
        bool added = false;
        for (const auto& c : candidates(p, groups, min_gap)) {
            double w = cut_width(c.cut, p.opt);
            // Keep room for every segment at a small minimum width.
            if (p.opt.x1 - p.opt.x0 - fixed - w < static_cast<double>(n_cuts + 2) * p.opt.min_segment_width / 2) break;
            cuts[c.gap] = c.cut;
            fixed += w;
            ++n_cuts;
            added = true;
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
        out.push_back({lo - ext_lo, hi + ext_hi, x, x + g.width});
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
    // Gaps shorter than a hundredth of the whole are never cut: a break is for
    // long stretches, not for the space between neighbouring events.
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

enum class Unit { hour, day, week, month, year };

struct Step {
    Unit unit;
    int n;
    Minutes approx;  // typical length, to skip steps that are far too fine
};

constexpr Minutes kYear = 525'949;  // 365.2425 days
constexpr Step kLadder[] = {
    {Unit::hour, 1, kHour},       {Unit::hour, 3, 3 * kHour},      {Unit::hour, 6, 6 * kHour},
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

std::vector<Minutes> tick_times(const Step& st, Minutes t0, Minutes t1) {
    std::vector<Minutes> out;
    auto add = [&](Minutes t) {
        if (t >= t0 && t <= t1) out.push_back(t);
    };
    switch (st.unit) {
    case Unit::hour:
        for (Minutes t = floor_div(t0, st.n * kHour) * st.n * kHour; t <= t1; t += st.n * kHour) add(t);
        break;
    case Unit::day:
    case Unit::week:
        for (Minutes t = floor_div(t0, kDay) * kDay; t <= t1; t += kDay) {
            auto c = model::civil(t);
            Minutes days = floor_div(t, kDay);
            bool on = st.unit == Unit::week ? ((days % 7 + 7 + 3) % 7 == 0) : (c.day - 1) % st.n == 0;
            if (on) add(t);
        }
        break;
    case Unit::month: {
        auto c = model::civil(t0);
        for (int y = c.year, m = static_cast<int>(c.month);; ++m) {
            if (m > 12) m = 1, ++y;
            Minutes t = model::to_minutes(y, static_cast<unsigned>(m), 1);
            if (t > t1) break;
            if ((m - 1) % st.n == 0) add(t);
        }
        break;
    }
    case Unit::year: {
        int y0 = model::civil(t0).year, y1 = model::civil(t1).year;
        for (int y = y0; y <= y1; ++y) {
            if (!year_on_step(y, st.n)) {
                // Jump to the next year on the step instead of walking every year.
                int next = y >= 1 ? (y / st.n + 1) * st.n : 1 - ((1 - y) / st.n) * st.n;
                if (next <= y) next = 1;
                y = next - 1;
                continue;
            }
            add(model::to_minutes(y, 1, 1));
        }
        break;
    }
    }
    return out;
}

std::string day_month(const model::CivilTime& c) { return fmt::format("{} {}", c.day, model::month_abbrev(c.month)); }

// What a reader needs above a short tick label: the year above months, the
// month and year above days, the day above hours.
std::string context_of(const Step& st, const model::CivilTime& c) {
    switch (st.unit) {
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
    case Unit::hour: return fmt::format("{:02}:{:02}", c.hour, c.minute);
    case Unit::day:
    case Unit::week: return std::to_string(c.day);
    case Unit::month: return model::month_abbrev(c.month);
    case Unit::year: return model::year_text(c.year);
    }
    return {};
}

// Ticks of one segment at one step, or nothing when their labels collide.
// The context goes on the first tick and wherever it changes; a context label
// that would run into the one before it is left out, except the first.
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
        if (start + tk.label_width > right_limit) break;  // a tick in the segment's padding may go unlabelled
        if (start < end + style.min_gap) return {};
        end = start + tk.label_width;
        std::string context = context_of(st, c);
        if (context != last_context) {
            double w = measure::text_width(context, style.font_px);
            bool fits = start + w <= right_limit;
            if (ticks.empty() && !fits) return {};
            if (ticks.empty() || (fits && start >= context_end + style.min_gap)) {
                tk.context = context;
                tk.context_width = w;
                context_end = start + w;
                last_context = context;
            }
        }
        ticks.push_back(std::move(tk));
    }
    return ticks;
}

// When no step has a tick inside a narrow segment, one label at its start
// names the period it lies in.
Tick fallback_tick(const ScaleSegment& seg, double right_limit, const TickStyle& style) {
    Minutes mid = seg.t0 + (seg.t1 - seg.t0) / 2;
    auto c = model::civil(mid);
    std::string candidates[] = {day_month(c) + " " + model::year_text(c.year),
                                fmt::format("{} {}", model::month_abbrev(c.month), model::year_text(c.year)),
                                model::year_text(c.year)};
    Tick tk{seg.t0, seg.x0, candidates[2], 0, {}, 0};
    for (const auto& text : candidates) {
        double w = measure::text_width(text, style.font_px);
        if (seg.x0 + style.label_offset + w <= right_limit) {
            tk.label = text;
            break;
        }
    }
    tk.label_width = measure::text_width(tk.label, style.font_px);
    return tk;
}

}  // namespace

std::vector<Tick> axis_ticks(const TimeScale& scale, const TickStyle& style) {
    std::vector<Tick> out;
    const auto& segs = scale.segments();
    for (std::size_t i = 0; i < segs.size(); ++i) {
        const auto& seg = segs[i];
        // A label may run into the first half of the break after its segment, never further.
        double right_limit = i + 1 < segs.size() ? seg.x1 + (segs[i + 1].x0 - seg.x1) / 2 - 2 : seg.x1 + style.end_allowance;
        std::vector<Tick> best;
        for (const auto& st : kLadder) {
            best = try_step(scale, seg, st, right_limit, style);
            if (!best.empty()) break;
        }
        if (best.empty()) best.push_back(fallback_tick(seg, right_limit, style));
        for (auto& t : best) out.push_back(std::move(t));
    }
    return out;
}

}  // namespace timegraph::layout
