// Replays every input in tests/regressions/ through the fuzz target's pipeline.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../fuzz/fuzz_target.hpp"
#include "fixtures.hpp"

TEST_CASE("every kept crash input now runs cleanly") {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(tg_test::source_path("tests/regressions")))
        if (entry.is_regular_file() && entry.path().extension() == ".tg") inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
    for (const auto& p : inputs) {
        INFO(p.filename().string());
        timegraph_fuzz::run_one(tg_test::read_file(p.string()));
        SUCCEED();
    }
}
