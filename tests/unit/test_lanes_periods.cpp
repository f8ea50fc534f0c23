// Lanes with colours of their own, and periods: how they are written, checked,
// exported and drawn.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fixtures.hpp"
#include "graph/export_json.hpp"
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
