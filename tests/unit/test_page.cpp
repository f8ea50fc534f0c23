// The HTML page: self-contained, escaped, with a CSP whose hashes match.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "page/page.hpp"

using namespace timegraph;

namespace {

graph::EventGraph hostile() {
    auto r = tg_test::parse_text("title: <script>alert(1)</script>\n"
                                 "lane x: <img src=x onerror=alert(2)>\n"
                                 "event a\n date: 2020\n title: </script><script>alert(3)</script>\n lane: x\n"
                                 " note: line\xE2\x80\xA8separator & ]]> --\n url: javascript:alert(4)\n"
                                 "event b\n date: 2021\n title: \"quoted\" 'single' &amp;\n url: https://example.org/?a=1&b=2\n"
                                 "a -> b: <b>bold</b>\n");
    REQUIRE(r.ok());
    return graph::build(std::move(r.document));
}

std::string between(const std::string& s, const std::string& open, const std::string& close) {
    auto b = s.find(open);
    REQUIRE(b != std::string::npos);
    b += open.size();
    auto e = s.find(close, b);
    REQUIRE(e != std::string::npos);
    return s.substr(b, e - b);
}

}  // namespace

TEST_CASE("JSON in a script block cannot close it") {
    nlohmann::json j = {{"t", "</script><!-- \xE2\x80\xA8\xE2\x80\xA9 & >"}};
    std::string s = page::script_safe_json(j);
    CHECK(s.find('<') == std::string::npos);
    CHECK(s.find('>') == std::string::npos);
    CHECK(s.find("\xE2\x80\xA8") == std::string::npos);
    CHECK(s.find("\\u2028\\u2029") != std::string::npos);
    CHECK(nlohmann::json::parse(s) == j);
}

TEST_CASE("CSP hashes are SHA-256 in base64") {
    // Known value: SHA-256 of the empty string.
    CHECK(page::csp_hash("") == "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
}

TEST_CASE("the page is self-contained, escaped, and its CSP matches its inline blocks") {
    auto eg = hostile();
    core::Diagnostics ds;
    auto page = page::build_page(eg, "<svg class=\"tg timeline\"></svg>", "<svg class=\"tg graph\"></svg>", {}, ds);
    REQUIRE_FALSE(page.error);
    const std::string& html = page.html;
    // Exactly our two script elements: the JSON data block and the page script.
    std::regex script_tag("<script");
    auto scripts = std::distance(std::sregex_iterator(html.begin(), html.end(), script_tag), std::sregex_iterator());
    CHECK(scripts == 2);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    // No element carries an on* handler: the model's "onerror" survives only as escaped text.
    CHECK_FALSE(std::regex_search(html, std::regex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=")));
    CHECK(html.find("javascript:") == std::string::npos);
    bool title_escaped = html.find("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;") != std::string::npos ||
                         html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos;
    CHECK(title_escaped);
    // The CSP names the hashes of exactly the inline style and script.
    std::string csp = between(html, "Content-Security-Policy\" content=\"", "\"");
    std::string style = between(html, "<style>", "</style>");
    std::string script = between(html, "<script>", "</script>");
    CHECK(csp.find("default-src 'none'") != std::string::npos);
    CHECK(csp.find("style-src '" + page::csp_hash(style) + "'") != std::string::npos);
    CHECK(csp.find("script-src '" + page::csp_hash(script) + "'") != std::string::npos);
    CHECK(script.find("innerHTML") == std::string::npos);
    // The model JSON parses back to the export, unsafe URL dropped.
    auto json = nlohmann::json::parse(between(html, "<script type=\"application/json\" id=\"tg-model\">", "</script>"));
    CHECK(json["events"][0]["title"] == "</script><script>alert(3)</script>");
    CHECK(json["events"][0]["url"].is_null());
    CHECK(json["events"][1]["url"] == "https://example.org/?a=1&b=2");
    // A warning says the URL was dropped.
    REQUIRE(ds.warning_count() == 1);
    CHECK(ds.items()[0].message.find("url dropped") != std::string::npos);
    // Without JavaScript: a dated list with causes and effects.
    CHECK(html.find("<li id=\"list-a\" data-id=\"a\">") != std::string::npos);
    CHECK(html.find("Effects: <a href=\"#b\">") != std::string::npos);
}

TEST_CASE("a page with a vertical timeline shows it, by a container query, where the horizontal one is too narrow") {
    auto eg = hostile();
    core::Diagnostics ds;
    page::Views views{"<svg class=\"tg timeline\">H</svg>", "<svg class=\"tg graph\"></svg>"};
    views.timeline_down = "<svg class=\"tg timeline down\">V</svg>";
    views.timeline_width = 1200;
    auto html = page::build_page_pieces(eg, views, {}, ds).joined();
    // Both timelines in the timeline's frame, the horizontal one first.
    CHECK(html.find("id=\"timeline-frame\"><svg class=\"tg timeline\">H</svg><svg class=\"tg timeline down\">V</svg>") !=
          std::string::npos);
    // Below 1200 px x 9 / 12 = 900 px the horizontal one would draw its titles under 9 px.
    std::string style = between(html, "<style>", "</style>");
    CHECK(style.find("@container timeline (width < 900px)") != std::string::npos);
    CHECK(html.find("style-src '" + page::csp_hash(style) + "'") != std::string::npos);
    // Without one, no rule.
    core::Diagnostics d2;
    auto plain = page::build_page(eg, "<svg class=\"tg timeline\">H</svg>", "", {}, d2).html;
    CHECK(plain.find("@container timeline (") == std::string::npos);
}

TEST_CASE("the page is deterministic") {
    auto eg = hostile();
    core::Diagnostics d1, d2;
    CHECK(page::build_page(eg, "", "", {}, d1).html == page::build_page(eg, "", "", {}, d2).html);
}

TEST_CASE("a custom page.html gets every value, spliced or through mustache") {
    auto eg = hostile();
    auto dir = std::filesystem::temp_directory_path() / "timegraph-page-tests" / "custom";
    std::filesystem::create_directories(dir);
    auto put = [&](const char* name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; };
    put("page.css", "p{}");
    put("page.js", "var x = 1;");
    put("page.html", "[{{{timeline_svg}}}][{{timeline_svg}}][{{{graph_svg}}}]\n"
                     "{{#events}}<i>{{id}}:{{title}}{{#effects}} then {{id}}{{/effects}}</i>{{/events}}\n"
                     "[{{{event_list}}}]<script>{{{script}}}</script>\x01" "0\x01 \x01stray\n");
    core::Diagnostics ds;
    page::PageOptions options;
    options.templates_dir = dir.string();
    auto page = page::build_page(eg, "<svg>T</svg>", "<svg>G</svg>", options, ds);
    REQUIRE_FALSE(page.error);
    const std::string& html = page.html;
    CHECK(html.find("[<svg>T</svg>][&lt;svg&gt;T&lt;&#x2F;svg&gt;][<svg>G</svg>]") != std::string::npos);
    CHECK(html.find("<i>a:&lt;&#x2F;script&gt;&lt;script&gt;alert(3)&lt;&#x2F;script&gt; then b</i>") != std::string::npos);
    CHECK(html.find("[      <li id=\"list-a\" data-id=\"a\">") != std::string::npos);
    CHECK(html.find("<script>var x = 1;</script>") != std::string::npos);
    // Control characters written in the template itself are left as they are.
    CHECK(html.find("\x01" "0\x01 \x01stray") != std::string::npos);
}

TEST_CASE("above kListedEventsMax events the page leaves out its list, and says so") {
    auto page_of = [](std::size_t n) {
        auto r = tg_test::parse_text(tg_test::numbered_events(n));
        REQUIRE(r.ok());
        core::Diagnostics d;
        return page::build_page(graph::build(std::move(r.document)), "", "", {}, d).html;
    };
    std::string listed = page_of(page::kListedEventsMax);
    std::size_t items = 0;
    for (auto at = listed.find("<li id=\"list-"); at != std::string::npos; at = listed.find("<li id=\"list-", at + 1))
        ++items;
    CHECK(items == page::kListedEventsMax);
    CHECK(listed.find("leaves out the list") == std::string::npos);
    std::string over = page_of(page::kListedEventsMax + 1);
    CHECK(over.find("<li id=\"list-") == std::string::npos);
    CHECK(over.find("This page leaves out the list of its 2,001 events (it lists at most 2,000).") != std::string::npos);
    CHECK(over.find("<section class=\"event-list\" id=\"event-list\"") != std::string::npos);
}
