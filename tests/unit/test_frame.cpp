// The frame both views share: heading, legend and credit, built from measured text.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "frame/frame.hpp"
#include "graph/event_graph.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "style/style.hpp"

using namespace timegraph;

namespace {

std::vector<std::string> texts_of(const scene::Group& g) {
    std::vector<std::string> out;
    for (const auto& item : g.items)
        if (const auto* t = std::get_if<scene::Text>(&item)) out.push_back(t->text);
    return out;
}

model::Document doc_of(const std::string& text) {
    auto r = tg_test::parse_text(text);
    REQUIRE_FALSE(r.diagnostics.has_errors());
    return r.document;
}

}  // namespace

TEST_CASE("wrap_text: lines fit the width, long words break, max_lines adds an ellipsis") {
    auto lines = measure::wrap_text("China suspends cooperation, including on narcotics", 12, measure::Style::regular, 120);
    REQUIRE(lines.size() >= 2);
    for (const auto& l : lines) CHECK(measure::text_width(l, 12) <= 120);
    CHECK(lines.front() == "China suspends");

    auto word = measure::wrap_text(std::string(60, 'W'), 12, measure::Style::regular, 50);
    CHECK(word.size() > 3);
    for (const auto& l : word) CHECK(measure::text_width(l, 12) <= 50);

    auto cut = measure::wrap_text("one two three four five six seven eight nine ten", 12, measure::Style::regular, 60, 2);
    REQUIRE(cut.size() == 2);
    CHECK(cut.back().size() >= 3);
    CHECK(cut.back().substr(cut.back().size() - 3) == "\xE2\x80\xA6");
    CHECK(measure::text_width(cut.back(), 12) <= 60);

    CHECK(measure::wrap_text("", 12, measure::Style::regular, 60).empty());
    CHECK(measure::wrap_text("short", 12, measure::Style::regular, 600) == std::vector<std::string>{"short"});
}

TEST_CASE("heading and credit: measured, wrapped, empty without text") {
    auto doc = doc_of("title: A rather long title for a narrow picture of events\nsubtitle: Sub\n"
                      "source: The Daily Record, 2 May 2024\nevent a\ndate: 2020\ntitle: A\n");
    auto h = frame::heading(doc, "gr", 200);
    CHECK(h.group.id == "gr-heading");
    auto lines = texts_of(h.group);
    REQUIRE(lines.size() >= 3);
    CHECK(lines.back() == "Sub");
    CHECK(h.width <= 200);
    CHECK(h.height > 2 * 24);

    auto c = frame::credit(doc, "gr", 400);
    CHECK(texts_of(c.group) == std::vector<std::string>{"Source: The Daily Record, 2 May 2024"});
    CHECK(c.height == Approx(12));

    auto bare = doc_of("event a\ndate: 2020\ntitle: A\n");
    CHECK(frame::heading(bare, "gr", 200).empty());
    CHECK(frame::heading(bare, "gr", 200).height == 0);
    CHECK(frame::credit(bare, "gr", 200).empty());
}

TEST_CASE("legend: used lanes in order, used link kinds, expected events") {
    auto doc = doc_of("lane us: United States\nlane eu: Europe\nlane cn: China\n"
                      "event a\ndate: 2020\ntitle: A\nlane: cn\n"
                      "event b\ndate: 2021\ntitle: B\nlane: us\n"
                      "event c\ndate: 2022\ntitle: C\nstatus: expected\n"
                      "a -> b\nb -| c\n");
    auto l = frame::legend(doc, "tl", 1000);
    CHECK(l.group.id == "tl-legend");
    CHECK(texts_of(l.group) == std::vector<std::string>{"United States", "China", "Other", "causes", "blocks", "expected"});
    CHECK(l.height == Approx(16));
    CHECK(l.width < 1000);
    REQUIRE(l.group.children.size() == 1);
    CHECK(l.group.children[0].cls == "expected");

    auto no_links = frame::legend(doc, "tl", 1000, false);
    CHECK(texts_of(no_links.group) == std::vector<std::string>{"United States", "China", "Other", "expected"});

    auto narrow = frame::legend(doc, "tl", 120);
    CHECK(narrow.height > 3 * 16);
    CHECK(narrow.width <= 120);
}

TEST_CASE("legend: a feedback link gets an entry of its own, and blocks only when some other link blocks") {
    auto text = std::string("event deploy\ndate: 2021-10-04 15:30\ntitle: D\n"
                            "event errors\ndate: 2021-10-04 15:39..2021-10-04 16:30\ntitle: E\n"
                            "event rollback\ndate: 2021-10-04 16:10\ntitle: R\n"
                            "deploy -> errors -> rollback\nrollback -| errors\n");
    auto r = tg_test::parse_text(text);
    REQUIRE(r.ok());
    auto eg = graph::build(std::move(r.document));
    auto l = frame::legend(eg.document, "gr", 1000);
    CHECK(texts_of(l.group) == std::vector<std::string>{"causes", "feedback (ends an event under way)"});
    std::size_t samples = 0;
    for (const auto& item : l.group.items)
        if (const auto* p = std::get_if<scene::Path>(&item); p && style::has_class(p->cls, style::cls::feedback)) {
            ++samples;
            CHECK(p->marker_end == scene::Marker::bar);
        }
    CHECK(samples == 1);
    CHECK(frame::link_kind_classes(eg.document.links[2]) == "blocks feedback");
    CHECK(std::string(frame::link_verb(eg.document.links[2])) == "ends");
    CHECK(frame::link_kind_classes(eg.document.links[0]) == "causes");

    auto blocks = tg_test::parse_text(text + "deploy -| rollback\n");
    REQUIRE(blocks.ok());
    auto eg2 = graph::build(std::move(blocks.document));
    CHECK(texts_of(frame::legend(eg2.document, "gr", 1000).group) ==
          std::vector<std::string>{"causes", "blocks", "feedback (ends an event under way)"});
}

TEST_CASE("legend: uncertain events get an entry of their own, after expected") {
    auto doc = doc_of("event a\ndate: 2020\ntitle: A\nstatus: uncertain\n"
                      "event b\ndate: 2021\ntitle: B\nstatus: expected\n");
    auto l = frame::legend(doc, "gr", 1000);
    CHECK(texts_of(l.group) == std::vector<std::string>{"expected", "uncertain"});
    REQUIRE(l.group.children.size() == 2);
    CHECK(l.group.children[1].cls == "uncertain");
}

TEST_CASE("legend: past eight lanes, a swatch has the shape of the lane's markers") {
    std::string text;
    for (int i = 0; i < 12; ++i) text += fmt::format("lane l{0}: Lane {0}\nevent e{0}\ndate: 2020\ntitle: E\nlane: l{0}\n", i);
    auto l = frame::legend(doc_of(text), "tl", 2000);
    int rects = 0, diamonds = 0;
    for (const auto& item : l.group.items) {
        if (std::holds_alternative<scene::Rect>(item)) ++rects;
        if (const auto* p = std::get_if<scene::Path>(&item); p && p->cls.find("tg-mark-1") != std::string::npos)
            ++diamonds;
    }
    CHECK(rects == 8);  // lanes 8-11 are diamonds
    CHECK(diamonds == 4);
}

// Relative luminance and contrast on white, as WCAG defines them.
double contrast_on_white(const char* hex) {
    auto lin = [](int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    int r = std::stoi(std::string(hex + 1, 2), nullptr, 16), g = std::stoi(std::string(hex + 3, 2), nullptr, 16),
        b = std::stoi(std::string(hex + 5, 2), nullptr, 16);
    double y = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    return 1.05 / (y + 0.05);
}

TEST_CASE("palette: eight distinct lane colours, strokes readable on white, none the blocks red") {
    std::set<std::string> strokes;
    for (const auto& c : style::kLanes) {
        INFO(c.stroke);
        CHECK(contrast_on_white(c.stroke) >= 3.0);
        CHECK(std::string(c.stroke) != style::kBlocksColour);
        strokes.insert(c.stroke);
    }
    CHECK(strokes.size() == std::size(style::kLanes));
    CHECK(style::kLaneColours == 8);
    // The first eight lanes differ by colour; the next eight by shape too; never two the same.
    std::set<std::string> looks;
    for (int i = 0; i < 32; ++i) looks.insert(style::lane_class(i, false));
    CHECK(looks.size() == 32);
    CHECK(style::lane_class(3, false) == "lane-3");
    CHECK(style::lane_class(11, false) == "lane-3 tg-mark-1");
    CHECK(style::lane_class(0, true) == "lane-8");
}

TEST_CASE("shift moves every item and child") {
    scene::Group g;
    g.items.push_back(scene::Rect{1, 2, 3, 4, 0, ""});
    g.items.push_back(scene::Path{{{'M', {{0, 0}}}, {'C', {{1, 1}, {2, 2}, {3, 3}}}}, "", scene::Marker::none});
    g.children.push_back(scene::Group{});
    g.children[0].items.push_back(scene::Circle{5, 5, 1, ""});
    frame::shift(g, 10, 20);
    CHECK(std::get<scene::Rect>(g.items[0]).x == 11);
    CHECK(std::get<scene::Rect>(g.items[0]).y == 22);
    CHECK(std::get<scene::Path>(g.items[1]).ops[1].pts[2].y == 23);
    CHECK(std::get<scene::Circle>(g.children[0].items[0]).cx == 15);
}
