// Deterministic synthetic models for benchmarks and scale tests: N events in L
// lanes over Y years, about 1.5 links per event, always from an earlier to a
// later event, so that every model is acyclic and passes the time-order check.
#pragma once

#include <cstdint>
#include <string>

namespace timegraph::synth {

struct SyntheticOptions {
    std::size_t events = 1000;
    int lanes = 6;
    int years = 30;  // the events fall in [2025 - years, 2025)
    std::uint64_t seed = 1;
};

inline constexpr int kLastYear = 2025;
inline constexpr int kMaxYears = 10000;
inline constexpr int kMaxLanes = 1000;

// The model as .tg text. The same options give the same bytes on every
// platform: only std::mt19937_64 and integer arithmetic decide its content.
std::string synthetic_model(const SyntheticOptions& options);

// The same events and links as a Graphviz digraph (rankdir=LR, each node
// labelled with its event's title), for comparing with `dot -Tsvg`.
std::string synthetic_dot(const SyntheticOptions& options);

}  // namespace timegraph::synth
