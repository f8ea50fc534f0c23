// Dates counted from other events (`after deploy + 2h`, `deploy + 3d`):
// resolved once every event is read, in dependency order, so that the rest
// of the pipeline sees ordinary dates. Unknown ids and cycles are errors.
#pragma once

#include "core/diagnostics.hpp"
#include "model/document.hpp"

namespace timegraph::parse {

void resolve_relative_dates(model::Document& doc, core::Diagnostics& diags);

}  // namespace timegraph::parse
