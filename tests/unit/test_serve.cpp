// The live page of `timegraph serve`: the rendered page plus only the reload
// script (hashed into its CSP), or, while the model has errors, a page of the
// diagnostics, escaped. The server itself is tested end to end in Chromium
// (tests/browser/serve.test.mjs).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fixtures.hpp"
#include "page/page.hpp"
#include "serve/serve.hpp"

using namespace timegraph;

namespace {

std::string write_model(const std::string& name, const std::string& text) {
    auto path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the live page is the rendered page plus the reload script, hashed into its CSP") {
    serve::ServeOptions o;
    o.model = tg_test::source_path("tests/data/talks.tg");
    auto live = serve::render_live(o);
    REQUIRE(live.ok);
    const std::string& script = serve::reload_script();
    CHECK(count(live.html, "<script>" + script + "</script>\n</body>") == 1);
    CHECK(live.html.find("script-src '") != std::string::npos);
    CHECK(live.html.find("'" + page::csp_hash(script) + "'; connect-src 'self'; img-src data:") != std::string::npos);
    CHECK(count(live.html, "connect-src") == 1);
}

TEST_CASE("a model with errors is served as its diagnostics, escaped, with the reload script") {
    serve::ServeOptions o;
    o.model = write_model("tg-live-broken.tg", "event a\n  date: 2024-13\n  title: <script>alert(1)</script>\n");
    auto live = serve::render_live(o);
    CHECK_FALSE(live.ok);
    CHECK(live.diagnostics.find("tg-live-broken.tg:2:14: error: month 13 is out of range (01-12)") != std::string::npos);
    CHECK(live.html.find("<pre id=\"tg-errors\">") != std::string::npos);
    CHECK(live.html.find("  date: 2024-13\n") != std::string::npos);
    CHECK(live.html.find("<script>alert") == std::string::npos);
    CHECK(live.html.find("script-src '" + page::csp_hash(serve::reload_script()) + "'; connect-src 'self'") !=
          std::string::npos);
    CHECK(count(live.html, "<script>") == 1);
    std::filesystem::remove(o.model);
}

TEST_CASE("a model that cannot be read is served as that error") {
    serve::ServeOptions o;
    o.model = "/nonexistent-folder/none.tg";
    auto live = serve::render_live(o);
    CHECK_FALSE(live.ok);
    CHECK(live.diagnostics.find("timegraph: error:") == 0);
}
