// `timegraph import`: another tool's file read into a model and written as
// .tg text, checked as a model before it is handed back.
#include <timegraph/timegraph.hpp>

#include "api/api_internal.hpp"
#include "graph/checks.hpp"
#include "import/import.hpp"
#include "parse/parser.hpp"

namespace timegraph {

namespace {

import::Source source_of(ImportFormat from) {
    switch (from) {
        case ImportFormat::timelinejs: return import::Source::timelinejs;
        case ImportFormat::markwhen: return import::Source::markwhen;
        case ImportFormat::csv: break;
    }
    return import::Source::csv;
}

// The model's graph errors (a cycle, an effect before its cause), at the
// source's rows; its warnings (unlinked events) are what most imports are.
void graph_errors(const model::Document& doc, core::Diagnostics& diags) {
    core::Diagnostics found;
    graph::check(graph::build(doc), found);
    for (const auto& d : found.items())
        if (d.severity == core::Severity::error) diags.add(d);
}

// The written text must read back as a model: anything else is a fault of
// the writer, reported rather than handed back.
void read_back(const std::string& text, const std::string& name, core::Diagnostics& diags) {
    auto back = parse::parse(text, name);
    for (const auto& d : back.diagnostics.items()) {
        if (d.severity != core::Severity::error) continue;
        auto copy = d;
        copy.message = "the imported model does not read back (please report this): " + d.message;
        diags.add(std::move(copy));
    }
}

}  // namespace

Output import_model(std::string_view text, ImportFormat from, const std::string& name, const std::string& out_name) {
    core::Diagnostics diags;
    auto doc = import::import_as(source_of(from), text, name, diags);
    Output out;
    if (!diags.has_errors()) graph_errors(doc, diags);
    if (!diags.has_errors()) {
        out.text = import::write_tg(doc);
        read_back(out.text, out_name, diags);
    }
    api::add_diagnostics(out.report, diags);
    if (!out.ok()) out.text.clear();
    return out;
}

}  // namespace timegraph
