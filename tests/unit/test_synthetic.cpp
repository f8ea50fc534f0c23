// The synthetic model generator behind the benchmark: deterministic to the
// byte, and every model it writes is valid, acyclic and time-consistent.
#include <catch2/catch.hpp>

#include <set>

#include "fixtures.hpp"
#include "graph/checks.hpp"
#include "synthetic_model.hpp"

using namespace timegraph;

namespace {

struct Checked {
    graph::EventGraph eg;
    core::Diagnostics diags;  // the parser's and the graph checks' together
};

Checked check_synthetic(const synth::SyntheticOptions& o) {
    auto r = tg_test::parse_text(synth::synthetic_model(o), "synthetic.tg");
    Checked c{graph::build(std::move(r.document)), std::move(r.diagnostics)};
    graph::check(c.eg, c.diags);
    return c;
}

synth::SyntheticOptions options(std::size_t events, int lanes, int years, std::uint64_t seed) {
    synth::SyntheticOptions o;
    o.events = events;
    o.lanes = lanes;
    o.years = years;
    o.seed = seed;
    return o;
}

}  // namespace

TEST_CASE("synthetic models: the same options give the same bytes") {
    auto o = options(2000, 6, 30, 7);
    std::string first = synth::synthetic_model(o);
    CHECK(synth::synthetic_model(o) == first);
    CHECK(synth::synthetic_dot(o) == synth::synthetic_dot(o));
    o.seed = 8;
    CHECK(synth::synthetic_model(o) != first);
}

TEST_CASE("synthetic models: a small model, byte for byte") {
    // std::mt19937_64 is specified to the bit, so this text is the same with
    // every compiler and standard library.
    CHECK(synth::synthetic_model(options(4, 2, 2, 42)) == R"(title: Synthetic model of 4 events
subtitle: 2 lanes over 2 years, seed 42

lane l1: Government
lane l2: Industry

event e1
  date: 2023-04-21
  title: Energy regulator extends grain exports
  lane: l2

event e2
  date: 2023-07-25..2023-07-26
  title: City council revises visa quotas
  lane: l1
e1 -> e2

event e3
  date: 2023-08-13..2023-08-16
  title: Police service revises port upgrades
  lane: l1
e1 -> e3
e2 -> e3: after talks

event e4
  date: 2023-12-16
  title: Customs office reviews a joint inquiry
  lane: l2
e1 -> e4: as a result
e2 ~> e4
)");
}

TEST_CASE("synthetic models pass every check, with every event linked") {
    for (auto o : {options(2000, 6, 30, 1), options(2000, 1, 1, 2), options(1500, 12, 3000, 3),
                   options(1, 1, 1, 4), options(2, 3, 5, 5)}) {
        INFO("events " << o.events << ", lanes " << o.lanes << ", years " << o.years << ", seed " << o.seed);
        Checked c = check_synthetic(o);
        INFO(core::format_all(c.diags));
        CHECK(c.diags.items().empty());
        CHECK(c.eg.document.events.size() == o.events);
        CHECK(c.eg.document.lanes.size() == static_cast<std::size_t>(o.lanes));
    }
}

TEST_CASE("synthetic models have about 1.5 links per event and a mix of dates") {
    Checked c = check_synthetic(options(2000, 6, 30, 11));
    const auto& doc = c.eg.document;
    double per_event = static_cast<double>(boost::num_edges(c.eg.g)) / static_cast<double>(doc.events.size());
    CHECK(per_event > 1.4);
    CHECK(per_event < 1.6);
    std::set<model::Precision> precisions;
    std::size_t ranges = 0, approximate = 0, open = 0;
    std::set<std::string> lanes;
    double title_chars = 0;
    for (const auto& e : doc.events) {
        precisions.insert(e.date.precision());
        ranges += e.date.is_range();
        approximate += e.date.approximate();
        open += e.date.open;
        lanes.insert(e.lane);
        title_chars += static_cast<double>(e.title.size());
    }
    CHECK(precisions.size() == 4);
    CHECK(ranges > 100);
    CHECK(approximate > 20);
    CHECK(open > 0);
    CHECK(lanes.size() == 6);
    double mean_title = title_chars / static_cast<double>(doc.events.size());
    CHECK(mean_title > 30);
    CHECK(mean_title < 40);
}

TEST_CASE("the DOT version holds the same events and links") {
    auto o = options(300, 4, 10, 9);
    Checked c = check_synthetic(o);
    std::string dot = synth::synthetic_dot(o);
    CHECK(dot.rfind("digraph", 0) == 0);
    CHECK(dot.find("rankdir=LR;") != std::string::npos);
    std::size_t edges = 0;
    for (std::size_t at = dot.find(" -> "); at != std::string::npos; at = dot.find(" -> ", at + 1)) ++edges;
    CHECK(edges == boost::num_edges(c.eg.g));
    for (const auto& e : c.eg.document.events)
        CHECK(dot.find("  " + e.id + " [label=\"" + e.title + "\"];\n") != std::string::npos);
}
