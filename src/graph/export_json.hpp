// The model and its analysis as JSON: what `timegraph export --format json`
// prints and what the page embeds. docs/model.schema.json describes it.
#pragma once

#include <nlohmann/json.hpp>

#include "graph/event_graph.hpp"

namespace timegraph::graph {

// One date as JSON: text at its precision, ISO ends, the interval in ISO minutes.
nlohmann::json date_json(const model::Date& d);

// The whole model with its analysis. `drawn` marks the links the views draw
// (the transitive reduction unless all_links).
nlohmann::json export_json(const EventGraph& eg, bool all_links = false);

// The same as compact text, export_json(eg, all_links).dump() byte for byte,
// built one event and one link at a time so that no tree of the whole model
// is ever held: what the page embeds.
std::string export_json_text(const EventGraph& eg, bool all_links = false);

// Only http:, https: and mailto: links reach readers; anything else is dropped.
bool is_safe_url(std::string_view url);

}  // namespace timegraph::graph
