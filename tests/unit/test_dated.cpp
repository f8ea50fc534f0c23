// The dated causal layout: time order from the shared scale, lanes as bands,
// and one box per event and one curve per drawn link, at any size.
#include <catch2/catch.hpp>

#include <map>

#include "causal/causal_layout.hpp"
#include "causal_fixtures.hpp"
#include "graph/queries.hpp"
#include "render/svg_writer.hpp"

using namespace timegraph;

namespace {

std::string dated_svg(const graph::EventGraph& eg) {
    causal::CausalOptions o;
    o.engine = causal::CausalEngine::dated;
    core::Diagnostics d;
    auto s = causal::causal_layout(eg, o, d);
    REQUIRE(s);
    return render::write_svg(*s);
}

int time_order_pairs(const graph::EventGraph& eg) {
    std::string svg = dated_svg(eg);
    auto centres = tg_test::node_centres(svg);
    REQUIRE(centres.size() == eg.document.events.size());
    int pairs = 0;
    for (const auto& a : eg.document.events)
        for (const auto& b : eg.document.events)
            if (graph::certainly_precedes(a, b)) {
                ++pairs;
                INFO(a.id << " before " << b.id);
                CHECK(tg_test::along_time(svg, centres.at(a.id)) < tg_test::along_time(svg, centres.at(b.id)));
            }
    return pairs;
}

}  // namespace

TEST_CASE("dated layout: every certainly-earlier event sits to the left") {
    CHECK(time_order_pairs(tg_test::load_graph_file("data/us-china-2024.tg")) > 150);
    CHECK(time_order_pairs(tg_test::load_graph_file("tests/data/bce.tg")) > 10);
    CHECK(time_order_pairs(tg_test::load_graph_file("tests/data/incident.tg")) > 10);
}

TEST_CASE("dated layout: one box per event, one curve per drawn link, no two boxes overlap") {
    auto eg = tg_test::load_graph_file("data/us-china-2024.tg");
    causal::CausalOptions o;
    o.engine = causal::CausalEngine::dated;
    core::Diagnostics d;
    auto s = causal::causal_layout(eg, o, d);
    REQUIRE(s);
    std::vector<scene::Rect> boxes;
    std::size_t edges = 0;
    for (const auto* g : tg_test::all_groups(*s)) {
        if (g->id.rfind("gr-ev-", 0) == 0)
            for (const auto& item : g->items)
                if (auto r = std::get_if<scene::Rect>(&item)) boxes.push_back(*r);
        if (g->id.rfind("gr-ln-", 0) == 0) ++edges;
    }
    CHECK(boxes.size() == eg.document.events.size());
    CHECK(edges == graph::drawn_links(eg, false).size());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const auto &a = boxes[i], &b = boxes[j];
            bool apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            CHECK(apart);
        }
    CHECK(dated_svg(eg) == dated_svg(eg));
}

namespace {

bool has_lane_bands(const scene::Scene& s) {
    for (const auto& g : s.groups)
        if (g.id == "gr-lanes") return true;
    return false;
}

std::string steps(std::size_t n, std::size_t span) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i)
        text += "event e" + std::to_string(i) + "\n date: " + std::to_string(1000 + i) + "\n title: Step\n";
    for (std::size_t i = 0; i + span < n; ++i) text += "e" + std::to_string(i) + " -> e" + std::to_string(i + span) + "\n";
    return text;
}

}  // namespace

TEST_CASE("automatic layout is the dated engine: time columns up to its limit, the overview above") {
    // Up to kMaxLayeredEvents: the layered engine, which draws lanes as colours, not bands.
    auto eg = tg_test::load_graph(steps(401, 1));
    core::Diagnostics d;
    auto s = causal::causal_layout(eg, {}, d);
    REQUIRE(s);
    CHECK_FALSE(has_lane_bands(*s));
    causal::CausalOptions dated;
    dated.engine = causal::CausalEngine::dated;
    CHECK(render::write_svg(*s) == render::write_svg(*causal::causal_layout(eg, dated, d)));
    // Above it, the overview along the time scale, with lane bands.
    auto big = tg_test::load_graph(steps(causal::kMaxLayeredEvents + 1, 1));
    auto o = causal::causal_layout(big, {}, d);
    REQUIRE(o);
    CHECK(has_lane_bands(*o));
    CHECK(d.warning_count() == 0);
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("the overview draws periods as bands over their years, titled under the axis") {
    const std::string periods = "period war\n date: 1200..1300\n title: The long war of the two crowns\n"
                                "period calm\n date: 2500..2510\n title: Calm\n";
    auto big = tg_test::load_graph(periods + steps(causal::kMaxLayeredEvents + 1, 1));
    core::Diagnostics d;
    auto s = causal::causal_layout(big, {}, d);
    REQUIRE(s);
    REQUIRE(has_lane_bands(*s));
    auto centres = tg_test::node_centres(render::write_svg(*s));
    std::map<std::string, std::pair<scene::Rect, std::string>> bands;  // by the band's <title>
    for (const auto& g : s->groups)
        if (g.id == "gr-periods")
            for (const auto& band : g.children)
                for (const auto& item : band.items) {
                    if (const auto* r = std::get_if<scene::Rect>(&item)) bands[band.title].first = *r;
                    if (const auto* t = std::get_if<scene::Text>(&item)) bands[band.title].second = t->text;
                }
    REQUIRE(bands.size() == 2);
    const auto& [war, war_title] = bands.at("1200–1300: The long war of the two crowns");
    CHECK(war_title == "The long war of the two crowns");
    // Events of 1250 inside the band, of 1150 and 1350 outside it.
    auto inside = [&](const scene::Rect& r, const std::string& id) {
        return centres.at(id).first > r.x && centres.at(id).first < r.x + r.w;
    };
    CHECK(inside(war, "e250"));
    CHECK_FALSE(inside(war, "e150"));
    CHECK_FALSE(inside(war, "e350"));
    const auto& [calm, calm_title] = bands.at("2500–2510: Calm");
    CHECK(calm_title == "Calm");
    CHECK(inside(calm, "e1505"));
    CHECK_FALSE(inside(calm, "e1400"));
}

TEST_CASE("an explicit dot is tried at any size, within its time bound") {
    // Links that reach across many columns: few events, but more than dot lays out in a millisecond.
    auto far = tg_test::load_graph(steps(120, 60));
    causal::CausalOptions dot;
    dot.engine = causal::CausalEngine::dot;
    dot.dot_timeout = 0.001;
    core::Diagnostics failed;
    CHECK_FALSE(causal::causal_layout(far, dot, failed));
    CHECK_THAT(core::format_all(failed), Catch::Contains("did not finish within 0.001 s"));
}

TEST_CASE("dated layout: boxes and links keep their <desc> up to 2,000 events, then only their <title>") {
    // kDescribedEventsMax in dated_layout.cpp.
    auto small = tg_test::load_graph_file("data/us-china-2024.tg");
    std::size_t parts = small.document.events.size() + graph::drawn_links(small, false).size();
    std::string svg = dated_svg(small);
    CHECK(tg_test::count_of(svg, "</desc>") == parts + 1);  // and the SVG's own
    auto chain = [](std::size_t n) {
        std::string text;
        for (std::size_t i = 0; i < n; ++i)
            text += "event e" + std::to_string(i) + "\n date: " + std::to_string(1000 + i) + "\n title: Step\n";
        for (std::size_t i = 1; i < n; ++i) text += "e" + std::to_string(i - 1) + " -> e" + std::to_string(i) + "\n";
        return tg_test::load_graph(text);
    };
    auto at = chain(2000);
    CHECK(tg_test::count_of(dated_svg(at), "</desc>") == 2000 + 1999 + 1);
    auto over = chain(2001);
    svg = dated_svg(over);
    CHECK(tg_test::count_of(svg, "</desc>") == 1);
    CHECK(tg_test::count_of(svg, "</title>") == 2001 + 2000 + 1);
    CHECK(tg_test::count_of(svg, "tabindex=\"0\" role=\"button\" aria-label=\"") == 2001);
}
