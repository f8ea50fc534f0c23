// The dated layered engine's body: events in time columns, ordered and placed
// by the layered phases (causal/layered.hpp), links routed between boxes.
#pragma once

#include <vector>

#include "layout/causal_parts.hpp"

namespace timegraph::layout::detail {

Body layered_body(const graph::EventGraph& eg, const std::vector<NodeText>& texts, const CausalOptions& options,
                  bool down);

}  // namespace timegraph::layout::detail
