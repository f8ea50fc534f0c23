// The event graph: checks and queries on small hand-made graphs.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixtures.hpp"
#include "graph/checks.hpp"
#include "graph/queries.hpp"

using namespace timegraph;

namespace {

// Events named by single letters with the given dates, then the link lines.
graph::EventGraph make(const std::vector<std::pair<std::string, std::string>>& events, const std::string& links,
                       core::Diagnostics* diags = nullptr) {
    std::string text;
    for (const auto& [id, date] : events) text += "event " + id + "\n  date: " + date + "\n  title: " + id + "\n";
    text += links;
    auto r = tg_test::parse_text(text);
    INFO(core::format_all(r.diagnostics));
    REQUIRE(r.ok());
    auto eg = graph::build(std::move(r.document));
    core::Diagnostics local;
    graph::check(eg, diags ? *diags : local);
    return eg;
}

std::vector<std::string> ids(const graph::EventGraph& eg, const std::vector<graph::Vertex>& vs) {
    std::vector<std::string> out;
    for (auto v : vs) out.push_back(eg.event(v).id);
    return out;
}

std::vector<std::string> errors(const core::Diagnostics& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds.sorted())
        out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
    return out;
}

}  // namespace

TEST_CASE("diamond: causes, effects, paths and reduction") {
    auto eg = make({{"a", "2020"}, {"b", "2021"}, {"c", "2021-06"}, {"d", "2022"}},
                   "a -> b -> d\na -> c -> d\na -> d\n");
    auto d = *eg.find("d");
    auto a = *eg.find("a");
    CHECK(ids(eg, graph::causes(eg, d)) == std::vector<std::string>{"a", "b", "c"});
    CHECK(ids(eg, graph::effects(eg, a)) == std::vector<std::string>{"b", "c", "d"});
    CHECK(ids(eg, graph::root_causes(eg)) == std::vector<std::string>{"a"});
    CHECK(ids(eg, graph::final_effects(eg)) == std::vector<std::string>{"d"});
    CHECK(ids(eg, *graph::shortest_path(eg, a, d)) == std::vector<std::string>{"a", "d"});
    CHECK_FALSE(graph::shortest_path(eg, d, a));
    CHECK(ids(eg, graph::longest_chain(eg)) == std::vector<std::string>{"a", "b", "d"});
    CHECK(graph::drawn_links(eg, true).size() == 5);
    auto drawn = graph::drawn_links(eg, false);
    REQUIRE(drawn.size() == 4);
    for (auto e : drawn) CHECK_FALSE((eg.link(e).from == "a" && eg.link(e).to == "d"));
}

TEST_CASE("chain: the longest chain and the shortest path agree") {
    auto eg = make({{"a", "2020"}, {"b", "2021"}, {"c", "2022"}, {"e", "2023"}}, "a -> b -> c -> e\n");
    CHECK(ids(eg, graph::longest_chain(eg)) == std::vector<std::string>{"a", "b", "c", "e"});
    CHECK(ids(eg, *graph::shortest_path(eg, *eg.find("a"), *eg.find("e"))).size() == 4);
    CHECK(graph::drawn_links(eg, false).size() == 3);
}

TEST_CASE("cycles are errors that print the cycle") {
    core::Diagnostics ds;
    make({{"a", "2020"}, {"b", "2020"}, {"c", "2020"}}, "a -> b\nb -> c\nc -> a\n", &ds);
    CHECK(errors(ds) == std::vector<std::string>{
                            "10:3: causal cycle: a -> b -> c -> a (only a '-|' into an event still under way may "
                            "close a loop)"});
}

// The postmortem's loop: errors page someone, who rolls back, which ends the errors.
const std::vector<std::pair<std::string, std::string>> kLoop = {
    {"deploy", "2021-10-04 15:30"}, {"errors", "2021-10-04 15:39..2021-10-04 16:30"},
    {"page", "2021-10-04 15:45"}, {"rollback", "2021-10-04 16:10"}};

TEST_CASE("a block into an event under way ends it, and may close a loop as a feedback link") {
    core::Diagnostics ds;
    auto eg = make(kLoop, "deploy -> errors -> page -> rollback\nrollback -| errors\n", &ds);
    CHECK(errors(ds).empty());
    const auto& links = eg.document.links;
    REQUIRE(links.size() == 4);
    CHECK_FALSE(links[0].ends);
    CHECK((links[3].ends && links[3].feedback));
    CHECK(graph::has_feedback(eg));
    // The longest chain runs forward; the loop is not walked round.
    CHECK(ids(eg, graph::longest_chain(eg)) == std::vector<std::string>{"deploy", "errors", "page", "rollback"});
}

TEST_CASE("a link that ends an event under way is drawn even where a longer chain implies it") {
    auto events = kLoop;
    events.insert(events.end(), {{"cache", "2021-10-04 15:35..2021-10-04 16:40"}});
    auto eg = make(events, "deploy -> cache -> errors -> page -> rollback\nrollback -| cache, errors\n");
    REQUIRE(eg.document.links[5].feedback);  // rollback -| errors, implied by rollback -| cache -> errors
    auto drawn = graph::drawn_links(eg, false);
    CHECK(std::any_of(drawn.begin(), drawn.end(), [&](graph::Edge e) { return eg.g[e].link == 5; }));
}

TEST_CASE("a block into an event under way, on no loop, ends it but is no feedback link") {
    auto eg = make(kLoop, "deploy -> errors\nrollback -| errors\npage -> rollback\n");
    CHECK((eg.document.links[1].ends && !eg.document.links[1].feedback));
    CHECK_FALSE(graph::has_feedback(eg));
}

TEST_CASE("any other cycle stays an error, printed without the feedback link") {
    core::Diagnostics ds;
    // x -> y -> x is a loop of causes: the feedback loop beside it does not excuse it.
    auto events = kLoop;
    events.insert(events.end(), {{"x", "2021-10-04 16:00"}, {"y", "2021-10-04 16:00"}});
    make(events, "deploy -> errors -> page -> rollback\nrollback -| errors\npage -> x -> y\ny -> x\n", &ds);
    REQUIRE(errors(ds).size() == 1);
    CHECK(errors(ds)[0] == "21:11: causal cycle: x -> y -> x (only a '-|' into an event still under way may close "
                           "a loop)");
    core::Diagnostics ds2;
    // A block into an event that begins no earlier ends nothing: its loop is an error.
    make(events, "x -> y\ny -| x\n", &ds2);
    REQUIRE(errors(ds2).size() == 1);
    CHECK(errors(ds2)[0].find("causal cycle: x -> y -> x") != std::string::npos);
}

TEST_CASE("paths follow only the kinds asked for, and keep the link they took") {
    auto eg = make({{"a", "2020"}, {"b", "2021"}, {"c", "2022"}}, "a -| b\na -> b\nb ~> c\n");
    auto all = graph::path_between(eg, *eg.find("a"), *eg.find("c"));
    REQUIRE(all);
    CHECK(eg.link(all->links[0]).kind == model::LinkKind::blocks);  // the first link in the file
    auto causes = graph::path_between(eg, *eg.find("a"), *eg.find("c"),
                                      graph::KindSet({model::LinkKind::causes, model::LinkKind::enables}));
    REQUIRE(causes);
    CHECK(eg.link(causes->links[0]).kind == model::LinkKind::causes);
    CHECK_FALSE(graph::path_between(eg, *eg.find("a"), *eg.find("c"), graph::KindSet({model::LinkKind::causes})));
}

TEST_CASE("self-links are errors") {
    core::Diagnostics ds;
    make({{"a", "2020"}}, "a -> a\n", &ds);
    CHECK(errors(ds) == std::vector<std::string>{"4:3: event 'a' is linked to itself"});
}

TEST_CASE("an effect that certainly precedes its cause is an error; overlaps are fine") {
    core::Diagnostics ds;
    make({{"a", "2023"}, {"b", "2023-02-01"}, {"c", "2024-05-01"}, {"d", "2024-03-01"}, {"e", "~2023-12"}, {"f", "2023-06"}},
         "a -> b\nc -> d\nc -| d\ne -> d\nf ~> a\n", &ds);
    CHECK(errors(ds) == std::vector<std::string>{
                            "20:3: 'd' (1 Mar 2024) ends before 'c' (1 May 2024) begins, so it cannot be its effect",
                            "21:3: 'd' (1 Mar 2024) ends before 'c' (1 May 2024) begins, so it cannot be its blocked "
                            "event (to end an event under way, give it a range that is still open then, as in "
                            "'date: A..B')"});
}

TEST_CASE("disconnected parts answer separately") {
    auto eg = make({{"a", "2020"}, {"b", "2021"}, {"x", "2020"}, {"y", "2022"}}, "a -> b\nx -> y\n");
    CHECK(ids(eg, graph::root_causes(eg)) == std::vector<std::string>{"a", "x"});
    CHECK_FALSE(graph::shortest_path(eg, *eg.find("a"), *eg.find("y")));
    CHECK(graph::causes(eg, *eg.find("y")).size() == 1);
}

TEST_CASE("BCE dates order correctly") {
    auto eg = make({{"caesar", "44 BCE"}, {"augustus", "-0026-01-16"}, {"rubicon", "-0048-01-10"}},
                   "rubicon -> caesar -> augustus\n");
    CHECK(ids(eg, graph::by_date(eg)) == std::vector<std::string>{"rubicon", "caesar", "augustus"});
}
