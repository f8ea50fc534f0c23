// Output files: atomic, all-or-nothing, never over an input.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/files.hpp"
#include "fixtures.hpp"

namespace fs = std::filesystem;
using namespace timegraph;

namespace {

fs::path fresh_dir() {
    auto dir = fs::temp_directory_path() / "timegraph-files-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("atomic writes replace the whole file and leave no temporary behind") {
    auto dir = fresh_dir();
    auto path = (dir / "a.svg").string();
    std::string one = "first", two = "second";
    REQUIRE_FALSE(core::write_atomic(path, one));
    REQUIRE_FALSE(core::write_atomic(path, two));
    CHECK(tg_test::read_file(path) == "second");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("the input file is never overwritten") {
    auto dir = fresh_dir();
    auto input = (dir / "model.tg").string();
    std::ofstream(input) << "event a\n";
    std::string svg = "<svg/>";
    auto error = core::write_atomic(input, svg, {input});
    REQUIRE(error);
    CHECK(error->find("refusing to overwrite the input file") != std::string::npos);
    CHECK(tg_test::read_file(input) == "event a\n");
}

TEST_CASE("a set of files is written all or nothing") {
    auto dir = fresh_dir();
    auto a = (dir / "a.html").string();
    std::ofstream(a) << "old";
    std::string next = "new";
    // The second target's folder does not exist: nothing may change.
    auto error = core::write_all_atomic({{a, &next}, {(dir / "missing" / "b.svg").string(), &next}});
    REQUIRE(error);
    CHECK(tg_test::read_file(a) == "old");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("a file given as pieces is written as their concatenation") {
    auto dir = fresh_dir();
    auto path = (dir / "page.html").string();
    std::string big(1 << 20, 'x');
    REQUIRE_FALSE(core::write_all_atomic({{path, std::vector<std::string_view>{"<p>", big, "", "</p>"}}}));
    CHECK(tg_test::read_file(path) == "<p>" + big + "</p>");
}
