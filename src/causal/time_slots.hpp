// Time slots: columns for a dated layout. An event that certainly precedes
// another (graph::certainly_precedes) always gets an earlier slot; so does the
// cause of a link, whenever the dates allow it.
#pragma once

#include <vector>

#include "graph/event_graph.hpp"

namespace timegraph::causal {

// The slot of every vertex (indexed by vertex), numbered 0..max with none
// empty, and each as low as the constraints allow. Every event that
// certainly precedes v is in a lower slot than v. The source of each of the
// given links is in a lower slot than its target too, unless the links and
// the dates together form a cycle (a causes b causes c, yet c certainly
// precedes a); then the dates alone decide. A link that ends an event under
// way (model::Link::ends) runs back against time and constrains nothing.
std::vector<int> time_slots(const graph::EventGraph& eg, const std::vector<graph::Edge>& links);

}  // namespace timegraph::causal
