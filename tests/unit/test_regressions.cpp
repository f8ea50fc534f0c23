// Replays every input in tests/regressions/ (inputs a fuzzer once crashed on),
// and every model in data/ and tests/data/ (the fuzzer's seeds), through the
// fuzz target's whole pipeline; in the sanitizer build that is a sanitizer run.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../fuzz/fuzz_target.hpp"
#include "fixtures.hpp"

TEST_CASE("every kept crash input now runs cleanly") {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (const char* dir : {"tests/regressions", "tests/data", "data"})
        for (const auto& entry : fs::directory_iterator(tg_test::source_path(dir)))
            if (entry.is_regular_file() && entry.path().extension() == ".tg") inputs.push_back(entry.path());
    REQUIRE(inputs.size() >= 4);
    std::sort(inputs.begin(), inputs.end());
    for (const auto& p : inputs) {
        INFO(p.filename().string());
        timegraph_fuzz::run_one(tg_test::read_file(p.string()));
        SUCCEED();
    }
}
