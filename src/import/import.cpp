#include "import/import.hpp"

#include "import/builder.hpp"

namespace timegraph::import {

model::Document import_as(Source source, std::string_view text, const std::string& file, core::Diagnostics& diags) {
    core::Diagnostics found;
    model::Document doc;
    switch (source) {
    case Source::csv: doc = import_csv(text, file, found); break;
    case Source::timelinejs: doc = import_timelinejs(text, file, found); break;
    case Source::markwhen: doc = import_markwhen(text, file, found); break;
    }
    doc.file = file;
    for (auto line : split_lines(text)) doc.lines.emplace_back(line);
    if (doc.events.empty() && !found.has_errors())
        found.error(file, {1, 1}, "found no events to import: a model needs at least one");
    // Each problem is shown with the source line it is on, as the parser's are.
    for (auto d : found.items()) {
        if (d.source_line.empty()) d.source_line = doc.line_text(d.pos.line);
        diags.add(std::move(d));
    }
    return doc;
}

}  // namespace timegraph::import
