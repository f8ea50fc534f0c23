// The shared time scale: x grows with time, breaks lie only over empty time,
// squeezed stretches only between markers, and axis labels never collide.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "measure/text_metrics.hpp"
#include "timescale/time_scale.hpp"

using namespace timegraph;
using timescale::Minutes;
using timescale::TimeSpan;

namespace {

constexpr Minutes kDay = 1440;

// Random spans over a random stretch of time: points, short and long ranges,
// in clumps, so that there are both empty gaps and crowds.
std::vector<TimeSpan> random_spans(std::mt19937& rng) {
    std::uniform_int_distribution<int> count(1, 40), tracks(0, 3), kind(0, 3);
    std::uniform_int_distribution<Minutes> scale_pick(0, 3);
    const Minutes scales[] = {60, kDay, 30 * kDay, 3650 * kDay};
    Minutes unit = scales[scale_pick(rng)];
    Minutes base = std::uniform_int_distribution<Minutes>(-1'000'000'000, 50'000'000)(rng);
    std::vector<TimeSpan> spans;
    Minutes clump = base;
    for (int i = 0, n = count(rng); i < n; ++i) {
        if (kind(rng) == 0) clump += std::uniform_int_distribution<Minutes>(0, 400)(rng) * unit;
        Minutes lo = clump + std::uniform_int_distribution<Minutes>(0, 20)(rng) * unit / 4;
        Minutes len = 0;
        switch (kind(rng)) {
        case 0: len = 0; break;
        case 1: len = kDay - 1; break;
        case 2: len = std::uniform_int_distribution<Minutes>(1, 10)(rng) * unit; break;
        default: len = std::uniform_int_distribution<Minutes>(1, 200)(rng) * unit; break;
        }
        spans.push_back({lo, lo + len, len < kDay, tracks(rng)});
    }
    return spans;
}

timescale::TimeScale fit(const std::vector<TimeSpan>& spans, timescale::ScaleKind kind, double x0 = 100, double x1 = 1000) {
    TimeSpan domain{spans.front().lo, spans.front().hi};
    for (const auto& s : spans) domain.lo = std::min(domain.lo, s.lo), domain.hi = std::max(domain.hi, s.hi);
    timescale::ScaleOptions o;
    o.kind = kind;
    o.x0 = x0;
    o.x1 = x1;
    return timescale::TimeScale::fit(spans, domain, o);
}

Minutes marker_of(const TimeSpan& s) { return s.point ? s.lo + (s.hi - s.lo) / 2 : s.lo; }

}  // namespace

TEST_CASE("time scale: x never decreases, and grows inside every segment (random inputs)") {
    std::mt19937 rng(20240130);
    for (int round = 0; round < 300; ++round) {
        auto spans = random_spans(rng);
        for (auto kind : {timescale::ScaleKind::compressed, timescale::ScaleKind::linear}) {
            auto scale = fit(spans, kind);
            std::vector<Minutes> times;
            for (const auto& s : spans) times.insert(times.end(), {s.lo, s.hi, marker_of(s), s.lo - 7, s.hi + 7});
            for (const auto& seg : scale.segments()) times.insert(times.end(), {seg.t0, seg.t1, (seg.t0 + seg.t1) / 2});
            std::sort(times.begin(), times.end());
            for (std::size_t i = 1; i < times.size(); ++i) {
                INFO("round " << round << " t=" << times[i]);
                CHECK(scale.x(times[i - 1]) <= scale.x(times[i]));
            }
            const auto& segs = scale.segments();
            REQUIRE_FALSE(segs.empty());
            CHECK(segs.front().x0 == Approx(100));
            CHECK(segs.back().x1 == Approx(1000));
            for (std::size_t i = 0; i < segs.size(); ++i) {
                CHECK(segs[i].t0 < segs[i].t1);
                CHECK(segs[i].x0 < segs[i].x1);
                CHECK(scale.x(segs[i].t0) < scale.x(segs[i].t1));
                if (i > 0) {
                    CHECK(segs[i - 1].t1 < segs[i].t0);
                    CHECK(segs[i - 1].x1 <= segs[i].x0);
                }
            }
            for (const auto& s : spans) {
                CHECK(scale.x(s.lo) >= 100 - 1e-6);
                CHECK(scale.x(s.hi) <= 1000 + 1e-6);
            }
        }
    }
}

TEST_CASE("time scale: breaks lie only over empty time, squeezes only between markers (random inputs)") {
    std::mt19937 rng(44);
    int empty_breaks = 0, squeezes = 0;
    for (int round = 0; round < 300; ++round) {
        auto spans = random_spans(rng);
        auto scale = fit(spans, timescale::ScaleKind::compressed);
        for (const auto& b : scale.breaks()) {
            INFO("round " << round << " break " << b.t0 << ".." << b.t1);
            CHECK(b.t0 < b.t1);
            bool covered = false;
            for (const auto& s : spans) {
                // No span reaches into the open stretch (b.t0, b.t1).
                if (b.empty) CHECK_FALSE((s.lo < b.t1 && s.hi > b.t0));
                if (s.lo <= b.t0 && s.hi >= b.t1) covered = true;
                // No marker (a label's anchor) is squeezed.
                CHECK_FALSE((marker_of(s) > b.t0 && marker_of(s) < b.t1));
            }
            if (!b.empty) CHECK(covered);
            (b.empty ? empty_breaks : squeezes) += 1;
        }
        CHECK(fit(spans, timescale::ScaleKind::linear).breaks().empty());
    }
    // The random inputs do exercise both kinds.
    CHECK(empty_breaks > 50);
    CHECK(squeezes > 20);
}

TEST_CASE("time scale: years of quiet become breaks, and a busy week gets room") {
    auto day = [](int y, unsigned m, unsigned d) { return model::to_minutes(y, m, d); };
    std::vector<TimeSpan> spans = {
        {day(2019, 5, 1), day(2019, 5, 1) + kDay - 1, true, 0},
        {day(2020, 5, 22), day(2020, 5, 22) + kDay - 1, true, 1},
    };
    for (unsigned d : {26u, 27u, 29u, 30u, 31u})
        for (int track : {0, 1}) spans.push_back({day(2024, 1, d), day(2024, 1, d) + kDay - 1, true, track});
    auto scale = fit(spans, timescale::ScaleKind::compressed);
    auto breaks = scale.breaks();
    REQUIRE(breaks.size() >= 2);
    for (const auto& b : breaks) CHECK(b.empty);
    double week = scale.x(day(2024, 1, 31)) - scale.x(day(2024, 1, 26));
    CHECK(week > 250);
    auto linear = fit(spans, timescale::ScaleKind::linear);
    CHECK(linear.x(day(2024, 1, 31)) - linear.x(day(2024, 1, 26)) < 5);
    CHECK(linear.segments().size() == 1);
}

TEST_CASE("time scale: a range spanning the gap forbids a break but lets the crowd be squeezed") {
    auto day = [](int y, unsigned m, unsigned d) { return model::to_minutes(y, m, d); };
    std::vector<TimeSpan> spans = {{day(2019, 1, 1), day(2024, 12, 31), false, 0}};
    for (unsigned d : {26u, 27u, 28u, 29u, 30u}) spans.push_back({day(2024, 1, d), day(2024, 1, d) + kDay - 1, true, 1});
    auto scale = fit(spans, timescale::ScaleKind::compressed);
    REQUIRE_FALSE(scale.breaks().empty());
    for (const auto& b : scale.breaks()) CHECK_FALSE(b.empty);
    CHECK(scale.x(day(2024, 1, 30)) - scale.x(day(2024, 1, 26)) > 100);
}

TEST_CASE("axis ticks: labels in a row never overlap, and stay on the axis (random inputs)") {
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        auto spans = random_spans(rng);
        for (auto kind : {timescale::ScaleKind::compressed, timescale::ScaleKind::linear}) {
            auto scale = fit(spans, kind);
            auto ticks = timescale::axis_ticks(scale);
            REQUIRE_FALSE(ticks.empty());
            double label_end = -1e9, context_end = -1e9;
            for (const auto& t : ticks) {
                INFO("round " << round << " tick " << t.label << " / " << t.context);
                CHECK(t.label_width == Approx(measure::text_width(t.label, 11)));
                CHECK(t.x + 3 >= label_end);
                label_end = t.x + 3 + t.label_width;
                if (!t.context.empty()) {
                    CHECK(t.x + 3 >= context_end);
                    context_end = t.x + 3 + t.context_width;
                }
                CHECK(t.x >= 100 - 1e-6);
                CHECK(label_end <= 1000 + 1e-6);
                CHECK(t.label.find(" 0 BCE") == std::string::npos);
                CHECK(t.label != "0");
            }
        }
    }
}

TEST_CASE("axis ticks: on an upright axis a label takes its line, not its width") {
    auto year = [](int y) { return model::to_minutes(y, 1, 1); };
    // 150 BCE to 20 CE over 200 px: side by side, "100 BCE" labels crowd; one under another, they fit.
    std::vector<TimeSpan> spans = {{year(-149), year(20), false, 0}};
    auto scale = fit(spans, timescale::ScaleKind::linear, 100, 300);
    auto across = timescale::axis_ticks(scale);
    timescale::TickStyle upright;
    upright.min_gap = 12;
    upright.extent = 14;
    auto down = timescale::axis_ticks(scale, upright);
    CHECK(down.size() > across.size());
    for (std::size_t i = 1; i < down.size(); ++i) CHECK(down[i].x - down[i - 1].x >= 14 + 12);
    for (const auto& t : down) CHECK(t.label_width > 0);  // still measured, for the axis's column
}

TEST_CASE("axis ticks: BCE years are labelled BCE, and there is no year 0") {
    auto year = [](int y) { return model::to_minutes(y, 1, 1); };
    // 60 BCE to 20 CE, linear: decades either side of the era.
    std::vector<TimeSpan> spans = {{year(-59), year(20), false, 0}};
    auto ticks = timescale::axis_ticks(fit(spans, timescale::ScaleKind::linear));
    std::vector<std::string> labels;
    for (const auto& t : ticks) labels.push_back(t.label);
    INFO(::Catch::Detail::stringify(labels));
    CHECK(std::find(labels.begin(), labels.end(), "50 BCE") != labels.end());
    CHECK(std::find(labels.begin(), labels.end(), "10 BCE") != labels.end());
    CHECK(std::find(labels.begin(), labels.end(), "10 CE") != labels.end());
    for (const auto& l : labels) {
        CHECK(l.find("0 BCE") != 0);
        CHECK(l != "0");
        CHECK(l.find('-') == std::string::npos);
    }
    // Each tick sits at the start of the year it names: 50 BCE is astronomical -49.
    for (const auto& t : ticks)
        if (t.label == "50 BCE") CHECK(t.t == year(-49));
}

TEST_CASE("axis ticks: minutes, days and months carry their context") {
    auto at = [](unsigned d, unsigned h, unsigned m) { return model::to_minutes(2024, 3, d, h, m); };
    std::vector<TimeSpan> spans = {{at(12, 14, 2), at(12, 14, 2), true, 0}, {at(12, 15, 18), at(12, 15, 18), true, 0}};
    auto ticks = timescale::axis_ticks(fit(spans, timescale::ScaleKind::linear));
    REQUIRE(ticks.size() >= 3);
    CHECK(ticks.front().context == "12 Mar 2024");
    CHECK(std::any_of(ticks.begin(), ticks.end(), [](const timescale::Tick& t) { return t.label == "14:30"; }));
}

TEST_CASE("time scale: a crowd spread evenly over decades keeps its proportions") {
    // Thousands of days over 30 years under a range that spans them all: every
    // stretch between markers is covered and crowded, yet only days long.
    std::mt19937 rng(5);
    const Minutes start = model::to_minutes(1995, 1, 1), years30 = 30 * 365 * kDay;
    std::vector<TimeSpan> spans = {{start, start + years30, false, 0}};
    for (int i = 0; i < 4000; ++i) {
        Minutes t = start + std::uniform_int_distribution<Minutes>(0, years30 - kDay)(rng) / kDay * kDay;
        spans.push_back({t, t + kDay - 1, true, std::uniform_int_distribution<int>(0, 7)(rng)});
    }
    auto scale = fit(spans, timescale::ScaleKind::compressed);
    // No month takes more than a few times its share of the axis.
    for (Minutes t = start; t + 31 * kDay < start + years30; t += 31 * kDay)
        CHECK(scale.x(t + 31 * kDay) - scale.x(t) < 4 * 900.0 / (30 * 12));
}

TEST_CASE("time scale: a busy day gets at least half the plot beside a lone event years before") {
    // One event in 2017; thirty within one day of 2021, at minute precision.
    const Minutes day0 = model::to_minutes(2021, 6, 13);
    for (bool dated_2017_by_day : {true, false}) {
        std::vector<TimeSpan> spans;
        Minutes lone = model::to_minutes(2017, 3, 1);
        spans.push_back(dated_2017_by_day ? TimeSpan{lone, lone + kDay - 1, true, 0}
                                          : TimeSpan{lone, model::to_minutes(2017, 4, 1) - 1, false, 0});
        for (int i = 0; i < 30; ++i) {
            Minutes t = day0 + 9 * 60 + i * 23;  // 09:00 to about 20:00
            spans.push_back({t, t, true, i % 4});
        }
        auto scale = fit(spans, timescale::ScaleKind::compressed, 100, 1000);
        double day = scale.x(day0 + kDay - 1) - scale.x(day0);
        INFO("the day is " << day << " px of 900");
        CHECK(day >= 450);
        // And the day's markers stand apart in each track (one every 92 minutes).
        CHECK(scale.x(day0 + 9 * 60 + 92) - scale.x(day0 + 9 * 60) >= 14);
    }
}

namespace {

// A marked tick stands on a round instant of the unit its label names.
bool on_round_instant(const timescale::Tick& t) {
    auto c = model::civil(t.t);
    if (t.label.find(':') != std::string::npos) return c.minute % 5 == 0;
    bool midnight = c.hour == 0 && c.minute == 0;
    if (std::all_of(t.label.begin(), t.label.end(), ::isdigit) && t.label.size() <= 2) return midnight;  // a day
    if (t.label.size() == 3 && std::isalpha(static_cast<unsigned char>(t.label[0]))) return midnight && c.day == 1;
    return midnight && c.day == 1 && (c.month == 1 || t.label.find(' ') != std::string::npos);
}

}  // namespace

TEST_CASE("axis ticks: every marked tick is round, and no context repeats the one before it (random inputs)") {
    std::mt19937 rng(11);
    for (int round = 0; round < 300; ++round) {
        auto spans = random_spans(rng);
        auto ticks = timescale::axis_ticks(fit(spans, timescale::ScaleKind::compressed));
        std::string last;
        for (const auto& t : ticks) {
            INFO("round " << round << " tick " << t.label << " / " << t.context);
            if (t.mark) CHECK(on_round_instant(t));
            if (!t.context.empty()) {
                CHECK(t.context != last);
                last = t.context;
            }
        }
    }
}
