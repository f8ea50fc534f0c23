// `timegraph chain` and the model JSON: trees, paths, and did-you-mean.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fixtures.hpp"
#include "graph/export_json.hpp"

using tg_test::run_cli;

namespace {

const char* kModel = R"(title: T
event sanctions
  date: 2020-05-22
  title: Sanctions imposed
event lifted
  date: ~2023-11
  title: Sanctions lifted
event summit
  date: 2023-11-15
  title: Leaders meet
event group
  date: 2024-01-30..2024-01-31
  title: Working group launches
sanctions -| group: blocked cooperation
lifted -> group: removed the obstacle
summit -> group: agreed to restart
summit ~> lifted
)";

// Writes a model to a file of the temporary directory and returns its path.
std::string written(const char* name, const char* text) {
    auto path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream(path) << text;
    return path;
}

std::string model_path() { return written("timegraph-chain-test.tg", kModel); }

}  // namespace

TEST_CASE("chain --causes prints a dated tree, each event once") {
    auto r = run_cli({"chain", model_path(), "group", "--causes"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "30–31 Jan 2024  Working group launches  [group]\n"
                   "├─ blocked by (blocked cooperation)  22 May 2020  Sanctions imposed  [sanctions]\n"
                   "├─ caused by (removed the obstacle)  ~Nov 2023  Sanctions lifted  [lifted]\n"
                   "│  └─ enabled by  15 Nov 2023  Leaders meet  [summit]\n"
                   "└─ caused by (agreed to restart)  15 Nov 2023  Leaders meet  [summit, shown above]\n");
}

TEST_CASE("chain --effects and --to") {
    auto r = run_cli({"chain", model_path(), "summit", "--effects"});
    CHECK(r.out.find("└─ causes (agreed to restart)  30–31 Jan 2024  Working group launches  [group") !=
          std::string::npos);
    auto p = run_cli({"chain", model_path(), "summit", "--to", "group"});
    CHECK(p.status == 0);
    CHECK(p.out == "15 Nov 2023  Leaders meet  [summit]\n  -> causes: agreed to restart\n"
                   "30–31 Jan 2024  Working group launches  [group]\n");
    auto none = run_cli({"chain", model_path(), "group", "--to", "summit"});
    CHECK(none.status == 1);
    CHECK(none.err.find("no causal chain") != std::string::npos);
}

TEST_CASE("chain: an unknown id gets a suggestion and exit 2") {
    auto r = run_cli({"chain", model_path(), "sumit"});
    CHECK(r.status == 2);
    CHECK(r.err == "timegraph: error: unknown event 'sumit'; did you mean 'summit'?\n");
    CHECK(run_cli({"chain", model_path(), "group", "--causes", "--effects"}).status == 2);
}

TEST_CASE("chain --format json lists the chain's events and links") {
    auto r = run_cli({"chain", model_path(), "group", "--causes", "--format", "json"});
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["direction"] == "causes");
    CHECK(j["root"]["id"] == "group");
    CHECK(j["events"].size() == 3);
    CHECK(j["links"].size() == 4);
}

TEST_CASE("model JSON: dates as ISO intervals, safe URLs only") {
    auto parsed = tg_test::parse_text(std::string(kModel) + "event x\n date: 2024\n title: X\n url: javascript:alert(1)\n"
                                                             "event y\n date: 2024\n title: Y\n url: HTTPS://ok.example\n");
    REQUIRE(parsed.ok());
    auto eg = timegraph::graph::build(std::move(parsed.document));
    auto j = timegraph::graph::export_json(eg);
    CHECK(j["events"][1]["date"]["earliest"] == "2023-10-01T00:00");
    CHECK(j["events"][1]["date"]["precision"] == "month");
    CHECK(j["events"][1]["date"]["text"] == "~Nov 2023");
    CHECK(j["events"][4]["url"].is_null());
    CHECK(j["events"][5]["url"] == "HTTPS://ok.example");
    CHECK(j["links"][0]["kind"] == "blocks");
    CHECK(j["analysis"]["longest_chain"] == nlohmann::json({"summit", "lifted", "group"}));
    CHECK_FALSE(timegraph::graph::is_safe_url(" javascript:x"));
    CHECK_FALSE(timegraph::graph::is_safe_url("JaVaScRiPt:x"));
    CHECK_FALSE(timegraph::graph::is_safe_url("data:text/html,x"));
    CHECK(timegraph::graph::is_safe_url("mailto:a@b.example"));
}

TEST_CASE("model JSON: the streamed text is the tree's compact dump, byte for byte") {
    for (const char* file : {"data/us-china-2024.tg", "tests/data/talks.tg", "tests/data/bce.tg", "tests/data/incident.tg"}) {
        INFO(file);
        auto parsed = tg_test::parse_text(tg_test::read_file(tg_test::source_path(file)), file);
        REQUIRE(parsed.ok());
        auto eg = timegraph::graph::build(std::move(parsed.document));
        for (bool all : {false, true})
            CHECK(timegraph::graph::export_json_text(eg, all) ==
                  timegraph::graph::export_json(eg, all).dump(-1, ' ', false,
                                                              nlohmann::json::error_handler_t::replace));
    }
}

namespace {

// A postmortem's loop: the errors page someone, who rolls back, which ends the errors.
const char* kLoopModel = R"(title: Loop
event deploy
  date: 2021-10-04 15:30
  title: Config deploy
event errors
  date: 2021-10-04 15:39..2021-10-04 16:30
  title: 5xx errors
event page
  date: 2021-10-04 15:45
  title: On-call paged
event flag
  date: 2021-10-04 15:50
  title: Feature flag ready
event rollback
  date: 2021-10-04 16:10
  title: Rollback
deploy -> errors -> page
page -> rollback: decides
flag ~> rollback
rollback -| errors
)";

std::string loop_path() { return written("timegraph-chain-loop.tg", kLoopModel); }

}  // namespace

TEST_CASE("chain names each step's kind and shows a feedback link once, marked, never walked round") {
    auto r = run_cli({"chain", loop_path(), "errors"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "Causes\n"
                   "4 Oct 2021 15:39–16:30  5xx errors  [errors]\n"
                   "├─ caused by  4 Oct 2021 15:30  Config deploy  [deploy]\n"
                   "└─ ended by  4 Oct 2021 16:10  Rollback  [rollback, feedback]\n"
                   "\nEffects\n"
                   "4 Oct 2021 15:39–16:30  5xx errors  [errors]\n"
                   "└─ causes  4 Oct 2021 15:45  On-call paged  [page]\n"
                   "   └─ causes (decides)  4 Oct 2021 16:10  Rollback  [rollback]\n"
                   "      └─ ends  4 Oct 2021 15:39–16:30  5xx errors  [errors, feedback, shown above]\n");
    auto j = nlohmann::json::parse(run_cli({"chain", loop_path(), "errors", "--causes", "--format", "json"}).out);
    CHECK(j["events"].size() == 2);  // deploy, and rollback reached by the feedback link, not beyond it
    REQUIRE(j["links"].size() == 2);
    CHECK(j["links"][1]["step"] == "ended by");
    CHECK(j["links"][1]["feedback"] == true);
    CHECK(j["links"][0]["step"] == "caused by");
}

TEST_CASE("chain --kinds limits the tree and the path to those kinds") {
    auto r = run_cli({"chain", loop_path(), "rollback", "--causes", "--kinds", "enables"});
    REQUIRE(r.status == 0);
    CHECK(r.out == "4 Oct 2021 16:10  Rollback  [rollback]\n"
                   "└─ enabled by  4 Oct 2021 15:50  Feature flag ready  [flag]\n");
    auto p = run_cli({"chain", loop_path(), "page", "--to", "errors", "--kinds", "causes,enables"});
    CHECK(p.status == 1);
    CHECK(p.err.find("along links of the kinds given") != std::string::npos);
    auto bad = run_cli({"chain", loop_path(), "page", "--kinds", "cause"});
    CHECK(bad.status == 2);
    CHECK(bad.err.find("{causes,enables,blocks}") != std::string::npos);
}

TEST_CASE("a --to path names the kind of the link it took at each step, in text and JSON") {
    auto p = run_cli({"chain", loop_path(), "page", "--to", "errors"});
    REQUIRE(p.status == 0);
    CHECK(p.out == "4 Oct 2021 15:45  On-call paged  [page]\n"
                   "  -> causes: decides\n"
                   "4 Oct 2021 16:10  Rollback  [rollback]\n"
                   "  -| ends (feedback)\n"
                   "4 Oct 2021 15:39–16:30  5xx errors  [errors]\n");
    // A path whose first step is a block says so, and takes the link it names.
    auto b = run_cli({"chain", model_path(), "sanctions", "--to", "group"});
    CHECK(b.out == "22 May 2020  Sanctions imposed  [sanctions]\n  -| blocks: blocked cooperation\n"
                   "30–31 Jan 2024  Working group launches  [group]\n");
    auto j = nlohmann::json::parse(run_cli({"chain", loop_path(), "page", "--to", "errors", "--format", "json"}).out);
    REQUIRE(j["links"].size() == 2);
    CHECK(j["links"][0]["kind"] == "causes");
    CHECK(j["links"][0]["step"] == "causes");
    CHECK(j["links"][1]["kind"] == "blocks");
    CHECK(j["links"][1]["step"] == "ends");
    CHECK(j["links"][1]["feedback"] == true);
}

TEST_CASE("model JSON: a link that ends an event under way says so, and a feedback link too") {
    auto parsed = tg_test::parse_text(kLoopModel);
    REQUIRE(parsed.ok());
    auto eg = timegraph::graph::build(std::move(parsed.document));
    auto j = timegraph::graph::export_json(eg);
    const auto& links = j["links"];
    REQUIRE(links.size() == 5);
    CHECK(links[4]["ends"] == true);
    CHECK(links[4]["feedback"] == true);
    CHECK_FALSE(links[0].contains("ends"));
    CHECK_FALSE(links[0].contains("feedback"));
    CHECK(j["analysis"]["longest_chain"] == nlohmann::json({"deploy", "errors", "page", "rollback"}));
    CHECK(timegraph::graph::export_json_text(eg, false) ==
          j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
