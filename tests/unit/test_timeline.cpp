// The dated timeline: label rows, the laid-out scene (no text overlaps text,
// a marker or the axis; everything inside the picture), the golden scene of
// the seed, BCE and minute-precision models, and the `timeline` command.
#include <catch2/catch.hpp>

#include "core/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <regex>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "measure/text_metrics.hpp"
#include "render/svg_writer.hpp"
#include "timeline/label_rows.hpp"
#include "timeline/label_tiers.hpp"
#include "timeline/link_routes.hpp"
#include "timeline/timeline.hpp"

using namespace timegraph;

namespace {

// --- reading a scene back -------------------------------------------------

struct Box {
    double x0, y0, x1, y1;
    std::string what;
};

bool overlap(const Box& a, const Box& b) {
    const double e = 0.01;
    return a.x0 < b.x1 - e && b.x0 < a.x1 - e && a.y0 < b.y1 - e && b.y0 < a.y1 - e;
}

struct TextFont {
    double px;
    measure::Style style;
};

// Sizes as the stylesheet sets them, by class; a revealed label (tg-tier-N) is 12/N px.
TextFont font_of(const std::string& cls) {
    if (auto at = cls.find("tg-tier-"); at != std::string::npos) return {12.0 / std::stoi(cls.substr(at + 8)), measure::Style::regular};
    if (cls.find("tg-title") != std::string::npos) return {20, measure::Style::bold};
    if (cls.find("tg-subtitle") != std::string::npos) return {14, measure::Style::regular};
    if (cls.find("tg-lane-name") != std::string::npos) return {12, measure::Style::bold};
    if (cls.find("tg-label") != std::string::npos) return {12, measure::Style::regular};
    if (cls.find("tg-credit") != std::string::npos) return {10, measure::Style::regular};
    if (cls.find("tg-note") != std::string::npos) return {11, measure::Style::italic};
    return {11, measure::Style::regular};  // tg-date, tg-tick, tg-legend
}

// DejaVu Sans ascends 0.93 em and descends 0.24 em.
Box text_box(const scene::Text& t) {
    TextFont f = font_of(t.cls);
    double w = measure::text_width(t.text, f.px, f.style);
    double x0 = t.anchor == scene::Anchor::start ? t.x : t.anchor == scene::Anchor::middle ? t.x - w / 2 : t.x - w;
    return {x0, t.y - 0.93 * f.px, x0 + w, t.y + 0.24 * f.px, t.text};
}

struct SceneBoxes {
    std::vector<Box> texts, markers;
    double axis_y = -1, axis_x0 = 0, axis_x1 = 0, axis_y1 = 0;  // axis_y1: the lowest point of the axis
    std::size_t events = 0, links = 0;
};

void collect(const scene::Group& g, SceneBoxes& out, bool in_event) {
    bool event = g.id.rfind("tl-ev-", 0) == 0;
    out.events += event;
    out.links += g.id.rfind("tl-ln-", 0) == 0;
    for (const auto& item : g.items) {
        if (const auto* t = std::get_if<scene::Text>(&item)) out.texts.push_back(text_box(*t));
        if (!(in_event || event)) continue;
        if (const auto* c = std::get_if<scene::Circle>(&item))
            out.markers.push_back({c->cx - c->r, c->cy - c->r, c->cx + c->r, c->cy + c->r, g.id});
        if (const auto* r = std::get_if<scene::Rect>(&item);
            r && (r->cls.find("tg-bar") != std::string::npos || r->cls.find("tg-dot") != std::string::npos))
            out.markers.push_back({r->x, r->y, r->x + r->w, r->y + r->h, g.id});
        if (const auto* p = std::get_if<scene::Path>(&item); p && p->cls.find("tg-dot") != std::string::npos) {
            Box m{1e300, 1e300, -1e300, -1e300, g.id};  // a diamond or a triangle: its points' box
            for (const auto& op : p->ops)
                for (const auto& q : op.pts)
                    m.x0 = std::min(m.x0, q.x), m.y0 = std::min(m.y0, q.y), m.x1 = std::max(m.x1, q.x), m.y1 = std::max(m.y1, q.y);
            out.markers.push_back(m);
        }
    }
    if (g.id == "tl-axis")
        for (const auto& item : g.items)
            if (const auto* p = std::get_if<scene::Path>(&item); p && p->cls == "tg-axis" && out.axis_y < 0) {
                out.axis_y = p->ops.front().pts.front().y;
                out.axis_x0 = p->ops.front().pts.front().x;
                out.axis_x1 = p->ops[1].pts.front().x;
                for (const auto& op : p->ops) out.axis_y1 = std::max(out.axis_y1, op.pts.front().y);
            }
    for (const auto& c : g.children) collect(c, out, in_event || event);
}

SceneBoxes boxes_of(const scene::Scene& s) {
    SceneBoxes b;
    for (const auto& g : s.groups) collect(g, b, false);
    return b;
}

// Every pair of boxes from a and b that overlap (a sweep over x, so that big
// scenes stay quick).
std::vector<std::pair<Box, Box>> overlaps(std::vector<Box> a, std::vector<Box> b, bool same) {
    std::vector<std::pair<Box, Box>> out;
    auto by_x = [](const Box& p, const Box& q) { return p.x0 < q.x0; };
    std::sort(a.begin(), a.end(), by_x);
    std::sort(b.begin(), b.end(), by_x);
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::size_t start = same ? i + 1 : 0;
        for (std::size_t j = start; j < b.size(); ++j) {
            if (b[j].x0 >= a[i].x1) break;
            if (overlap(a[i], b[j])) out.emplace_back(a[i], b[j]);
        }
    }
    // Sweeping b from the start misses boxes of b that begin before a[i]: look the other way too.
    if (!same)
        for (const auto& q : b)
            for (const auto& p : a) {
                if (p.x0 >= q.x1) break;
                if (p.x0 < q.x0 && overlap(p, q)) out.emplace_back(p, q);
            }
    return out;
}

std::string describe(const std::vector<std::pair<Box, Box>>& pairs) {
    std::string s;
    for (std::size_t i = 0; i < pairs.size() && i < 5; ++i)
        s += fmt::format("'{}' [{:.1f},{:.1f}] x '{}' [{:.1f},{:.1f}]\n", pairs[i].first.what, pairs[i].first.x0,
                         pairs[i].first.y0, pairs[i].second.what, pairs[i].second.x0, pairs[i].second.y0);
    return s;
}

// The acceptance rules for any timeline scene.
void check_readable(const scene::Scene& s) {
    SceneBoxes b = boxes_of(s);
    auto text_text = overlaps(b.texts, b.texts, true);
    INFO("text over text:\n" << describe(text_text));
    CHECK(text_text.empty());
    auto text_marker = overlaps(b.texts, b.markers, false);
    INFO("text over a marker:\n" << describe(text_marker));
    CHECK(text_marker.empty());
    for (const auto& t : b.texts) {
        INFO(t.what);
        CHECK(t.x0 >= 0);
        CHECK(t.y0 >= 0);
        CHECK(t.x1 <= s.width);
        CHECK(t.y1 <= s.height);
        // Time running down has its axis upright, from (axis_x0, axis_y) down.
        bool crosses_axis = s.cls == "down" ? b.axis_y > 0 && t.x0 < b.axis_x0 && t.x1 > b.axis_x0 && t.y1 > b.axis_y && t.y0 < b.axis_y1
                                            : b.axis_y > 0 && t.y0 < b.axis_y && t.y1 > b.axis_y && t.x1 > b.axis_x0;
        CHECK_FALSE(crosses_axis);
    }
}

// --- models ---------------------------------------------------------------

graph::EventGraph graph_of(const std::string& text) {
    auto r = tg_test::parse_text(text);
    INFO(::Catch::Detail::stringify(tg_test::errors_of(r)));
    REQUIRE(r.ok());
    return graph::build(std::move(r.document));
}

graph::EventGraph graph_of_file(const std::string& rel) {
    return graph_of(tg_test::read_file(tg_test::source_path(rel)));
}

std::string random_date(std::mt19937& rng) {
    std::uniform_int_distribution<int> form(0, 9), day(1, 28), month(1, 12), hour(0, 23), minute(0, 59);
    int year = std::uniform_int_distribution<int>(0, 9)(rng) == 0 ? std::uniform_int_distribution<int>(1, 60)(rng)
                                                                   : std::uniform_int_distribution<int>(2018, 2024)(rng);
    bool bce = year < 100;
    auto ymd = [&](int y) { return fmt::format("{:04}-{:02}-{:02}", y, month(rng), day(rng)); };
    if (bce) {
        if (form(rng) < 5) return fmt::format("{} BCE", year);
        return fmt::format("-{:04}-{:02}", year - 1, month(rng));
    }
    switch (form(rng)) {
    case 0: return fmt::format("{}", year);
    case 1: return fmt::format("{}-{:02}", year, month(rng));
    case 2: return fmt::format("~{}-{:02}", year, month(rng));
    case 3: return fmt::format("{} {:02}:{:02}", ymd(year), hour(rng), minute(rng));
    case 4: return fmt::format("{}-01-{:02}..{}-02-{:02}", year, day(rng), year, day(rng));
    case 5: return fmt::format("{}-{:02}..", year, month(rng));
    default: return ymd(year);
    }
}

std::string random_title(std::mt19937& rng) {
    static const char* words[] = {"talks",  "sanctions", "Counter-narcotics", "working", "group",   "meets",
                                  "in",     "Beijing",   "the",               "China", "suspends", "cooperation",
                                  "Extraordinarily-long-compound-word",       "US",      "lifts",   "a"};
    std::uniform_int_distribution<int> n(1, 12), w(0, std::size(words) - 1);
    std::string t;
    for (int i = 0, k = n(rng); i < k; ++i) t += (i ? " " : "") + std::string(words[w(rng)]);
    return t;
}

// A random model whose links run forward in time, so that it checks clean.
std::string random_model(std::mt19937& rng, int events) {
    std::string text = "title: A random model\nsubtitle: for the layout's properties\nsource: the test\n";
    int lanes = std::uniform_int_distribution<int>(0, 4)(rng);
    for (int l = 0; l < lanes; ++l) text += fmt::format("lane l{}: Lane number {}\n", l, l);
    std::vector<std::pair<model::Minutes, int>> order;
    for (int i = 0; i < events; ++i) {
        std::string date = random_date(rng);
        order.emplace_back(model::parse_date(date).date->earliest(), i);
        text += fmt::format("event e{}\n date: {}\n title: {}\n", i, date, random_title(rng));
        int lane = std::uniform_int_distribution<int>(-1, lanes - 1)(rng);
        if (lane >= 0) text += fmt::format(" lane: l{}\n", lane);
        if (std::uniform_int_distribution<int>(0, 6)(rng) == 0) text += " status: expected\n";
    }
    std::sort(order.begin(), order.end());
    const char* arrows[] = {"->", "~>", "-|"};
    for (int k = 0; k + 1 < events; ++k)
        if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) {
            int j = std::uniform_int_distribution<int>(k + 1, events - 1)(rng);
            text += fmt::format("e{} {} e{}: because\n", order[static_cast<std::size_t>(k)].second,
                                arrows[std::uniform_int_distribution<int>(0, 2)(rng)],
                                order[static_cast<std::size_t>(j)].second);
        }
    return text;
}

std::string temp_path(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "timegraph-timeline-tests";
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

std::string svg_of(const std::string& rel, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"timeline", tg_test::source_path(rel)};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = tg_test::run_cli(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r.out;
}

// The SVG stands alone: well-formed, no script, nothing fetched from elsewhere.
void check_standalone(const std::string& svg, const std::string& name) {
    std::string path = temp_path(name);
    std::ofstream(path, std::ios::binary) << svg;
    CHECK(std::system(("xmllint --noout '" + path + "'").c_str()) == 0);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("href") == std::string::npos);
    CHECK(svg.find("@import") == std::string::npos);
    std::regex url(R"(url\((?!#)[^)]*\))");
    CHECK_FALSE(std::regex_search(svg, url));
    std::regex external(R"(https?://(?!www\.w3\.org/2000/svg))");
    CHECK_FALSE(std::regex_search(svg, external));
}

}  // namespace

// --- label rows -----------------------------------------------------------

TEST_CASE("label rows: no two labels in a row meet, and no leader crosses a label (random inputs)") {
    std::mt19937 rng(31);
    for (int round = 0; round < 300; ++round) {
        std::uniform_int_distribution<int> count(1, 120);
        std::uniform_real_distribution<double> x(0, 1000), w(20, 220);
        std::vector<timeline::LabelItem> items;
        for (int i = 0, n = count(rng); i < n; ++i) {
            double wide = w(rng);
            items.push_back({x(rng), {wide, wide * 0.7, wide * 0.5}});
        }
        std::vector<std::size_t> priority(items.size());
        for (std::size_t k = 0; k < priority.size(); ++k) priority[k] = priority.size() - 1 - k;
        int max_rows = round % 3 == 0 ? 3 : 1000;
        auto packed = timeline::pack_label_rows(items, priority, max_rows, 8);
        REQUIRE(packed.row.size() == items.size());
        auto width = [&](std::size_t i) { return items[i].widths[static_cast<std::size_t>(packed.variant[i])]; };
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (packed.row[i] < 0) continue;
            CHECK(packed.row[i] < max_rows);
            for (std::size_t j = 0; j < items.size(); ++j) {
                if (i == j || packed.row[j] < 0) continue;
                double a0 = items[i].anchor, a1 = a0 + width(i), b0 = items[j].anchor, b1 = b0 + width(j);
                INFO("round " << round << " items " << i << ", " << j);
                // Same row: apart by the gap at least.
                if (packed.row[i] == packed.row[j]) CHECK((a1 + 8 <= b0 + 1e-9 || b1 + 8 <= a0 + 1e-9));
                // A leader runs down at its anchor from row 0 to its label: no label
                // in a row above covers it.
                if (packed.row[j] < packed.row[i]) CHECK((b1 <= a0 || b0 >= a0));
            }
        }
        if (max_rows >= 1000) CHECK(packed.unlabelled == 0);
        CHECK(packed.unlabelled == static_cast<std::size_t>(std::count(packed.row.begin(), packed.row.end(), -1)));
    }
}

TEST_CASE("label rows: when not all fit, the first in priority keep their labels") {
    // Twenty labels over the same spot: only three rows.
    std::vector<timeline::LabelItem> items(20, timeline::LabelItem{100, {150}});
    for (std::size_t i = 0; i < items.size(); ++i) items[i].anchor = 100 + static_cast<double>(i);
    std::vector<std::size_t> priority = {7, 3, 15, 0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19};
    auto packed = timeline::pack_label_rows(items, priority, 3, 8);
    CHECK(packed.rows == 3);
    CHECK(packed.unlabelled == 17);
    CHECK(packed.row[7] >= 0);
    CHECK(packed.row[3] >= 0);
    CHECK(packed.row[15] >= 0);
}

TEST_CASE("label rows: a narrower wrap is taken when it sits nearer the marker") {
    std::vector<timeline::LabelItem> items = {{0, {200, 90}}, {100, {150}}};
    auto packed = timeline::pack_label_rows(items, {0, 1}, 10, 8);
    CHECK(packed.row[0] == 0);
    CHECK(packed.variant[0] == 1);
    CHECK(packed.row[1] == 0);
}

// --- label tiers ----------------------------------------------------------

TEST_CASE("label tiers: no label of any tier touches another, a text, a marker, or a leader (random inputs)") {
    std::mt19937 rng(7);
    auto strictly_overlap = [](const timeline::Box& a, const timeline::Box& b) {
        return a.x0 < b.x1 - 1e-9 && b.x0 < a.x1 - 1e-9 && a.y0 < b.y1 - 1e-9 && b.y0 < a.y1 - 1e-9;
    };
    for (int round = 0; round < 40; ++round) {
        const timeline::Box area{0, 0, 800, 300};
        timeline::Occupancy texts(area, 16), markers(area, 16);
        std::uniform_real_distribution<double> x(0, 790), y(0, 120), w(30, 260);
        std::vector<timeline::Box> drawn_texts, drawn_markers;
        for (int i = 0; i < 6; ++i) {
            double tx = x(rng), ty = 150 + y(rng) / 2;
            drawn_texts.push_back({tx, ty, tx + w(rng) / 2, ty + 20});
            texts.add(drawn_texts.back());
        }
        std::vector<timeline::TierItem> items;
        const int n = std::uniform_int_distribution<int>(1, 400)(rng);
        for (int i = 0; i < n; ++i) {
            double mx = x(rng), my = 10 + std::floor(y(rng) / 16) * 16;
            items.push_back({{mx, my, mx + 10, my + 10}, mx + 5, area, w(rng), 15});
            drawn_markers.push_back(items.back().marker);
            markers.add(items.back().marker);
        }
        std::vector<std::size_t> priority(items.size());
        for (std::size_t k = 0; k < priority.size(); ++k) priority[k] = k;
        auto placed = timeline::place_label_tiers(items, priority, texts, markers);
        std::vector<timeline::Box> labels, leaders;
        for (std::size_t i = 0; i < placed.size(); ++i) {
            if (placed[i].tier == 0) continue;
            const auto& b = placed[i].box;
            INFO("round " << round << " item " << i);
            CHECK((b.x0 >= 0 && b.y0 >= 0 && b.x1 <= 800 && b.y1 <= 300));
            CHECK(std::abs((b.y1 - b.y0) - 15.0 / placed[i].tier) < 1e-9);
            labels.push_back(b);
            if (placed[i].leader) {
                double lx = items[i].leader;
                CHECK(std::abs(b.x0 - lx) < 1e-9);
                leaders.push_back({lx - 0.01, items[i].marker.y1, lx + 0.01, b.y0});
            }
        }
        CHECK(labels.size() > 0);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            for (std::size_t j = i + 1; j < labels.size(); ++j) CHECK_FALSE(strictly_overlap(labels[i], labels[j]));
            for (const auto& t : drawn_texts) CHECK_FALSE(strictly_overlap(labels[i], t));
            for (const auto& m : drawn_markers) CHECK_FALSE(strictly_overlap(labels[i], m));
            for (const auto& l : leaders) CHECK_FALSE(strictly_overlap(labels[i], l));
        }
        for (const auto& l : leaders)
            for (const auto& t : drawn_texts) CHECK_FALSE(strictly_overlap(l, t));
    }
}

TEST_CASE("label tiers: the largest tier is tried first, and a crowd fills the smaller ones") {
    const timeline::Box area{0, 0, 400, 100};
    timeline::Occupancy texts(area, 16), markers(area, 16);
    std::vector<timeline::TierItem> items;
    for (int i = 0; i < 12; ++i) {
        double mx = 20 + 6.0 * i;
        items.push_back({{mx, 40, mx + 10, 50}, mx + 5, area, 120, 15});
        markers.add(items.back().marker);
    }
    std::vector<std::size_t> priority(items.size());
    for (std::size_t k = 0; k < priority.size(); ++k) priority[k] = items.size() - 1 - k;
    auto placed = timeline::place_label_tiers(items, priority, texts, markers);
    CHECK(placed[11].tier == 2);  // first in priority, right of the crowd
    std::set<int> tiers;
    for (const auto& p : placed) tiers.insert(p.tier);
    CHECK(tiers.count(4) + tiers.count(8) > 0);
}

// --- scenes ---------------------------------------------------------------

TEST_CASE("timeline: no text overlaps text, a marker or the axis, all inside the picture (random models)") {
    std::mt19937 rng(2024);
    for (int round = 0; round < 60; ++round) {
        auto eg = graph_of(random_model(rng, std::uniform_int_distribution<int>(1, 45)(rng)));
        timeline::TimelineOptions opt;
        opt.scale = round % 4 == 3 ? timescale::ScaleKind::linear : timescale::ScaleKind::compressed;
        opt.width = round % 5 == 4 ? 640 : 1200;
        auto s = timeline::timeline_layout(eg, opt);
        INFO("round " << round);
        check_readable(s);
        // Every event is drawn, with its marker.
        auto b = boxes_of(s);
        CHECK(b.events == eg.document.events.size());
        std::set<std::string> marked;
        for (const auto& m : b.markers) marked.insert(m.what);
        CHECK(marked.size() == eg.document.events.size());
    }
}

TEST_CASE("timeline: the seed reads — no overlaps, the January week distinct, 2019 and 2020 on the axis") {
    auto eg = graph_of_file("data/us-china-2024.tg");
    auto s = timeline::timeline_layout(eg, {});
    check_readable(s);
    auto b = boxes_of(s);
    CHECK(b.events == eg.document.events.size());
    // The axis shows 2019 and 2020 as well as the days of the week of 26–31 January 2024.
    std::multiset<std::string> ticks;
    for (const auto& g : s.groups)
        if (g.id == "tl-axis")
            for (const auto& item : g.items)
                if (const auto* t = std::get_if<scene::Text>(&item)) ticks.insert(t->text);
    // Each month's name once, over the first of its days, however many segments it spans.
    CHECK(ticks.count("Jan 2024") == 1);
    for (const char* t : {"2019", "2020", "26", "27", "29", "30"}) {
        INFO(t);
        CHECK(ticks.count(t) == 1);
    }
    // Markers of 26–31 January stand apart from each other.
    std::vector<Box> week;
    for (const auto& m : b.markers)
        for (const char* id : {"bangkok-talks", "kirby-briefing", "nato-presser", "working-group", "work-plan"})
            if (m.what == std::string("tl-ev-") + id) week.push_back(m);
    REQUIRE(week.size() == 5);
    CHECK(overlaps(week, week, true).empty());
    double span = 0;
    for (const auto& m : week) span = std::max(span, m.x1 - week.front().x0);
    CHECK(span > 100);
}

// The words of each event's drawn title (tg-label texts in its group), joined by spaces.
std::map<std::string, std::string> drawn_titles(const scene::Scene& s) {
    std::map<std::string, std::string> out;
    std::function<void(const scene::Group&)> walk = [&](const scene::Group& g) {
        if (g.id.rfind("tl-ev-", 0) == 0) {
            std::string& title = out[g.data_id];
            for (const auto& item : g.items)
                if (const auto* t = std::get_if<scene::Text>(&item);
                    t && t->cls.find("tg-label") != std::string::npos && t->cls.find("tg-tier") == std::string::npos)
                    title += (title.empty() ? "" : " ") + t->text;
        }
        for (const auto& c : g.children) walk(c);
    };
    for (const auto& g : s.groups) walk(g);
    return out;
}

TEST_CASE("timeline: labels pack on both sides of the markers; the seed fits 1,200 x 800 with every label") {
    for (const char* file : {"data/us-china-2024.tg", "tests/data/incident-outage.tg", "tests/data/july-crisis-1914.tg",
                             "tests/data/roman-republic.tg"}) {
        INFO(file);
        auto eg = graph_of_file(file);
        auto s = timeline::timeline_layout(eg, {});
        check_readable(s);
        auto titles = drawn_titles(s);
        for (const auto& e : eg.document.events) {
            INFO(e.id);
            CHECK(titles[e.id] == e.title);  // labelled in full, not left to hover
        }
        if (std::string(file) == "data/us-china-2024.tg") {
            CHECK(s.width == 1200);
            CHECK(s.height <= 800);
        }
    }
    // Labels above and below their markers, and beside them on their centre line.
    auto eg = graph_of_file("data/us-china-2024.tg");
    auto s = timeline::timeline_layout(eg, {});
    auto b = boxes_of(s);
    std::map<std::string, Box> marker;
    for (const auto& m : b.markers) marker[m.what] = m;
    int above = 0, below = 0, beside = 0;
    std::function<void(const scene::Group&)> walk = [&](const scene::Group& g) {
        if (g.id.rfind("tl-ev-", 0) == 0)
            for (const auto& item : g.items)
                if (const auto* t = std::get_if<scene::Text>(&item); t && t->cls.find("tg-label") != std::string::npos) {
                    const Box& m = marker[g.id];
                    above += t->y < m.y0;
                    below += t->y - 12 > m.y1;
                    beside += t->y > m.y0 && t->y - 12 < m.y1 && t->x > m.x1;
                }
        for (const auto& c : g.children) walk(c);
    };
    for (const auto& g : s.groups) walk(g);
    CHECK(above > 0);
    CHECK(below > 0);
    CHECK(beside > 0);
}

// The models whose vertical timelines keep every title whole, at every width.
const char* const kDownModels[] = {"data/us-china-2024.tg",          "tests/data/incident-outage.tg",
                                   "tests/data/july-crisis-1914.tg",   "tests/data/roman-republic.tg",
                                   "tests/data/history-rome-dated.tg", "tests/data/outage-postmortem.tg",
                                   "tests/data/postmortem-zones.tg",   "tests/data/talks.tg"};

scene::Scene down_layout(const graph::EventGraph& eg, double width = 1200) {
    timeline::TimelineOptions opt;
    opt.direction = timeline::Direction::down;
    opt.width = width;
    return timeline::timeline_layout(eg, opt);
}

TEST_CASE("timeline: time running down keeps every label, no overlap, breaks and precision bars") {
    for (const char* file : {"data/us-china-2024.tg", "tests/data/incident-outage.tg", "tests/data/july-crisis-1914.tg",
                             "tests/data/roman-republic.tg", "tests/data/bce.tg", "tests/data/minutes.tg"}) {
        INFO(file);
        auto eg = graph_of_file(file);
        auto s = down_layout(eg);
        CHECK(s.cls == "down");
        check_readable(s);
        // Every title in full (a narrow column may break a long word between lines).
        auto squeezed = [](std::string t) { return std::erase(t, ' '), t; };
        auto titles = drawn_titles(s);
        for (const auto& e : eg.document.events) {
            INFO(e.id);
            CHECK(squeezed(titles[e.id]) == squeezed(e.title));
        }
        auto b = boxes_of(s);
        CHECK(b.events == eg.document.events.size());
    }
    // The seed: lanes are columns left to right, time runs down, and its long gaps are squeezed or cut.
    auto eg = graph_of_file("data/us-china-2024.tg");
    auto s = down_layout(eg);
    std::map<std::string, Box> marker;
    for (const auto& m : boxes_of(s).markers) marker[m.what] = m;
    CHECK(marker["tl-ev-crackdown-2019"].y0 < marker["tl-ev-wang-yi-speech"].y0);
    CHECK(marker["tl-ev-crackdown-2019"].x0 > marker["tl-ev-sanctions-2020"].x0);  // China's column right of the US's
    CHECK(marker["tl-ev-pelosi-visit"].y1 - marker["tl-ev-pelosi-visit"].y0 < marker["tl-ev-ukraine-war"].y1 - marker["tl-ev-ukraine-war"].y0);
    CHECK(s.height < 1600);
    auto svg = render::write_svg(s);
    CHECK(svg.find("class=\"tg timeline down\"") != std::string::npos);
    CHECK(svg.find("tg-squeezed") != std::string::npos);
}

// Down the page: how far each event's label is from its marker (a dot's
// centre, a bar's start): 0 when the marker stands beside its text.
std::map<std::string, double> label_drops(const scene::Scene& s) {
    std::map<std::string, Box> marker;
    for (const auto& m : boxes_of(s).markers) marker[m.what] = m;
    std::map<std::string, double> out;
    std::function<void(const scene::Group&)> walk = [&](const scene::Group& g) {
        if (g.id.rfind("tl-ev-", 0) == 0) {
            double top = 1e300, bottom = -1e300;
            for (const auto& item : g.items)
                if (const auto* t = std::get_if<scene::Text>(&item)) {
                    top = std::min(top, text_box(*t).y0);
                    bottom = std::max(bottom, text_box(*t).y1);
                }
            const Box& m = marker[g.id];
            const double at = std::min(m.y0 + 5, (m.y0 + m.y1) / 2);
            out[g.data_id] = std::max({0.0, top - at, at - bottom});
        }
        for (const auto& c : g.children) walk(c);
    };
    for (const auto& g : s.groups) walk(g);
    return out;
}

TEST_CASE("timeline: time running down wraps labels at words only, beside their markers") {
    for (const char* file : kDownModels) {
        INFO(file);
        auto eg = graph_of_file(file);
        // At the default width, at 480 and at a phone's (the page's, 340, the
        // narrow form): a figure too narrow for its longest words grows wider instead.
        for (double width : {1200.0, 480.0, 340.0}) {
            INFO(width);
            auto s = down_layout(eg, width);
            CHECK(s.width >= width);
            auto titles = drawn_titles(s);
            // The lines joined by spaces give the title back: no word was broken between lines.
            for (const auto& e : eg.document.events) {
                INFO(e.id);
                CHECK(titles[e.id] == e.title);
            }
        }
    }
    // The outage day gets length for its labels: most stand beside their
    // marker. Minutes apart within one column (15:46, 15:48, 15:58 on call) a
    // linear stretch still cannot give each its own room: those stand above
    // and below, on leaders.
    auto eg = graph_of_file("tests/data/incident-outage.tg");
    double worst = 0;
    std::size_t near = 0;
    const auto drops = label_drops(down_layout(eg));
    for (const auto& [id, drop] : drops) {
        worst = std::max(worst, drop);
        near += drop == 0;
    }
    INFO("worst drop " << worst << ", beside " << near << " of " << drops.size());
    CHECK(worst <= 120);
    WARN("worst " << worst << " near " << near << " of " << drops.size());
    CHECK(near * 5 >= drops.size() * 3);
}

// The narrow form, down the page at a phone's width: what lies left of the
// text column (markers, links, lane names' tracks) and the labels in it.
struct NarrowParts {
    double tracks_right = 0;       // the furthest right a marker or a link reaches
    double text_left = 1e300;      // the furthest left an event's label text reaches
    std::vector<std::pair<double, double>> labels;  // (marker's time, label's top), in the events' order
    std::size_t leaders = 0, events = 0;
};

NarrowParts narrow_parts(const scene::Scene& s) {
    NarrowParts n;
    auto reach = [&](const scene::Path& path) {
        for (const auto& op : path.ops)
            for (const auto& q : op.pts) n.tracks_right = std::max(n.tracks_right, q.x);
    };
    std::map<std::string, Box> marker;
    for (const auto& m : boxes_of(s).markers) marker[m.what] = m;
    std::function<void(const scene::Group&)> walk = [&](const scene::Group& g) {
        if (g.id.rfind("tl-ln-", 0) == 0)
            for (const auto& item : g.items)
                if (const auto* path = std::get_if<scene::Path>(&item)) reach(*path);
        if (g.id.rfind("tl-ev-", 0) == 0) {
            ++n.events;
            n.tracks_right = std::max(n.tracks_right, marker[g.id].x1);
            // Where the marker's time begins: a dot's centre, a bar's top.
            double at = (marker[g.id].y0 + marker[g.id].y1) / 2, top = 1e300;
            for (const auto& item : g.items) {
                if (const auto* r = std::get_if<scene::Rect>(&item); r && r->cls.find("tg-bar") != std::string::npos) at = r->y;
                if (const auto* t = std::get_if<scene::Text>(&item)) {
                    n.text_left = std::min(n.text_left, text_box(*t).x0);
                    top = std::min(top, text_box(*t).y0);
                }
                if (const auto* path = std::get_if<scene::Path>(&item)) n.leaders += path->cls == "tg-leader";
            }
            n.labels.emplace_back(at, top);
        }
        for (const auto& c : g.children) walk(c);
    };
    for (const auto& g : s.groups) walk(g);
    return n;
}

TEST_CASE("timeline: down the page at a phone's width, lanes are tracks and every label stands in one column right of them") {
    for (const char* file : kDownModels) {
        INFO(file);
        auto eg = graph_of_file(file);
        auto s = down_layout(eg, 340);
        check_readable(s);
        const auto n = narrow_parts(s);
        CHECK(n.events == eg.document.events.size());
        // Links and markers keep left of the text column: no link runs through it.
        CHECK(n.tracks_right < n.text_left);
        // Labels stand in their markers' order down the column, and all but those beside their markers have leaders.
        auto by_time = n.labels;
        std::stable_sort(by_time.begin(), by_time.end());
        for (std::size_t k = 1; k < by_time.size(); ++k) CHECK(by_time[k].second >= by_time[k - 1].second);
        CHECK(n.leaders * 2 >= n.events);
        CHECK(render::write_svg(s) == render::write_svg(down_layout(eg, 340)));
        std::vector<double> drops;
        for (const auto& [id, drop] : label_drops(s)) drops.push_back(drop);
        std::sort(drops.begin(), drops.end());
        WARN(file << " at 340 px: " << s.width << " x " << s.height << ", labels from their markers: median "
                  << drops[drops.size() / 2] << ", 90th " << drops[drops.size() * 9 / 10] << ", worst " << drops.back());
    }
    // The seed fits a phone's frame (348 px inside at 390 px), its four lanes named above their tracks.
    auto eg = graph_of_file("data/us-china-2024.tg");
    auto s = down_layout(eg, 340);
    CHECK(s.width <= 348);
    std::size_t names = 0;
    for (const auto& g : s.groups)
        if (g.id == "tl-lanes")
            for (const auto& lane : g.children)
                for (const auto& item : lane.items)
                    if (const auto* t = std::get_if<scene::Text>(&item)) names += t->cls == "tg-lane-name";
    CHECK(names >= eg.document.lanes.size());
    // Its labels stay near their markers: the median label is within 48 px of its marker's time.
    auto drops = label_drops(s);
    std::vector<double> d;
    for (const auto& [id, drop] : drops) d.push_back(drop);
    std::sort(d.begin(), d.end());
    CHECK(d[d.size() / 2] <= 48);
}

TEST_CASE("timeline: time running down draws periods as bands, their titles clear of every label") {
    auto eg = graph_of_file("tests/data/history-rome-dated.tg");
    auto s = down_layout(eg);
    check_readable(s);
    std::size_t bands = 0, titles = 0;
    for (const auto& g : s.groups)
        if (g.id == "tl-periods")
            for (const auto& band : g.children) {
                for (const auto& item : band.items) {
                    if (const auto* r = std::get_if<scene::Rect>(&item)) bands += r->cls == "tg-period" && r->h > 20;
                    if (const auto* t = std::get_if<scene::Text>(&item)) titles += t->cls == "tg-period-title";
                }
            }
    CHECK(bands == eg.document.periods.size());
    CHECK(titles == eg.document.periods.size());
}

// The zig-zags of the axis's breaks, by their boxes, left to right.
std::vector<Box> break_marks(const scene::Scene& s) {
    std::vector<Box> out;
    std::function<void(const scene::Group&)> walk = [&](const scene::Group& g) {
        for (const auto& item : g.items)
            if (const auto* path = std::get_if<scene::Path>(&item); path && path->cls == "tg-break") {
                Box b{1e300, 1e300, -1e300, -1e300, "break"};
                for (const auto& op : path->ops)
                    for (const auto& q : op.pts)
                        b = {std::min(b.x0, q.x), std::min(b.y0, q.y), std::max(b.x1, q.x), std::max(b.y1, q.y), "break"};
                out.push_back(b);
            }
        for (const auto& c : g.children) walk(c);
    };
    for (const auto& g : s.groups)
        if (g.id == "tl-axis") walk(g);  // not the key's sample
    std::sort(out.begin(), out.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
    return out;
}

std::vector<Box> tick_labels(const scene::Scene& s) {
    std::vector<Box> out;
    for (const auto& g : s.groups)
        if (g.id == "tl-axis")
            for (const auto& item : g.items)
                if (const auto* t = std::get_if<scene::Text>(&item); t && t->cls == "tg-tick") out.push_back(text_box(*t));
    return out;
}

TEST_CASE("timeline: every stretch of the axis between breaks that holds events has a tick label") {
    for (const char* file : {"tests/data/history-rome-dated.tg", "tests/data/roman-republic.tg", "tests/data/bce.tg",
                             "data/us-china-2024.tg", "tests/data/july-crisis-1914.tg", "tests/data/incident-outage.tg",
                             "tests/data/outage-postmortem.tg"}) {
        INFO(file);
        auto s = timeline::timeline_layout(graph_of_file(file), {});
        check_readable(s);
        const auto marks = break_marks(s);
        const auto ticks = tick_labels(s);
        // A break draws two zig-zags side by side: its middle is between them.
        std::vector<double> cuts{-1e300};
        for (std::size_t i = 0; i + 1 < marks.size(); i += 2) cuts.push_back((marks[i].x0 + marks[i + 1].x1) / 2);
        cuts.push_back(1e300);
        for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
            auto inside = [&](double x) { return x > cuts[k] && x < cuts[k + 1]; };
            const auto markers = boxes_of(s).markers;
            bool events = std::any_of(markers.begin(), markers.end(), [&](const Box& m) { return inside((m.x0 + m.x1) / 2); });
            bool labelled = std::any_of(ticks.begin(), ticks.end(), [&](const Box& t) { return inside(t.x0); });
            INFO("stretch " << k << " from x " << cuts[k]);
            CHECK((labelled || !events));
        }
        auto on_marks = overlaps(ticks, marks, false);
        INFO("tick label over a break:\n" << describe(on_marks));
        CHECK(on_marks.empty());
    }
}

// Each period's drawn title (empty when none) and the band's <title>, by period index.
std::vector<std::pair<std::string, std::string>> period_titles(const scene::Scene& s, std::size_t n) {
    std::vector<std::pair<std::string, std::string>> out(n);
    for (const auto& g : s.groups)
        if (g.id == "tl-periods")
            for (const auto& band : g.children) {
                auto& entry = out.at(std::stoul(band.id.substr(std::string("tl-period-").size())));
                entry.second = band.title;
                for (const auto& item : band.items)
                    if (const auto* t = std::get_if<scene::Text>(&item); t && t->cls == "tg-period-title") entry.first = t->text;
            }
    return out;
}

TEST_CASE("timeline: period titles are drawn whole where they fit, and never cut to almost nothing") {
    // The Roman model: a narrow band (60-53 BCE, 'First Triumvirate') beside a wide one; both whole.
    auto eg = graph_of_file("tests/data/history-rome-dated.tg");
    auto s = timeline::timeline_layout(eg, {});
    check_readable(s);
    auto titles = period_titles(s, eg.document.periods.size());
    for (std::size_t i = 0; i < titles.size(); ++i) CHECK(titles[i].first == eg.document.periods[i].title);
    // Eight bands over the same years: more titles than rows. Each is whole,
    // or cut to at least 8 characters and an ellipsis, or left out; its band's
    // <title> names it in full either way.
    std::string text = tg_test::read_file(tg_test::source_path("tests/data/history-rome-dated.tg"));
    for (int k = 0; k < 8; ++k)
        text += fmt::format("\nperiod crowd-{}\n  date: 52 BC..49 BC\n  title: A long-winded title for period number {}\n", k, k);
    auto crowded = graph_of(text);
    auto cs = timeline::timeline_layout(crowded, {});
    check_readable(cs);
    std::size_t whole = 0, cut = 0;
    for (const auto& [drawn, full] : period_titles(cs, crowded.document.periods.size())) {
        INFO(full);
        const std::string name = full.substr(full.find(": ") + 2);
        if (drawn == name) ++whole;
        else if (!drawn.empty()) {
            ++cut;
            CHECK(drawn.size() >= 8 + 3);  // 8 characters and the ellipsis's 3 bytes
            CHECK(drawn.substr(drawn.size() - 3) == "\xE2\x80\xA6");
            CHECK(name.rfind(drawn.substr(0, drawn.size() - 3), 0) == 0);
        }
    }
    CHECK(whole >= 3);
    CHECK(whole + cut >= 3);
}

TEST_CASE("timeline: the golden scene of the seed") {
    auto eg = graph_of_file("data/us-china-2024.tg");
    std::string got = scene::to_json(timeline::timeline_layout(eg, {})).dump(1) + "\n";
    const std::string dir = tg_test::source_path("tests/golden/seed-timeline/");
    if (const char* accept = std::getenv("TIMEGRAPH_ACCEPT"); accept && std::string(accept) == "1")
        std::ofstream(dir + "scene.json", std::ios::binary) << got;
    std::string want = tg_test::read_file(dir + "scene.json");
    if (got != want) std::ofstream(dir + "scene.got.json", std::ios::binary) << got;
    INFO("differs from tests/golden/seed-timeline/scene.json: see scene.got.json; TIMEGRAPH_ACCEPT=1 accepts it");
    bool same = got == want;
    CHECK(same);
}

TEST_CASE("timeline: BCE years read as BCE, in order, without a year 0") {
    auto eg = graph_of_file("tests/data/bce.tg");
    auto s = timeline::timeline_layout(eg, {});
    check_readable(s);
    auto b = boxes_of(s);
    std::map<std::string, double> x;
    for (const auto& m : b.markers) x[m.what] = m.x0;
    CHECK(x["tl-ev-rubicon"] < x["tl-ev-pharsalus"]);
    CHECK(x["tl-ev-pharsalus"] < x["tl-ev-assassination"]);
    CHECK(x["tl-ev-assassination"] < x["tl-ev-actium"]);
    CHECK(x["tl-ev-actium"] < x["tl-ev-augustus"]);
    std::vector<std::string> texts;
    for (const auto& t : b.texts) texts.push_back(t.what);
    auto has = [&](const std::string& t) { return std::find(texts.begin(), texts.end(), t) != texts.end(); };
    CHECK(has("15 Mar 44 BCE"));
    CHECK(has("10 Jan 49 BCE"));
    CHECK(has("Nov–Dec 43 BCE"));
    CHECK(has("49 BCE"));  // an axis context
    for (const auto& t : texts) {
        CHECK(t.find("0 BCE") != 0);
        CHECK(t.find(" 0 BCE") == std::string::npos);
        CHECK_FALSE(std::regex_search(t, std::regex(R"(^-\d)")));
    }
}

TEST_CASE("timeline: a minute-precision postmortem gets a minute axis and distinct markers") {
    auto eg = graph_of_file("tests/data/incident.tg");
    auto s = timeline::timeline_layout(eg, {});
    check_readable(s);
    auto b = boxes_of(s);
    std::vector<std::string> texts;
    for (const auto& t : b.texts) texts.push_back(t.what);
    auto has = [&](const std::string& t) { return std::find(texts.begin(), texts.end(), t) != texts.end(); };
    CHECK(has("12 Mar 2024 14:07"));
    // A long date may wrap, at a space.
    CHECK((has("12 Mar 2024 14:03–15:18") || (has("12 Mar 2024") && has("14:03–15:18"))));
    CHECK(has("14:30"));
    CHECK(overlaps(b.markers, b.markers, true).empty());
}

TEST_CASE("timeline: a huge crowd keeps every marker, labels what fits, and says how many are not") {
    std::string text = "lane a: A\n";
    for (int i = 0; i < 3000; ++i)
        text += fmt::format("event e{}\n date: 2024-{:02}-{:02}\n title: Event number {} of the crowd\n lane: a\n",
                            i, 1 + i % 12, 1 + i % 28, i);
    for (int i = 0; i + 1 < 40; ++i) text += fmt::format("e{} -> e{}\n", i * 7, 2999);
    auto eg = graph_of(text);
    auto s = timeline::timeline_layout(eg, {});
    check_readable(s);
    auto b = boxes_of(s);
    CHECK(b.events == 3000);
    CHECK(b.markers.size() == 3000);
    std::string note;
    for (const auto& g : s.groups)
        if (g.id == "tl-note")
            for (const auto& item : g.items)
                if (const auto* t = std::get_if<scene::Text>(&item)) note += t->text;
    // The note counts every event, then those unlabelled.
    CHECK(note.rfind("3,000 events in all. Where markers crowd, a lane shows how many start in each 4 px", 0) == 0);
    CHECK(std::regex_search(note, std::regex(R"(\.\d{1,3}(,\d{3})* events are unlabelled)")));
    // Too crowded for a marker per event: the lane draws a histogram of them; the
    // markers of unlabelled events are drawn at a quarter size, for the page's zoom by 4.
    std::string drawn = render::write_svg(s);
    CHECK(drawn.find("class=\"tg-bar tg-density\"") != std::string::npos);
    CHECK(drawn.find("r=\"1.25\" class=\"tg-dot\"") != std::string::npos);
    // The page's zoom labels some of them, on labels hidden in the SVG itself.
    CHECK(std::regex_search(note, std::regex(R"(zooming in on the page labels \d{1,3}(,\d{3})* of them\.$)")));
    std::string svg = render::write_svg(s);
    CHECK(svg.find("class=\"tg-label tg-tier tg-tier-2\"") != std::string::npos);
    CHECK(svg.find(".tg-tier{display:none}") != std::string::npos);
    // The busiest event keeps its label.
    bool busiest_labelled = false;
    for (const auto& g : s.groups)
        for (const auto& c : g.children)
            if (c.id == "tl-ev-e2999")
                busiest_labelled = std::any_of(c.items.begin(), c.items.end(),
                                               [](const auto& i) { return std::holds_alternative<scene::Text>(i); });
    CHECK(busiest_labelled);
}

TEST_CASE("timeline: too many links to read are kept for the page but hidden, and the note says so") {
    auto group_class = [](const scene::Scene& s, const std::string& id) {
        for (const auto& g : s.groups)
            if (g.id == id) return g.cls;
        return std::string("(none)");
    };
    auto note_of = [](const scene::Scene& s) {
        std::string note;
        for (const auto& g : s.groups)
            if (g.id == "tl-note")
                for (const auto& item : g.items)
                    if (const auto* t = std::get_if<scene::Text>(&item)) note += t->text + " ";
        return note;
    };
    std::string text;
    for (int i = 0; i < 600; ++i) text += fmt::format("event e{}\n date: {}\n title: Step {}\n", i, 1400 + i, i);
    for (int i = 0; i + 1 < 600; ++i) text += fmt::format("e{} -> e{}\n", i, i + 1);
    auto crowded = timeline::timeline_layout(graph_of(text), {});
    CHECK(group_class(crowded, "tl-links") == "tg-links tg-quiet");
    CHECK_THAT(note_of(crowded), Catch::Contains("599 links are too many to draw here and are hidden"));
    std::size_t link_groups = 0;
    for (const auto& g : crowded.groups)
        if (g.id == "tl-links") link_groups = g.children.size();
    CHECK(link_groups == 599);  // still there for the page to copy a selected chain's links over the view
    // How many links the plot has room for, so that the page applies the same rule to a chain.
    auto max_links = [](const scene::Scene& s) {
        for (const auto& g : s.groups)
            for (const auto& [name, value] : g.data)
                if (g.id == "tl-links" && name == "max-links") return std::stoi(value);
        return -1;
    };
    CHECK(max_links(crowded) > 100);
    CHECK(max_links(crowded) < 599);
    CHECK(render::stylesheet().find(".tg-quiet .tg-link-group{display:none}") != std::string::npos);

    // Counts read with thousands separators.
    CHECK(core::thousands(0) == "0");
    CHECK(core::thousands(999) == "999");
    CHECK(core::thousands(1000) == "1,000");
    CHECK(core::thousands(1234567) == "1,234,567");
    text.clear();
    for (int i = 0; i < 1101; ++i) text += fmt::format("event e{}\n date: {}\n title: Step {}\n", i, 1000 + i, i);
    for (int i = 0; i + 1 < 1101; ++i) text += fmt::format("e{} -> e{}\n", i, i + 1);
    CHECK_THAT(note_of(timeline::timeline_layout(graph_of(text), {})), Catch::Contains("1,100 links are too many"));

    auto seed = timeline::timeline_layout(graph_of_file("data/us-china-2024.tg"), {});
    CHECK(group_class(seed, "tl-links") == "tg-links");
    CHECK(max_links(seed) == -1);
    CHECK(note_of(seed).find("links are too many") == std::string::npos);
}

TEST_CASE("timeline: events and links carry ids, data and accessible names") {
    auto eg = graph_of("event a\n date: 2024-01-26..2024-01-27\n title: Talks\n"
                       "event b\n date: 2024-01-30\n title: Group\n status: expected\n"
                       "a -> b: led to\n");
    auto s = timeline::timeline_layout(eg, {});
    std::string svg = render::write_svg(s);
    CHECK(svg.find("<g id=\"tl-ev-a\" data-id=\"a\" class=\"tg-event lane-8\" tabindex=\"0\" role=\"button\" "
                   "aria-label=\"26–27 Jan 2024: Talks\"><title>26–27 Jan 2024: Talks</title>") != std::string::npos);
    CHECK(svg.find("id=\"tl-ev-b\" data-id=\"b\" class=\"tg-event lane-8 expected\"") != std::string::npos);
    CHECK(svg.find("<g id=\"tl-ln-0\" data-id=\"a-&gt;b\" data-from=\"a\" data-to=\"b\" data-kind=\"causes\"") !=
          std::string::npos);
    CHECK(svg.find("class=\"tg-link causes\" marker-end=\"url(#") != std::string::npos);
    timeline::TimelineOptions off;
    off.links = false;
    CHECK(render::write_svg(timeline::timeline_layout(eg, off)).find("tl-ln-") == std::string::npos);
}

TEST_CASE("timeline: an ongoing range runs to the end of the axis") {
    auto eg = graph_of("event a\n date: 2020-05..\n title: Ongoing\nevent b\n date: 2021-03-01\n title: Later\n");
    auto s = timeline::timeline_layout(eg, {});
    auto b = boxes_of(s);
    double bar_end = 0;
    for (const auto& m : b.markers)
        if (m.what == "tl-ev-a") bar_end = m.x1;
    double axis_end = 0;
    for (const auto& g : s.groups)
        if (g.id == "tl-axis")
            for (const auto& item : g.items)
                if (const auto* p = std::get_if<scene::Path>(&item); p && p->cls == "tg-axis")
                    for (const auto& op : p->ops)
                        if (op.op == 'L') axis_end = std::max(axis_end, op.pts.front().x);
    CHECK(bar_end == Approx(axis_end));
}

// --- the command ------------------------------------------------------------

TEST_CASE("timeline command: identical runs give identical bytes; the SVG stands alone") {
    for (const char* model : {"data/us-china-2024.tg", "tests/data/bce.tg", "tests/data/incident.tg"}) {
        INFO(model);
        std::string a = svg_of(model), b = svg_of(model);
        CHECK(a == b);
        check_standalone(a, std::filesystem::path(model).stem().string() + ".svg");
        CHECK(a.find("viewBox=\"0 0 1200 ") != std::string::npos);
    }
}

TEST_CASE("timeline command: options") {
    std::string linear = svg_of("data/us-china-2024.tg", {"--scale", "linear"});
    CHECK(linear.find("class=\"tg-break\"") == std::string::npos);
    CHECK(linear.find("class=\"tg-axis tg-squeezed\"") == std::string::npos);
    std::string wide = svg_of("data/us-china-2024.tg", {"--width", "1600", "--links", "off"});
    CHECK(wide.find("width=\"1600\"") != std::string::npos);
    CHECK(wide.find("tl-ln-") == std::string::npos);
    std::string range = svg_of("data/us-china-2024.tg", {"--from", "2023-10", "--to", "2024-01"});
    CHECK(range.find("tl-ev-biden-xi") != std::string::npos);
    CHECK(range.find("tl-ev-pelosi-visit") == std::string::npos);
    CHECK(range.find("tl-ev-nato-summit") == std::string::npos);
    // The range is a figure's filter: the events outside it are left out before layout.
    CHECK(range.find("of the model are left out of this figure") != std::string::npos);
    // Time running down: the root says so, at the width asked for where its
    // columns' longest words fit; right is the default.
    std::string down = svg_of("data/us-china-2024.tg", {"--direction", "down", "--width", "800"});
    CHECK(down.find("class=\"tg timeline down\"") != std::string::npos);
    CHECK(down.find("width=\"800\"") != std::string::npos);
    // Too narrow for them, lanes become tracks beside one column of labels, down to 320 px; not to the right.
    std::string narrow = svg_of("data/us-china-2024.tg", {"--direction", "down", "--width", "480"});
    CHECK(narrow.find("width=\"480\"") != std::string::npos);
    CHECK(svg_of("tests/data/talks.tg", {"--direction", "down", "--width", "320"}).find("width=\"320\"") != std::string::npos);
    auto right = tg_test::run_cli({"timeline", tg_test::source_path("data/us-china-2024.tg"), "--width", "400"});
    CHECK(right.status == 2);
    CHECK(right.out.empty());
    CHECK(right.err.find("--direction down goes down to 320 px") != std::string::npos);
    CHECK(tg_test::run_cli({"timeline", tg_test::source_path("data/us-china-2024.tg"), "--direction", "down", "--width", "300"})
              .status == 2);
    CHECK(svg_of("data/us-china-2024.tg", {"--direction", "right"}) == svg_of("data/us-china-2024.tg"));

    auto out = temp_path("seed-timeline.svg");
    std::filesystem::remove(out);
    auto r = tg_test::run_cli({"timeline", tg_test::source_path("data/us-china-2024.tg"), "-o", out});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(tg_test::read_file(out) == svg_of("data/us-china-2024.tg"));
}

TEST_CASE("timeline command: bad options and bad models") {
    auto seed = tg_test::source_path("data/us-china-2024.tg");
    CHECK(tg_test::run_cli({"timeline", seed, "--scale", "log"}).status == 2);
    CHECK(tg_test::run_cli({"timeline", seed, "--width", "100"}).status == 2);
    CHECK(tg_test::run_cli({"timeline", seed, "--links", "maybe"}).status == 2);
    CHECK(tg_test::run_cli({"timeline", seed, "--direction", "up"}).status == 2);
    auto bad_from = tg_test::run_cli({"timeline", seed, "--from", "2024-13"});
    CHECK(bad_from.status == 2);
    CHECK(bad_from.err.find("--from '2024-13': month 13 is out of range (01-12)") != std::string::npos);
    CHECK(tg_test::run_cli({"timeline", seed, "--from", "2024", "--to", "2020"}).status == 2);
    // Never over the input.
    CHECK(tg_test::run_cli({"timeline", seed, "-o", seed}).status == 2);
    auto bad = temp_path("bad.tg");
    std::ofstream(bad, std::ios::binary) << "event a\n date: 2024-02-30\n title: A\n";
    auto r = tg_test::run_cli({"timeline", bad});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
}

// Two events of the July crisis: the last is on 6 August 1914.
const char* kCrisisEnd = R"(title: The last days of peace
event ultimatum
  date: 1914-07-23
  title: Austria-Hungary's ultimatum to Serbia
event austria-russia
  date: 1914-08-06
  title: Austria-Hungary declares war on Russia
ultimatum -> austria-russia
)";

TEST_CASE("timeline command: a range that holds no event is an error, and nothing is written") {
    auto model = temp_path("crisis-end.tg");
    std::ofstream(model, std::ios::binary) << kCrisisEnd;
    auto out = temp_path("empty-range.svg");
    for (std::vector<std::string> range : {std::vector<std::string>{"--from", "1914-09"},
                                           std::vector<std::string>{"--to", "1914-07-22"},
                                           std::vector<std::string>{"--from", "1914-07-24", "--to", "1914-08-05"}}) {
        INFO(range.front() << " " << range[1]);
        std::filesystem::remove(out);
        std::vector<std::string> args = {"timeline", model, "-o", out};
        args.insert(args.end(), range.begin(), range.end());
        auto r = tg_test::run_cli(args);
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find("no event lies in the range asked for (the events run from 23 Jul 1914 to 6 Aug 1914)") !=
              std::string::npos);
        CHECK_FALSE(std::filesystem::exists(out));
    }
    // The last day itself shows the last event alone.
    auto r = tg_test::run_cli({"timeline", model, "--from", "1914-08-06"});
    CHECK(r.status == 0);
    CHECK(r.out.find("tl-ev-austria-russia") != std::string::npos);
    CHECK(r.out.find("tl-ev-ultimatum") == std::string::npos);
}

TEST_CASE("timeline: a bound past every event never draws the events beyond the other end") {
    auto eg = graph_of(kCrisisEnd);
    timeline::TimelineOptions after, before;
    after.from = model::to_minutes(1914, 9, 1);
    before.to = model::to_minutes(1914, 7, 1);
    for (const auto* opt : {&after, &before}) {
        auto s = timeline::timeline_layout(eg, *opt);
        CHECK(boxes_of(s).events == 0);
        CHECK(timeline::empty_range_message(eg, *opt).has_value());
    }
    CHECK_FALSE(timeline::empty_range_message(eg, {}).has_value());
}

namespace {

void drawn_texts(const scene::Group& g, std::vector<Box>& out) {
    for (const auto& item : g.items)
        if (const auto* t = std::get_if<scene::Text>(&item); t && t->cls.find("tg-tier") == std::string::npos)
            out.push_back(text_box(*t));
    for (const auto& c : g.children) drawn_texts(c, out);
}

void link_paths(const scene::Group& g, std::vector<std::pair<std::string, const scene::Path*>>& out) {
    for (const auto& item : g.items)
        if (const auto* p = std::get_if<scene::Path>(&item)) out.emplace_back(g.id, p);
    for (const auto& c : g.children) link_paths(c, out);
}

// Texts that some link passes through, sampled every pixel along each path.
std::vector<std::string> crossed_texts(const scene::Scene& s) {
    std::vector<Box> texts;
    std::vector<std::pair<std::string, const scene::Path*>> paths;
    for (const auto& g : s.groups) {
        drawn_texts(g, texts);
        if (g.id == "tl-links") link_paths(g, paths);
    }
    std::vector<std::string> out;
    for (const auto& b : texts) {
        bool hit = false;
        for (const auto& [id, path] : paths) {
            for (const auto& p : timeline::sample_path(*path, 1))
                if (p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1) {
                    out.push_back("'" + b.what + "' by " + id);
                    hit = true;
                    break;
                }
            if (hit) break;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("timeline: no link passes through text, in the seed and every test model") {
    std::vector<std::string> models = {"data/us-china-2024.tg"};
    for (const auto& f : std::filesystem::directory_iterator(tg_test::source_path("tests/data")))
        if (f.path().extension() == ".tg") models.push_back("tests/data/" + f.path().filename().string());
    std::sort(models.begin(), models.end());
    for (const auto& m : models) {
        INFO(m);
        auto s = timeline::timeline_layout(graph_of_file(m), {});
        CHECK(crossed_texts(s) == std::vector<std::string>{});
        check_readable(s);
    }
}

TEST_CASE("timeline: no link passes through text (random models)") {
    std::mt19937 rng(77);
    for (int round = 0; round < 40; ++round) {
        INFO("round " << round);
        auto s = timeline::timeline_layout(graph_of(random_model(rng, std::uniform_int_distribution<int>(2, 40)(rng))), {});
        CHECK(crossed_texts(s) == std::vector<std::string>{});
    }
}
