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

std::string model_path() {
    auto path = (std::filesystem::temp_directory_path() / "timegraph-chain-test.tg").string();
    std::ofstream(path) << kModel;
    return path;
}

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
