// libFuzzer entry point: the parser on any bytes, then the whole pipeline on
// inputs that parse into a small valid model. Built from the same sources as
// the tool (scripts/fuzz); every crash it finds becomes a file in
// tests/regressions/, which test_regressions replays.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    timegraph_fuzz::run_one(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
