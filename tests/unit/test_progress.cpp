// Progress on long runs: stages in order, whole percentages rising to 100,
// drawn on a terminal only after a delay, and silent without a sink.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <utility>
#include <vector>

#include "core/progress.hpp"
#include "fixtures.hpp"

using namespace timegraph;

namespace {

struct Recorder : core::ProgressSink {
    std::vector<std::pair<std::string, int>> updates;  // percent -1: the stage finished
    void update(std::string_view stage, int percent) override { updates.emplace_back(stage, percent); }
    void finish(std::string_view stage) override { updates.emplace_back(stage, -1); }
};

struct Installed {
    explicit Installed(core::ProgressSink* sink) { core::set_progress_sink(sink); }
    ~Installed() { core::set_progress_sink(nullptr); }
};

}  // namespace

TEST_CASE("progress: whole percentages, each once, ending at 100") {
    Recorder r;
    Installed on(&r);
    {
        core::Progress p("work", 3);
        for (std::size_t i = 0; i < 3; ++i) p.step(i);
    }
    using U = std::pair<std::string, int>;
    CHECK(r.updates == std::vector<U>{{"work", 0}, {"work", 33}, {"work", 66}, {"work", 100}, {"work", -1}});
    r.updates.clear();
    {
        core::Progress p("big", 1000000);
        for (std::size_t i = 0; i < 1000000; ++i) p.step(i);
    }
    REQUIRE(r.updates.size() == 102);
    for (int k = 0; k <= 100; ++k) CHECK(r.updates[static_cast<std::size_t>(k)].second == k);
}

TEST_CASE("progress: a render reports its stages in order") {
    Recorder r;
    Installed on(&r);
    auto out = std::filesystem::temp_directory_path() / "timegraph-progress-test";
    std::filesystem::remove_all(out);
    auto run = tg_test::run_cli({"render", tg_test::source_path("tests/data/talks.tg"), "-o", out.string()});
    REQUIRE(run.status == 0);
    CHECK(run.err.empty());
    std::vector<std::string> stages;
    for (std::size_t i = 0; i < r.updates.size(); ++i) {
        const auto& [stage, percent] = r.updates[i];
        if (percent == -1) {
            stages.push_back(stage);
            REQUIRE(i > 0);
            CHECK(r.updates[i - 1] == std::pair<std::string, int>{stage, 100});
        } else if (i > 0 && r.updates[i - 1].first == stage && r.updates[i - 1].second >= 0) {
            CHECK(percent > r.updates[i - 1].second);
        } else {
            CHECK(percent == 0);
        }
    }
    // Two timelines: the page carries a vertical one for narrow screens.
    CHECK(stages == std::vector<std::string>{"parsing", "checking", "timeline", "timeline", "graph", "page", "writing"});
}

TEST_CASE("progress: a terminal sees one line, redrawn, and cleared at the end") {
    std::ostringstream terminal;
    core::TerminalProgress tty(terminal, std::chrono::milliseconds(0));
    {
        Installed on(&tty);
        core::Progress p("parsing", 2);
        p.step(1);
    }
    CHECK(terminal.str() == "\r\x1b[Ktimegraph: parsing 0%\r\x1b[Ktimegraph: parsing 50%"
                            "\r\x1b[Ktimegraph: parsing 100%\r\x1b[K");
}

TEST_CASE("progress: quick runs and runs without a terminal print nothing") {
    std::ostringstream terminal;
    core::TerminalProgress tty(terminal, std::chrono::hours(1));
    {
        Installed on(&tty);
        core::Progress p("parsing", 2);
        p.step(1);
    }
    CHECK(terminal.str().empty());
    // No sink: the library reports nothing, and the command's stderr stays clean.
    auto run = tg_test::run_cli({"check", tg_test::source_path("tests/data/talks.tg")});
    CHECK(run.status == 0);
    CHECK(run.err.empty());
}
