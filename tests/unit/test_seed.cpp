// The seed model: every event quotes the article verbatim, and it holds the
// events and links the article describes.
#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace timegraph;

TEST_CASE("every quote in the seed appears verbatim in the article") {
    auto r = tg_test::parse_text(tg_test::read_file(tg_test::source_path("data/us-china-2024.tg")));
    REQUIRE(r.ok());
    const std::string article = tg_test::read_file(tg_test::source_path("data/sources/us-china-2024.txt"));
    REQUIRE(article.size() > 1000);
    for (const auto& e : r.document.events) {
        INFO("event " << e.id);
        CHECK_FALSE(e.quotes.empty());
        for (const auto& q : e.quotes) {
            INFO(q);
            CHECK(article.find(q) != std::string::npos);
        }
    }
    for (const auto& l : r.document.links)
        for (const auto& q : l.quotes) {
            INFO(l.from << " -> " << l.to << ": " << q);
            CHECK(article.find(q) != std::string::npos);
        }
}

TEST_CASE("the seed holds the article's key events and enough links") {
    auto r = tg_test::parse_text(tg_test::read_file(tg_test::source_path("data/us-china-2024.tg")));
    REQUIRE(r.ok());
    const auto& d = r.document;
    CHECK(d.events.size() >= 15);
    CHECK(d.links.size() >= 12);
    for (const char* id : {"pelosi-visit", "cn-suspends", "sanctions-2020", "sanctions-lifted", "biden-xi",
                           "bangkok-talks", "working-group"}) {
        INFO(id);
        CHECK(d.find_event(id) >= 0);
    }
    // Dates more exact than the article carry a note saying where they come from.
    int wg = d.find_event("working-group");
    REQUIRE(wg >= 0);
    CHECK_FALSE(d.events[static_cast<std::size_t>(wg)].note.empty());
}
