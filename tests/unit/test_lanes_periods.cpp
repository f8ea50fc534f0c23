// Lanes with colours of their own, and periods: how they are written, checked,
// exported and drawn.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fixtures.hpp"
#include "graph/export_json.hpp"
#include "causal/causal_layout.hpp"
#include "render/svg_writer.hpp"
#include "style/lane_colour.hpp"
#include "timeline/timeline.hpp"

using namespace timegraph;
using tg_test::errors_of;
using tg_test::parse_text;

namespace {

const std::string kEvents = "event a\ndate: 2023-05-01\ntitle: A\nlane: us\n"
                            "event b\ndate: 2023-08-01\ntitle: B\nlane: cn\na -> b\n";

graph::EventGraph graph_of(const std::string& text) {
    auto r = parse_text(text);
    INFO(core::format_all(r.diagnostics));
    REQUIRE(r.ok());
    return graph::build(std::move(r.document));
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a lane may carry a colour, spelt colour or color, #RRGGBB or #RGB") {
    auto r = parse_text("title: T\nlane us: United States\n  colour: #0072b2\nlane cn: China\n  color: #D50\n"
                        "subtitle: still the header\n" + kEvents);
    INFO(core::format_all(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.document.lanes[0].colour == "#0072B2");
    CHECK(r.document.lanes[1].colour == "#DD5500");
    CHECK(r.document.lanes[1].colour_pos.line == 5);
    CHECK(r.document.subtitle == "still the header");  // header keys after a lane line keep working
}

TEST_CASE("bad lane colours name the form that works") {
    struct Bad {
        const char* name;
        std::string text;
        std::vector<std::string> errors;
    };
    const std::vector<Bad> table = {
        {"named colour", "lane us: US\n  colour: blue\n", {"2:11: lane colour 'blue' is not #RRGGBB: write it as in 'colour: #0072B2'"}},
        {"no hash", "lane us: US\n  colour: 0072B2\n", {"2:11: lane colour '0072B2' is not #RRGGBB: write it as in 'colour: #0072B2'"}},
        {"not hex", "lane us: US\n  colour: #00GG00\n", {"2:11: lane colour '#00GG00' is not #RRGGBB: write it as in 'colour: #0072B2'"}},
        {"twice", "lane us: US\n  colour: #000000\n  color: #111111\n", {"3:3: duplicate key 'colour' (first given on line 2)"}},
        {"misspelt", "lane us: US\n  colr: #000000\n", {"2:3: unknown key 'colr' after a lane (a lane takes 'colour'); did you mean 'color'?"}},
    };
    for (const auto& b : table) {
        INFO(b.name);
        auto r = parse_text(b.text + "lane cn: China\n" + kEvents);
        CHECK(errors_of(r) == b.errors);
    }
}

TEST_CASE("lane colours: contrast on both themes, tints, and the lane's own class") {
    CHECK(style::contrast_ratio("#000000", "#FFFFFF") == Approx(21));
    CHECK(style::contrast_ratio("#FFFFFF", "#FFFFFF") == Approx(1));
    CHECK(style::contrast_ratio("#0072B2", style::kLightBackground) >= style::kLaneContrast);
    CHECK(style::tint_of("#0072B2") == "#E0EEF6");  // the palette's own tint of its blue
    auto eg = graph_of("lane us: US\n  colour: #FFD700\nlane cn: China\n" + kEvents);
    CHECK(style::lane_class(eg.document, 0, false) == "tg-own-0");
    CHECK(style::lane_class(eg.document, 1, false) == style::lane_class(1, false));
    core::Diagnostics d;
    style::check_lane_colours(eg.document, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == core::Severity::warning);
    CHECK(d.items()[0].message == "lane 'us': colour #FFD700 has contrast 1.4:1 on the light page (#FFFFFF); "
                                  "lane colours need 3:1 on both themes");
    CHECK(d.items()[0].pos.line == 2);
    core::Diagnostics dark;
    style::check_lane_colours(graph_of("lane us: US\n  colour: #1A237E\nlane cn: China\n" + kEvents).document, dark);
    REQUIRE(dark.items().size() == 1);
    CHECK(dark.items()[0].message.find("on the dark page (#17181A)") != std::string::npos);
}

TEST_CASE("check warns of a lane colour with too little contrast, and fails only with --strict") {
    auto path = (std::filesystem::temp_directory_path() / "timegraph-lane-colour.tg").string();
    std::ofstream(path) << "lane us: US\n  colour: #FFD700\nlane cn: China\n" + kEvents;
    auto r = tg_test::run_cli({"check", path});
    CHECK(r.status == 0);
    CHECK(r.err.find("warning: lane 'us': colour #FFD700 has contrast 1.4:1") != std::string::npos);
    CHECK(tg_test::run_cli({"check", "--strict", path}).status == 1);
}

TEST_CASE("a lane's own colour replaces the palette's in the drawing and is exported") {
    auto eg = graph_of("lane us: US\n  colour: #D55E00\nlane cn: China\n" + kEvents);
    std::string svg = render::write_svg(timeline::timeline_layout(eg, {}));
    CHECK(count_of(svg, ".tg-own-0 .tg-dot,.tg-own-0 .tg-bar,.tg-swatch.tg-own-0{fill:#D55E00}") == 1);
    CHECK(count_of(svg, "tg-own-0") > 3);  // the lane band, its event and its legend swatch use it
    auto plain = graph_of("lane us: US\nlane cn: China\n" + kEvents);
    CHECK(count_of(render::write_svg(timeline::timeline_layout(plain, {})), "tg-own") == 0);
    auto j = graph::export_json(eg);
    CHECK(j["lanes"][0]["colour"] == "#D55E00");
    CHECK_FALSE(j["lanes"][1].contains("colour"));
}

namespace {

const std::string kPeriod = "period talks\n  date: 2023-06..2023-12\n  title: Talks resume\n";

}  // namespace

TEST_CASE("a period block declares a named span, optionally in a lane") {
    auto r = parse_text("lane us: US\nlane cn: China\n" + kPeriod + "period war\n date: 2023-07\n title: War\n lane: cn\n" +
                        kEvents);
    INFO(core::format_all(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.document.periods.size() == 2);
    const auto& p = r.document.periods[0];
    CHECK(p.id == "talks");
    CHECK(p.title == "Talks resume");
    CHECK(model::format_date(p.date) == "Jun–Dec 2023");
    CHECK(p.lane.empty());
    CHECK(r.document.periods[1].lane == "cn");
    CHECK(r.document.events.size() == 2);  // periods are not events
}

TEST_CASE("bad periods name the form that works") {
    struct Bad {
        const char* name;
        std::string text;
        std::vector<std::string> errors;
    };
    const std::string lanes = "lane us: US\nlane cn: China\n";
    const std::vector<Bad> table = {
        {"no id", "period\n", {"1:7: expected an id after 'period', as in 'period war'"}},
        // Its keys are skipped: there is no period to give them to (this once crashed).
        {"no id, then keys", "period\n title: P\n date: 2023\n lane: us\n",
         {"1:7: expected an id after 'period', as in 'period war'"}},
        {"no title or date", "period p\n", {"1:8: period 'p' has no title", "1:8: period 'p' has no date"}},
        {"event key", "period p\n date: 2023\n title: P\n actors: x\n",
         {"4:2: unknown key 'actors' for a period (periods take date, title and lane)"}},
        {"bad date", "period p\n date: 2023-13\n title: P\n", {"2:13: month 13 is out of range (01-12)"}},
        {"unknown lane", "period p\n date: 2023\n title: P\n lane: uss\n", {"4:8: unknown lane 'uss'; did you mean 'us'?"}},
        {"same id as an event", "period a\n date: 2023\n title: P\n", {"1:8: duplicate id 'a' (an event on line 3)"}},
        {"linked", "period p\n date: 2023\n title: P\np -> a\n",
         {"4:1: 'p' is a period, and periods take no links: link the events within it"}},
    };
    for (const auto& b : table) {
        INFO(b.name);
        auto r = parse_text(lanes + kEvents + b.text);
        auto want = b.errors;
        for (auto& w : want) {  // lines counted from the period's text
            auto colon = w.find(':');
            w = std::to_string(std::stoi(w.substr(0, colon)) + 11) + w.substr(colon);
        }
        CHECK(errors_of(r) == want);
    }
}

TEST_CASE("periods are exported, and drawn as bands on the timeline and the graph") {
    auto eg = graph_of("lane us: US\nlane cn: China\n" + kPeriod + kEvents);
    auto j = graph::export_json(eg);
    REQUIRE(j["periods"].size() == 1);
    CHECK(j["periods"][0]["id"] == "talks");
    CHECK(j["periods"][0]["date"]["earliest"] == "2023-06-01T00:00");
    CHECK(j["periods"][0]["lane"].is_null());
    CHECK(graph::export_json_text(eg, false) == j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    CHECK_FALSE(graph::export_json(graph_of("lane us: US\nlane cn: China\n" + kEvents)).contains("periods"));

    std::string tl = render::write_svg(timeline::timeline_layout(eg, {}));
    CHECK(count_of(tl, "class=\"tg-period\"") == 1);
    CHECK(count_of(tl, ">Talks resume</text>") == 1);
    CHECK(count_of(tl, ".tg-period{") == 1);  // its rule, only where a period is drawn
    CHECK(count_of(render::write_svg(timeline::timeline_layout(graph_of("lane us: US\nlane cn: China\n" + kEvents), {})),
                   "tg-period") == 0);
    core::Diagnostics d;
    causal::CausalOptions o;
    auto graph = causal::causal_layout(eg, o, d);
    REQUIRE(graph);
    std::string gr = render::write_svg(*graph);
    CHECK(count_of(gr, "class=\"tg-period\"") == 1);
    CHECK(count_of(gr, ">Talks resume</text>") == 1);
}

TEST_CASE("the acceptance models: a postmortem with its feedback loop, a history with period bands") {
    auto pm = tg_test::run_cli({"check", "tests/data/outage-postmortem.tg"});
    INFO(pm.err);
    CHECK(pm.status == 0);
    auto eg = graph_of(tg_test::read_file(tg_test::source_path("tests/data/outage-postmortem.tg")));
    std::size_t feedback = 0;
    for (const auto& l : eg.document.links) feedback += l.feedback ? 1 : 0;
    CHECK(feedback == 2);  // the rollback ends both the errors and the cache misses
    std::string tl = render::write_svg(timeline::timeline_layout(eg, {}));
    CHECK(count_of(tl, "class=\"tg-link-group blocks feedback\"") == 2);
    CHECK(count_of(tl, "feedback (ends an event under way)") == 1);
    core::Diagnostics d;
    auto graph = causal::causal_layout(eg, causal::CausalOptions{}, d);
    REQUIRE(graph);
    CHECK(count_of(render::write_svg(*graph), "class=\"tg-edge blocks feedback\"") == 2);
    auto chain = tg_test::run_cli({"chain", "tests/data/outage-postmortem.tg", "errors", "--causes"});
    CHECK(chain.out.find("└─ ended by (restores the 10-minute TTL)") != std::string::npos);

    auto history = tg_test::run_cli({"check", "tests/data/history-rome-dated.tg"});
    CHECK(history.status == 0);
    auto rome = graph_of(tg_test::read_file(tg_test::source_path("tests/data/history-rome-dated.tg")));
    CHECK(rome.document.periods.size() == 2);
    CHECK(count_of(render::write_svg(timeline::timeline_layout(rome, {})), "class=\"tg-period\"") == 2);
}
