// A `url:` written without a scheme (`www.example.com`) is not a link a
// browser can follow and is dropped when rendering: warn, naming https://.
#pragma once

#include "core/diagnostics.hpp"
#include "model/document.hpp"

namespace timegraph::parse {

void warn_schemeless_urls(const model::Document& doc, core::Diagnostics& diags);

}  // namespace timegraph::parse
