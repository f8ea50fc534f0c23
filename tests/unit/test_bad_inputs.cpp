// The bad-input suite: every broken or hostile file gets a clear diagnostic,
// exit code 1 or 2, no crash, and no output file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fixtures.hpp"

namespace fs = std::filesystem;
using tg_test::run_cli;

namespace {

struct Case {
    const char* name;
    std::string text;
    std::string expected;  // a substring of stderr
};

fs::path scratch() {
    auto dir = fs::temp_directory_path() / "timegraph-bad-inputs";
    fs::create_directories(dir);
    return dir;
}

std::string write_case(const std::string& name, const std::string& text) {
    auto path = (scratch() / (name + ".tg")).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

const std::string kValid = "event a\n date: 2020\n title: A\nevent b\n date: 2021\n title: B\na -> b\n";

// Every command that reads a model, with an output path where it writes one.
std::vector<std::vector<std::string>> commands(const std::string& input, const fs::path& out) {
    std::vector<std::vector<std::string>> all = {{"check", input}, {"chain", input, "a"}};
    auto help = run_cli({"--help"}).out;
    for (const char* cmd : {"timeline", "graph"})
        if (help.find(std::string("  ") + cmd) != std::string::npos)
            all.push_back({cmd, input, "-o", (out / (std::string(cmd) + ".svg")).string()});
    if (help.find("  export") != std::string::npos)
        all.push_back({"export", input, "--format", "dot", "-o", (out / "model.dot").string()});
    if (help.find("  render") != std::string::npos) all.push_back({"render", input, "-o", out.string()});
    return all;
}

void expect_rejected(const std::string& input, const std::string& expected) {
    auto out = scratch() / "out";
    fs::remove_all(out);
    fs::create_directories(out);
    for (const auto& args : commands(input, out)) {
        INFO(args[0]);
        auto r = run_cli(args);
        CHECK((r.status == 1 || r.status == 2));
        CHECK(r.err.find(expected) != std::string::npos);
        CHECK(fs::is_empty(out));
    }
}

}  // namespace

TEST_CASE("bad inputs are rejected with a clear diagnostic and no output") {
    const std::vector<Case> cases = {
        {"empty", "", "1:1: error: the model has no events"},
        {"comments-only", "# nothing\n  # here\n", "1:1: error: the model has no events"},
        {"no-final-newline", "event a\n date: 2020\n title: A\n status: gone", "4:10: error: unknown status 'gone'"},
        {"crlf", "event a\r\n date: 2024-13\r\n title: A\r\n", "2:13: error: month 13 is out of range"},
        {"bom", "\xEF\xBB\xBF" "evnt a\n", "1:1: error: expected 'key: value'"},
        {"invalid-utf8", "event a\n date: 2020\n title: \xC0\xAF\n", "3:9: error: invalid UTF-8 byte 0xC0"},
        {"nul-bytes", std::string("event a\n date: 2020\n title: A\0\n", 31), "3:10: error: control character U+0000"},
        {"feb-29", "event a\n date: 2023-02-29\n title: A\n", "2:16: error: Feb 2023 has no day 29"},
        {"month-13", "event a\n date: 2024-13\n title: A\n", "2:13: error: month 13 is out of range"},
        {"short-fields", "event a\n date: 2024-1-1\n title: A\n", "the month needs exactly two digits"},
        {"compact-date", "event a\n date: 20240101\n title: A\n", "write a day as YYYY-MM-DD"},
        {"year-40000", "event a\n date: 40000\n title: A\n", "the year is out of range"},
        {"zero-bce", "event a\n date: 0 BCE\n title: A\n", "there is no year 0 BCE"},
        {"unknown-key", kValid + "event c\n date: 2022\n title: C\n colour: red\n", "unknown key 'colour'"},
        {"missing-title", "event a\n date: 2020\n", "event 'a' has no title"},
        {"missing-date", "event a\n title: A\n", "event 'a' has no date"},
        {"duplicate-id", kValid + "event a\n date: 2022\n title: again\n", "duplicate id 'a'"},
        {"unknown-link-id", kValid + "a -> bb\n", "unknown event 'bb'; did you mean 'b'?"},
        {"self-link", kValid + "a -> a\n", "event 'a' is linked to itself"},
        {"cycle", kValid + "b -> a\n", "causal cycle: a -> b -> a"},
        {"effect-before-cause", "event a\n date: 2024-05-01\n title: A\nevent b\n date: 2024-03-01\n title: B\na -> b\n",
         "so it cannot be its effect"},
        {"long-line", "event a\n date: 2020\n title: " + std::string(1 << 20, 'x') + "\n", "3:1: error: line is"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        expect_rejected(write_case(c.name, c.text), c.expected);
    }
}

TEST_CASE("inputs that are not model files exit 2") {
    expect_rejected(scratch().string(), "is a directory");
    expect_rejected("/dev/zero", "is not a regular file");
    expect_rejected((scratch() / "missing.tg").string(), "cannot open");
}

TEST_CASE("a file over the size limit is refused before it is read") {
    auto path = scratch() / "huge.tg";
    {
        std::ofstream f(path, std::ios::binary);
        f.seekp(100 << 20);  // a sparse 100 MB file
        f.put('\n');
    }
    expect_rejected(path.string(), "the file is too large");
    fs::remove(path);
}
