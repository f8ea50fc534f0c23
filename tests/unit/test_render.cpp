// The SVG writer: one number format, one escaping function, well-formed output.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "measure/text_metrics.hpp"
#include "render/svg_writer.hpp"

using namespace timegraph;

TEST_CASE("numbers: fixed point, two decimals, no -0, no exponent") {
    CHECK(render::format_number(12.5) == "12.5");
    CHECK(render::format_number(3.0) == "3");
    CHECK(render::format_number(-0.001) == "0");
    CHECK(render::format_number(1e-05) == "0");
    CHECK(render::format_number(-0.25) == "-0.25");
    CHECK(render::format_number(123456789.126) == "123456789.13");
    CHECK(render::format_number(0.005) == "0.01");
}

TEST_CASE("escaping: markup in user text stays text") {
    CHECK(render::xml_escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;");
    CHECK(render::xml_escape("]]> -- \\N") == "]]&gt; -- \\N");
    CHECK(render::xml_escape(std::string("a\x01" "b\xFF", 4)) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST_CASE("a scene becomes a standalone SVG with ids, titles and no script") {
    scene::Scene s;
    s.width = 200;
    s.height = 100;
    s.kind = "graph";
    s.title = "T <1>";
    s.desc = "D";
    scene::Group g;
    g.id = "ev-a";
    g.data_id = "a";
    g.title = "<img onerror=x>";
    g.focusable = true;
    g.items.push_back(scene::Rect{1, 2, 3, 4, 2, "tg-node"});
    g.items.push_back(scene::Text{5, 6, "\"quoted\" & <b>", "tg-label", scene::Anchor::middle});
    g.items.push_back(scene::Path{{{'M', {{0, 0}}}, {'C', {{1, 1}, {2, 2}, {3, 3}}}}, "tg-link", scene::Marker::arrow});
    s.groups.push_back(g);
    std::string svg = render::write_svg(s);
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK(svg.find("viewBox=\"0 0 200 100\"") != std::string::npos);
    CHECK(svg.find("<g id=\"ev-a\" data-id=\"a\" tabindex=\"0\" role=\"button\" aria-label=\"&lt;img onerror=x&gt;\">") !=
          std::string::npos);
    CHECK(svg.find("&quot;quoted&quot; &amp; &lt;b&gt;") != std::string::npos);
    CHECK(svg.find("d=\"M0,0 C1,1 2,2 3,3\" class=\"tg-link\" marker-end=\"url(#tg-graph-arrow)\"") != std::string::npos);
    CHECK(svg.find("<marker id=\"tg-graph-arrow\"") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<img") == std::string::npos);
    CHECK(render::write_svg(s) == svg);

    // The document form: the same text, and an inline form without declaration and style.
    auto doc = render::write_svg_document(s);
    CHECK(doc.text == svg);
    std::string inline_text;
    for (auto piece : doc.inline_pieces()) inline_text += piece;
    CHECK(inline_text == render::write_svg(s, {false, false}));
}

TEST_CASE("text widths come from DejaVu Sans metrics") {
    // DejaVu Sans: 'M' is 1767/2048 em, 'i' 569/2048 em.
    CHECK(measure::text_width("M", 2048) == Approx(1767));
    CHECK(measure::text_width("i", 2048) == Approx(569));
    CHECK(measure::text_width("Mi", 12) > measure::text_width("ii", 12));
    CHECK(measure::text_width("Bold", 12, measure::Style::bold) > measure::text_width("Bold", 12));
    CHECK(measure::text_width("", 12) == 0);
    CHECK(measure::text_width("–", 12) > 0);
    // Units add up exactly, and convert to the same px as measuring the whole.
    for (auto style : {measure::Style::regular, measure::Style::bold, measure::Style::italic})
        for (const char* text : {"Biden meets Xi", "Zoë – ½ 中文", "\xff bad byte"}) {
            std::string_view t = text;
            auto cut = t.find(' ');
            CHECK(measure::text_units(t, style) ==
                  measure::text_units(t.substr(0, cut), style) + measure::text_units(t.substr(cut), style));
            CHECK(measure::units_to_px(measure::text_units(t, style), 12, style) == measure::text_width(t, 12, style));
        }
}

TEST_CASE("an id prefix reaches every id the SVG defines and every reference to one") {
    scene::Scene s;
    s.width = 100;
    s.height = 50;
    s.kind = "timeline";
    scene::Group g;
    g.id = "tl-ev-a";
    g.data_id = "a";
    g.items.push_back(scene::Path{{{'M', {{0, 0}}}, {'L', {{9, 9}}}}, "tg-link", scene::Marker::arrow});
    g.items.push_back(scene::Path{{{'M', {{0, 0}}}, {'L', {{9, 9}}}}, "tg-link", scene::Marker::bar});
    s.groups.push_back(g);
    render::SvgOptions options{false, false, "down-"};
    std::string svg = render::write_svg(s, options);
    CHECK(svg.find("<g id=\"down-tl-ev-a\" data-id=\"a\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"down-tg-timeline-title down-tg-timeline-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"down-tg-timeline-title\">") != std::string::npos);
    CHECK(svg.find("<marker id=\"down-tg-timeline-arrow\"") != std::string::npos);
    CHECK(svg.find("marker-end=\"url(#down-tg-timeline-bar)\"") != std::string::npos);
    // Every id defined carries the prefix, and every reference names a defined id.
    std::regex id_attr(" id=\"([^\"]*)\""), ref("url\\(#([^)]*)\\)");
    std::set<std::string> ids;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), id_attr); it != std::sregex_iterator(); ++it) {
        CHECK((*it)[1].str().rfind("down-", 0) == 0);
        ids.insert((*it)[1].str());
    }
    CHECK(ids.size() >= 5);
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), ref); it != std::sregex_iterator(); ++it)
        CHECK(ids.count((*it)[1].str()) == 1);
    // Without a prefix, the ids are as before.
    CHECK(render::write_svg(s, {false, false}).find("<g id=\"tl-ev-a\"") != std::string::npos);
}
