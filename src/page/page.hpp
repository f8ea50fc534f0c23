// The self-contained HTML page: both SVGs inline, the model JSON in a data
// block, CSS and JS from templates/ (mustache), and a Content-Security-Policy
// that allows exactly the page's own inline style and script.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics.hpp"
#include "graph/event_graph.hpp"

namespace timegraph::page {

struct PageOptions {
    std::string templates_dir;  // "" for the templates built into the binary
    bool all_links = false;
};

struct PageResult {
    std::string html;
    std::optional<std::string> error;  // a template that cannot be read
};

// timeline_svg and graph_svg are written for inlining (no XML declaration, no <style>).
// Unsafe url: values are dropped from the page with a warning in diagnostics.
PageResult build_page(const graph::EventGraph& eg, const std::string& timeline_svg, const std::string& graph_svg,
                      const PageOptions& options, core::Diagnostics& diagnostics);

// JSON that is safe inside <script type="application/json">: '<', '>', '&',
// U+2028 and U+2029 are written as \u escapes.
std::string script_safe_json(const nlohmann::json& j);

// The CSP source for an inline block: "sha256-" + base64(SHA-256(content)).
std::string csp_hash(std::string_view content);

}  // namespace timegraph::page
