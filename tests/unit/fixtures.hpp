// Shared helpers for the unit tests: parsing text, reading project files and
// running the command line in-process.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "parse/parser.hpp"

namespace tg_test {

inline std::string source_path(const std::string& rel) { return std::string(TIMEGRAPH_SOURCE_DIR) + "/" + rel; }

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A model of n unlinked events e0, e1, ..., one a year from the year 1000.
inline std::string numbered_events(std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i)
        text += "event e" + std::to_string(i) + "\n date: " + std::to_string(1000 + i) + "\n title: Step\n";
    return text;
}

inline timegraph::parse::ParseResult parse_text(const std::string& text, const std::string& file = "t.tg") {
    return timegraph::parse::parse(text, file);
}

// Every error, formatted as "LINE:COL: message".
inline std::vector<std::string> errors_of(const timegraph::parse::ParseResult& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics.sorted())
        if (d.severity == timegraph::core::Severity::error)
            out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
    return out;
}

struct CliRun {
    int status;
    std::string out;
    std::string err;
};

inline CliRun run_cli(std::vector<std::string> args) {
    args.insert(args.begin(), "timegraph");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    int status = timegraph::cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {status, out.str(), err.str()};
}

}  // namespace tg_test
