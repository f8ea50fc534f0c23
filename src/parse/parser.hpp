// The .tg parser: a hand-written, line-oriented reader that turns model text
// into a Document and collects every error with its position (docs/format.md
// is the specification it implements).
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.hpp"
#include "model/document.hpp"

namespace timegraph::parse {

struct ParseResult {
    model::Document document;
    core::Diagnostics diagnostics;
    bool ok() const { return !diagnostics.has_errors(); }
};

// Parses and resolves a whole file: ids, lanes and statuses are checked here.
ParseResult parse(std::string_view text, std::string file_name);

}  // namespace timegraph::parse
