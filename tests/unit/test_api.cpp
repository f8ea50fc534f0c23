// The library's front door (include/timegraph/timegraph.hpp): loading with
// diagnostics, chain queries and every view, as a program embedding it sees them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <timegraph/timegraph.hpp>

#include "fixtures.hpp"
#include "page/page.hpp"

namespace {

const char* kModel = R"(title: Talks
event visit
  date: 2022-08-02
  title: Speaker visits Taiwan
event suspend
  date: 2022-08-05
  title: Talks suspended
event summit
  date: 2023-11-15
  title: Leaders meet
event group
  date: 2024-01-30
  title: Working group launches
visit -> suspend: in protest
suspend -| group
summit -> group: agreed to restart
)";

timegraph::Model loaded_model() {
    auto loaded = timegraph::load(kModel, "api.tg");
    REQUIRE(loaded.report.ok());
    REQUIRE(loaded.model);
    return std::move(*loaded.model);
}

}  // namespace

TEST_CASE("api: a model loads from text with its events in model order") {
    auto model = loaded_model();
    CHECK(model.title() == "Talks");
    CHECK(model.event_count() == 4);
    CHECK(model.link_count() == 3);
    CHECK(model.event_ids() == std::vector<std::string>{"visit", "suspend", "summit", "group"});
    CHECK(model.has_event("summit"));
    CHECK_FALSE(model.has_event("summitt"));
}

TEST_CASE("api: errors come back as positioned diagnostics and no model") {
    auto loaded = timegraph::load("event a\n  date: 2020-13-01\n  title: A\n", "bad.tg");
    CHECK_FALSE(loaded.model);
    CHECK(loaded.report.status == timegraph::Status::invalid);
    REQUIRE_FALSE(loaded.report.diagnostics.empty());
    const auto& d = loaded.report.diagnostics.front();
    CHECK(d.severity == timegraph::Severity::error);
    CHECK(d.file == "bad.tg");
    CHECK(d.line == 2);
    CHECK(d.column > 1);
    CHECK(loaded.report.messages.rfind("bad.tg:2:", 0) == 0);
}

TEST_CASE("api: strict loading turns warnings into a refusal") {
    // An event linked to nothing is a warning.
    const std::string text = "event a\n  date: 2020\n  title: A\nevent b\n  date: 2021\n  title: B\n";
    auto lax = timegraph::load(text, "w.tg");
    auto strict = timegraph::load(text, "w.tg", {true});
    REQUIRE(lax.report.diagnostics.size() == 2);
    CHECK(lax.report.diagnostics[0].severity == timegraph::Severity::warning);
    CHECK(lax.report.ok());
    CHECK(lax.model);
    CHECK_FALSE(strict.model);
    CHECK(strict.report.status == timegraph::Status::invalid);
}

TEST_CASE("api: a file that cannot be read is a usage error") {
    auto loaded = timegraph::load_file("no/such/model.tg");
    CHECK_FALSE(loaded.model);
    CHECK(loaded.report.status == timegraph::Status::usage);
    CHECK(loaded.report.messages.find("no/such/model.tg") != std::string::npos);
}

TEST_CASE("api: chains as ids, as the CLI prints them, and their errors") {
    auto model = loaded_model();
    CHECK(timegraph::causes(model, "group") == std::vector<std::string>{"visit", "suspend", "summit"});
    CHECK(timegraph::effects(model, "visit") == std::vector<std::string>{"suspend", "group"});
    CHECK(timegraph::causes(model, "nope").empty());
    CHECK(timegraph::longest_chain(model) == std::vector<std::string>{"visit", "suspend", "group"});

    timegraph::ChainQuery q;
    q.id = "group";
    q.effects = false;
    auto tree = timegraph::chain(model, q);
    REQUIRE(tree.ok());
    CHECK(tree.text.find("Leaders meet") != std::string::npos);
    auto path = (std::filesystem::temp_directory_path() / "timegraph-api-test.tg").string();
    std::ofstream(path) << kModel;
    CHECK(tree.text == tg_test::run_cli({"chain", path, "group", "--causes"}).out);

    q.id = "grup";
    auto unknown = timegraph::chain(model, q);
    CHECK(unknown.report.status == timegraph::Status::usage);
    CHECK(unknown.report.messages.find("did you mean 'group'") != std::string::npos);

    q.id = "group";
    q.to = "summit";
    auto none = timegraph::chain(model, q);
    CHECK(none.report.status == timegraph::Status::invalid);
    CHECK(none.text.empty());
}

TEST_CASE("api: the three views, to a string and to a stream alike") {
    auto model = loaded_model();
    auto timeline = timegraph::render_timeline(model);
    auto graph = timegraph::render_graph(model);
    auto page = timegraph::render_page(model);
    REQUIRE(timeline.ok());
    REQUIRE(graph.ok());
    REQUIRE(page.ok());
    CHECK(timeline.text.find("<svg") != std::string::npos);
    CHECK(graph.text.find("Working group launches") != std::string::npos);
    CHECK(page.text.rfind("<!DOCTYPE html>", 0) == 0);

    std::ostringstream t, g, p;
    CHECK(timegraph::render_timeline(t, model).ok());
    CHECK(timegraph::render_graph(g, model).ok());
    CHECK(timegraph::render_page(p, model).ok());
    CHECK(t.str() == timeline.text);
    CHECK(g.str() == graph.text);
    CHECK(p.str() == page.text);

    auto all = timegraph::render_all(model);
    REQUIRE(all.views);
    CHECK(all.views->timeline_svg() == timeline.text);
    CHECK(all.views->graph_svg() == graph.text);
    CHECK(all.views->page() == page.text);
}

TEST_CASE("api: the page carries a vertical timeline, with its own ids, up to kVerticalTimelineMax events") {
    auto page_of = [](std::size_t n) {
        auto loaded = timegraph::load(tg_test::numbered_events(n));
        REQUIRE(loaded.model);
        auto page = timegraph::render_page(*loaded.model);
        REQUIRE(page.ok());
        return page.text;
    };
    auto small = page_of(3);
    CHECK(small.find("class=\"tg timeline down\"") != std::string::npos);
    CHECK(small.find("id=\"down-tl-ev-e0\"") != std::string::npos);
    CHECK(small.find("id=\"tl-ev-e0\"") != std::string::npos);
    CHECK(small.find("@container timeline (") != std::string::npos);
    CHECK(page_of(timegraph::page::kVerticalTimelineMax).find("class=\"tg timeline down\"") != std::string::npos);
    // Above it, no vertical timeline and no rule that would hide the horizontal one.
    auto big = page_of(timegraph::page::kVerticalTimelineMax + 1);
    CHECK(big.find("class=\"tg timeline down\"") == std::string::npos);
    CHECK(big.find("@container timeline (") == std::string::npos);
}

TEST_CASE("api: the CLI's files are the library's texts") {
    auto loaded = timegraph::load_file(tg_test::source_path("data/us-china-2024.tg"));
    REQUIRE(loaded.model);
    auto timeline = timegraph::render_timeline(*loaded.model);
    REQUIRE(timeline.ok());
    CHECK(timeline.text == tg_test::read_file(tg_test::source_path("output/us-china-2024.timeline.svg")));
    auto page = timegraph::render_page(*loaded.model);
    REQUIRE(page.ok());
    CHECK(page.text == tg_test::read_file(tg_test::source_path("output/us-china-2024.html")));
}

TEST_CASE("api: figures narrow every view and report what they cannot use") {
    auto model = loaded_model();
    timegraph::Figure only;
    only.only_chain = "summit";
    auto graph = timegraph::render_graph(model, {}, only);
    REQUIRE(graph.ok());
    CHECK(graph.text.find("Speaker visits Taiwan") == std::string::npos);
    CHECK(graph.text.find("Leaders meet") != std::string::npos);

    timegraph::Figure bad;
    bad.from = "2020-02-30";
    CHECK(timegraph::check_figure(bad).status == timegraph::Status::usage);
    auto refused = timegraph::render_timeline(model, {}, bad);
    CHECK(refused.report.status == timegraph::Status::usage);
    CHECK(refused.text.empty());

    timegraph::Figure unknown;
    unknown.highlight = "sumit";
    std::ostringstream out;
    CHECK(timegraph::render_page(out, model, {}, unknown).status == timegraph::Status::usage);
    CHECK(out.str().empty());

    timegraph::Figure empty;
    empty.from = "1900";
    empty.to = "1901";
    CHECK(timegraph::render_timeline(model, {}, empty).report.status == timegraph::Status::invalid);
}

TEST_CASE("api: export as JSON and DOT") {
    auto model = loaded_model();
    auto json = timegraph::export_model(model, timegraph::ExportFormat::json);
    REQUIRE(json.ok());
    CHECK(json.text.find("\"suspend\"") != std::string::npos);
    auto dot = timegraph::export_model(model, timegraph::ExportFormat::dot);
    REQUIRE(dot.ok());
    CHECK(dot.text.find("digraph") != std::string::npos);
}
