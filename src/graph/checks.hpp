// Whole-model checks on the event graph: cycles, self-links, and links whose
// effect certainly precedes its cause. Each is reported at the link's line.
#pragma once

#include "core/diagnostics.hpp"
#include "graph/event_graph.hpp"

namespace timegraph::graph {

// True when a certainly ends before b begins: a's latest instant falls before
// b's earliest. Overlapping uncertain intervals never certainly precede.
bool certainly_precedes(const model::Event& a, const model::Event& b);

void check(const EventGraph& eg, core::Diagnostics& diagnostics);

}  // namespace timegraph::graph
