// The command line, driven in-process exactly as a user types it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "fixtures.hpp"

using tg_test::run_cli;

namespace {

std::string temp_model(const std::string& name, const std::string& text) {
    auto dir = std::filesystem::temp_directory_path() / "timegraph-cli-tests";
    std::filesystem::create_directories(dir);
    auto path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("check: the seed model is valid") {
    auto r = run_cli({"check", tg_test::source_path("data/us-china-2024.tg")});
    INFO(r.err);
    CHECK(r.status == 0);
}

TEST_CASE("check: a model that passes gets a summary line on stdout; --quiet keeps it silent") {
    auto path = temp_model("summary.tg", "lane l: L\nevent a\ndate: 2020\ntitle: A\nlane: l\nevent b\ndate: 2021\n"
                                         "title: B\na -> b\n");
    auto r = run_cli({"check", path});
    CHECK(r.status == 0);
    CHECK(r.out == path + ": 2 events, 1 link, 1 lane, no problems\n");
    CHECK(run_cli({"check", "--quiet", path}).out.empty());
    CHECK(run_cli({"check", "-q", path}).out.empty());
    auto warn = temp_model("summary-warn.tg", "event a\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n");
    CHECK(run_cli({"check", warn}).out == warn + ": 2 events, 0 links, 0 lanes, 2 warnings\n");
    // A model that fails prints no summary, with or without --strict.
    CHECK(run_cli({"check", "--strict", warn}).out.empty());
    CHECK(run_cli({"check", temp_model("summary-bad.tg", "event a\ndate: 2020\n")}).out.empty());
}

TEST_CASE("check: an invalid model exits 1 with file:line:col diagnostics") {
    auto path = temp_model("bad.tg", "event a\n  date: 2024-13\n  title: A\n");
    auto r = run_cli({"check", path});
    CHECK(r.status == 1);
    CHECK(r.err.find(path + ":2:14: error: month 13 is out of range (01-12)\n") != std::string::npos);
    CHECK(r.err.find("^") != std::string::npos);
}

TEST_CASE("check: usage and I/O errors exit 2") {
    CHECK(run_cli({"check"}).status == 2);
    CHECK(run_cli({"check", "--bogus", "x.tg"}).status == 2);
    CHECK(run_cli({"nonsense"}).status == 2);
    auto missing = run_cli({"check", "/nonexistent/model.tg"});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("cannot open") != std::string::npos);
    auto dir = run_cli({"check", std::filesystem::temp_directory_path().string()});
    CHECK(dir.status == 2);
    CHECK(dir.err.find("is a directory") != std::string::npos);
}

TEST_CASE("check: --help and --version exit 0") {
    auto help = run_cli({"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("check") != std::string::npos);
    auto version = run_cli({"--version"});
    CHECK(version.status == 0);
    CHECK(version.out.find("timegraph 0.") != std::string::npos);
    CHECK(run_cli({"check", "--help"}).status == 0);
}

TEST_CASE("check: warnings change the exit code only with --strict") {
    auto path = temp_model("warn.tg", "event a\ndate: 2020\ntitle: A\nevent b\ndate: 2021\ntitle: B\n");
    auto plain = run_cli({"check", path});
    CHECK(plain.status == 0);
    CHECK(plain.err.find("warning: event 'a' is not linked") != std::string::npos);
    CHECK(run_cli({"check", "--strict", path}).status == 1);
}

TEST_CASE("check: several files, the worst status wins") {
    auto good = temp_model("good.tg", "event a\ndate: 2020\ntitle: A\n");
    auto bad = temp_model("bad2.tg", "event a\ndate: 2020\n");
    auto r = run_cli({"check", good, bad});
    CHECK(r.status == 1);
    CHECK(r.err.find("bad2.tg:1:7: error: event 'a' has no title") != std::string::npos);
}
