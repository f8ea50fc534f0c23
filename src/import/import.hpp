// Imports from the tools people already keep timelines in (CSV spreadsheets,
// TimelineJS3 JSON, Markwhen) into a model::Document, and that document back
// out as .tg text a person can edit, or as CSV in the import's own columns.
// Whatever a source holds that the model cannot carry is reported at the
// source's line (a warning); a row that cannot be read at all is an error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "model/document.hpp"

namespace timegraph::import {

enum class Source { csv, timelinejs, markwhen };

// The CSV columns, in the order export writes them; import reads them by name.
const std::vector<std::string>& csv_columns();

// Each returns the document read so far; callers check diags.has_errors().
// Event and link positions are the source's lines (for CSV, the row's line).
model::Document import_csv(std::string_view text, const std::string& file, core::Diagnostics& diags);
model::Document import_timelinejs(std::string_view text, const std::string& file, core::Diagnostics& diags);
model::Document import_markwhen(std::string_view text, const std::string& file, core::Diagnostics& diags);
model::Document import_as(Source source, std::string_view text, const std::string& file, core::Diagnostics& diags);

// .tg text that our parser reads back as the same document: ids, lanes,
// dates, lists and values written so that no text can open a key, an event
// or a link line (docs/format.md).
std::string write_tg(const model::Document& doc);

// The document as CSV in csv_columns(), one row per event, its links in the
// causes/enables/blocks cells of the cause's row. What the columns cannot
// hold (quotes, sources, status, link labels and notes) is reported, once
// per kind, as a warning.
std::string export_csv(const model::Document& doc, core::Diagnostics& diags);

}  // namespace timegraph::import
