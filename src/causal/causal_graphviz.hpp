// Builds the Graphviz graph behind the causal view, for layout or for DOT
// export: event nodes, the drawn links, and the time spine that keeps
// certainly-earlier events to the left. Internal to the causal stage.
#pragma once

#include <string>
#include <vector>

#include "causal/causal_layout.hpp"
#include "causal/graphviz.hpp"
#include "graph/event_graph.hpp"

namespace timegraph::causal::detail {

// The text of one event's box, wrapped and measured: its size in px.
struct NodeText {
    std::string date;
    std::vector<std::string> lines;
    double width = 0, height = 0;
};

inline constexpr double kNodePadX = 8, kNodePadY = 6, kDateGap = 2;

NodeText node_text(const model::Event& e, const CausalOptions& options);
std::vector<std::string> label_lines(const model::Link& l, const CausalOptions& options);

enum class Purpose {
    layout,  // fixed sizes from our own metrics, no text handed to Graphviz
    dot,     // text labels and styles, for people who render the DOT themselves
};

struct Built {
    gv::GraphPtr graph;
    std::vector<Agnode_t*> nodes;                          // by vertex
    std::vector<std::pair<graph::Edge, Agedge_t*>> links;  // the drawn links, in link order
};

Built build_graph(const graph::EventGraph& eg, const std::vector<graph::Edge>& drawn,
                  const std::vector<NodeText>& texts, const CausalOptions& options, Purpose purpose);

}  // namespace timegraph::causal::detail
