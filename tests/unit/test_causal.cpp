// The causal graph: time order on the drawn nodes, one node per event and
// one edge per drawn link, well-formed SVG that renders, DOT that Graphviz
// accepts whatever the labels hold, and a golden post-layout scene.
#include "causal_fixtures.hpp"

#include <fmt/format.h>

#include "causal/causal_layout.hpp"
#include "causal/graphviz.hpp"
#include "causal/time_slots.hpp"
#include "graph/queries.hpp"
#include "measure/text_metrics.hpp"
#include "render/svg_writer.hpp"

using namespace timegraph;
using tg_test::count_of;

namespace {

scene::Scene layout_of(const graph::EventGraph& eg, bool all_links = false) {
    core::Diagnostics d;
    causal::CausalOptions o;
    o.all_links = all_links;
    auto s = causal::causal_layout(eg, o, d);
    INFO(core::format_all(d));
    REQUIRE(s);
    CHECK(d.items().empty());
    return *s;
}

std::string svg_of(const graph::EventGraph& eg) { return render::write_svg(layout_of(eg)); }

// Every pair where one event certainly precedes the other, checked on the
// node centres in the SVG text, along time. Returns the number of pairs.
int check_time_order(const graph::EventGraph& eg) {
    std::string svg = svg_of(eg);
    auto centres = tg_test::node_centres(svg);
    REQUIRE(centres.size() == eg.document.events.size());
    int pairs = 0;
    for (const auto& a : eg.document.events)
        for (const auto& b : eg.document.events) {
            if (!graph::certainly_precedes(a, b)) continue;
            ++pairs;
            INFO(a.id << " (" << model::format_date(a.date) << ") before " << b.id << " ("
                      << model::format_date(b.date) << ")");
            CHECK(tg_test::along_time(svg, centres.at(a.id)) < tg_test::along_time(svg, centres.at(b.id)));
        }
    return pairs;
}

const char* const kHostile = R"(title: Hostile "labels" \ <b>
event a
  date: 2020
  title: x"];x[shape=record label="{<f0>|<f1>}
event b
  date: 2021
  title: \N and \G and \l left
event c
  date: 2022
  title: ends in a backslash \
event d
  date: 2023
  title: <script>alert(1)</script> & "quotes" }{ -> --
a -> b: \"
b ~> c: \
c -| d: <<TABLE>>
a -> d: label="x"]; evil [shape=record
)";

}  // namespace

TEST_CASE("graph: every certainly-earlier event sits to the left") {
    SECTION("the seed") { CHECK(check_time_order(tg_test::load_graph_file("data/us-china-2024.tg")) > 150); }
    SECTION("the test model of the talks") { CHECK(check_time_order(tg_test::load_graph_file("tests/data/talks.tg")) > 60); }
    SECTION("BCE dates") { CHECK(check_time_order(tg_test::load_graph_file("tests/data/bce-graph.tg")) > 25); }
    SECTION("minute precision") { CHECK(check_time_order(tg_test::load_graph_file("tests/data/minutes.tg")) > 25); }
    SECTION("unlinked events") {
        CHECK(check_time_order(tg_test::load_graph("event a\ndate: 2024\ntitle: A\nevent b\ndate: 2020\ntitle: B\n"
                                                   "event c\ndate: 2022\ntitle: C\nevent d\ndate: 2021\ntitle: D\n")) == 6);
    }
}

TEST_CASE("graph: a cause is left of its effect when the dates allow it") {
    auto eg = tg_test::load_graph_file("tests/data/talks.tg");
    auto centres = tg_test::node_centres(svg_of(eg));
    for (const auto& l : eg.document.links) {
        INFO(l.from << " -> " << l.to);
        CHECK(centres.at(l.from).first < centres.at(l.to).first);
    }
}

TEST_CASE("time slots: dates first, links when the dates allow") {
    // The same day: the link decides. A whole day around a minute: the link decides too.
    auto eg = tg_test::load_graph("event a\ndate: 2023-11-15\ntitle: A\nevent b\ndate: 2023-11-15\ntitle: B\n"
                                  "event c\ndate: 2023-11-15 10:00\ntitle: C\nb -> c -> a\n");
    auto slots = causal::time_slots(eg, graph::drawn_links(eg, false));
    CHECK(slots == std::vector<int>{2, 0, 1});
    CHECK(causal::time_slots(eg, {}) == std::vector<int>{0, 0, 0});

    // a causes b causes c, yet c certainly precedes a: the links cannot all run
    // left to right, and the dates win.
    auto cyc = tg_test::load_graph("event a\ndate: 2020-06\ntitle: A\nevent b\ndate: 2019..2021\ntitle: B\n"
                                   "event c\ndate: 2020-01\ntitle: C\na -> b -> c\n");
    auto s = causal::time_slots(cyc, graph::drawn_links(cyc, false));
    CHECK(s[2] < s[0]);
    CHECK(check_time_order(cyc) == 1);
}

TEST_CASE("graph: a feedback link runs back against time; the columns keep time order and the links' direction") {
    auto eg = tg_test::load_graph("event deploy\ndate: 2021-10-04 15:30\ntitle: Deploy\n"
                                  "event errors\ndate: 2021-10-04 15:39..2021-10-04 16:30\ntitle: Errors\n"
                                  "event page\ndate: 2021-10-04 15:45\ntitle: Page\n"
                                  "event rollback\ndate: 2021-10-04 16:10\ntitle: Rollback\n"
                                  "deploy -> errors -> page -> rollback\nrollback -| errors\n");
    REQUIRE(eg.document.links[3].feedback);
    // Without the feedback link's constraint the slots follow the other links:
    // with it as a cause, the loop would have left the dates alone to decide.
    CHECK(causal::time_slots(eg, graph::drawn_links(eg, true)) == std::vector<int>{0, 1, 2, 3});
    std::string svg = svg_of(eg);
    auto centres = tg_test::node_centres(svg);
    for (const auto& l : eg.document.links) {
        INFO(l.from << " -> " << l.to);
        if (l.feedback) CHECK(tg_test::along_time(svg, centres.at(l.from)) > tg_test::along_time(svg, centres.at(l.to)));
        else CHECK(tg_test::along_time(svg, centres.at(l.from)) < tg_test::along_time(svg, centres.at(l.to)));
    }
    CHECK(count_of(svg, "class=\"tg-edge blocks feedback\"") == 1);
    CHECK(count_of(svg, ".feedback .tg-link") == 1);  // its rule, only where a feedback link is drawn
    CHECK(count_of(svg, "feedback (ends an event under way)") == 1);
    CHECK(count_of(svg_of(tg_test::load_graph_file("tests/data/talks.tg")), "feedback") == 0);
}

TEST_CASE("graph: one node per event, one edge per drawn link, with ids and data") {
    auto eg = tg_test::load_graph_file("tests/data/talks.tg");
    for (bool all : {false, true}) {
        std::string svg = render::write_svg(layout_of(eg, all));
        auto drawn = graph::drawn_links(eg, all);
        CHECK(count_of(svg, "<g id=\"gr-ev-") == eg.document.events.size());
        CHECK(count_of(svg, "<g id=\"gr-ln-") == drawn.size());
        CHECK(count_of(svg, "class=\"tg-link ") == drawn.size() + 3);  // and three legend samples
    }
    CHECK(graph::drawn_links(eg, false).size() + 1 == graph::drawn_links(eg, true).size());
    std::string svg = svg_of(eg);
    CHECK(svg.find("<g id=\"gr-ev-pelosi\" data-id=\"pelosi\" class=\"tg-event lane-0\" tabindex=\"0\" role=\"button\" "
                   "aria-label=\"2–3 Aug 2022: Speaker Nancy Pelosi visits Taiwan\"><title>2–3 Aug 2022: Speaker Nancy "
                   "Pelosi visits Taiwan</title><desc>") != std::string::npos);
    CHECK(svg.find("<g id=\"gr-ln-2\" data-id=\"pelosi-&gt;suspends\" data-from=\"pelosi\" data-to=\"suspends\" "
                   "data-kind=\"causes\" class=\"tg-edge causes\"><title>") != std::string::npos);
    CHECK(svg.find("class=\"tg-event lane-1 expected\"") != std::string::npos);
    CHECK(svg.find(">~Nov 2023</text>") != std::string::npos);
    // A label is drawn where it clears every box, label and line (test_causal_geometry); every
    // label is in its link's description either way.
    CHECK(svg.find("(5 Aug 2022): to protest the visit</desc>") != std::string::npos);
    CHECK(count_of(render::write_svg(layout_of(tg_test::load_graph_file("data/us-china-2024.tg"), false)),
                   "class=\"tg-link-label\"") >= 5);
    CHECK(svg.find("marker-end=\"url(#tg-graph-bar)\"") != std::string::npos);
    static const std::regex described(R"re(<g id="gr-(ev|ln)-[^>]*><title>[^<]+</title><desc>[^<]+</desc>)re");
    auto begin = std::sregex_iterator(svg.begin(), svg.end(), described);
    CHECK(static_cast<std::size_t>(std::distance(begin, std::sregex_iterator())) ==
          eg.document.events.size() + graph::drawn_links(eg, false).size());
}

TEST_CASE("graph: text fits its box, and nothing comes within 16 px of the edge") {
    auto s = layout_of(tg_test::load_graph_file("tests/data/talks.tg"));
    for (const auto* layer : tg_test::all_groups(s)) {
        const auto& g = *layer;
        INFO(g.id);
        const scene::Rect* event_box = g.id.rfind("gr-ev-", 0) == 0 ? &std::get<scene::Rect>(g.items.front()) : nullptr;
        for (const auto& item : g.items) {
            if (const auto* t = std::get_if<scene::Text>(&item)) {
                double px = t->cls == "tg-title" ? 20 : t->cls == "tg-subtitle" ? 14 : t->cls == "tg-label" ? 12 : 11;
                auto style = t->cls == "tg-title" ? measure::Style::bold : measure::Style::regular;
                double w = measure::text_width(t->text, px, style);
                double x0 = t->anchor == scene::Anchor::middle ? t->x - w / 2 : t->x;
                INFO(t->text);
                CHECK(x0 >= 16);
                CHECK(x0 + w <= s.width - 16);
                CHECK(t->y - px * 0.93 >= 16);
                CHECK(t->y + px * 0.25 <= s.height - 16);
                if (event_box) {
                    CHECK(x0 >= event_box->x + 4);
                    CHECK(x0 + w <= event_box->x + event_box->w - 4);
                    CHECK(t->y - px * 0.75 >= event_box->y);
                    CHECK(t->y + px * 0.25 <= event_box->y + event_box->h);
                }
            } else if (const auto* r = std::get_if<scene::Rect>(&item)) {
                CHECK(r->x >= 16);
                CHECK(r->x + r->w <= s.width - 16);
                CHECK(r->y >= 16);
                CHECK(r->y + r->h <= s.height - 16);
            }
        }
    }
}

TEST_CASE("graph: the SVG is well-formed XML and rsvg-convert renders it") {
    for (const char* model : {"tests/data/talks.tg", "tests/data/bce-graph.tg", "tests/data/minutes.tg"}) {
        INFO(model);
        auto file = tg_test::temp_file("graph.svg", svg_of(tg_test::load_graph_file(model)));
        CHECK(tg_test::run_quiet("xmllint --noout '" + file + "'") == 0);
        CHECK(tg_test::run_quiet("rsvg-convert -w 600 -o '" + file + ".png' '" + file + "'") == 0);
    }
    auto hostile = tg_test::temp_file("hostile.svg", svg_of(tg_test::load_graph(kHostile)));
    CHECK(tg_test::run_quiet("xmllint --noout '" + hostile + "'") == 0);
    CHECK(tg_test::read_file(hostile).find("<script") == std::string::npos);
}

TEST_CASE("graph: the same model gives the same bytes") {
    auto eg = tg_test::load_graph_file("tests/data/talks.tg");
    CHECK(svg_of(eg) == svg_of(eg));
    auto file = tg_test::source_path("tests/data/talks.tg");
    auto first = tg_test::run_cli({"graph", file});
    auto second = tg_test::run_cli({"graph", file});
    CHECK(first.status == 0);
    CHECK(first.err.empty());
    CHECK(first.out == second.out);
    CHECK(first.out == svg_of(eg));
}

TEST_CASE("graph: small and empty models") {
    auto one = layout_of(tg_test::load_graph("event a\ndate: 2020\ntitle: A\n"));
    REQUIRE(one.groups.size() == 1);
    CHECK(one.width == Approx(48 + 32));
    // The parser rejects a model without events; the layout still copes with an empty graph.
    model::Document empty;
    empty.title = "Nothing yet";
    auto none = layout_of(graph::build(std::move(empty)));
    CHECK(none.groups.size() == 1);
    CHECK(none.height >= 32);
}

TEST_CASE("graph: golden post-layout scene of the talks model") {
    tg_test::check_golden("talks-graph", layout_of(tg_test::load_graph_file("tests/data/talks.tg")));
}

TEST_CASE("export dot: Graphviz accepts it, hostile labels included, with exact counts") {
    auto eg = tg_test::load_graph(kHostile);
    core::Diagnostics d;
    causal::CausalOptions all;
    all.all_links = true;  // a -> d is implied, but its label is one to test
    auto dot = causal::causal_dot(eg, all, d);
    REQUIRE(dot);
    CHECK(d.items().empty());
    auto file = tg_test::temp_file("hostile.dot", *dot);
    CHECK(tg_test::run_quiet("dot -Tsvg -o '" + file + ".svg' '" + file + "'") == 0);
    CHECK(tg_test::run_quiet("xmllint --noout '" + file + ".svg'") == 0);
    // Graphviz's plain output lists every node and edge it read: 4 events and
    // 4 time slots, 4 links and the 3 spine edges between the slots.
    auto plain = tg_test::temp_file("hostile.plain", "");
    REQUIRE(tg_test::run_quiet("dot -Tplain -o '" + plain + "' '" + file + "'") == 0);
    std::string text = tg_test::read_file(plain);
    CHECK(count_of(text, "\nnode ") == 8);
    CHECK(count_of(text, "\nnode _t") == 4);
    CHECK(count_of(text, "\nedge ") == 7);
    CHECK(count_of(text, "\nedge _t") == 3);
    // The titles come through as text, escapes and all.
    std::string svg = tg_test::read_file(file + ".svg");
    CHECK(svg.find("\\N and \\G and \\l left") != std::string::npos);
    CHECK(svg.find("ends in a backslash \\<") != std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
}

TEST_CASE("export dot: the CLI writes it, and only known formats are accepted") {
    auto file = tg_test::source_path("tests/data/talks.tg");
    auto r = tg_test::run_cli({"export", file, "--format", "dot"});
    CHECK(r.status == 0);
    CHECK(r.out.rfind("digraph timegraph {", 0) == 0);
    auto out = tg_test::temp_file("talks.dot", "");
    CHECK(tg_test::run_cli({"export", file, "--format", "dot", "-o", out}).status == 0);
    CHECK(tg_test::read_file(out) == r.out);
    CHECK(tg_test::run_quiet("dot -Tsvg -o /dev/null '" + out + "'") == 0);
    CHECK(tg_test::run_cli({"export", file, "--format", "png"}).status == 2);
    CHECK(tg_test::run_cli({"export", file}).status == 2);
    CHECK(tg_test::run_cli({"export", file, "--format", "dot", "-o", file}).status == 2);
}

TEST_CASE("graph command: writes a file, refuses to overwrite its input, and fails on a bad model") {
    auto file = tg_test::source_path("tests/data/minutes.tg");
    auto out = tg_test::temp_file("minutes.svg", "");
    auto r = tg_test::run_cli({"graph", file, "-o", out});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(tg_test::read_file(out).rfind("<?xml", 0) == 0);
    CHECK(tg_test::run_cli({"graph", file, "-o", file}).status == 2);
    auto bad = tg_test::temp_file("cycle.tg", "event a\ndate: 2020\ntitle: A\nevent b\ndate: 2020\ntitle: B\na -> b -> a\n");
    auto failed = tg_test::run_cli({"graph", bad});
    CHECK(failed.status == 1);
    CHECK(failed.out.empty());
}

TEST_CASE("Graphviz messages are captured, not printed") {
    causal::gv::Capture capture;
    agerr(AGWARN, "first %s\n", "thing");
    agerr(AGERR, "second\n");
    CHECK(capture.messages() == std::vector<std::string>{"first thing", "second"});
}

TEST_CASE("graph: dot runs in a child process, with the same bytes as in this process") {
    auto eg = tg_test::load_graph_file("tests/data/talks.tg");
    causal::CausalOptions here;
    here.dot_timeout = 0;
    core::Diagnostics d1, d2;
    auto a = causal::causal_layout(eg, here, d1);
    auto b = causal::causal_layout(eg, {}, d2);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(render::write_svg(*a) == render::write_svg(*b));
    CHECK(d1.items().empty());
    CHECK(d2.items().empty());
}

TEST_CASE("graph: dot that outruns its time bound is killed") {
    // A 400-event chain: dot needs far more than a millisecond for it.
    std::string text;
    for (std::size_t i = 0; i < 400; ++i) text += fmt::format("event e{}\n date: {}\n title: Step {}\n", i, 1000 + i, i);
    for (std::size_t i = 1; i < 400; ++i) text += fmt::format("e{} -> e{}\n", i - 1, i);
    auto eg = tg_test::load_graph(text, "chain.tg");
    causal::CausalOptions o;
    o.dot_timeout = 0.001;
    SECTION("auto is the dated engine and never waits for dot") {
        core::Diagnostics d;
        auto s = causal::causal_layout(eg, o, d);
        REQUIRE(s);
        CHECK(d.items().empty());
        causal::CausalOptions dated;
        dated.engine = causal::CausalEngine::dated;
        core::Diagnostics none;
        CHECK(render::write_svg(*s) == render::write_svg(*causal::causal_layout(eg, dated, none)));
    }
    SECTION("an explicit dot layout fails with an error") {
        o.engine = causal::CausalEngine::dot;
        core::Diagnostics d;
        CHECK_FALSE(causal::causal_layout(eg, o, d));
        CHECK(d.has_errors());
        CHECK_THAT(core::format_all(d), Catch::Contains("--dot-timeout"));
    }
}

TEST_CASE("graph command: --dot-timeout bounds Graphviz") {
    std::string text;
    for (std::size_t i = 0; i < 300; ++i) text += fmt::format("event e{}\n date: {}\n title: Step {}\n", i, 1000 + i, i);
    for (std::size_t i = 1; i < 300; ++i) text += fmt::format("e{} -> e{}\n", i - 1, i);
    auto model = tg_test::temp_file("long-chain.tg", text);
    auto out = tg_test::temp_file("long-chain.svg", "");
    std::filesystem::remove(out);
    auto automatic = tg_test::run_cli({"graph", model, "-o", out, "--dot-timeout", "0.001"});
    CHECK(automatic.status == 0);
    CHECK(automatic.err.empty());
    CHECK(std::filesystem::exists(out));
    std::filesystem::remove(out);
    auto failed = tg_test::run_cli({"graph", model, "-o", out, "--layout", "dot", "--dot-timeout", "0.001"});
    CHECK(failed.status == 1);
    CHECK_THAT(failed.err, Catch::Contains("error: Graphviz's dot did not finish"));
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(tg_test::run_cli({"graph", model, "--dot-timeout", "-1"}).status == 2);
}
