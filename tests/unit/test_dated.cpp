// The dated causal layout: time order from the shared scale, lanes as bands,
// and one box per event and one curve per drawn link, at any size.
#include <catch2/catch.hpp>

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
    auto centres = tg_test::node_centres(dated_svg(eg));
    REQUIRE(centres.size() == eg.document.events.size());
    int pairs = 0;
    for (const auto& a : eg.document.events)
        for (const auto& b : eg.document.events)
            if (graph::certainly_precedes(a, b)) {
                ++pairs;
                INFO(a.id << " before " << b.id);
                CHECK(centres.at(a.id).first < centres.at(b.id).first);
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

TEST_CASE("automatic layout takes the dated engine above the Graphviz cap") {
    std::string text;
    for (std::size_t i = 0; i <= causal::kMaxDotEvents; ++i)
        text += "event e" + std::to_string(i) + "\n date: " + std::to_string(1000 + i) + "\n title: Step\n";
    for (std::size_t i = 1; i <= causal::kMaxDotEvents; ++i)
        text += "e" + std::to_string(i - 1) + " -> e" + std::to_string(i) + "\n";
    auto eg = tg_test::load_graph(text);
    core::Diagnostics d;
    auto s = causal::causal_layout(eg, {}, d);
    REQUIRE(s);
    bool has_lanes = false;
    for (const auto& g : s->groups) has_lanes = has_lanes || g.id == "gr-lanes";
    CHECK(has_lanes);
}

TEST_CASE("automatic layout gives dot only what it lays out quickly") {
    // A chain: each link spans one time column.
    std::string chain;
    for (int i = 0; i < 30; ++i) chain += "event e" + std::to_string(i) + "\n date: " + std::to_string(1900 + i) + "\n title: Step\n";
    for (int i = 1; i < 30; ++i) chain += "e" + std::to_string(i - 1) + " -> e" + std::to_string(i) + "\n";
    auto eg = tg_test::load_graph(chain);
    CHECK(causal::dot_work(eg, false) == 30 + 29);
    CHECK(causal::dot_fits(eg, false));
    // Links that reach across many columns: few events, but more work than dot does in a second.
    std::string wide;
    for (int i = 0; i < 120; ++i) wide += "event e" + std::to_string(i) + "\n date: " + std::to_string(1900 + i) + "\n title: Step\n";
    for (int i = 0; i < 40; ++i) wide += "e" + std::to_string(i) + " -> e" + std::to_string(i + 60) + "\n";
    auto far = tg_test::load_graph(wide);
    CHECK(causal::dot_work(far, false) == 120 + 40 * 60);
    CHECK_FALSE(causal::dot_fits(far, false));
    core::Diagnostics d;
    auto s = causal::causal_layout(far, {}, d);
    REQUIRE(s);
    bool has_lanes = false;
    for (const auto& g : s->groups) has_lanes = has_lanes || g.id == "gr-lanes";
    CHECK(has_lanes);
    // An explicit dot is tried at any size, within its time bound.
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
