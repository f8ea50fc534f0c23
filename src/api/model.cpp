// Loading a model: read, parse, check; and the Report every call returns.
#include <algorithm>

#include <timegraph/timegraph.hpp>

#include "api/api_internal.hpp"
#include "core/files.hpp"
#include "core/progress.hpp"
#include "graph/checks.hpp"
#include "parse/parser.hpp"
#include "style/lane_colour.hpp"

namespace timegraph {

std::string version() { return TIMEGRAPH_VERSION; }

namespace api {

void raise(Report& report, Status status) {
    report.status = static_cast<Status>(std::max(static_cast<int>(report.status), static_cast<int>(status)));
}

void fail(Report& report, Status status, const std::string& message) {
    report.messages += "timegraph: error: " + message + "\n";
    raise(report, status);
}

void add_diagnostics(Report& report, const core::Diagnostics& diagnostics) {
    for (const auto& d : diagnostics.sorted()) {
        report.diagnostics.push_back({d.severity == core::Severity::error ? Severity::error : Severity::warning,
                                      d.file, d.pos.line, d.pos.column, d.message, d.source_line});
    }
    report.messages += core::format_all(diagnostics);
    if (diagnostics.has_errors()) raise(report, Status::invalid);
}

}  // namespace api

Model::Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;
Model::~Model() = default;

const std::string& Model::title() const { return impl_->eg.document.title; }
std::size_t Model::event_count() const { return impl_->eg.document.events.size(); }
std::size_t Model::link_count() const { return boost::num_edges(impl_->eg.g); }
std::size_t Model::lane_count() const { return impl_->eg.document.lanes.size(); }

std::vector<std::string> Model::event_ids() const {
    std::vector<std::string> ids;
    for (const auto& e : impl_->eg.document.events) ids.push_back(e.id);
    return ids;
}

bool Model::has_event(std::string_view id) const { return impl_->eg.find(std::string(id)).has_value(); }

Loaded load(std::string_view text, const std::string& name, const LoadOptions& options) {
    Loaded loaded;
    auto parsed = parse::parse(text, name);
    core::Diagnostics diags = std::move(parsed.diagnostics);
    std::optional<graph::EventGraph> eg;
    // Graph checks need resolved ids; after syntax errors they would only add noise.
    if (!diags.has_errors()) {
        core::Progress progress("checking", 2);
        eg = graph::build(std::move(parsed.document));
        progress.step(1);
        graph::check(*eg, diags);
        style::check_lane_colours(eg->document, diags);
    }
    api::add_diagnostics(loaded.report, diags);
    if (options.strict && diags.warning_count() > 0) api::raise(loaded.report, Status::invalid);
    if (loaded.report.ok()) loaded.model.emplace(std::make_unique<Model::Impl>(Model::Impl{std::move(*eg)}));
    return loaded;
}

Loaded load_file(const std::string& path, const LoadOptions& options) {
    auto input = core::read_input(path);
    if (input.error) {
        Loaded loaded;
        api::fail(loaded.report, Status::usage, *input.error);
        return loaded;
    }
    return load(input.text, path == "-" ? "<stdin>" : path, options);
}

}  // namespace timegraph
