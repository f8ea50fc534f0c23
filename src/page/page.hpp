// The self-contained HTML page: both SVGs inline, the model JSON in a data
// block, CSS and JS from templates/ (mustache), and a Content-Security-Policy
// that allows exactly the page's own inline style and script.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics.hpp"
#include "graph/event_graph.hpp"

namespace timegraph::page {

struct PageOptions {
    std::string templates_dir;  // "" for the templates built into the binary
    bool all_links = false;
    // `timegraph serve`'s reload script (page/live.hpp), "" for a page to keep.
    std::string live_script;
};

struct PageResult {
    std::string html;
    std::optional<std::string> error;  // a template that cannot be read
};

// Text given as pieces in order, to be joined only in the page itself.
struct Pieces {
    std::vector<std::string_view> parts;
    Pieces(const std::string& text) : parts{text} {}             // NOLINT: one piece, implicitly
    Pieces(const char* text) : parts{std::string_view(text)} {}  // NOLINT
    Pieces(std::vector<std::string_view> p) : parts(std::move(p)) {}
};

// The views a page shows, each SVG written for inlining (no XML
// declaration, no <style>). `timeline_down`, when not empty, is the same
// timeline drawn with time running down, its ids prefixed with
// style::kDownIdPrefix: the page shows it instead of `timeline` in a view
// narrower than `timeline_width` (the horizontal one's own width) scaled to
// draw event titles at style::kNarrowTitlePx.
struct Views {
    Pieces timeline, graph;
    Pieces timeline_down = std::vector<std::string_view>{};
    double timeline_width = 0;
};

// Unsafe url: values are dropped from the page with a warning in diagnostics.
PageResult build_page(const graph::EventGraph& eg, const Pieces& timeline_svg, const Pieces& graph_svg,
                      const PageOptions& options, core::Diagnostics& diagnostics);

// The same page as pieces of text in order, for writing straight to a file
// without joining a copy of everything first. The pieces point into `owned`
// and into the SVG text given, which must outlive them.
struct PagePieces {
    std::vector<std::unique_ptr<std::string>> owned;
    std::vector<std::string_view> pieces;
    std::optional<std::string> error;  // a template that cannot be read
    std::string joined() const;
};
PagePieces build_page_pieces(const graph::EventGraph& eg, const Views& views, const PageOptions& options,
                             core::Diagnostics& diagnostics);

// JSON that is safe inside <script type="application/json">: '<', '>', '&',
// U+2028 and U+2029 are written as \u escapes.
std::string script_safe_json(const nlohmann::json& j);
std::string script_safe(std::string_view json_text);

// Above this many events the page leaves out its list of events, and a
// sentence says so: at 10,000 events the list was 88,000 elements and 4.5 MB
// for the browser to parse, while the views and the panel show the same.
inline constexpr std::size_t kListedEventsMax = 2000;

// Above this many events the page carries no vertical timeline, and narrow
// screens get the horizontal one: the vertical one labels every event, so
// it is three times the horizontal one's size (at 500 events 1.5 MB and
// 46,000 px tall), and the browser parses it on every screen. At 10,000
// events it made the page 55 MB instead of 25 and its load 6.1-6.5 s
// instead of 3.8-4.6 (docs/performance.md).
inline constexpr std::size_t kVerticalTimelineMax = 500;

// The width the page lays its vertical timeline out at: a phone's. At 390 px
// (a common phone) the timeline's frame is 348 px wide inside (the page's and
// the frame's padding and border, page.css); laid out at 340, the seed's
// timeline (346 px with its longest word) fits it and the frame does not
// scroll sideways. A drawing grows past 340 to keep words whole: six lanes
// and long words (incident-outage, 421 px) still scroll it a little, as do
// windows narrower still (320 px).
inline constexpr double kVerticalTimelineWidth = 340;

// The events in date order, each with its direct causes and effects, as the
// <li> items of the page's list (escaped HTML): the page without JavaScript.
std::string event_list_html(const graph::EventGraph& eg);

// The CSP source for an inline block: "sha256-" + base64(SHA-256(content)).
std::string csp_hash(std::string_view content);

}  // namespace timegraph::page
