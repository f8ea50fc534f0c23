// Helpers for the causal-graph tests: loading a model as an EventGraph,
// reading node centres back from SVG text, running external checkers, and
// golden scene files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "graph/checks.hpp"
#include "graph/event_graph.hpp"
#include "scene/scene.hpp"

namespace tg_test {

inline timegraph::graph::EventGraph load_graph(const std::string& text, const std::string& file = "t.tg") {
    auto r = parse_text(text, file);
    INFO(timegraph::core::format_all(r.diagnostics));
    REQUIRE_FALSE(r.diagnostics.has_errors());
    auto eg = timegraph::graph::build(std::move(r.document));
    timegraph::core::Diagnostics d;
    timegraph::graph::check(eg, d);
    INFO(timegraph::core::format_all(d));
    REQUIRE_FALSE(d.has_errors());
    return eg;
}

inline timegraph::graph::EventGraph load_graph_file(const std::string& rel) {
    return load_graph(read_file(source_path(rel)), rel);
}

// Every group of a scene, depth first: the graph's links and events lie in
// layer groups (gr-links, gr-events).
inline std::vector<const timegraph::scene::Group*> all_groups(const timegraph::scene::Scene& s) {
    std::vector<const timegraph::scene::Group*> out;
    auto walk = [&](auto&& self, const timegraph::scene::Group& g) -> void {
        out.push_back(&g);
        for (const auto& c : g.children) self(self, c);
    };
    for (const auto& g : s.groups) walk(walk, g);
    return out;
}

// The centre of every event box in a graph SVG, by event id, read from the
// text itself: <g id="gr-ev-ID" ...> followed by its box.
inline std::map<std::string, std::pair<double, double>> node_centres(const std::string& svg) {
    static const std::regex node(R"re(<g id="gr-ev-[^"]*" data-id="([^"]*)"[^\n]*?<rect x="([-0-9.]+)" y="([-0-9.]+)" width="([0-9.]+)" height="([0-9.]+)")re");
    std::map<std::string, std::pair<double, double>> out;
    for (std::sregex_iterator it(svg.begin(), svg.end(), node), end; it != end; ++it) {
        const auto& m = *it;
        out[m[1]] = {std::stod(m[2]) + std::stod(m[4]) / 2, std::stod(m[3]) + std::stod(m[5]) / 2};
    }
    return out;
}

// Where an event's centre lies along time in a graph SVG: x, or y when the
// graph runs down (its root <svg> has the class `down`).
inline double along_time(const std::string& svg, std::pair<double, double> centre) {
    return svg.find("class=\"tg graph down\"") != std::string::npos ? centre.second : centre.first;
}

inline std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

inline std::string temp_file(const std::string& name, const std::string& content) {
    auto dir = std::filesystem::temp_directory_path() / "timegraph-graph-tests";
    std::filesystem::create_directories(dir);
    auto path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

// Runs a shell command with its output discarded; returns its exit status.
inline int run_quiet(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()); }

// Compares a scene with tests/golden/CASE/scene.json. On a mismatch the new
// scene is written beside it as scene.got.json; TIMEGRAPH_ACCEPT=1 accepts it.
inline void check_golden(const std::string& name, const timegraph::scene::Scene& s) {
    std::string got = timegraph::scene::to_json(s).dump(1) + "\n";
    auto dir = std::filesystem::path(source_path("tests/golden/" + name));
    auto expected_path = dir / "scene.json", got_path = dir / "scene.got.json";
    const char* accept = std::getenv("TIMEGRAPH_ACCEPT");
    if (accept && std::string(accept) == "1") {
        std::filesystem::create_directories(dir);
        std::ofstream(expected_path, std::ios::binary) << got;
        std::filesystem::remove(got_path);
        return;
    }
    std::string expected = read_file(expected_path.string());
    if (expected == got) {
        std::filesystem::remove(got_path);
        return;
    }
    std::ofstream(got_path, std::ios::binary) << got;
    FAIL("the scene differs from " << expected_path.string() << "; the new one is in " << got_path.string()
                                   << " (look at it, then accept with TIMEGRAPH_ACCEPT=1)");
}

}  // namespace tg_test
